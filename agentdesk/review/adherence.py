"""Script adherence of one call, computed from its event log with the active rules."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from agentdesk.flows.events import CALL_STARTED, CHECK_TICKED, CallEvent
from agentdesk.review.conditions import Log
from agentdesk.review.rulefile import Rule
from agentdesk.review.rules import RuleSet

HOLD_STARTED = "hold_started"
TRANSFER_STARTED = "transfer_started"
TRANSFER_ANNOUNCED = "transfer_announced"
TRANSFER_COMPLETED = "transfer_completed"
MESSAGE_TAKEN = "message_taken"
CALLBACK_OFFERED = "callback_offered"


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class ItemResult:
    """One rule's verdict on a call; ``evidence`` are sequence numbers in its event log."""

    rule_id: str
    practice: str
    title: str
    status: Status
    evidence: tuple[int, ...] = ()
    # Why a rule did not apply: "flow" or "channel" (it belongs to others), "condition"
    # (its applies_when did not hold in this call); "" when it applied.
    reason: str = ""


@dataclass(frozen=True)
class Adherence:
    items: tuple[ItemResult, ...]
    rules_digest: str

    @property
    def applicable(self) -> int:
        return sum(1 for i in self.items if i.status is not Status.NOT_APPLICABLE)

    @property
    def passed(self) -> int:
        return sum(1 for i in self.items if i.status is Status.PASS)

    @property
    def score(self) -> float | None:
        """Share of applicable items passed, 0..1; None when nothing applied."""
        return self.passed / self.applicable if self.applicable else None

    def item(self, rule_id: str) -> ItemResult:
        return next(i for i in self.items if i.rule_id == rule_id)


@dataclass(frozen=True)
class CallFacts:
    """Counts the KPI dashboard needs without decrypting the log again."""

    holds: int = 0
    warm_transfers: int = 0
    cold_transfers: int = 0
    messages: int = 0
    callbacks_offered: int = 0


def flow_of(events: Sequence[CallEvent]) -> str | None:
    first = events[0] if events else None
    return str(first.data.get("flow")) if first and first.kind == CALL_STARTED else None


def channel_of(events: Sequence[CallEvent]) -> str | None:
    first = events[0] if events else None
    if first is None or first.kind != CALL_STARTED or first.data.get("channel") is None:
        return None
    return str(first.data.get("channel"))


def judge(rule: Rule, log: Log, flow: str | None, channel: str | None = None) -> ItemResult:
    def result(status: Status, evidence: tuple[int, ...] = (), reason: str = "") -> ItemResult:
        return ItemResult(rule.id, rule.practice, rule.title, status, evidence, reason)

    if rule.flows and flow not in rule.flows:
        return result(Status.NOT_APPLICABLE, reason="flow")
    if rule.channels and channel not in rule.channels:
        return result(Status.NOT_APPLICABLE, reason="channel")
    if rule.applies_when is not None and not rule.applies_when.evaluate(log, 0, len(log)).ok:
        return result(Status.NOT_APPLICABLE, reason="condition")
    verdict = rule.pass_when.evaluate(log, 0, len(log))
    return result(Status.PASS if verdict.ok else Status.FAIL, verdict.evidence)


def evaluate(
    rules: RuleSet, events: Sequence[CallEvent], not_done: Collection[str] = ()
) -> Adherence:
    """Every rule's verdict on the call, in rule order.

    ``not_done``: checks a reviewer found ticked but not actually done (calibration); their
    ticks are left out, so every rule that relies on them judges the call as reviewed.
    """
    if not_done:
        events = [
            e for e in events if not (e.kind == CHECK_TICKED and e.data.get("check") in not_done)
        ]
    log = Log(events)
    flow, channel = flow_of(events), channel_of(events)
    return Adherence(tuple(judge(r, log, flow, channel) for r in rules.rules), rules.digest)


def call_facts(events: Sequence[CallEvent]) -> CallFacts:
    """Holds, warm and cold transfers, messages and call-back offers in the log.

    A completed transfer is warm when its event says ``warm: true``, or, without that key,
    when it was announced after it started.
    """
    holds = warm = cold = messages = offers = 0
    announced = False
    for e in events:
        if e.kind == HOLD_STARTED:
            holds += 1
        elif e.kind == TRANSFER_STARTED:
            announced = False
        elif e.kind == TRANSFER_ANNOUNCED:
            announced = True
        elif e.kind == TRANSFER_COMPLETED:
            is_warm = e.data.get("warm")
            if is_warm if isinstance(is_warm, bool) else announced:
                warm += 1
            else:
                cold += 1
        elif e.kind == MESSAGE_TAKEN:
            messages += 1
        elif e.kind == CALLBACK_OFFERED:
            offers += 1
    return CallFacts(holds, warm, cold, messages, offers)
