"""Dialogs that go with the main window: hidden when it hides (a lock must hide everything)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def top_window(widget: QWidget) -> QWidget:
    """The main window a widget belongs to, even from inside a floating dock."""
    window = widget.window()
    while window.parentWidget() is not None:
        window = window.parentWidget().window()
    return window


class HideWithParent(QObject):
    """Qt does not hide a child window with its parent; this does, for ``dialog``."""

    def __init__(self, dialog: QWidget, parent: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            self._dialog.hide()
        return False
