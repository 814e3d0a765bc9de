"""Keeps the customer card to the name alone while the call's identity check has not passed
(G1, G3); calls whose flow has no identity check, and the idle screen, show the whole card."""

from __future__ import annotations

from agentdesk.flows.state import Phase
from agentdesk.flows.verify import verification
from agentdesk.ui.call.workspace import CallWorkspace
from agentdesk.ui.notes.dock import NotesPanel


def connect_verification(workspace: CallWorkspace, notes: NotesPanel) -> None:
    def update(*_args: object) -> None:
        engine = workspace.engine
        restricted = (
            engine is not None and engine.phase == Phase.IN_CALL and verification(engine).restricted
        )
        notes.card_view.set_restricted(restricted)

    workspace.call_started.connect(update)
    workspace.phase_changed.connect(update)
    workspace.view.moved.connect(update)
    workspace.customer_matched.connect(update)
