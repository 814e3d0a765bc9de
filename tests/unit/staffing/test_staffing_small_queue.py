"""Small queues take the direct recursion; it must give the search's exact answers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.staffing import erlang
from agentdesk.staffing.interval import IntervalInputs, required_agents


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
