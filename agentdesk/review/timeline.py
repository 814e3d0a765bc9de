"""What a reviewer reads from a call's log: the captured fields and the messages taken."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agentdesk.flows.events import CallEvent
from agentdesk.review.adherence import MESSAGE_TAKEN
from agentdesk.review.conditions import field_values


def captured_fields(events: Sequence[CallEvent]) -> dict[str, Any]:
    """Each field's last value, in the order fields were first filled; cleared ones left out."""
    values: dict[str, Any] = {}
    for event in events:
        for name, value in field_values(event).items():
            values[name] = value
    return {k: v for k, v in values.items() if v not in (None, "", [], ())}


def messages_taken(events: Sequence[CallEvent]) -> list[tuple[int, dict[str, Any]]]:
    """(seq, data) of every message taken during the call."""
    return [(e.seq, dict(e.data)) for e in events if e.kind == MESSAGE_TAKEN]
