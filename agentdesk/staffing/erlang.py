"""Erlang B and Erlang C (M/M/n): blocking, waiting, service level and the staffing search."""

# Time is measured in average handle times throughout (service rate 1); callers convert.

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, erfc, exp, floor, inf, log, log1p, pi, sqrt

from agentdesk.staffing.gamma import log_gamma_pq
from agentdesk.staffing.search import smallest_passing

_SQRT_2PI = sqrt(2.0 * pi)
# Neighbours this close are reached by the O(1)-per-step recursion, further ones directly.
_MAX_WALK = 48
# Up to this many agents, stepping Erlang B up from B(0) = 1 one agent at a time costs less
# than one gamma evaluation plus a search (about 0.1 µs a step against 5-10 µs).
_SMALL_QUEUE = 64
# A service level this close below the target counts as meeting it, in both the recursion and
# the search: at 0.5 Erlangs, 1 agent and t = 0 the exact level is 0.5, the recursion gives
# 0.5 but the gamma route 0.4999999999999998, and without one shared slack the two paths
# answered 1 and 2 agents (the exact answer is 1; tests/unit/staffing/staffing_reference.py).
_TARGET_SLACK = 1e-12


def erlang_b(agents: int, load: float) -> float:
    """Blocking probability B(n, A) of M/M/n/n, for any n >= 0 and load A > 0.

    B(n, A) = Poisson pmf(n; A) / Poisson cdf(n; A), and the cdf is the regularised upper
    incomplete gamma Q(n+1, A), so the cost does not grow with n the way the textbook
    recursion B(k) = A·B(k-1) / (k + A·B(k-1)) does.
    """
    if agents == 0:
        return 1.0
    _, log_cdf, log_pmf_next = log_gamma_pq(agents + 1.0, load)
    # pmf(n) = pmf(n+1) · (n+1)/A, and the gamma routine has pmf(n+1) already.
    return exp(log_pmf_next + log((agents + 1.0) / load) - log_cdf)


def erlang_b_up(blocking: float, agents: int, load: float) -> float:
    """B(n+1, A) from B(n, A): the forward recursion, which damps rounding errors."""
    ab = load * blocking
    return ab / (agents + 1 + ab)


def erlang_b_down(blocking: float, agents: int, load: float) -> float:
    """B(n-1, A) from B(n, A), the recursion inverted; fine for a few dozen steps."""
    return agents * blocking / (load * (1.0 - blocking))


class ErlangBTable:
    """B(n, A) for one load at many n: near a known value, the recursion steps there.

    A staffing search probes counts close to each other, and a chart sweeps consecutive
    counts, so after one direct evaluation each further count costs a few multiplications
    instead of a gamma function.  Stepping up damps rounding errors; stepping down
    multiplies them by 1/(1 - B) per step, so a downward walk that would lose more than a
    digit is replaced by a direct evaluation.
    """

    def __init__(self, load: float) -> None:
        self.load = load
        self._known: dict[int, float] = {}

    def __call__(self, agents: int) -> float:
        known = self._known
        if agents in known:
            return known[agents]
        if agents - 1 in known:  # the chart's case: consecutive counts
            value = known[agents] = erlang_b_up(known[agents - 1], agents - 1, self.load)
            return value
        # The nearest known count below within reach, else the nearest above: one pass
        # over the few known counts (cheaper than two generator scans).
        below = above = None
        for k in known:
            if k < agents:
                if k >= agents - _MAX_WALK and (below is None or k > below):
                    below = k
            elif k <= agents + _MAX_WALK and (above is None or k < above):
                above = k
        value = None
        if below is not None:
            value = known[below]
            for n in range(below, agents):
                value = erlang_b_up(value, n, self.load)
        elif above is not None:
            value = self._walk_down(known[above], above, agents)
        if value is None:
            value = erlang_b(agents, self.load)
        known[agents] = value
        return value

    def _walk_down(self, value: float, start: int, agents: int) -> float | None:
        growth = 1.0
        for n in range(start, agents, -1):
            growth /= 1.0 - value
            if growth > 8.0:
                return None
            value = erlang_b_down(value, n, self.load)
        return value


@dataclass(frozen=True, slots=True)
class ErlangCPoint:
    """Erlang C figures for n agents; times in average handle times."""

    agents: int
    wait_probability: float
    service_level: float
    asa: float
    occupancy: float


def erlang_c_point(agents: int, load: float, answer_time: float, blocking: float) -> ErlangCPoint:
    """Erlang C at n agents given B(n, A); answer_time t in handle times.

    P(wait) = C = n·B / (n - A·(1 - B)); service level = P(wait <= t) = 1 - C·e^(-(n-A)t);
    ASA = C / (n - A).  With n <= A the queue grows without bound: everyone waits, the
    service level is 0 and the ASA infinite.
    """
    spare = agents - load
    if spare <= 0.0:
        return ErlangCPoint(agents, 1.0, 0.0, inf, 1.0)
    wait = agents * blocking / (spare + load * blocking)
    service = 1.0 - wait * exp(-spare * answer_time)
    return ErlangCPoint(agents, wait, max(0.0, service), wait / spare, load / agents)


def halfin_whitt_guess(load: float, target: float, answer_time: float) -> int:
    """Agents suggested by the Halfin–Whitt square-root rule n = A + β·sqrt(A).

    β solves α(β)·e^(-β·sqrt(A)·t) = 1 - target with α(β) = 1 / (1 + β·Φ(β)/φ(β)), the
    heavy-traffic limit of Erlang C; Newton's method from β = 1 needs a handful of steps.
    Only a starting point: the exact search corrects it, usually by a count or two.
    """
    root_a = sqrt(load)
    goal = -log1p(-target)
    beta = 1.0
    for _ in range(8):
        # Mills-type ratio Φ(β)/φ(β), finite for the β in range (below 30).
        ratio = 0.5 * erfc(-beta / 1.4142135623730951) * _SQRT_2PI * exp(0.5 * beta * beta)
        g = log1p(beta * ratio) + beta * root_a * answer_time - goal
        slope = (ratio + beta * (1.0 + beta * ratio)) / (1.0 + beta * ratio) + root_a * answer_time
        new = min(30.0, max(0.0, beta - g / slope))
        if abs(new - beta) < 1e-3:
            beta = new
            break
        beta = new
    return max(1, ceil(load + beta * root_a))


def erlang_c_required(
    load: float,
    target: float,
    answer_time: float,
    max_occupancy: float | None,
) -> ErlangCPoint:
    """Erlang C at the fewest agents with service level >= target, occupancy <= cap."""
    return ErlangCPoint(*erlang_c_required_figures(load, target, answer_time, max_occupancy))


def erlang_c_required_figures(
    load: float,
    target: float,
    answer_time: float,
    max_occupancy: float | None,
) -> tuple[int, float, float, float, float]:
    """erlang_c_required as a plain tuple (agents, P(wait), service level, ASA, occupancy).

    Small queues step Erlang B up from B(0) = 1, testing each count in turn: a few
    multiplications per agent, cheaper than one gamma evaluation up to _SMALL_QUEUE agents.
    Larger ones evaluate B directly near the square-root-rule guess and search from there.
    """
    lowest = floor(load) + 1  # fewer agents than the load never empty the queue
    if max_occupancy is not None:
        lowest = max(lowest, ceil_ratio(load, max_occupancy))
    if lowest <= _SMALL_QUEUE:
        # erlang_c_point's formulas on B(n, A) from B(k) = A·B(k-1) / (k + A·B(k-1)), the
        # recursion that damps rounding errors.
        blocking = 1.0
        for agents in range(1, _SMALL_QUEUE + 1):
            ab = load * blocking
            blocking = ab / (agents + ab)
            if agents >= lowest:
                spare = agents - load
                wait = agents * blocking / (spare + load * blocking)
                service = 1.0 - wait * exp(-spare * answer_time)
                if service >= target - _TARGET_SLACK:
                    return agents, wait, max(0.0, service), wait / spare, load / agents
    table = ErlangBTable(load)

    def margin(agents: int) -> float:
        # erlang_c_point's service level, inline: the search probes this a few times.
        spare = agents - load
        blocking = table(agents)
        wait = agents * blocking / (spare + load * blocking)
        return 1.0 - wait * exp(-spare * answer_time) - target + _TARGET_SLACK

    agents = smallest_passing(margin, lowest, halfin_whitt_guess(load, target, answer_time))
    p = erlang_c_point(agents, load, answer_time, table(agents))
    return agents, p.wait_probability, p.service_level, p.asa, p.occupancy


def ceil_ratio(numerator: float, denominator: float) -> int:
    """ceil(numerator / denominator), forgiving the last-digit rounding of the division.

    85 Erlangs at 85% occupancy need exactly 100 agents, but 85/0.85 evaluates to
    100.00000000000001; a relative slack of 1e-12 keeps such exact ratios exact.
    """
    quotient = numerator / denominator
    result = ceil(quotient)
    if result - 1 >= quotient * (1.0 - 1e-12):
        result -= 1
    return max(result, 0)
