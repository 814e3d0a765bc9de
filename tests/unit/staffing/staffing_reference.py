"""Slow, exact references for the staffing tests: `decimal` at 60+ digits, no shortcuts."""

from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction

DIGITS = 60


def erlang_b(agents: int, load: Fraction | Decimal) -> Decimal:
    """B(n, A) by the textbook forward recursion, at DIGITS significant digits."""
    with localcontext() as ctx:
        ctx.prec = DIGITS
        a = _dec(load)
        b = Decimal(1)
        for k in range(1, agents + 1):
            b = a * b / (k + a * b)
        return b


def erlang_c(
    agents: int, load: Fraction | Decimal, answer_time: Fraction, blocking: Decimal | None = None
) -> dict[str, Decimal]:
    """Erlang C figures at n > A agents; answer_time in handle times."""
    with localcontext() as ctx:
        ctx.prec = DIGITS
        a = _dec(load)
        b = erlang_b(agents, load) if blocking is None else blocking
        wait = agents * b / (agents - a * (1 - b))
        spare = agents - a
        return {
            "wait": wait,
            "service_level": 1 - wait * (-(spare * _dec(answer_time))).exp(),
            "asa": wait / spare,
        }


def erlang_c_required(load: Fraction, target: Fraction, answer_time: Fraction) -> int:
    """Fewest agents with Erlang C service level >= target, by walking up from the load."""
    n = int(load) + 1
    b = erlang_b(n, load)
    with localcontext() as ctx:
        ctx.prec = DIGITS
        a = _dec(load)
        while erlang_c(n, load, answer_time, b)["service_level"] < _dec(target):
            n += 1
            b = a * b / (n + a * b)
    return n


def gamma_q_integer(n: int, x: Fraction | Decimal) -> tuple[Decimal, Decimal]:
    """(P(n, x), Q(n, x)) for integer n >= 1 from the Poisson sums, each summed directly."""
    with localcontext() as ctx:
        ctx.prec = DIGITS + 20
        x = _dec(x)
        term = (-x).exp()
        below = Decimal(0)  # sum_{k<n} e^-x x^k / k!  = Q
        for k in range(n):
            below += term
            term = term * x / (k + 1)
        above = Decimal(0)  # sum_{k>=n} ...            = P
        k = n
        while True:
            above += term
            k += 1
            term = term * x / k
            if term < above * Decimal(10) ** -(DIGITS + 5) and k > x:
                break
        return +above, +below


def erlang_a(
    agents: int, load: Fraction, theta: Fraction, answer_time: Fraction
) -> dict[str, Decimal]:
    """Erlang A figures from the birth-death chain (mu = 1), truncated past 1e-45.

    service_level: P(served and wait <= t), mixing over the queue position an arrival finds
    the exact hypoexponential law of its offered wait V_j (rates n + k·theta, k = 0..j):
    P(served, V_j <= t) = E[e^(-theta V_j); V_j <= t].  Alternating sums, hence the digits.
    """
    with localcontext() as ctx:
        ctx.prec = DIGITS + 60
        a, th, t = _dec(load), _dec(theta), _dec(answer_time)
        pis = [Decimal(1)]
        for k in range(1, agents + 1):
            pis.append(pis[-1] * a / k)
        queue = []
        p = pis[-1]
        j = 0
        tiny = Decimal(10) ** -45
        while True:
            j += 1
            p = p * a / (agents + j * th)
            queue.append(p)
            if p < pis[-1] * tiny and j > 5:
                break
        total = sum(pis) + sum(queue)
        wait = (pis[-1] + sum(queue)) / total
        mean_queue = sum((i + 1) * v for i, v in enumerate(queue)) / total
        abandon = th * mean_queue / a
        service = sum(pis[:-1]) / total
        for j, weight in enumerate([pis[-1], *queue]):
            share = weight / total
            if share < tiny:
                break
            rates = [agents + k * th for k in range(j + 1)]
            served = Decimal(0)
            for m, rate in enumerate(rates):
                coefficient = Decimal(1)
                for k, other in enumerate(rates):
                    if k != m:
                        coefficient *= other / (other - rate)
                served += coefficient * rate / (rate + th) * (1 - (-(rate + th) * t).exp())
            service += share * served
        return {
            "wait": +wait,
            "abandon": +abandon,
            "service_level": +service,
            "asa": +(abandon / th),
        }


_PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459")


def log_poisson_term(n: int, x: Fraction | Decimal) -> Decimal:
    """ln(x**n e**-x / n!), with Stirling's series for ln n! past n = 2000 (error < 1e-40)."""
    with localcontext() as ctx:
        ctx.prec = DIGITS
        x = _dec(x)
        log_x = x.ln() if x > 0 else None
        if n <= 2000:
            log_factorial = sum((Decimal(k).ln() for k in range(2, n + 1)), Decimal(0))
        else:
            m = Decimal(n)
            log_factorial = (m + Decimal("0.5")) * m.ln() - m + (2 * _PI).ln() / 2
            for k, coefficient in enumerate(
                (Fraction(1, 12), Fraction(-1, 360), Fraction(1, 1260), Fraction(-1, 1680))
            ):
                log_factorial += _dec(coefficient) / m ** (2 * k + 1)
        assert log_x is not None or n == 0
        return -x + (n * log_x if n else 0) - log_factorial


def _dec(value: Fraction | Decimal | int) -> Decimal:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(value)


def erlang_a_queue(
    agents: int, load: Fraction, theta: Fraction
) -> tuple[Decimal, Decimal, list[Decimal]]:
    """(P(abandon), P(wait), shares of arrivals finding 0, 1, 2… queued with all agents busy)
    from the birth-death chain (mu = 1), truncated past 1e-45."""
    with localcontext() as ctx:
        ctx.prec = DIGITS + 20
        a, th = _dec(load), _dec(theta)
        pis = [Decimal(1)]
        for k in range(1, agents + 1):
            pis.append(pis[-1] * a / k)
        queue = []
        p = pis[-1]
        j = 0
        tiny = Decimal(10) ** -45
        while True:
            j += 1
            p = p * a / (agents + j * th)
            queue.append(p)
            if p < pis[-1] * tiny and j > 5:
                break
        total = sum(pis) + sum(queue)
        mean_queue = sum((i + 1) * v for i, v in enumerate(queue)) / total
        shares = [w / total for w in [pis[-1], *queue]]
        return th * mean_queue / a, sum(shares), shares


def erlang_a_answered_wait(agents: int, load: Fraction, theta: Fraction) -> Decimal:
    """Mean wait of answered callers (handle times) by partial fractions of each offered wait.

    An arrival finding j queued waits V_j, hypoexponential with rates n + k·theta (k = 0..j),
    and is answered if V_j beats its own Exp(theta) patience: E[W; answered] = E[V_j e^(-θV_j)]
    = Σ_m c_m r_m / (r_m + θ)², with c_m the partial-fraction coefficients of V_j's density.
    """
    abandon, _, shares = erlang_a_queue(agents, load, theta)
    with localcontext() as ctx:
        ctx.prec = DIGITS + 60
        th = _dec(theta)
        tiny = Decimal(10) ** -40
        answered_wait = Decimal(0)
        for j, share in enumerate(shares):
            if share < tiny:
                break
            rates = [agents + k * th for k in range(j + 1)]
            part = Decimal(0)
            for m, rate in enumerate(rates):
                coefficient = Decimal(1)
                for k, other in enumerate(rates):
                    if k != m:
                        coefficient *= other / (other - rate)
                part += coefficient * rate / (rate + th) ** 2
            answered_wait += share * part
        return answered_wait / (1 - abandon)
