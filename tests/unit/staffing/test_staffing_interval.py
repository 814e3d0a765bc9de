"""Interval inputs refuse impossible values clearly; the curve and what-if agree."""

from __future__ import annotations

import math

import pytest

from agentdesk.errors import ValidationError
from agentdesk.staffing.interval import (
    IntervalInputs,
    performance,
    required_agents,
    service_curve,
)

GOOD = {"calls": 100.0, "interval_s": 1800.0, "aht_s": 180.0}


def make(**changes) -> IntervalInputs:
    values = {**GOOD, "target_service_level": 0.8, "answer_time_s": 20.0, **changes}
    return IntervalInputs(**values)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"calls": 0.0}, "calls", "above 0"),
        ({"calls": -3.0}, "calls", "above 0"),
        ({"calls": math.nan}, "calls", "above 0"),
        ({"interval_s": 0.0}, "interval", "above 0 seconds"),
        ({"aht_s": -1.0}, "aht", "above 0 seconds"),
        ({"target_service_level": 1.0}, "target", "below 100%"),
        ({"target_service_level": 0.0}, "target", "above 0%"),
        ({"answer_time_s": -1.0}, "target", "0 seconds or more"),
        ({"shrinkage": 1.0}, "shrinkage", "below 100%"),
        ({"shrinkage": -0.1}, "shrinkage", "at least 0%"),
        ({"max_occupancy": 0.0}, "max_occupancy", "above 0%"),
        ({"max_occupancy": 1.2}, "max_occupancy", "at most 100%"),
        ({"patience_s": 0.0}, "patience", "above 0 seconds"),
        ({"calls": 1e12}, "calls", "at most"),
    ],
)
def test_impossible_inputs_name_the_field_and_the_expectation(changes, field, words):
    with pytest.raises(ValidationError, match=words) as caught:
        make(**changes)
    assert caught.value.field == field


def test_inputs_are_frozen():
    inputs = make()
    with pytest.raises(AttributeError):
        inputs.calls = 5  # type: ignore[misc]
    assert inputs.load == 10.0


@pytest.mark.parametrize("agents", [0, -1, 2.5, True])
def test_agent_counts_must_be_whole_and_positive(agents):
    with pytest.raises(ValidationError) as caught:
        performance(make(), agents)
    assert caught.value.field == "agents"


@pytest.mark.parametrize("patience", [None, 120.0])
def test_service_curve_matches_single_evaluations(patience):
    inputs = make(patience_s=patience)
    curve = service_curve(inputs, range(8, 25))
    assert [p.agents for p in curve] == list(range(8, 25))
    for point in curve:
        single = performance(inputs, point.agents)
        assert point.service_level == pytest.approx(single.service_level, abs=1e-12)
        assert point.occupancy == pytest.approx(single.occupancy, rel=1e-12)
        assert point.abandon_rate == pytest.approx(single.abandon_rate, abs=1e-12)
        if math.isfinite(single.asa_s):
            assert point.asa_s == pytest.approx(single.asa_s, rel=1e-10)
    levels = [p.service_level for p in curve]
    assert levels == sorted(levels)


def test_long_curves_stay_accurate():
    # A chart sweep walks Erlang B across hundreds of counts from one direct evaluation.
    inputs = make(calls=5000.0)
    curve = service_curve(inputs, range(480, 1200))
    for point in curve[::97]:
        assert point.service_level == pytest.approx(
            performance(inputs, point.agents).service_level, abs=1e-12
        )


def test_what_if_and_required_agree():
    inputs = make(patience_s=90.0, shrinkage=0.25, max_occupancy=0.85)
    found = required_agents(inputs)
    single = performance(inputs, found.required_agents)
    # Equal up to rounding: the search reaches its B(n, A) by recursion, this one directly.
    for name in ("service_level", "asa_s", "wait_probability", "occupancy", "abandon_rate"):
        assert getattr(found.performance, name) == pytest.approx(getattr(single, name), rel=1e-12)
    assert found.scheduled_staff == math.ceil(found.required_agents / 0.75 - 1e-9)
