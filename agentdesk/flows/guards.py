"""Why a transition or the wrap-up is not possible yet: blockers as codes the UI can word."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass

from agentdesk.flows.kinds import KINDS
from agentdesk.flows.schema import Condition, Flow, Guard, Step, Transition, Value, has_value

FIELD_MISSING = "field_missing"  # a required field has no value (a yes/no needing yes: not yes)
CHECK_UNTICKED = "check_unticked"  # a required check is not ticked
FIELD_MISMATCH = "field_mismatch"  # a field's value does not meet a `when` condition


@dataclass(frozen=True)
class Blocker:
    """One reason something is disabled: ``code``, the field or check and its label; for a
    mismatch, the condition's ``op`` and ``expected`` value."""

    code: str
    target: str
    label: str
    op: str = ""
    expected: Value | None = None


@dataclass(frozen=True)
class TransitionOption:
    """A transition of the current step as the UI shows it: enabled, or blocked and why."""

    index: int
    transition: Transition
    blockers: tuple[Blocker, ...]
    ends_call: bool

    @property
    def enabled(self) -> bool:
        return not self.blockers


def _label(flow: Flow, target: str) -> str:
    spec = flow.field_map.get(target) or flow.check_map.get(target)
    return spec.label if spec is not None else target


def _failed(flow: Flow, conds: Iterable[Condition], fields: Mapping[str, Value]) -> list[Blocker]:
    return [
        Blocker(FIELD_MISMATCH, c.field, _label(flow, c.field), c.op, c.value)
        for c in conds
        if not c.holds(fields.get(c.field))
    ]


def guard_blockers(
    flow: Flow, guard: Guard, fields: Mapping[str, Value], ticked: Set[str]
) -> list[Blocker]:
    found = []
    for name in guard.requires:
        if name in flow.check_map:
            if name not in ticked:
                found.append(Blocker(CHECK_UNTICKED, name, _label(flow, name)))
        elif not has_value(fields.get(name)):
            found.append(Blocker(FIELD_MISSING, name, _label(flow, name)))
    return found + _failed(flow, guard.when, fields)


def required_blockers(
    flow: Flow, step: Step, fields: Mapping[str, Value], ticked: Set[str]
) -> list[Blocker]:
    """Required fields and checks of ``step`` (a required yes/no may be answered no)."""
    found = [
        Blocker(CHECK_UNTICKED, c.id, c.label)
        for c in step.checks
        if c.required and c.id not in ticked
    ]
    for spec in step.fields:
        needed = spec.required or (
            bool(spec.required_when) and not _failed(flow, spec.required_when, fields)
        )
        if needed and fields.get(spec.id) is None:
            found.append(Blocker(FIELD_MISSING, spec.id, spec.label))
    return found


def transition_options(
    flow: Flow, step: Step, fields: Mapping[str, Value], ticked: Set[str]
) -> tuple[TransitionOption, ...]:
    """Every transition of ``step``: its own guard plus the step's required fields/checks."""
    required = required_blockers(flow, step, fields, ticked)
    return tuple(
        TransitionOption(
            index=i,
            transition=tr,
            blockers=tuple(
                dict.fromkeys(required + guard_blockers(flow, tr.guard, fields, ticked))
            ),
            ends_call=KINDS[flow.step(tr.to).kind].terminal,
        )
        for i, tr in enumerate(step.transitions)
    )
