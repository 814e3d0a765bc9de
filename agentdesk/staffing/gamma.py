"""Regularised incomplete gamma functions in log space, accurate from tiny to huge arguments."""

from __future__ import annotations

from math import erfc, exp, inf, lgamma, log, log1p, pi, sqrt

from agentdesk.staffing._temme import temme_columns, temme_eta, temme_sum

# (ln P, ln Q, ln D): the two regularised incomplete gamma functions and the Poisson-like
# term D(a, x) = x**a e**-x / Γ(a+1) that every method computes on the way.
Logs = tuple[float, float, float]

_LOG_SQRT_2PI = 0.5 * log(2.0 * pi)
_SQRT_2PI = sqrt(2.0 * pi)
_SQRT_PI = sqrt(pi)
_EPS = 1e-16
_TINY = 1e-300
# Near x = a the series and the continued fraction need about 7·sqrt(a) and 2·sqrt(a)
# steps; Temme's expansion costs about as much as 40 series steps whatever a is.
_TEMME_MIN_A = 20.0
_TEMME_MAX_SIGMAS = 3.5
# Temme's coefficient table covers |eta| <= 1, i.e. roughly 0.3 <= x/a <= 2.3.
_TEMME_MAX_ETA = 1.0
# 1/3, 1/5, ..., 1/19, highest power first.
_ATANH_DEVIANCE = tuple(1.0 / k for k in range(19, 1, -2))


def stirling_error(a: float) -> float:
    """ln Γ(a+1) - (a + 1/2) ln a + a - ln sqrt(2π), for a >= 1 (Loader's stirlerr)."""
    if a > 15.0:
        inv2 = 1.0 / (a * a)
        # Stirling's series; five terms keep the error below 1e-17 from a = 15 up.
        return (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188)))) / a
    return lgamma(a + 1.0) - (a + 0.5) * log(a) + a - _LOG_SQRT_2PI


def _deviance(a: float, x: float) -> float:
    """a ln(a/x) + x - a without the cancellation of its three large terms when a ~ x."""
    diff = a - x
    if -0.1 * (a + x) < diff < 0.1 * (a + x):
        # Loader's bd0: with v = (a-x)/(a+x) the sum is (a-x)v + 2a(v³/3 + v⁵/5 + ...).
        # |v| < 0.1, so the 9 odd powers up to v**19 reach 1e-19; below |v| = 0.01 the
        # first 4 do (staffing searches mostly land there).
        v = diff / (a + x)
        v2 = v * v
        tail = 0.0
        for c in _ATANH_DEVIANCE if v2 > 1e-4 else _ATANH_DEVIANCE[-4:]:
            tail = tail * v2 + c
        return diff * v + 2.0 * a * v * v2 * tail
    ratio = a / x
    # a/x overflows when x is subnormal; only then subtract the logarithms instead.
    log_ratio = log(ratio) if ratio < inf else log(a) - log(x)
    return a * log_ratio + x - a


def log_poisson_term(a: float, x: float) -> float:
    """ln D(a, x) = ln(x**a e**-x / Γ(a+1)): the Poisson log-pmf, also for real a >= 0.

    Computed as -stirlerr(a) - bd0(a, x) - ln sqrt(2πa) (Loader 2000), so it keeps its
    relative precision when a and x are large and close, where a ln x - x - lgamma(a+1)
    would subtract numbers of size 1e5 and keep only ten digits.
    """
    if x <= 0.0:
        return 0.0 if a == 0.0 else -inf
    if a < 1.0:
        return a * log(x) - x - lgamma(a + 1.0)
    return -stirling_error(a) - _deviance(a, x) - _LOG_SQRT_2PI - 0.5 * log(a)


def log_gamma_pq(a: float, x: float) -> Logs:
    """(ln P(a, x), ln Q(a, x), ln D(a, x)) for a > 0, x >= 0.

    P(a, x) = γ(a, x)/Γ(a) and Q = 1 - P are the regularised incomplete gamma functions;
    for integer a = n+1, Q(n+1, x) is the Poisson cdf P(X <= n) with mean x, and D(n, x)
    the Poisson pmf.  The smaller of P and Q keeps its relative precision (about 1e-15) even
    far below the smallest double; the larger comes from log1p.  Temme's uniform expansion
    when a >= 60 and 0.25·a <= x <= a + 3.5·sqrt(a); else the power series of P
    (x < a + 1) or Legendre's continued fraction for Q.
    """
    return _evaluate(a, x, _temme_parts(a, x) if x > 0.0 else None)


def log_gamma_pq_pair(a: float, x1: float, x2: float) -> tuple[Logs, Logs]:
    """log_gamma_pq at (a, x1) and (a, x2): one shape shares Temme's coefficients."""
    if a < _TEMME_MIN_A:
        return _evaluate(a, x1, None), _evaluate(a, x2, None)
    root_a = sqrt(a)
    parts1 = _temme_parts(a, x1, root_a) if x1 > 0.0 else None
    parts2 = _temme_parts(a, x2, root_a) if x2 > 0.0 else None
    if parts1 is None or parts2 is None:
        return _evaluate(a, x1, parts1), _evaluate(a, x2, parts2)
    tolerance = 2.5e-17 * _SQRT_2PI * root_a * min(parts1[2], parts2[2])  # _temme_tolerance
    columns = temme_columns(a, max(abs(parts1[0]), abs(parts2[0])), tolerance)
    # The shape's share of D, computed once for both points.
    root = _SQRT_2PI * root_a
    stirling = stirling_error(a)
    log_root = log(root)
    return (
        _temme(parts1, columns, root, stirling, log_root),
        _temme(parts2, columns, root, stirling, log_root),
    )


def _evaluate(a: float, x: float, parts: tuple[float, float, float] | None) -> Logs:
    if x <= 0.0:
        return -inf, 0.0, log_poisson_term(a, x)
    if parts is None:
        return _classic(a, x)
    columns = temme_columns(a, abs(parts[0]), _temme_tolerance(a, parts[2]))
    root = _SQRT_2PI * sqrt(a)
    return _temme(parts, columns, root, stirling_error(a), log(root))


def _classic(a: float, x: float) -> Logs:
    """The power series of P (x < a + 1) or Legendre's continued fraction for Q."""
    log_d = log_poisson_term(a, x)
    if x < a + 1.0:
        # P = D · (1 + x/(a+1) + x²/((a+1)(a+2)) + ...); four terms per pass, because the
        # loop's overhead costs more than its arithmetic.
        term = 1.0
        total = 1.0
        k = a + 1.0
        while True:
            t1 = term * x / k
            t2 = t1 * x / (k + 1.0)
            t3 = t2 * x / (k + 2.0)
            term = t3 * x / (k + 3.0)
            k += 4.0
            total += (t1 + t2) + (t3 + term)
            if term <= _EPS * total:
                break
        log_p = log_d + log(total)
        return log_p, _log_complement(log_p), log_d
    # Q = a · D · h, h = 1/(x+1-a- 1(1-a)/(x+3-a- 2(2-a)/(x+5-a- ...))), modified Lentz.
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    i = 0.0
    while True:
        i += 1.0
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if -_TINY < d < _TINY:
            d = _TINY
        c = b + an / c
        if -_TINY < c < _TINY:
            c = _TINY
        d = 1.0 / d
        delta = d * c
        h *= delta
        if -_EPS <= delta - 1.0 <= _EPS:
            break
    log_q = log_d + log(a * h)
    return _log_complement(log_q), log_q, log_d


def _scaled_erfc(w: float) -> float:
    """exp(w²) · erfc(w) for w >= 0, finite where erfc alone underflows."""
    if w < 26.0:
        return exp(w * w) * erfc(w)
    # Asymptotic series; at w >= 26 eight terms are exact to double precision.
    t = 0.5 / (w * w)
    total = 1.0
    term = 1.0
    for k in range(1, 9):
        term *= -(2 * k - 1) * t
        total += term
    return total / (w * _SQRT_PI)


def _temme_parts(
    a: float, x: float, root_a: float | None = None
) -> tuple[float, float, float] | None:
    """(eta, w, scaled erfc of |w|) when Temme's expansion is the faster way, else None.

    root_a: sqrt(a), when the caller has it already.
    """
    # Below a: the series needs about 37/|ln(x/a)| steps, Temme wins until x/a ~ 0.3 where
    # its table ends.  Above a: the continued fraction is quick beyond a few sqrt(a).
    if root_a is None:
        root_a = sqrt(a)
    if a < _TEMME_MIN_A or x - a > _TEMME_MAX_SIGMAS * root_a or x < 0.25 * a:
        return None
    eta = temme_eta(a, x)
    if eta < -_TEMME_MAX_ETA:
        return None
    w = eta * sqrt(0.5 * a)
    return eta, w, _scaled_erfc(w if w >= 0.0 else -w)


def _temme_tolerance(a: float, scaled: float) -> float:
    """Error allowed in Temme's sum for 1e-16 relative error in the smaller of P and Q.

    The smaller one is exp(-w²)·(erfcx(|w|)/2 ∓ sum/sqrt(2πa)), and the bracket stays above
    a quarter of erfcx(|w|); an error e in the sum is an error e/sqrt(2πa) in the bracket.
    """
    return 2.5e-17 * _SQRT_2PI * sqrt(a) * scaled


def _temme(
    parts: tuple[float, float, float],
    columns: list[float],
    root: float,
    stirling: float,
    log_root: float,
) -> Logs:
    """Temme's uniform expansion (DLMF 8.12.3-8.12.9) for P and Q; D from the same eta.

    root = sqrt(2πa), stirling = stirling_error(a), log_root = ln root: shared by a shape.
    """
    eta, w, scaled = parts
    r = temme_sum(columns, eta) / root
    # w² = a(λ - 1 - ln λ) is the deviance, so D = exp(-w²) / (sqrt(2πa) exp(stirlerr(a))).
    log_d = -w * w - stirling - log_root
    # Both P and Q carry the factor exp(-w²) of the smaller one; keeping it in the exponent
    # gives tails far below the smallest double a logarithm.
    if w < 0.0:
        log_p = -w * w + log(0.5 * scaled - r)
        return log_p, _log_complement(log_p), log_d
    log_q = -w * w + log(0.5 * scaled + r)
    return _log_complement(log_q), log_q, log_d


def _log_complement(log_value: float) -> float:
    """ln(1 - e**log_value); -inf where rounding made the value reach 1."""
    return log1p(-exp(log_value)) if log_value < 0.0 else -inf
