"""Playbook ticks into the call record: the dock's signals become engine procedure events."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from agentdesk.errors import KnownError
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent
from agentdesk.flows.state import Phase
from agentdesk.ui.errors import error_text
from agentdesk.ui.playbook.dock import PlaybookDock
from agentdesk.ui.playbook.entry_view import PlaybookContext

log = logging.getLogger(__name__)

OPENED, TICKED, UNTICKED = "playbook_opened", "playbook_item_ticked", "playbook_item_unticked"


def playbook_ticks(events: Iterable[CallEvent]) -> frozenset[str]:
    """Checklist keys ("entry/item") ticked and not unticked again, from a call's events."""
    ticked: set[str] = set()
    for event in events:
        if event.kind in (TICKED, UNTICKED):
            key = f"{event.data.get('entry')}/{event.data.get('item')}"
            (ticked.add if event.kind == TICKED else ticked.discard)(key)
    return frozenset(ticked)


def connect_playbook_to_calls(
    dock: PlaybookDock,
    get_engine: Callable[[], CallEngine | None],
    agent_name: Callable[[], str | None] = lambda: None,
) -> None:
    """Log the dock's (and its picker's) ticks and opened entries in the current call.

    ``get_engine`` answers the call on screen, or None. Without a call in progress or in
    wrap-up nothing is logged. An entry is logged as opened once per call. Phrases get the
    caller's name from the call, and the agent's from the flow's context or ``agent_name``.
    """

    def live() -> CallEngine | None:
        engine = get_engine()
        if engine is None or engine.phase not in (Phase.IN_CALL, Phase.WRAP_UP):
            return None
        return engine

    def record(kind: str, data: dict[str, str]) -> None:
        engine = live()
        if engine is None:
            return
        try:
            engine.record(kind, data)
        except KnownError as exc:
            log.warning("playbook event not recorded: %s", exc.__class__.__name__)
            dock.show_not_recorded(error_text(exc))

    def opened(entry_id: str) -> None:
        engine = live()
        if engine is not None and not any(
            e.kind == OPENED and e.data.get("entry") == entry_id for e in engine.events
        ):
            record(OPENED, {"entry": entry_id})

    def context() -> PlaybookContext:
        engine = live()
        if engine is None:
            return PlaybookContext(agent=agent_name())
        return PlaybookContext(
            name=engine.render("{caller_name}") or None,
            agent=engine.context.representative or agent_name(),
            ticked=playbook_ticks(engine.events),
        )

    dock.entry_opened.connect(opened)
    dock.item_ticked.connect(lambda e, i: record(TICKED, {"entry": e, "item": i}))
    dock.item_unticked.connect(lambda e, i: record(UNTICKED, {"entry": e, "item": i}))
    dock.set_context_source(context)
