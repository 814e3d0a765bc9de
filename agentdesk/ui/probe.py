"""Start-up probe for smoke tests and the start-up benchmark.

With ``AGENTDESK_QUIT_AT_FIRST_WINDOW=1`` in the environment the app prints one line naming the
first window it shows (``first window: LoginDialog: agentdesk — sign in [cpu 0.310]``, the
process's CPU seconds so far) and quits. The CI
smoke test of the installed wheel, the PyInstaller bundle's smoke test and
benchmarks/startup_bench.py use it: they need a real start, from a real entry point, that ends
by itself. Nothing else reads the variable.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "AGENTDESK_QUIT_AT_FIRST_WINDOW"


class FirstWindowProbe(QObject):
    """Application event filter: the first top-level widget shown ends the event loop."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._seen = True
            # After the pending paint: the window is on screen when the line is printed.
            QTimer.singleShot(0, lambda: self._report(watched))
        return False

    def _report(self, window: QWidget) -> None:
        # The CPU time spent so far: the start-up benchmark compares it with a bare program's.
        cpu = time.process_time()
        print(
            f"first window: {type(window).__name__}: {window.windowTitle()} [cpu {cpu:.3f}]",
            flush=True,
        )
        QApplication.exit(0)


def install_if_asked(app: QApplication) -> FirstWindowProbe | None:
    """Install the probe when the environment asks for it."""
    if os.environ.get(ENV, "") not in ("", "0"):
        sys.stdout.reconfigure(line_buffering=True)
        return FirstWindowProbe(app)
    return None
