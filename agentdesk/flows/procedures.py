"""What the hold, transfer, message and call-back procedures share: refusals with a code, and
finding the way from the current step to the step of a given kind."""

from __future__ import annotations

from agentdesk.errors import ValidationError
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent
from agentdesk.flows.schema import Step


class ProcedureError(ValidationError):
    """A procedure step refused. ``code`` ("hold.reason_missing") has a text in every
    language (agentdesk/error_texts/call.py) filled in from ``params``; ``rule``
    ("reason_missing", the code's last part unless given) is what the panels word as an
    instruction beside the input; ``field`` names that input, if any. The message is the
    English text for logs and the command line."""

    def __init__(
        self,
        code: str,
        message: str,
        field: str | None = None,
        *,
        rule: str | None = None,
        **params: object,
    ) -> None:
        self.rule = rule or code.rsplit(".", 1)[-1]
        super().__init__(message, field, code=code, **params)


def step_of_kind(engine: CallEngine, kind: str) -> Step | None:
    """The flow's first step of ``kind`` (the current one if it is of that kind)."""
    if engine.step.kind == kind:
        return engine.step
    return next((s for s in engine.flow.steps if s.kind == kind), None)


def way_to(engine: CallEngine, kind: str) -> int | None:
    """The current step's first enabled transition to a step of ``kind``."""
    for option in engine.options():
        if option.enabled and engine.flow.step(option.transition.to).kind == kind:
            return option.index
    return None


def go_to_kind(engine: CallEngine, kind: str) -> CallEvent | None:
    """Move to the step of ``kind``: by the step's own transition when it has one (the log
    then reads like the script), else by hand. None when already there or the flow has none."""
    if engine.step.kind == kind:
        return None
    index = way_to(engine, kind)
    if index is not None:
        return engine.take(index)
    target = step_of_kind(engine, kind)
    return engine.jump(target.id) if target is not None else None


def capture_if_declared(engine: CallEngine, field_id: str, value: object) -> None:
    """Store a flow field the procedure fills, when the flow declares it (custom flows may not)."""
    if field_id in engine.flow.field_map:
        engine.capture(field_id, value)


def tick_if_declared(engine: CallEngine, check_id: str) -> None:
    """Tick the flow's check for what the procedure just recorded, when the flow has it."""
    if check_id in engine.flow.check_map:
        engine.tick(check_id)
