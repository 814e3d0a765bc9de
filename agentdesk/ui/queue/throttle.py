"""Redraw at most a few times a second however fast the data comes (qutebrowser's throttle)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# 150 ms: at most about 6.7 redraws a second, within the app's 4–10 Hz for live views.
DEFAULT_INTERVAL_MS = 150


class Throttle(QObject):
    """request() runs ``fn`` at once if it has not run within the interval; otherwise one
    call is made when the interval ends, however many requests came in between."""

    def __init__(
        self,
        fn: Callable[[], None],
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._pending = False
        self.calls = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def request(self) -> None:
        if self._timer.isActive():
            self._pending = True
            return
        self._run()

    def flush(self) -> None:
        """Run now (a user's own action must show at once), and restart the interval."""
        self._timer.stop()
        self._run()

    def stop(self) -> None:
        self._timer.stop()
        self._pending = False

    def _run(self) -> None:
        self._pending = False
        self.calls += 1
        self._fn()
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._pending:
            self._run()
