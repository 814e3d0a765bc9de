"""Erlang A (M/M/n+M): Erlang C with callers who hang up after an exponential patience."""

from __future__ import annotations

from dataclasses import dataclass
from math import exp, expm1, floor, inf, log, log1p

from agentdesk.staffing.erlang import ErlangBTable, erlang_c_required
from agentdesk.staffing.gamma import log_gamma_pq_pair
from agentdesk.staffing.search import smallest_passing


@dataclass(frozen=True, slots=True)
class ErlangAPoint:
    """Erlang A figures for n agents; asa in average handle times.

    service_level: share of all offered callers answered within the answer time t,
        P(served and wait <= t).  Callers who hang up count as not answered, whenever they
        hang up: the strict definition, equal to Erlang C's when nobody abandons.
    asa: mean time in queue over all callers, answered or abandoned (E[W] = P(abandon)/θ);
        callers answered at once count with zero.
    occupancy: carried load per agent, A·(1 - P(abandon)) / n.
    """

    agents: int
    wait_probability: float
    abandon_probability: float
    service_level: float
    asa: float
    occupancy: float
    missed: float  # 1 - service_level, computed without cancellation (the search uses its log)


def erlang_a_point(
    agents: int, load: float, theta: float, answer_time: float, blocking: float
) -> ErlangAPoint:
    """Erlang A at n >= 1 agents given B(n, A); theta = aht / patience, t in handle times.

    Time is measured in average handle times (service rate 1).  With x = n/θ, y = A/θ (A the
    offered load) and P the regularised lower incomplete gamma function, the birth-death
    chain of the queue gives (Mandelbaum & Zeltyn, "The M/M/n+G queue: summary of
    performance measures"; Garnett, Mandelbaum & Reiman 2002):

        a(x, y)         = P(x, y) / (y**x e**-y / Γ(x+1))     (their A(x, y), >= 1)
        P(wait)         = 1 / (1 + (1/B(n, A) - 1) / a(x, y))  (B: Erlang B)
        P(V > t | wait) = P(x, y·e^(-θt)) / P(x, y)           (V: the offered wait)
        P(served, V > t | wait) = (n/A) · P(x+1, y·e^(-θt)) / P(x, y)
        P(abandon | wait)       = 1 - (n/A) · (1 - 1/a(x, y))
        service level   = 1 - P(wait) · (P(abandon | wait) + P(served, V > t | wait))

    The V formulas come from mixing the hypoexponential offered wait (rates n + kθ) over the
    queue position an arrival finds; the tests check every figure against the exact chain
    and a simulation.
    """
    return _point(agents, load, theta, *_figures(agents, load, theta, answer_time, blocking))


def _point(
    agents: int, load: float, theta: float, wait: float, abandon: float, missed: float
) -> ErlangAPoint:
    return ErlangAPoint(
        agents=agents,
        wait_probability=wait,
        abandon_probability=abandon,
        service_level=1.0 - missed,
        asa=abandon / theta,
        occupancy=min(1.0, load * (1.0 - abandon) / agents),
        missed=missed,
    )


def _figures(
    agents: int, load: float, theta: float, answer_time: float, blocking: float
) -> tuple[float, float, float]:
    """(P(wait), P(abandon), 1 - service level): what the search needs, without a dataclass."""
    x = agents / theta
    y = load / theta
    y_late = y * exp(-theta * answer_time)
    (log_p, _, log_d), (log_p_late, _, log_d_late) = log_gamma_pq_pair(x, y, y_late)
    # ln a(x, y) = ln P(x, y) - ln(y**x e**-y / Γ(x+1))
    log_a = log_p - log_d
    # P(wait) = 1 / (1 + e**r) with r = ln((1 - B)/B) - ln a, kept in logs because both
    # factors overflow far from the answer (B -> 0 with many agents, a -> ∞ when overloaded).
    if blocking <= 0.0:
        wait = 0.0  # B underflowed: so many agents that nobody ever waits
    else:
        r = (log1p(-blocking) - log(blocking) if blocking < 1.0 else -745.0) - log_a
        wait = 1.0 / (1.0 + exp(r)) if r < 709.0 else 0.0
    served_given_wait = -expm1(-log_a) * agents / load
    abandon_given_wait = max(0.0, 1.0 - served_given_wait)
    # P(x+1, z) = P(x, z) - z**x e**-z / Γ(x+1): saves a third gamma evaluation.  When
    # P(x, y·e^(-θt)) underflows, nobody is still waiting at t.
    late_ratio = (
        exp(log_p_late - log_p) * -expm1(log_d_late - log_p_late) if log_p_late > -inf else 0.0
    )
    late_served_given_wait = agents / load * late_ratio
    missed = min(1.0, wait * (abandon_given_wait + late_served_given_wait))
    return wait, wait * abandon_given_wait, missed


def erlang_a_required(
    load: float,
    theta: float,
    target: float,
    answer_time: float,
    max_occupancy: float | None,
    guess: int | None = None,
) -> ErlangAPoint:
    """Erlang A at the fewest agents (>= 1) with service level >= target, occupancy <= cap.

    Starts from `guess` if given (a day plan passes its neighbour's answer).  Otherwise it
    brackets the answer between the Erlang C answer (abandonment usually saves agents) and
    the fluid limit of a heavily loaded queue, where a share n/A of callers is served after
    an offered wait w with e^(-θw) = n/A: meeting the target needs n/A >= target and
    w <= t, so n >= A·max(target, e^(-θt)).
    """
    agents, figures = required_figures(load, theta, target, answer_time, max_occupancy, guess)
    return _point(agents, load, theta, *figures)


def required_figures(
    load: float,
    theta: float,
    target: float,
    answer_time: float,
    max_occupancy: float | None,
    guess: int | None = None,
) -> tuple[int, tuple[float, float, float]]:
    """erlang_a_required as (agents, (P(wait), P(abandon), 1 - service level)).

    For a day plan, which needs the figures but not the ErlangAPoint around them.
    """
    table = ErlangBTable(load)
    log_allowed_miss = log1p(-target)
    # A cap of 100% never binds; leaving it out keeps the margin from sitting at zero.
    log_cap = None if max_occupancy is None or max_occupancy >= 1.0 else log(max_occupancy) + 1e-12

    seen: dict[int, tuple[float, float, float]] = {}

    def margin(agents: int) -> float:
        figures = seen[agents] = _figures(agents, load, theta, answer_time, table(agents))
        _, abandon, missed = figures
        # In logs the margin is close to linear in n (1 - SL falls roughly geometrically
        # with each agent), so the search's interpolation lands within a count or two.
        slack = log_allowed_miss - (log(missed) if missed > 1e-300 else -690.0)
        if log_cap is not None:
            # The 1e-12 lets an exact cap (occupancy == cap) count as met.
            occupancy = min(1.0, load * (1.0 - abandon) / agents)
            slack = min(slack, log_cap - log(occupancy))
        return slack

    other = None
    if guess is None:
        guess = erlang_c_required(load, target, answer_time, max_occupancy).agents
        other = floor(load * max(target, exp(-theta * answer_time)))
    agents = smallest_passing(margin, 1, guess, other)
    return agents, seen[agents]
