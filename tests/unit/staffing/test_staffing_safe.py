"""Safe staffing (issue #19): an abandonment cap, ASA over answered calls, honest shares."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.staffing import erlang_a
from agentdesk.staffing.cautions import Caution, cautions, share_text
from agentdesk.staffing.erlang import erlang_b
from agentdesk.staffing.interval import IntervalInputs, performance, required_agents
from tests.unit.staffing.staffing_reference import erlang_a_answered_wait, erlang_a_queue


def inputs(**changes) -> IntervalInputs:
    # The issue's example: 100 Erlangs, callers who give up after 30 s on average.
    values = dict(
        calls=1000.0,
        interval_s=1800.0,
        aht_s=180.0,
        target_service_level=0.8,
        answer_time_s=20.0,
        patience_s=30.0,
    )
    values.update(changes)
    return IntervalInputs(**values)


def reference_fewest_below(agents: int, load: Fraction, theta: Fraction, cap: Fraction) -> int:
    """Walk up from `agents` until the exact abandonment is at most `cap`."""
    while erlang_a_queue(agents, load, theta)[0] > cap:
        agents += 1
    return agents


@pytest.mark.parametrize(
    ("calls", "patience_s", "cap"),
    [
        (1000.0, 30.0, Fraction(5, 100)),
        (100.0, 120.0, Fraction(5, 100)),
        (300.0, 60.0, Fraction(2, 100)),
    ],
)
def test_max_abandon_staffs_to_the_exact_reference(calls, patience_s, cap):
    plain = required_agents(inputs(calls=calls, patience_s=patience_s))
    capped = required_agents(inputs(calls=calls, patience_s=patience_s, max_abandon=float(cap)))
    load = Fraction(calls) * 180 / 1800
    theta = Fraction(180) / Fraction(patience_s)
    expected = max(
        plain.required_agents, reference_fewest_below(plain.required_agents, load, theta, cap)
    )
    assert capped.required_agents == expected
    assert capped.performance.abandon_rate <= float(cap)
    assert capped.performance.abandon_rate == pytest.approx(
        float(erlang_a_queue(expected, load, theta)[0]), rel=1e-9
    )


def test_the_issue_example_no_longer_hides_behind_abandonment():
    loose = required_agents(inputs())
    assert loose.required_agents == 84  # what the app staffed before: 17.4% hang up
    assert round(loose.performance.abandon_rate, 3) == 0.174
    safe = required_agents(inputs(max_abandon=0.05, max_occupancy=0.85))
    assert safe.performance.abandon_rate <= 0.05 and safe.performance.occupancy <= 0.85
    assert safe.required_agents > 100
    found = cautions(loose.performance.occupancy, loose.performance.abandon_rate, 0.0)
    assert [f.caution for f in found] == [Caution.OCCUPANCY, Caution.ABANDON]
    assert cautions(safe.performance.occupancy, safe.performance.abandon_rate, 0.0) == []


@pytest.mark.parametrize(
    ("agents", "load", "theta"),
    [
        (10, Fraction(19, 2), Fraction(1, 2)),
        (8, Fraction(10), Fraction(2)),
        (84, Fraction(100), Fraction(6)),
        (3, Fraction(9, 2), Fraction(1, 10)),
    ],
)
def test_asa_over_answered_calls_matches_the_exact_chain(agents, load, theta):
    a, th = float(load), float(theta)
    point = erlang_a.erlang_a_point(agents, a, th, 0.1, erlang_b(agents, a))
    mine = erlang_a.answered_wait(agents, a, th, point.wait_probability, point.abandon_probability)
    assert mine == pytest.approx(float(erlang_a_answered_wait(agents, load, theta)), rel=1e-9)
    # Callers who give up early pull the all-callers mean below the answered callers' mean
    # only sometimes; what always holds: both are positive and finite here.
    assert 0.0 < mine < 1e6


def test_the_strided_sum_agrees_with_the_direct_one(monkeypatch):
    # 5,000 Erlangs with 15-minute patience: a long queue; the stride must not move the answer.
    args = (4900, 5000.0, 3 / 15, 0.1)
    point = erlang_a.erlang_a_point(*args[:3], args[3], erlang_b(args[0], args[1]))
    direct = erlang_a.answered_wait(*args[:3], point.wait_probability, point.abandon_probability)
    monkeypatch.setattr(erlang_a, "_DIRECT_TERMS", 10)
    strided = erlang_a.answered_wait(*args[:3], point.wait_probability, point.abandon_probability)
    assert strided == pytest.approx(direct, rel=1e-5)


def test_performance_reports_both_waits_and_erlang_c_has_one():
    p = performance(inputs(), 84)
    assert p.mean_wait_s == pytest.approx(p.abandon_rate * 30.0, rel=1e-12)  # E[W] = P(ab)/θ
    assert p.asa_s != pytest.approx(p.mean_wait_s, rel=1e-3)
    c = performance(inputs(patience_s=None), 110)
    assert c.asa_s == c.mean_wait_s


def test_a_target_of_100_percent_is_refused_in_plain_words():
    with pytest.raises(Exception, match="cannot be guaranteed by any number of agents"):
        inputs(target_service_level=1.0)


def test_max_abandon_is_validated():
    with pytest.raises(Exception, match="maximum abandonment"):
        inputs(max_abandon=0.0)


@pytest.mark.parametrize(
    ("share", "decimals", "text"),
    [
        (0.9999, 0, "99.99%"),
        (0.9999, 1, "99.99%"),
        (0.99996, 1, "99.996%"),
        (1.0, 1, "100.0%"),
        (0.8, 0, "80%"),
        (0.0001, 0, "0.01%"),
        (0.0, 1, "0.0%"),
        (0.174, 1, "17.4%"),
    ],
)
def test_shares_never_round_to_a_claim(share, decimals, text):
    assert share_text(share, decimals) == text


@given(st.floats(min_value=0.0, max_value=1.0), st.integers(min_value=0, max_value=3))
def test_share_text_never_says_100_or_0_unless_it_is(share, decimals):
    value = float(share_text(share, decimals).rstrip("%"))
    if share < 1.0 - 1e-8:
        assert value < 100.0
    if share > 1e-8:
        assert value > 0.0
