"""Translatable names of playbook entry kinds (the core keeps codes)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from agentdesk.playbook import Kind


class PlaybookWords(QObject):
    def kind(self, kind: Kind | str) -> str:
        labels = {
            Kind.BEHAVIOUR: self.tr("Behaviour"),
            Kind.TYPE: self.tr("Type of caller"),
            Kind.SITUATION: self.tr("Situation"),
            Kind.TECHNIQUE: self.tr("Technique"),
            Kind.CHECKLIST: self.tr("Checklist"),
            Kind.PHRASES: self.tr("Phrases"),
        }
        return labels.get(Kind(kind), str(kind))
