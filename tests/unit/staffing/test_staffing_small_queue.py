"""Small queues take the direct recursion; it must give the search's exact answers."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from agentdesk.staffing import erlang
from agentdesk.staffing.interval import IntervalInputs, required_agents
from tests.unit.staffing import staffing_reference as exact


def by_search(monkeypatch, *args):
    with monkeypatch.context() as m:
        m.setattr(erlang, "_SMALL_QUEUE", 0)
        return erlang.erlang_c_required_figures(*args)


@given(
    load=st.floats(0.001, 70.0),
    target=st.floats(0.05, 0.995),
    answer_time=st.floats(0.0, 3.0),
    cap=st.one_of(st.none(), st.floats(0.3, 1.0)),
)
# A tie at exactly the target: 1 agent gives exactly 50% (see the test below).
@example(load=0.5, target=0.5, answer_time=0.0, cap=None)
def test_recursion_and_search_agree(monkeypatch, load, target, answer_time, cap):
    fast = erlang.erlang_c_required_figures(load, target, answer_time, cap)
    slow = by_search(monkeypatch, load, target, answer_time, cap)
    assert fast[0] == slow[0]
    for a, b in zip(fast[1:], slow[1:], strict=True):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("load", [0.1, 0.5, 1, 2, 5, 10, 20, 50, 63.5, 64.5, 100])
def test_known_answers_across_the_boundary(monkeypatch, load):
    inputs = IntervalInputs(load * 1800 / 180, 1800.0, 180.0, 0.8, 20.0)
    need = required_agents(inputs)
    assert need.required_agents == by_search(monkeypatch, load, 0.8, 20 / 180, None)[0]
    assert need.performance.service_level >= 0.8


@pytest.mark.parametrize(
    ("load", "target", "answer_time"),
    # One agent with no answer time: service level 1 - A exactly.
    [("1/2", "1/2", "0"), ("1/4", "3/4", "0"), ("3/4", "1/4", "0")],
)
def test_a_service_level_exactly_at_the_target_meets_it_in_both_paths(
    monkeypatch, load, target, answer_time
):
    # At 0.5 Erlangs one agent answers exactly half the callers at once: the exact reference
    # (service level >= target, 60 digits) staffs 1; the gamma route used to round the level
    # to just below 50% and staff 2 (#19).
    want = exact.erlang_c_required(Fraction(load), Fraction(target), Fraction(answer_time))
    args = (float(Fraction(load)), float(Fraction(target)), float(Fraction(answer_time)), None)
    assert erlang.erlang_c_required_figures(*args)[0] == want
    assert by_search(monkeypatch, *args)[0] == want
