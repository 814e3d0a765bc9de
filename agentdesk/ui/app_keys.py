"""The window's shortcuts win over the keys text fields bind for themselves.

Qt's line edits take Ctrl+E (end of line), Ctrl+K (delete to the end) and others on Linux at
ShortcutOverride, so the window's "End call" would do nothing while the cursor is in a name or
search field. Mid-call, the representative's key must always reach the call.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.ui.focus_filter import FocusFilter


def key_text(event: QKeyEvent) -> str:
    """Portable text of a key press ("Ctrl+E"); keypad Enter counts as Return."""
    try:
        key = Qt.Key(event.key())
    except ValueError:
        return ""
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(QKeyCombination(mods, key)).toString()


class AppKeysFirst(FocusFilter):
    """Ignores a field's claim on any key that is one of ``frame``'s enabled action shortcuts,
    for fields in the frame, its docks and its tool windows (not in a modal dialog, whose
    fields keep their keys because the window's actions cannot run under it anyway)."""

    def __init__(self, frame: QWidget) -> None:
        self._frame = frame
        super().__init__(frame)  # a child: unhooked when the window goes

    def shortcuts(self) -> set[str]:
        return {
            action.shortcut().toString()
            for action in self._frame.actions()
            if action.isEnabled() and not action.shortcut().isEmpty()
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or QApplication.activeModalWidget() is not None:
            return False
        if not self._belongs(watched) or key_text(event) not in self.shortcuts():
            return False
        event.ignore()  # not the field's key: the window's shortcut runs
        return True

    def _belongs(self, widget: QWidget) -> bool:
        window = widget.window()
        while window is not None:
            if window is self._frame:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False
