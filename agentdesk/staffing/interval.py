"""One interval: its inputs, the agents it needs, and its figures at any number of agents."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from agentdesk.errors import ValidationError
from agentdesk.staffing.erlang import (
    ErlangBTable,
    ErlangCPoint,
    ceil_ratio,
    erlang_c_point,
    erlang_c_required_figures,
)
from agentdesk.staffing.erlang_a import ErlangAPoint, answered_wait, erlang_a_point
from agentdesk.staffing.erlang_a import required_figures as erlang_a_required_figures

# Beyond a billion Erlangs agent counts stop being exact in a double; no queue is that big.
MAX_LOAD = 1e9


@dataclass(frozen=True, slots=True)
class IntervalInputs:
    """What one interval's staffing depends on; times in seconds, shares as fractions.

    patience_s set means Erlang A (callers hang up after an exponential patience with this
    mean); None means Erlang C (nobody hangs up), which overstaffs when callers do.
    Construction validates every field and raises ValidationError naming it.
    """

    calls: float
    interval_s: float
    aht_s: float
    target_service_level: float
    answer_time_s: float
    max_occupancy: float | None = None
    shrinkage: float = 0.0
    patience_s: float | None = None
    max_abandon: float | None = None  # Erlang A only: cap on the share of callers hanging up

    def __post_init__(self) -> None:
        _positive(self.calls, "calls", "Calls offered must be a number above 0")
        _positive(self.interval_s, "interval", "The interval length must be above 0 seconds")
        _positive(self.aht_s, "aht", "The average handle time must be above 0 seconds")
        if math.isfinite(self.target_service_level) and self.target_service_level >= 1.0:
            percent = f"{self.target_service_level * 100:g}"
            raise ValidationError(
                f"{percent}% within any time cannot be guaranteed by any number of agents: "
                "calls arrive at random, so some always wait; use a target below 100%, e.g. "
                "95/20.",
                field="target",
                code="staffing.target_certain",
                params={"percent": percent},
            )
        _between(
            self.target_service_level,
            "target",
            "The target service level must be above 0% and below 100%",
            upper_ok=False,
        )
        if not (math.isfinite(self.answer_time_s) and self.answer_time_s >= 0.0):
            raise ValidationError(
                f"The target answer time must be 0 seconds or more, got {self.answer_time_s}.",
                field="target",
                code="staffing.answer_time",
                params={"value": self.answer_time_s},
            )
        if self.max_occupancy is not None:
            _between(
                self.max_occupancy,
                "max_occupancy",
                "The maximum occupancy must be above 0% and at most 100%",
                upper_ok=True,
            )
        if self.max_abandon is not None:
            _between(
                self.max_abandon,
                "max_abandon",
                "The maximum abandonment must be above 0% and at most 100%",
                upper_ok=True,
            )
        if not (math.isfinite(self.shrinkage) and 0.0 <= self.shrinkage < 1.0):
            got = f"{self.shrinkage:.0%}"
            raise ValidationError(
                f"Shrinkage must be at least 0% and below 100%, got {got}.",
                field="shrinkage",
                code="staffing.shrinkage",
                params={"value": got},
            )
        if self.patience_s is not None:
            _positive(self.patience_s, "patience", "The average patience must be above 0 seconds")
        if self.load > MAX_LOAD:
            load, limit = f"{self.load:.3g}", f"{MAX_LOAD:.0e}"
            raise ValidationError(
                f"The load is {load} Erlangs; expected at most {limit}.",
                field="calls",
                code="staffing.load",
                params={"load": load, "limit": limit},
            )

    @property
    def load(self) -> float:
        """Offered load in Erlangs: calls × handle time / interval length."""
        return self.calls * self.aht_s / self.interval_s


class Performance(NamedTuple):
    """An interval's figures with a given number of agents on the phones.

    service_level: share of offered calls answered within the answer time (Erlang A:
        abandoned calls count as missed).  asa_s: average speed of answer in seconds, the
        mean wait of answered calls (infinite when Erlang C's queue never empties).
    abandon_rate: share of callers who hang up before an answer (0 without patience).
    mean_wait_s: mean wait over all callers, answered and abandoned alike (Erlang C: the
        ASA, since everyone is answered).

    A named tuple rather than a frozen dataclass: just as immutable, and built in a fraction
    of the time, which is most of the cost of a small interval's answer.
    """

    agents: int
    load: float
    service_level: float
    asa_s: float
    wait_probability: float
    occupancy: float
    abandon_rate: float
    mean_wait_s: float


class Requirement(NamedTuple):
    """Agents needed on the phones, staff to schedule, and the figures they achieve."""

    required_agents: int
    scheduled_staff: int
    performance: Performance


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """One point of the service-level/occupancy trade-off chart."""

    agents: int
    service_level: float
    occupancy: float
    asa_s: float
    abandon_rate: float


def scheduled_staff(required_agents: int, shrinkage: float) -> int:
    """Staff to schedule so that, after shrinkage, required_agents are on the phones."""
    return ceil_ratio(required_agents, 1.0 - shrinkage)


def performance(inputs: IntervalInputs, agents: int) -> Performance:
    """The interval's figures with `agents` (>= 1) on the phones: the what-if question."""
    return _points(inputs, [_check_agents(agents)])[0]


def required_agents(inputs: IntervalInputs, *, guess: int | None = None) -> Requirement:
    """Fewest agents meeting the service-level target and the occupancy cap, if any.

    Erlang C without patience, Erlang A with it.  `guess` (for example the previous
    interval's answer) only speeds the Erlang A search up.
    """
    agents, staff, figures = required_figures(inputs, guess)
    return Requirement(agents, staff, Performance(agents, inputs.load, *figures))


Figures = tuple[float, float, float, float, float, float]
"""Performance's service_level, asa_s, wait_probability, occupancy, abandon_rate and
mean_wait_s."""


def required_figures(inputs: IntervalInputs, guess: int | None) -> tuple[int, int, Figures]:
    """required_agents as (required agents, scheduled staff, figures), without dataclasses.

    A day plan copies the figures straight into its rows.
    """
    load = inputs.load
    aht = inputs.aht_s
    answer_time = inputs.answer_time_s / aht
    target = inputs.target_service_level
    if inputs.patience_s is None:
        agents, wait, service, asa, occupancy = erlang_c_required_figures(
            load, target, answer_time, inputs.max_occupancy
        )
        figures = (service, asa * aht, wait, occupancy, 0.0, asa * aht)
    else:
        theta = aht / inputs.patience_s
        agents, (wait, abandon, missed) = erlang_a_required_figures(
            load, theta, target, answer_time, inputs.max_occupancy, guess, inputs.max_abandon
        )
        # As erlang_a_point's ErlangAPoint and _from_a would give them.
        occupancy = min(1.0, load * (1.0 - abandon) / agents)
        asa = answered_wait(agents, load, theta, wait, abandon) * aht
        figures = (1.0 - missed, asa, wait, occupancy, abandon, abandon / theta * aht)
    staff = agents if inputs.shrinkage == 0.0 else scheduled_staff(agents, inputs.shrinkage)
    return agents, staff, figures


def service_curve(inputs: IntervalInputs, agents_range: Iterable[int]) -> list[CurvePoint]:
    """Service level, occupancy, ASA and abandonment for each agent count (each >= 1).

    For the queue widget's trade-off chart; a run of consecutive counts costs little more
    than one evaluation under Erlang C, since Erlang B steps from one count to the next.
    """
    counts = [_check_agents(n) for n in agents_range]
    return [
        CurvePoint(p.agents, p.service_level, p.occupancy, p.asa_s, p.abandon_rate)
        for p in _points(inputs, counts)
    ]


def _points(inputs: IntervalInputs, counts: list[int]) -> list[Performance]:
    load = inputs.load
    aht = inputs.aht_s
    answer_time = inputs.answer_time_s / aht
    table = ErlangBTable(load)
    if inputs.patience_s is None:
        return [_from_c(erlang_c_point(n, load, answer_time, table(n)), load, aht) for n in counts]
    theta = aht / inputs.patience_s
    return [
        _from_a(erlang_a_point(n, load, theta, answer_time, table(n)), load, theta, aht)
        for n in counts
    ]


def _from_c(point: ErlangCPoint, load: float, aht: float) -> Performance:
    return Performance(
        point.agents,
        load,
        point.service_level,
        point.asa * aht,
        point.wait_probability,
        point.occupancy,
        0.0,
        point.asa * aht,
    )


def _from_a(point: ErlangAPoint, load: float, theta: float, aht: float) -> Performance:
    answered = answered_wait(
        point.agents, load, theta, point.wait_probability, point.abandon_probability
    )
    return Performance(
        point.agents,
        load,
        point.service_level,
        answered * aht,
        point.wait_probability,
        point.occupancy,
        point.abandon_probability,
        point.asa * aht,
    )


def _check_agents(agents: int) -> int:
    if isinstance(agents, bool) or not isinstance(agents, int) or agents < 1:
        raise ValidationError(
            f"Agents must be a whole number of at least 1, got {agents}.",
            field="agents",
            code="staffing.agents",
            params={"value": agents},
        )
    return agents


def _positive(value: float, field: str, message: str) -> None:
    """``message`` (the English of code staffing.<field>_positive) when ``value`` is not > 0."""
    if not (math.isfinite(value) and value > 0.0):
        raise ValidationError(
            f"{message}, got {value}.",
            field=field,
            code=f"staffing.{field}_positive",
            params={"value": value},
        )


def _between(value: float, field: str, message: str, *, upper_ok: bool) -> None:
    in_range = 0.0 < value < 1.0 or (upper_ok and value == 1.0)
    if not (math.isfinite(value) and in_range):
        got = f"{value * 100:.6g}%"
        raise ValidationError(
            f"{message}, got {got}.",
            field=field,
            code=f"staffing.{field}_range",
            params={"value": got},
        )
