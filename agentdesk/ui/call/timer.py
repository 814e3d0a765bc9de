"""Talk, hold and after-call-work time of the call on screen (O1), from the engine's clock."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.state import Phase
from agentdesk.ui.call.words import clock_text

REDRAW_MS = 500


class CallTimer(QLabel):
    """Redraws twice a second; the figures come from ``engine.durations()`` (its own clock,
    which tests replace), so the timer only decides when to look."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callTimer")
        self.setStyleSheet("font-size: 15px; font-weight: 600;")
        self._engine: CallEngine | None = None
        self._redraw = QTimer(self, interval=REDRAW_MS)
        self._redraw.timeout.connect(self.refresh)

    def set_engine(self, engine: CallEngine | None) -> None:
        self._engine = engine
        self.refresh()

    def refresh(self) -> None:
        engine = self._engine
        running = engine is not None and engine.phase in (Phase.IN_CALL, Phase.WRAP_UP)
        if not running:
            self._redraw.stop()
            self.clear()
            return
        if not self._redraw.isActive():
            self._redraw.start()
        d = engine.durations()
        talk = self.tr("Talk %1").replace("%1", clock_text(d.talk))
        if d.hold_count:
            talk += "  ·  " + self.tr("Hold %1").replace("%1", clock_text(d.hold))
        if engine.phase == Phase.WRAP_UP:  # after-call work runs; the call's figures below
            acw = self.tr("After-call work %1").replace("%1", clock_text(d.wrap_up))
            self.setText(f"{acw}\n{talk}")
        else:
            self.setText(talk)
