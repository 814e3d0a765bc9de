"""An event filter on the widget that has the keyboard focus, not on the whole application.

Key presses and their ShortcutOverride go to the focus widget. An application-wide Python
event filter would also run for every other event of every widget — polish, layout, paint,
child added: about 500 events for one call step's form — and it made building a step two to
four times slower (benchmarks/gui_stall_bench.py). Following the focus keeps what the key
filters see and drops the rest.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget


class FocusFilter(QObject):
    """Subclasses implement ``eventFilter``; it sees the events of the focus widget only."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)  # a child: destroyed (and so unhooked) with its owner
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)
            self._follow(None, app.focusWidget())

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            with suppress(RuntimeError):  # the widget that had the focus may be deleted
                self._watched.removeEventFilter(self)
        self._watched = new
        if new is not None:
            new.installEventFilter(self)
