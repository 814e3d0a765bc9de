"""Ctrl+Enter in a multi-line editor submits it; plain Enter stays a new line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CtrlEnter(QObject):
    """Installed on ``editor`` (and owned by it): Ctrl+Return or Ctrl+Enter calls ``submit``
    and is consumed, so the editor never sees it as a line break."""

    def __init__(self, editor: QWidget, submit: Callable[[], object]) -> None:
        super().__init__(editor)
        self._submit = submit
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in ENTER_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._submit()
            return True
        return super().eventFilter(watched, event)
