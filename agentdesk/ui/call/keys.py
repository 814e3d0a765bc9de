"""Flow shortcuts (Ctrl+Return, Alt+letter) for whatever has focus inside the workspace.

An event filter (on the focus widget: ui/focus_filter.py) rather than QActions: Alt+H would
be ambiguous with the &Help menu's mnemonic (Qt then fires neither), and a window-wide
Ctrl+Return would steal the notes editor's save key. Claiming the key at ShortcutOverride
gives the workspace priority only while the focus is inside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.ui.app_keys import key_text
from agentdesk.ui.focus_filter import FocusFilter

Handler = Callable[[], None]


class FlowKeys(FocusFilter):
    """Asks ``lookup(keys)`` for a handler whenever a key is pressed inside ``root``."""

    def __init__(self, root: QWidget, lookup: Callable[[str], Handler | None]) -> None:
        self._root = root
        self._lookup = lookup
        super().__init__(root)  # a child: destroyed (and so unhooked) with the workspace

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if watched is not QApplication.focusWidget() or not isinstance(watched, QWidget):
            return False
        if watched is not self._root and not self._root.isAncestorOf(watched):
            return False
        handler = self._lookup(key_text(event))
        if handler is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            handler()
        return True
