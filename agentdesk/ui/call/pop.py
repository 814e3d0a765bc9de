"""Call pops from the softphone (via `agentdesk call`): kept until someone is logged in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from agentdesk.callpop.protocol import CallRequest

if TYPE_CHECKING:  # the workspace comes with the main window, after the first dialog
    from agentdesk.ui.call.workspace import CallWorkspace


class CallPopRouter(QObject):
    """Delivers call pops to the workspace once the session is open (after login, not while
    locked) and brings agentdesk to the front: ``front()`` is the window to raise (the
    login dialog or the main window), ``ready()`` says whether the workspace may take calls."""

    def __init__(
        self,
        front: Callable[[], QWidget | None],
        ready: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._front = front
        self._ready = ready
        self.workspace: CallWorkspace | None = None
        self.pending: list[CallRequest] = []

    def attach(self, workspace: CallWorkspace) -> None:
        """The session is open (again): hand over what arrived meanwhile, oldest first."""
        self.workspace = workspace
        pending, self.pending = self.pending, []
        for request in pending:
            self.receive(request)

    def receive(self, request: CallRequest) -> None:
        self.activate()
        if self.workspace is not None and self._ready():
            self.workspace.incoming_call(request)
        else:
            self.pending.append(request)

    def activate(self) -> None:
        """Another start or a call pop: show agentdesk instead of a second window."""
        widget = self._front()
        if widget is not None and not widget.isHidden():
            widget.raise_()
            widget.activateWindow()
