"""The state of a call rebuilt from its events: the one reducer both live calls and resume use."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from agentdesk.flows.events import (
    CALL_ENDED,
    CALL_STARTED,
    CHECK_TICKED,
    CHECK_UNTICKED,
    FIELD_CAPTURED,
    HOLD_ENDED,
    HOLD_STARTED,
    STEP_ENTERED,
    WRAP_UP_SAVED,
    CallEvent,
    EventLogError,
)
from agentdesk.flows.schema import Flow, Value


class Phase(StrEnum):
    """Where the call is: not started, talking, after-call work, finished."""

    READY = "ready"
    IN_CALL = "in_call"
    WRAP_UP = "wrap_up"
    DONE = "done"


@dataclass
class CallState:
    """Mutable state owned by one engine; the UI sees it through the engine's properties."""

    flow: Flow
    phase: Phase = Phase.READY
    step_id: str = ""
    fields: dict[str, Value] = field(default_factory=dict)
    ticked: set[str] = field(default_factory=set)
    path: list[str] = field(default_factory=list)
    on_hold: bool = False
    seq: int = 0


def _value(raw: object) -> Value | None:
    return tuple(raw) if isinstance(raw, list | tuple) else raw  # type: ignore[return-value]


def _enter(state: CallState, step_id: object) -> None:
    if not isinstance(step_id, str) or step_id not in state.flow.step_map:
        raise EventLogError(
            f"The event log names step '{step_id}', which flow '{state.flow.id}' does not have.",
            code="call_log.unknown_step",
            step=str(step_id),
            flow=state.flow.id,
        )
    state.step_id = step_id
    state.path.append(step_id)


def _set(state: CallState, values: object) -> None:
    if isinstance(values, dict):
        for fid, raw in values.items():
            value = _value(raw)
            if value is None:
                state.fields.pop(fid, None)
            else:
                state.fields[fid] = value


def apply(state: CallState, event: CallEvent) -> None:
    """Fold one event into ``state``; EventLogError when the log does not fit the flow."""
    if event.seq != state.seq + 1:
        raise EventLogError(
            f"Event {event.seq} follows event {state.seq}: the log has a gap.",
            code="call_log.gap",
            seq=event.seq,
            previous=state.seq,
        )
    if state.phase == Phase.READY and event.kind != CALL_STARTED:
        raise EventLogError(
            "The event log does not begin with the start of a call.", code="call_log.no_start"
        )
    data = event.data
    if event.kind == CALL_STARTED:
        if state.phase != Phase.READY or data.get("flow") != state.flow.id:
            raise EventLogError(
                f"The event log is not a call of flow '{state.flow.id}'.",
                code="call_log.other_flow",
                flow=state.flow.id,
            )
        state.phase = Phase.IN_CALL
        _enter(state, data.get("step"))
    elif event.kind == STEP_ENTERED:
        _enter(state, data.get("to"))
        _set(state, data.get("sets"))
    elif event.kind == CALL_ENDED:
        state.phase = Phase.WRAP_UP
        state.on_hold = False
        _enter(state, state.flow.wrap_up.id)
        _set(state, data.get("sets"))
    elif event.kind == FIELD_CAPTURED:
        _set(state, {data.get("field"): data.get("value")})
    elif event.kind == CHECK_TICKED:
        state.ticked.add(str(data.get("check")))
    elif event.kind == CHECK_UNTICKED:
        state.ticked.discard(str(data.get("check")))
    elif event.kind == WRAP_UP_SAVED:
        state.phase = Phase.DONE
    elif event.kind == HOLD_STARTED:
        state.on_hold = True
    elif event.kind == HOLD_ENDED:
        state.on_hold = False
    state.seq = event.seq
