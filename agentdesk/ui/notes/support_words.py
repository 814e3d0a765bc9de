"""The words for extra-support codes (needs, adjustments, channels), translatable."""

from __future__ import annotations

from PySide6.QtCore import QObject


class SupportWords(QObject):
    def need(self, code: str) -> str:
        return {
            "older-caller": self.tr("Older caller"),
            "hearing": self.tr("Hearing"),
            "sight": self.tr("Sight"),
            "speech": self.tr("Speech"),
            "understanding": self.tr("Understanding or memory"),
            "mental-health": self.tr("Mental health"),
            "language": self.tr("Language"),
        }.get(code, code)

    def adjustment(self, code: str) -> str:
        return {
            "slower-pace": self.tr("Slower pace"),
            "more-time": self.tr("More time to answer"),
            "check-understanding": self.tr("Check understanding"),
            "written-confirmation": self.tr("Confirm in writing"),
            "large-print": self.tr("Large print"),
            "easy-read": self.tr("Easy read"),
            "text-relay": self.tr("Text relay or chat"),
            "interpreter": self.tr("Interpreter"),
            "trusted-person": self.tr("May speak with a trusted person"),
            "call-back": self.tr("Call-back instead of holding"),
        }.get(code, code)

    def channel(self, code: str | None) -> str:
        return {
            "email": self.tr("E-mail"),
            "letter": self.tr("Letter"),
            "text-message": self.tr("Text message"),
        }.get(code or "", code or "")
