"""The call engine: a plain state machine that logs every event before acting on it."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from agentdesk.errors import KnownError, ValidationError
from agentdesk.flows.durations import Durations, compute_durations
from agentdesk.flows.events import (
    CALL_ENDED,
    CALL_RESUMED,
    CALL_STARTED,
    CHECK_TICKED,
    CHECK_UNTICKED,
    FIELD_CAPTURED,
    HOLD_ENDED,
    HOLD_STARTED,
    STEP_ENTERED,
    WRAP_UP_SAVED,
    CallEvent,
    EventSink,
    wall_text,
)
from agentdesk.flows.guards import Blocker, TransitionOption, required_blockers, transition_options
from agentdesk.flows.kinds import KINDS, PROCEDURE_EVENTS
from agentdesk.flows.placeholders import ScriptContext, render, script_values
from agentdesk.flows.schema import FieldValueError, Flow, Step, Value, coerce_value
from agentdesk.flows.state import CallState, Phase, apply

_REASON = re.compile(r"[a-z][a-z0-9_]*\Z")
# What an action at the wrong moment says, by where the call is (code call.not_now.<phase>).
NOT_NOW = {
    Phase.READY: "Not possible before the call starts.",
    Phase.IN_CALL: "Not possible while the call goes on.",
    Phase.WRAP_UP: "Not possible during the wrap-up.",
    Phase.DONE: "Not possible: the call is finished.",
}


class FlowStateError(KnownError):
    """The action does not fit where the call is (e.g. a transition after the call ended)."""


class BlockedError(ValidationError):
    """A transition or the wrap-up is blocked; ``blockers`` say why."""

    def __init__(
        self, message: str, blockers: Iterable[Blocker], *, code: str, **params: object
    ) -> None:
        self.blockers = tuple(blockers)
        target = self.blockers[0].target if self.blockers else None
        super().__init__(message, target, code=code, **params)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CallEngine:
    """Guides one interaction through ``flow``.

    Every action becomes a CallEvent that is handed to ``sink.append`` first and applied to
    the state only if that returns, so the stored log always matches what the screen shows
    and ``CallEngine.resume`` rebuilds the same state after a crash.
    """

    def __init__(
        self,
        flow: Flow,
        sink: EventSink,
        *,
        context: ScriptContext | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._state = CallState(flow)
        self._events: list[CallEvent] = []
        self._sink = sink
        self._clock = clock
        self._wall_clock = wall_clock
        self.context = context or ScriptContext()

    @classmethod
    def resume(
        cls,
        flow: Flow,
        events: Iterable[CallEvent],
        sink: EventSink,
        *,
        context: ScriptContext | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], dt.datetime] = utc_now,
    ) -> CallEngine:
        """Replay a stored log (EventLogError if it does not fit ``flow``); an unfinished call
        gets a `call_resumed` event so durations bridge the restart."""
        engine = cls(flow, sink, context=context, clock=clock, wall_clock=wall_clock)
        for event in events:
            apply(engine._state, event)
            engine._events.append(event)
        if engine.phase in (Phase.IN_CALL, Phase.WRAP_UP):
            engine._emit(CALL_RESUMED, {})
        return engine

    # -- what the UI reads -------------------------------------------------------------
    @property
    def flow(self) -> Flow:
        return self._state.flow

    @property
    def phase(self) -> Phase:
        return self._state.phase

    @property
    def step(self) -> Step:
        """The current step (the start step before the call starts)."""
        return self.flow.step(self._state.step_id or self.flow.start)

    @property
    def fields(self) -> Mapping[str, Value]:
        return dict(self._state.fields)

    @property
    def ticked(self) -> frozenset[str]:
        return frozenset(self._state.ticked)

    @property
    def path(self) -> tuple[str, ...]:
        """Steps entered so far, in order (repeats included)."""
        return tuple(self._state.path)

    @property
    def on_hold(self) -> bool:
        return self._state.on_hold

    @property
    def events(self) -> tuple[CallEvent, ...]:
        return tuple(self._events)

    def options(self) -> tuple[TransitionOption, ...]:
        """The current step's transitions, each enabled or with its blockers."""
        if self.phase != Phase.IN_CALL:
            return ()
        return transition_options(self.flow, self.step, self._state.fields, self._state.ticked)

    def wrap_up_blockers(self) -> tuple[Blocker, ...]:
        step = self.flow.wrap_up
        return tuple(required_blockers(self.flow, step, self._state.fields, self._state.ticked))

    def render(self, text: str) -> str:
        """``text`` with settings, the caller's name and captured fields filled in."""
        return render(text, script_values(self.context, self._state.fields, self.flow))

    def script(self, step: Step | None = None) -> str:
        return self.render((step or self.step).script)

    def durations(self) -> Durations:
        return compute_durations(self._events, now=self._clock())

    # -- actions -----------------------------------------------------------------------
    def start(self) -> CallEvent:
        self._expect(Phase.READY)
        flow = self.flow
        data = {
            "flow": flow.id,
            "flow_digest": flow.digest,
            "channel": flow.channel,
            "step": flow.start,
        }
        return self._emit(CALL_STARTED, data, step=flow.start)

    def take(self, index: int, *, override: bool = False) -> CallEvent:
        """Follow transition ``index`` of the current step; blocked ones raise BlockedError
        unless ``override`` (the representative moves on anyway; the log says so)."""
        self._expect(Phase.IN_CALL)
        options = self.options()
        if not 0 <= index < len(options):
            raise ValidationError(
                f"Step '{self.step.id}' has no transition {index}.",
                code="call.no_transition",
                step=self.step.id,
                index=index,
            )
        option = options[index]
        if option.blockers and not override:
            label = option.transition.label
            raise BlockedError(
                f"'{label}' is not possible yet.", option.blockers, code="call.blocked", label=label
            )
        tr = option.transition
        data: dict[str, Any] = {
            "from": self.step.id,
            "to": tr.to,
            "via": "transition",
            "transition": index,
            "label": tr.label,
            "sets": {f: coerce_value(self.flow.field_map[f], v) for f, v in tr.sets},
        }
        if option.blockers:
            data["overridden"] = [b.code + ":" + b.target for b in option.blockers]
        if option.ends_call:
            return self._emit(CALL_ENDED, {"reason": "completed", **data})
        return self._emit(STEP_ENTERED, data)

    def jump(self, step_id: str) -> CallEvent:
        """Go to any step by hand (the call does not always follow the script)."""
        self._expect(Phase.IN_CALL)
        if step_id not in self.flow.step_map:
            raise ValidationError(
                f"Flow '{self.flow.id}' has no step '{step_id}'.",
                code="call.no_step",
                flow=self.flow.id,
                step=step_id,
            )
        data = {"from": self.step.id, "to": step_id, "via": "jump"}
        if KINDS[self.flow.step(step_id).kind].terminal:
            return self._emit(CALL_ENDED, {"reason": "completed", **data})
        return self._emit(STEP_ENTERED, data)

    def capture(self, field_id: str, value: object) -> CallEvent | None:
        """Store a field's value (None or "" clears it); None when nothing changed."""
        self._expect(Phase.IN_CALL, Phase.WRAP_UP)
        spec = self.flow.field_map.get(field_id)
        if spec is None:
            raise ValidationError(
                f"Flow '{self.flow.id}' has no field '{field_id}'.",
                field_id,
                code="call.no_field",
                params={"flow": self.flow.id, "field": field_id},
            )
        try:
            clean = coerce_value(spec, value)
        except FieldValueError as exc:
            raise ValidationError(
                f"{spec.label}: {exc}.",
                field_id,
                code=f"call.field.{exc.code}",
                params={"label": spec.label, **exc.params},
            ) from None
        if self._state.fields.get(field_id) == clean:
            return None
        return self._emit(FIELD_CAPTURED, {"field": field_id, "value": clean})

    def tick(self, check_id: str) -> CallEvent | None:
        return self._set_check(check_id, True)

    def untick(self, check_id: str) -> CallEvent | None:
        return self._set_check(check_id, False)

    def end_call(self, reason: str = "ended") -> CallEvent:
        """The call ended outside the flow (caller hung up, line dropped): go to wrap-up."""
        self._expect(Phase.IN_CALL)
        if not _REASON.match(reason):
            raise ValidationError(
                f"The end reason '{reason}' must be lower-case letters, digits or _.",
                code="call.end_reason",
                reason=reason,
            )
        return self._emit(CALL_ENDED, {"reason": reason, "from": self.step.id})

    def save_wrap_up(self) -> CallEvent:
        """Finish after-call work; BlockedError lists required wrap-up fields still empty."""
        self._expect(Phase.WRAP_UP)
        blockers = self.wrap_up_blockers()
        if blockers:
            raise BlockedError(
                "The wrap-up is not complete.", blockers, code="call.wrap_up_incomplete"
            )
        values = {f.id: self._state.fields.get(f.id) for f in self.flow.wrap_up.fields}
        return self._emit(WRAP_UP_SAVED, {"fields": values})

    def record(self, kind: str, data: Mapping[str, Any] | None = None) -> CallEvent:
        """Log a procedure event (hold_started, transfer_announced, message_taken, ...)."""
        self._expect(Phase.IN_CALL, Phase.WRAP_UP)
        if kind not in PROCEDURE_EVENTS:
            raise ValidationError(
                f"Unknown procedure event '{kind}'.", code="call.unknown_event", kind=kind
            )
        if kind in (HOLD_STARTED, HOLD_ENDED):
            self._expect(Phase.IN_CALL)
            if self.on_hold == (kind == HOLD_STARTED):
                if self.on_hold:
                    raise FlowStateError(
                        "The caller is already on hold.", code="call.already_on_hold"
                    )
                raise FlowStateError("The caller is not on hold.", code="call.not_on_hold")
        try:
            return self._emit(kind, dict(data or {}))
        except TypeError as exc:  # a bug in the caller: the detail goes to the log
            raise ValidationError(
                f"The event '{kind}' holds data that cannot be stored.",
                code="call.event_data",
                kind=kind,
            ) from exc

    # -- internals ---------------------------------------------------------------------
    def _set_check(self, check_id: str, on: bool) -> CallEvent | None:
        self._expect(Phase.IN_CALL, Phase.WRAP_UP)
        if check_id not in self.flow.check_map:
            raise ValidationError(
                f"Flow '{self.flow.id}' has no check '{check_id}'.",
                check_id,
                code="call.no_check",
                flow=self.flow.id,
                check=check_id,
            )
        if (check_id in self._state.ticked) == on:
            return None
        return self._emit(CHECK_TICKED if on else CHECK_UNTICKED, {"check": check_id})

    def _expect(self, *phases: Phase) -> None:
        if self.phase not in phases:
            raise FlowStateError(NOT_NOW[self.phase], code=f"call.not_now.{self.phase}")

    def _emit(self, kind: str, data: Mapping[str, Any], step: str | None = None) -> CallEvent:
        event = CallEvent(
            seq=self._state.seq + 1,
            kind=kind,
            at=float(self._clock()),
            wall=wall_text(self._wall_clock()),
            step=step or self._state.step_id,
            data=data,
        )
        self._sink.append(event)
        apply(self._state, event)
        self._events.append(event)
        return event
