"""The adherence rule language: conditions evaluated over a window of a call's event log.

A window is a slice ``[lo, hi)`` of the log. Every condition answers with a Verdict: whether it
holds and the sequence numbers of the events that show it (the evidence a reviewer sees).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from agentdesk.flows.durations import timeline
from agentdesk.flows.events import (
    CALL_ENDED,
    CALL_STARTED,
    CHECK_TICKED,
    CHECK_UNTICKED,
    FIELD_CAPTURED,
    STEP_ENTERED,
    WRAP_UP_SAVED,
    CallEvent,
)

MATCH_OPS = ("eq", "ne", "gt", "ge", "lt", "le", "in", "not_in", "set", "has_all")
_MISSING = object()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    evidence: tuple[int, ...] = ()


def _merge(*groups: Sequence[int]) -> tuple[int, ...]:
    return tuple(sorted({seq for group in groups for seq in group}))


class Log:
    """A call's events with a continuous time for each (restarts bridged)."""

    def __init__(self, events: Sequence[CallEvent]) -> None:
        self.events = list(events)
        self.times, _ = timeline(self.events)

    def __len__(self) -> int:
        return len(self.events)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_set(value: Any) -> bool:
    return value is not _MISSING and value is not None and value not in ("", [], (), {})


@dataclass(frozen=True)
class Matcher:
    """One test on a value: ``gt: 180``, ``in: [a, b]``, ``set: true``; a scalar means ``eq``."""

    op: str
    value: Any

    def test(self, actual: Any) -> bool:
        op, want = self.op, self.value
        if op == "set":
            return _is_set(actual) == bool(want)
        if actual is _MISSING:
            return op in ("ne", "not_in")
        if op == "eq":
            return actual == want
        if op == "ne":
            return actual != want
        if op in ("gt", "ge", "lt", "le"):
            if not (_is_number(actual) and _is_number(want)):
                return False
            return {
                "gt": actual > want,
                "ge": actual >= want,
                "lt": actual < want,
                "le": actual <= want,
            }[op]
        if op == "in":
            return actual in want
        if op == "not_in":
            return actual not in want
        if op == "has_all":
            return isinstance(actual, list | tuple) and all(w in actual for w in want)
        raise ValueError(f"unknown matcher {op}")


@dataclass(frozen=True)
class DataTest:
    """``key`` of an event's data must pass every matcher."""

    key: str
    matchers: tuple[Matcher, ...]

    def test(self, data: Any) -> bool:
        actual = data.get(self.key, _MISSING)
        return all(m.test(actual) for m in self.matchers)


def _data_ok(event: CallEvent, tests: tuple[DataTest, ...]) -> bool:
    return all(t.test(event.data) for t in tests)


class Cond:
    """Base of every condition; subclasses are frozen dataclasses."""

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        raise NotImplementedError


@dataclass(frozen=True)
class All(Cond):
    items: tuple[Cond, ...]

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        verdicts = [c.evaluate(log, lo, hi) for c in self.items]
        return Verdict(all(v.ok for v in verdicts), _merge(*(v.evidence for v in verdicts)))


@dataclass(frozen=True)
class AnyOf(Cond):
    items: tuple[Cond, ...]

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        verdicts = [c.evaluate(log, lo, hi) for c in self.items]
        for v in verdicts:
            if v.ok:
                return v
        return Verdict(False, _merge(*(v.evidence for v in verdicts)))


@dataclass(frozen=True)
class Not(Cond):
    item: Cond

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        inner = self.item.evaluate(log, lo, hi)
        return Verdict(not inner.ok, inner.evidence)


@dataclass(frozen=True)
class EventCond(Cond):
    """Some event of ``kind`` whose data passes ``data`` happened in the window."""

    kind: str
    data: tuple[DataTest, ...] = ()

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        seqs = [e.seq for e in log.events[lo:hi] if e.kind == self.kind and _data_ok(e, self.data)]
        return Verdict(bool(seqs), tuple(seqs))


@dataclass(frozen=True)
class CheckCond(Cond):
    """The check was ticked in the window and not unticked after it (within the window)."""

    check: str

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        last: CallEvent | None = None
        for e in log.events[lo:hi]:
            if e.kind in (CHECK_TICKED, CHECK_UNTICKED) and e.data.get("check") == self.check:
                last = e
        if last is None:
            return Verdict(False)
        return Verdict(last.kind == CHECK_TICKED, (last.seq,))


def field_values(event: CallEvent) -> dict[str, Any]:
    """The field values an event sets (captures, transition pre-fills, the saved wrap-up)."""
    data = event.data
    if event.kind == FIELD_CAPTURED and isinstance(data.get("field"), str):
        return {data["field"]: data.get("value")}
    if event.kind in (STEP_ENTERED, CALL_ENDED):
        sets = data.get("sets")
        return dict(sets) if hasattr(sets, "items") else {}
    if event.kind == WRAP_UP_SAVED:
        fields = data.get("fields")
        return (
            {k: v for k, v in fields.items() if v is not None} if hasattr(fields, "items") else {}
        )
    return {}


@dataclass(frozen=True)
class FieldCond(Cond):
    """The field's last value in the window passes every matcher (``field_set`` is ``set``)."""

    field: str
    matchers: tuple[Matcher, ...]

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        value: Any = _MISSING
        where: tuple[int, ...] = ()
        for e in log.events[lo:hi]:
            values = field_values(e)
            if self.field in values:
                value = values[self.field]
                where = (e.seq,)
        if value is None:
            value = _MISSING
        return Verdict(all(m.test(value) for m in self.matchers), where)


@dataclass(frozen=True)
class StepCond(Cond):
    """The representative was on this step at some point in the window."""

    step: str

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        for e in log.events[lo:hi]:
            entered = e.data.get("step") if e.kind == CALL_STARTED else e.data.get("to")
            if e.kind in (CALL_STARTED, STEP_ENTERED, CALL_ENDED) and entered == self.step:
                return Verdict(True, (e.seq,))
        return Verdict(False)


@dataclass(frozen=True)
class Every:
    """While an occurrence lasts, an event of ``kind`` at least every ``max_gap`` seconds.

    ``gap_from``: a data key of the occurrence holding the gap in force during the call
    (the hold records the check-back interval the settings gave); ``max_gap`` when absent.
    """

    kind: str
    max_gap: float
    gap_from: str | None = None


@dataclass(frozen=True)
class Each(Cond):
    """Every occurrence of ``kind`` (passing ``where``) satisfies the conditions around it.

    ``preceded_by`` looks back to the previous occurrence of ``kind`` (exclusive) and includes
    the occurrence itself; ``followed_by`` looks from the occurrence up to the next one
    (exclusive) or the first ``until`` event (inclusive); ``every`` times that same span.
    """

    kind: str
    where: tuple[DataTest, ...] = ()
    until: str | None = None
    preceded_by: Cond | None = None
    followed_by: Cond | None = None
    every: Every | None = None

    def evaluate(self, log: Log, lo: int, hi: int) -> Verdict:
        positions = [i for i in range(lo, hi) if log.events[i].kind == self.kind]
        ok, evidence = True, []
        for n, i in enumerate(positions):
            event = log.events[i]
            if not _data_ok(event, self.where):
                continue
            verdict = self._one(log, i, positions[n - 1] + 1 if n else lo, positions, n, hi)
            ok = ok and verdict.ok
            evidence.append((event.seq, *verdict.evidence))
        return Verdict(ok, _merge(*evidence))

    def _one(self, log: Log, i: int, back: int, positions: list[int], n: int, hi: int) -> Verdict:
        end = positions[n + 1] if n + 1 < len(positions) else hi
        stop = _first(log, self.until, i + 1, end) if self.until is not None else None
        if stop is not None:
            end = stop + 1
        parts: list[Verdict] = []
        if self.preceded_by is not None:
            parts.append(self.preceded_by.evaluate(log, back, i + 1))
        if self.followed_by is not None:
            parts.append(self.followed_by.evaluate(log, i, end))
        if self.every is not None:
            # A hold still open when the call ended is timed up to the end of the call.
            closed = stop if stop is not None else _first(log, CALL_ENDED, i + 1, end)
            parts.append(_gaps(log, i, closed + 1 if closed is not None else end, self.every))
        return Verdict(all(p.ok for p in parts), _merge(*(p.evidence for p in parts)))


def _first(log: Log, kind: str, lo: int, hi: int) -> int | None:
    return next((j for j in range(lo, hi) if log.events[j].kind == kind), None)


def _gaps(log: Log, start: int, end: int, every: Every) -> Verdict:
    """No stretch longer than ``every.max_gap`` between the start, each report and the end."""
    marks = [start, *(j for j in range(start + 1, end) if log.events[j].kind == every.kind)]
    last = end - 1
    if last not in marks:
        marks.append(last)
    gap = every.max_gap
    if every.gap_from is not None:
        recorded = log.events[start].data.get(every.gap_from)
        if isinstance(recorded, int | float) and not isinstance(recorded, bool) and recorded > 0:
            gap = float(recorded)
    for a, b in pairwise(marks):
        if log.times[b] - log.times[a] > gap:
            return Verdict(False, (log.events[a].seq, log.events[b].seq))
    return Verdict(True, tuple(log.events[m].seq for m in marks[1:-1]))
