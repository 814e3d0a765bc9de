"""Waits said to a caller are rounded as a person would say them (never "8 min 53 s")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.flows.hold import spoken_seconds


def test_examples():
    assert [spoken_seconds(s) for s in (4, 33, 62, 75, 533, 860)] == [10, 30, 60, 60, 540, 900]


@given(st.floats(min_value=0, max_value=3600, allow_nan=False))
def test_round_units_close_to_the_wait(seconds):
    said = spoken_seconds(seconds)
    unit = 10 if said < 60 else 60 if said < 600 else 300
    assert said % unit == 0 and said >= 10
    assert abs(said - seconds) <= max(unit / 2, 10)


@given(st.floats(0, 3600, allow_nan=False), st.floats(0, 3600, allow_nan=False))
def test_a_longer_wait_is_never_said_shorter(a, b):
    low, high = sorted((a, b))
    assert spoken_seconds(low) <= spoken_seconds(high)
