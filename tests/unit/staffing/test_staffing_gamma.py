"""The incomplete gamma functions against 80-digit Poisson sums, across every method's range."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.staffing.gamma import log_gamma_pq, log_gamma_pq_pair, log_poisson_term
from tests.unit.staffing.staffing_reference import gamma_q_integer
from tests.unit.staffing.staffing_reference import log_poisson_term as exact_term

SHAPES = [1, 2, 5, 17, 59, 60, 61, 100, 333, 1000, 10000]
RATIOS = [0.05, 0.2, 0.31, 0.5, 0.8, 0.95, 1.0, 1.05, 1.2, 2.0, 3.0]


def _cases():
    for n in SHAPES:
        for ratio in RATIOS:
            yield n, n * ratio
        # Both sides of the switch between Temme's expansion and the classic methods.
        for sigmas in (3.49, 3.51):
            yield n, n + sigmas * math.sqrt(n)


def _close(mine: float, reference: Decimal, *, is_log: bool = False) -> bool:
    exact = float(reference if is_log else reference.ln())
    # Relative error of the probability itself, ~1e-15 times the size of its logarithm.
    return abs(mine - exact) <= 1e-13 * max(1.0, abs(exact))


@pytest.mark.parametrize(("n", "x"), list(_cases()))
def test_p_and_q_keep_relative_precision(n, x):
    p, q = gamma_q_integer(n, Fraction(x))
    log_p, log_q, log_d = log_gamma_pq(float(n), x)
    # The smaller of the two is the hard one; it must keep its digits even deep in a tail.
    if p < q:
        assert _close(log_p, p)
        assert abs(math.exp(log_q) - float(q)) < 1e-15
    else:
        assert _close(log_q, q)
        assert abs(math.exp(log_p) - float(p)) < 1e-15
    # D(n, x) = x**n e**-x / n!, the Poisson pmf at n.
    assert _close(log_d, exact_term(n, Fraction(x)), is_log=True)


@pytest.mark.parametrize("x", [0.5, 99.0, 1e4, 1e6 + 3.0])
def test_poisson_term_for_huge_and_tiny_arguments(x):
    for n in (0, 1, 3, int(x), int(x) + 17):
        exact = exact_term(n, Fraction(x))
        assert _close(log_poisson_term(float(n), x), exact, is_log=True)


def test_tails_far_below_the_smallest_double_still_have_a_logarithm():
    # Leading asymptotics: ln P(a, x) ~ -a(λ - 1 - ln λ) - ln(sqrt(2πa)·(1 - λ)), λ = x/a.
    a, x = 1e5, 5e4
    lam = x / a
    expected = -a * (lam - 1 - math.log(lam)) - math.log(math.sqrt(2 * math.pi * a) * (1 - lam))
    log_p, log_q, _ = log_gamma_pq(a, x)
    assert log_q == 0.0
    assert log_p == pytest.approx(expected, rel=1e-4)  # about e**-19320, far below 1e-308
    log_p, log_q, _ = log_gamma_pq(1e5, 2e5)
    assert log_p == 0.0 and log_q < -700


def test_zero_argument():
    assert log_gamma_pq(3.0, 0.0)[:2] == (-math.inf, 0.0)


@given(
    a=st.floats(min_value=0.01, max_value=2e5),
    ratio=st.floats(min_value=0.05, max_value=4.0),
)
def test_recurrence_holds_across_methods(a, ratio):
    """P(a+1, x) = P(a, x) - D(a, x) links two evaluations that may use different methods."""
    x = a * ratio
    (log_p, _, log_d), (log_p_next, _, _) = log_gamma_pq(a, x), log_gamma_pq(a + 1.0, x)
    left = math.exp(log_p_next - log_p)
    right = -math.expm1(log_d - log_p)
    # Each logarithm is good to ~1e-16 of its size, so the ratio to that much relatively,
    # amplified by 1/right in the cancellation of 1 - D/P when D ~ P (x far below a).
    tolerance = 1e-11 + 1e-15 * abs(log_p) / max(right, 1e-3)
    assert math.isclose(left, right, rel_tol=tolerance, abs_tol=1e-13)


@given(a=st.floats(min_value=0.01, max_value=1e6), r1=st.floats(0.05, 3), r2=st.floats(0.05, 3))
def test_pair_equals_two_single_calls(a, r1, r2):
    pair = log_gamma_pq_pair(a, a * r1, a * r2)
    for got, expected in zip(pair, (log_gamma_pq(a, a * r1), log_gamma_pq(a, a * r2)), strict=True):
        for g, e in zip(got, expected, strict=True):
            assert math.isclose(g, e, rel_tol=1e-13, abs_tol=1e-14)
