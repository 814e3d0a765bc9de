"""Erlang A against the exact birth-death chain, its published limits and special cases."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest

from agentdesk.staffing.erlang import erlang_b, erlang_c_point
from agentdesk.staffing.erlang_a import erlang_a_point, erlang_a_required
from tests.unit.staffing import staffing_reference as exact

# (agents, load, theta = aht/patience, answer time in handle times)
CHAIN_CASES = [
    (1, Fraction(1, 2), Fraction(3, 10), Fraction(1)),
    (3, Fraction(2), Fraction(1), Fraction(1, 10)),
    (5, Fraction(9, 2), Fraction(1, 2), Fraction(1, 5)),
    (8, Fraction(8), Fraction(4), Fraction(1)),
    (10, Fraction(12), Fraction(2), Fraction(1, 10)),
    (12, Fraction(14), Fraction(3, 2), Fraction(1, 9)),
]


def _point(n, load, theta, t):
    return erlang_a_point(n, float(load), float(theta), float(t), erlang_b(n, float(load)))


@pytest.mark.parametrize("case", CHAIN_CASES, ids=str)
def test_matches_the_exact_chain(case):
    n, load, theta, t = case
    reference = exact.erlang_a(n, load, theta, t)
    mine = _point(n, load, theta, t)
    assert mine.wait_probability == pytest.approx(float(reference["wait"]), rel=1e-12)
    assert mine.abandon_probability == pytest.approx(float(reference["abandon"]), rel=1e-12)
    assert mine.asa == pytest.approx(float(reference["asa"]), rel=1e-12)
    assert abs(mine.service_level - float(reference["service_level"])) < 1e-9
    # Occupancy is the carried load per agent.
    assert mine.occupancy == pytest.approx(float(load) * (1 - mine.abandon_probability) / n)


@pytest.mark.parametrize(("n", "load"), [(5, 3.0), (10, 9.5), (20, 25.0), (100, 97.0)])
def test_patience_equal_to_handle_time_is_an_infinite_server_queue(n, load):
    """With theta = mu every caller leaves at rate mu, waiting or served: the number in the
    system is Poisson(A) (Mandelbaum & Zeltyn), so P(wait) = P(N >= n) and
    P(abandon) = E[(N - n)+] / A."""
    point = _point(n, load, 1, Fraction(1, 10))
    p_at_least, _ = exact.gamma_q_integer(n, Fraction(load))  # P(N >= n)
    p_at_least_before, _ = exact.gamma_q_integer(n - 1, Fraction(load))  # P(N >= n-1)
    # E[(N - n)+] = A·P(N >= n-1) - n·P(N >= n) for N ~ Poisson(A).
    excess = Decimal(load) * p_at_least_before - n * p_at_least
    assert point.wait_probability == pytest.approx(float(p_at_least), rel=1e-12)
    assert point.abandon_probability == pytest.approx(float(excess) / load, rel=1e-10)


@pytest.mark.parametrize(("n", "load"), [(3, 2.0), (10, 12.0), (50, 45.5)])
def test_impatient_callers_turn_it_into_erlang_b(n, load):
    """Patience -> 0: a caller who finds every agent busy leaves at once, as in Erlang B."""
    point = _point(n, load, 1e9, 0.1)
    assert point.abandon_probability == pytest.approx(erlang_b(n, load), rel=1e-6)


@pytest.mark.parametrize(("n", "load"), [(3, 2.0), (14, 10.0), (107, 100.0), (1020, 1000.0)])
def test_patient_callers_turn_it_into_erlang_c(n, load):
    """Patience -> infinity: nobody hangs up, Erlang C (Garnett, Mandelbaum & Reiman)."""
    point = _point(n, load, 1e-9, 0.1)
    c = erlang_c_point(n, load, 0.1, erlang_b(n, load))
    assert point.wait_probability == pytest.approx(c.wait_probability, rel=1e-6)
    assert point.service_level == pytest.approx(c.service_level, rel=1e-6)
    assert point.abandon_probability < 1e-6


def test_required_agents_is_minimal_by_the_exact_chain():
    load, theta, t = Fraction(6), Fraction(3, 2), Fraction(1, 9)
    n = erlang_a_required(float(load), float(theta), 0.8, float(t), None).agents
    assert exact.erlang_a(n, load, theta, t)["service_level"] >= Decimal("0.8")
    assert exact.erlang_a(n - 1, load, theta, t)["service_level"] < Decimal("0.8")


def test_abandonment_saves_agents_against_erlang_c():
    # 100 calls/30 min, AHT 180 s, 80/20: Erlang C needs 14; with 2-minute patience, 12.
    point = erlang_a_required(10.0, 1.5, 0.8, 1 / 9, None)
    assert point.agents == 12
    assert 0.8 <= point.service_level < 0.85
    assert 0.05 < point.abandon_probability < 0.08


@pytest.mark.parametrize("load", [0.1, 1.0, 100.0, 1e4, 1e6])
@pytest.mark.parametrize("theta", [0.01, 1.5, 30.0])
def test_sound_at_every_scale(load, theta):
    point = erlang_a_required(load, theta, 0.8, 0.1, 0.95)
    assert 0.8 <= point.service_level <= 1.0
    assert point.occupancy <= 0.95 * (1 + 1e-12)
    for value in (point.wait_probability, point.abandon_probability, point.asa):
        assert math.isfinite(value) and value >= 0.0


def test_overloaded_and_idle_extremes():
    busy = _point(1, 1000.0, 1.0, 0.1)  # one agent, a thousand Erlangs
    assert busy.wait_probability == pytest.approx(1.0)
    assert busy.abandon_probability == pytest.approx(0.999, abs=1e-3)
    idle = _point(200, 0.1, 1.0, 0.1)  # B(200, 0.1) underflows to 0
    assert idle.wait_probability == 0.0 and idle.service_level == 1.0
