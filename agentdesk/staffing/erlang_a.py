"""Erlang A (M/M/n+M): Erlang C with callers who hang up after an exponential patience."""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, exp, expm1, floor, inf, lgamma, log, log1p, sqrt

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
    max_abandon: float | None = None,
) -> ErlangAPoint:
    """Erlang A at the fewest agents (>= 1) with service level >= target, occupancy <= cap.

    Starts from `guess` if given (a day plan passes its neighbour's answer).  Otherwise it
    brackets the answer between the Erlang C answer (abandonment usually saves agents) and
    the fluid limit of a heavily loaded queue, where a share n/A of callers is served after
    an offered wait w with e^(-θw) = n/A: meeting the target needs n/A >= target and
    w <= t, so n >= A·max(target, e^(-θt)).  `max_abandon` caps the share of callers who
    hang up (without it the service level can be "met" by callers leaving the queue).
    """
    agents, figures = required_figures(
        load, theta, target, answer_time, max_occupancy, guess, max_abandon
    )
    return _point(agents, load, theta, *figures)


def required_figures(
    load: float,
    theta: float,
    target: float,
    answer_time: float,
    max_occupancy: float | None,
    guess: int | None = None,
    max_abandon: float | None = None,
) -> tuple[int, tuple[float, float, float]]:
    """erlang_a_required as (agents, (P(wait), P(abandon), 1 - service level)).

    For a day plan, which needs the figures but not the ErlangAPoint around them.
    """
    table = ErlangBTable(load)
    log_allowed_miss = log1p(-target)
    # A cap of 100% never binds; leaving it out keeps the margin from sitting at zero.
    log_cap = None if max_occupancy is None or max_occupancy >= 1.0 else log(max_occupancy) + 1e-12
    log_abandon_cap = (
        None if max_abandon is None or max_abandon >= 1.0 else log(max_abandon) + 1e-12
    )

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
        if log_abandon_cap is not None:
            # Abandonment falls with every agent added, so the margin stays increasing.
            slack = min(slack, log_abandon_cap - (log(abandon) if abandon > 1e-300 else -690.0))
        return slack

    other = None
    if guess is None:
        guess = erlang_c_required(load, target, answer_time, max_occupancy).agents
        # In the fluid limit a share 1 - n/A of callers hangs up.
        floor_share = max(target, exp(-theta * answer_time))
        if max_abandon is not None:
            floor_share = max(floor_share, 1.0 - max_abandon)
        other = floor(load * floor_share)
    agents = smallest_passing(margin, 1, guess, other)
    return agents, seen[agents]


def answered_wait(agents: int, load: float, theta: float, wait: float, abandon: float) -> float:
    """Mean wait of the callers who are answered (the ASA over answered calls), in AHTs.

    An arrival that finds k callers queued ahead has an offered wait V, a sum of
    exponentials with rates n + jθ (j = 0..k), and its own patience τ ~ Exp(θ); it is
    answered when V < τ, after waiting V.  So E[W; answered | k] = E[V e^(-θV)]
        = n / (n + (k+1)θ) · Σ_{j=1..k+1} 1 / (n + jθ),
    and with x = n/θ, y = A/θ the arrival finds k ahead with weight q_k ∝ y^k / (x+1)…(x+k)
    (PASTA on the birth-death chain).  Then ASA = P(wait) · E[W; answered | wait] / (1 - P(ab)).
    """
    if wait <= 0.0:
        return 0.0
    x = agents / theta
    y = load / theta
    given_wait = _answered_wait_given_wait(x, y) / theta
    served = 1.0 - abandon
    return wait * given_wait / served if served > 0.0 else inf


# Past this many queue positions the sum is taken on a stride (the summand is smooth on the
# scale of sqrt(y), so the trapezoid rule with an end correction stays accurate to ~1e-6).
_DIRECT_TERMS = 200_000
_SAMPLES = 20_000


def _answered_wait_given_wait(x: float, y: float) -> float:
    """Σ q_k f_k / Σ q_k with f_k = x/(x+k+1) · Σ_{j=1..k+1} 1/(x+j) (times 1/θ: the wait)."""
    peak = y - x  # q_k rises while y > x + k, then falls like a Gaussian of width sqrt(y)
    spread = 12.0 * sqrt(y) + 10.0
    lo = max(0, floor(peak - spread)) if peak > spread else 0
    hi = max(lo + 1, ceil(max(peak, 0.0) + spread))
    if hi - lo <= _DIRECT_TERMS:
        return _direct_sum(x, y, lo, hi)
    step = ceil((hi - lo) / _SAMPLES)
    top = None
    total = weighted = 0.0
    first = None
    for k in range(lo, hi + 1, step):
        log_q = k * log(y) - (lgamma(x + k + 1.0) - lgamma(x + 1.0))
        f = x / (x + k + 1.0) * _harmonic(x, k + 1)
        if top is None or log_q > top:
            if top is not None:
                scale = exp(top - log_q)
                total *= scale
                weighted *= scale
                if first is not None:
                    first = (first[0] * scale, first[1])
            top = log_q
        w = exp(log_q - top)
        if first is None:
            first = (w, f)
        total += w
        weighted += w * f
    # Euler–Maclaurin at the lower end when it is k = 0 (not negligible there): the strided
    # sum counts q_0 as if it stood for `step` terms on both sides.
    if lo == 0 and first is not None:
        w0, f0 = first
        total = step * total - (step - 1) * w0 / 2.0
        weighted = step * weighted - (step - 1) * w0 * f0 / 2.0
    return weighted / total


def _direct_sum(x: float, y: float, lo: int, hi: int) -> float:
    log_y = log(y)
    peak = y - x
    log_q = 0.0 if lo == 0 else lo * log_y - (lgamma(x + lo + 1.0) - lgamma(x + 1.0))
    harmonic = _harmonic(x, lo + 1)
    top = log_q
    total = weighted = 0.0
    k = lo
    while True:
        f = x / (x + k + 1.0) * harmonic
        if log_q > top:
            scale = exp(top - log_q)
            total *= scale
            weighted *= scale
            top = log_q
        w = exp(log_q - top)
        total += w
        weighted += w * f
        if k >= hi or (k > peak and w < 1e-18):
            break
        k += 1
        log_q += log_y - log(x + k)
        harmonic += 1.0 / (x + k + 1.0)
    return weighted / total


def _harmonic(x: float, m: int) -> float:
    """Σ_{j=1..m} 1/(x+j) = ψ(x+m+1) - ψ(x+1), summed directly when short."""
    if m <= 64:
        return sum(1.0 / (x + j) for j in range(1, m + 1))
    return _digamma_difference(x + m + 1.0, x + 1.0)


def _digamma_difference(a: float, b: float) -> float:
    """ψ(a) - ψ(b) for a > b > 0, without the cancellation of two large ψ values."""
    total = 0.0
    while b < 20.0:  # ψ(b) = ψ(b+1) - 1/b; a moves up alongside, keeping the difference
        total += 1.0 / b - 1.0 / a
        b += 1.0
        a += 1.0
    # ψ(z) ~ ln z - 1/(2z) - 1/(12z²) + 1/(120z⁴) - 1/(252z⁶) + 1/(240z⁸)
    total += log1p((a - b) / b)
    total -= 0.5 * (1.0 / a - 1.0 / b)
    total -= (1.0 / a**2 - 1.0 / b**2) / 12.0
    total += (1.0 / a**4 - 1.0 / b**4) / 120.0
    total -= (1.0 / a**6 - 1.0 / b**6) / 252.0
    total += (1.0 / a**8 - 1.0 / b**8) / 240.0
    return total
