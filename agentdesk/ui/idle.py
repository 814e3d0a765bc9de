"""Locks the session after a configurable idle time; any key or mouse input counts as activity.

Not an application-wide event filter: that runs Python for every event of every widget and
made building a call step two to four times slower (ui/focus_filter.py). Keys, clicks and the
wheel are seen on the focus widget; a pointer that moved is seen at each check.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QCursor

from agentdesk.ui.focus_filter import FocusFilter

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(FocusFilter):
    """Emits ``idle`` once when no input arrived for ``minutes``; 0 disables it."""

    idle = Signal()

    def __init__(
        self,
        minutes: float,
        clock: Callable[[], float] = time.monotonic,
        poll_ms: int = 5000,
        parent: QObject | None = None,
        *,
        pointer: Callable[[], QPoint] = QCursor.pos,
    ) -> None:
        super().__init__(parent)
        self._pointer = pointer
        self._where = pointer()
        self._clock = clock
        self._limit = minutes * 60
        self._last = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.touch()
        if self._limit > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touch(self) -> None:
        self._last = self._clock()
        self._fired = False

    def check(self) -> None:
        where = self._pointer()
        if where != self._where:  # the mouse moved since the last check
            self._where = where
            self._last = self._clock()
        if self._limit > 0 and not self._fired and self._clock() - self._last >= self._limit:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self._clock()
        return False
