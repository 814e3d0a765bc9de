"""Breadcrumbs of the steps taken so far in this call."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.flows.engine import CallEngine

SHOWN = 6  # the last few steps; older ones collapse into "…"


class StepTrail(QLabel):
    """ "Greeting › Caller's name › **Reason for the call**" (repeats included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepTrail")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("color: palette(placeholder-text);")
        self.titles: list[str] = []

    def show_path(self, engine: CallEngine | None) -> None:
        if engine is None:
            self.titles = []
            self.clear()
            return
        self.titles = [engine.flow.step(step_id).title for step_id in engine.path]
        shown = [html.escape(t) for t in self.titles[-SHOWN:]]
        if shown:
            shown[-1] = f"<b style='color: palette(text)'>{shown[-1]}</b>"
        if len(self.titles) > SHOWN:
            shown.insert(0, "…")
        self.setText(" › ".join(shown))
        self.setAccessibleName(self.tr("Steps so far: %1").replace("%1", ", ".join(self.titles)))
