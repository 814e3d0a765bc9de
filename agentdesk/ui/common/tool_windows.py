"""Tool windows opened from the main window: one of each per login, brought to the front when
asked again. What a lock (the frame hides) does to each window is declared with it: a window
that shows personal data closes, one that holds typed work hides (the same person gets it
back), one with neither stays. Another person logging in closes them all."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from agentdesk.services.identity import Identity
from agentdesk.ui.main_window import MainWindow


class OnLock(Enum):
    CLOSE = "close"  # shows personal data: gone with the lock
    HIDE = "hide"  # holds typed work: hidden, kept for the same person
    KEEP = "keep"  # neither: stays open


class ToolWindows(QObject):
    """Keeps the open tool windows by key; ``prepare`` and ``dismiss`` are the subclass's
    hooks for a new window and for closing one without asking."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._frame = window
        self.open_windows: dict[str, QWidget] = {}
        self._policy: dict[str, OnLock] = {}
        self._owner: dict[str, object] = {}  # account id each window was made for
        window.installEventFilter(self)
        window.identity_changed.connect(self._on_identity_changed)

    def show(
        self,
        key: str,
        make: Callable[[Identity], QWidget],
        *,
        on_lock: OnLock = OnLock.CLOSE,
        again: Callable[[QWidget], None] | None = None,
    ) -> QWidget:
        """The window for ``key``, made by ``make`` if none is open (then started), else
        ``again`` (e.g. a reload); shown in front either way."""
        widget = self.open_windows.get(key)
        if widget is None:
            who = self._frame.identity
            widget = make(who)
            self.open_windows[key] = widget
            self._policy[key], self._owner[key] = on_lock, who.account_id
            # A window that deletes itself on close (WA_DeleteOnClose) is forgotten with it.
            widget.destroyed.connect(lambda _obj=None, k=key, w=widget: self._forget(k, w))
            self.prepare(key, widget)
            widget.start()
        elif again is not None:
            again(widget)
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def get(self, key: str) -> QWidget | None:
        return self.open_windows.get(key)

    def discard(self, key: str) -> None:
        """Close the window for ``key`` without asking (nothing is saved)."""
        widget = self.open_windows.pop(key, None)
        self._policy.pop(key, None)
        self._owner.pop(key, None)
        if widget is not None:
            self.dismiss(key, widget)

    def prepare(self, key: str, widget: QWidget) -> None:
        """A window just made, before it starts loading."""

    def dismiss(self, key: str, widget: QWidget) -> None:
        """Close ``widget`` for good; a window that would ask about unsaved work overrides."""
        widget.close()
        widget.deleteLater()

    def left(self) -> None:
        """The frame hid (a lock) or the person changed, and the windows were dealt with: a
        subclass closes what else it shows there."""

    def close_all(self) -> None:
        for key in list(self.open_windows):
            self.discard(key)

    def _forget(self, key: str, widget: QWidget) -> None:
        if self.open_windows.get(key) is widget:
            del self.open_windows[key]
            self._policy.pop(key, None)
            self._owner.pop(key, None)

    def _on_identity_changed(self, who: Identity) -> None:
        for key in list(self.open_windows):
            kept = self._policy[key] is OnLock.HIDE and self._owner[key] == who.account_id
            if not kept:
                self.discard(key)
        self.left()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._frame and event.type() == QEvent.Type.Hide:
            for key, widget in list(self.open_windows.items()):
                policy = self._policy[key]
                if policy is OnLock.CLOSE:
                    self.discard(key)
                elif policy is OnLock.HIDE:
                    widget.hide()
            self.left()
        return False
