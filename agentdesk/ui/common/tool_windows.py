"""Tool windows opened from the main window: one of each per login, brought to the front when
asked again, and all closed when the frame hides (lock, log out) or another person logs in,
since they show personal data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from agentdesk.services.identity import Identity
from agentdesk.ui.main_window import MainWindow


class ToolWindows(QObject):
    """Keeps the open tool windows by key; ``prepare`` is the subclass's hook for a new one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._frame = window
        self.open_windows: dict[str, QWidget] = {}
        window.installEventFilter(self)
        window.identity_changed.connect(lambda _who: self.close_all())

    def show(self, key: str, make: Callable[[Identity], QWidget]) -> QWidget:
        widget = self.open_windows.get(key)
        if widget is None:
            widget = make(self._frame.identity)
            self.open_windows[key] = widget
            self.prepare(key, widget)
            widget.start()
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def prepare(self, key: str, widget: QWidget) -> None:
        """A window just made, before it starts loading."""

    def close_all(self) -> None:
        for widget in self.open_windows.values():
            widget.close()
            widget.deleteLater()
        self.open_windows.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._frame and event.type() == QEvent.Type.Hide:
            self.close_all()
        return False
