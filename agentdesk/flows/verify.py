"""Identity verification (G1, G3): a step of kind ``verify`` lists the questions as checks and
says how many must match (``options: {required: N}``); until the caller passes, the app shows
only their name, not their history or notes. Passing or failing is recorded in the call log.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent
from agentdesk.flows.procedures import ProcedureError, capture_if_declared
from agentdesk.flows.schema import Flow, Step

VERIFIED = "identity_verified"  # event data: matched, required, checks
FAILED = "identity_failed"  # event data: matched, required
FIELD = "identity_verified"  # the step's yes/no field: the way on requires it
KIND = "verify"
DEFAULT_REQUIRED = 2


@dataclass(frozen=True)
class Verification:
    """Where the call stands: no verify step at all, pending, passed or failed."""

    required: int
    matched: int
    passed: bool
    failed: bool
    applies: bool  # the flow has a verify step

    @property
    def restricted(self) -> bool:
        """Show only the name: the flow asks for verification and it has not passed."""
        return self.applies and not self.passed

    @property
    def enough(self) -> bool:
        return self.matched >= self.required


def verify_step(flow: Flow) -> Step | None:
    return next((s for s in flow.steps if s.kind == KIND), None)


def required_of(step: Step) -> int:
    wanted = int(step.options.get("required") or DEFAULT_REQUIRED)
    return max(1, min(wanted, len(step.checks) or 1))


def verification(engine: CallEngine) -> Verification:
    step = verify_step(engine.flow)
    if step is None:
        return Verification(0, 0, True, False, applies=False)
    required = required_of(step)
    matched = sum(1 for c in step.checks if c.id in engine.ticked)
    passed = failed = False
    for e in engine.events:  # the last verdict counts (a failed caller may pass later)
        if e.kind == VERIFIED:
            passed, failed = True, False
        elif e.kind == FAILED:
            passed, failed = False, True
    return Verification(required, matched, passed, failed, applies=True)


def confirm(engine: CallEngine) -> CallEvent:
    """The caller answered enough questions: record it and open the way on."""
    state = verification(engine)
    step = verify_step(engine.flow)
    if step is None:
        raise ProcedureError("verify.no_verify_step", "Verification: this flow has no verify step.")
    if not state.enough:
        raise ProcedureError(
            "verify.not_enough_matched",
            f"Verification: {state.matched} of {state.required} needed answers match.",
            matched=state.matched,
            required=state.required,
        )
    checks = [c.id for c in step.checks if c.id in engine.ticked]
    event = engine.record(
        VERIFIED, {"matched": state.matched, "required": state.required, "checks": checks}
    )
    capture_if_declared(engine, FIELD, True)
    return event


def fail(engine: CallEngine) -> CallEvent:
    """The caller could not answer enough: record it; the history stays hidden."""
    state = verification(engine)
    event = engine.record(FAILED, {"matched": state.matched, "required": state.required})
    capture_if_declared(engine, FIELD, False)
    return event
