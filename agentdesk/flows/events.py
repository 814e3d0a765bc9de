"""Call events: what happened on which step and when, as JSON-able records with a sequence."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from agentdesk.errors import KnownError

CALL_STARTED = "call_started"  # data: flow, flow_digest, channel, step
STEP_ENTERED = "step_entered"  # data: from, to, via (transition|jump), label, sets, overridden
FIELD_CAPTURED = "field_captured"  # data: field, value (None = cleared)
CHECK_TICKED = "check_ticked"  # data: check
CHECK_UNTICKED = "check_unticked"  # data: check
CALL_ENDED = "call_ended"  # data: reason, from (+ transition data when a transition ended it)
WRAP_UP_SAVED = "wrap_up_saved"  # data: fields (the wrap-up step's values)
CALL_RESUMED = "call_resumed"  # the app restarted mid-call; the monotonic clock may restart
CORE_EVENTS = frozenset(
    {CALL_STARTED, STEP_ENTERED, FIELD_CAPTURED, CHECK_TICKED, CHECK_UNTICKED, CALL_ENDED,
     WRAP_UP_SAVED, CALL_RESUMED}
)  # fmt: skip
HOLD_STARTED = "hold_started"
HOLD_ENDED = "hold_ended"

_KEYS = ("seq", "kind", "at", "wall", "step", "data")


class EventLogError(KnownError):
    """A stored event log cannot be read back (damaged, or from an incompatible flow)."""


def _plain(value: Any) -> Any:
    """A JSON-able copy: mappings become dicts, sequences lists; anything else is refused."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError("numbers in events must be finite")
        return value
    if isinstance(value, Mapping):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("event data keys must be text")
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    raise TypeError(f"event data cannot hold {type(value).__name__}")


def parse_wall(text: str) -> dt.datetime:
    """The UTC time of an event's ``wall`` text."""
    when = dt.datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def wall_text(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class CallEvent:
    """One entry of an interaction's log.

    ``at`` is the engine's monotonic clock (durations), ``wall`` the UTC time (display,
    audit, and durations across a restart), ``step`` the step the representative was on.
    """

    seq: int
    kind: str
    at: float
    wall: str
    step: str
    data: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "data", MappingProxyType(_plain(dict(self.data))))

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "kind": self.kind,
            "at": self.at,
            "wall": self.wall,
            "step": self.step,
            "data": _plain(self.data),
        }

    @classmethod
    def from_dict(cls, raw: Any) -> CallEvent:
        """The event a ``to_dict`` produced; EventLogError (no personal data) when damaged."""
        if not isinstance(raw, Mapping) or set(raw) != set(_KEYS):
            raise EventLogError(
                "An event log entry does not have the expected keys.", code="call_log.keys"
            )
        seq, kind, at, wall, step, data = (raw[k] for k in _KEYS)
        checks = (
            isinstance(seq, int) and not isinstance(seq, bool) and seq >= 1,
            isinstance(kind, str) and bool(kind),
            isinstance(at, int | float) and not isinstance(at, bool) and math.isfinite(at),
            isinstance(wall, str),
            isinstance(step, str),
            isinstance(data, Mapping),
        )
        if not all(checks):
            raise EventLogError(
                f"Event log entry {seq!r} has a value of the wrong type.",
                code="call_log.types",
                seq=repr(seq),
            )
        try:
            parse_wall(wall)
            return cls(seq, kind, float(at), wall, step, data)
        except (TypeError, ValueError):
            raise EventLogError(
                f"Event log entry {seq} cannot be read.", code="call_log.unreadable", seq=seq
            ) from None


class EventSink(Protocol):
    """Where the engine persists each event before acting on it (the service: the database)."""

    def append(self, event: CallEvent) -> None: ...


class MemorySink:
    """Keeps events in a list: tests, training mode, and a buffer for the service layer."""

    def __init__(self) -> None:
        self.events: list[CallEvent] = []

    def append(self, event: CallEvent) -> None:
        self.events.append(event)
