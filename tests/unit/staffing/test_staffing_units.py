"""Duration, percentage and target parsers: examples, and never a crash on any text."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.errors import ValidationError
from agentdesk.staffing.units import parse_duration, parse_fraction, parse_target


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("180s", 180.0),
        ("180", 180.0),
        ("30m", 1800.0),
        ("1h", 3600.0),
        ("1h30m", 5400.0),
        ("2min 30sec", 150.0),
        (" 2.5m ", 150.0),
        ("0", 0.0),
        (".5s", 0.5),
        ("1H", 3600.0),
    ],
)
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", " ", "-5s", "5x", "1h30", "m", "1e3", "inf", "nan", "3 m s"])
def test_bad_durations_say_what_is_expected(text):
    with pytest.raises(ValidationError, match="expected a duration like 180s") as caught:
        parse_duration(text, "aht")
    assert caught.value.field == "aht"


@pytest.mark.parametrize(
    ("text", "share"),
    [("30%", 0.3), ("0.3", 0.3), ("100%", 1.0), ("0", 0.0), ("1", 1.0), ("-5%", -0.05)],
)
def test_fractions(text, share):
    assert parse_fraction(text) == pytest.approx(share)


@pytest.mark.parametrize("text", ["30", "abc", "", "30%%", "1.5"])
def test_bad_fractions(text):
    with pytest.raises(ValidationError) as caught:
        parse_fraction(text, "shrinkage")
    assert caught.value.field == "shrinkage"
    assert "%" in str(caught.value)  # the message shows the accepted form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("80/20", (0.8, 20.0)),
        ("80%/20s", (0.8, 20.0)),
        ("0.8/1m", (0.8, 60.0)),
        ("90/15", (0.9, 15.0)),
        ("100/20", (1.0, 20.0)),  # parsed; IntervalInputs refuses a 100% target
    ],
)
def test_targets(text, expected):
    share, seconds = parse_target(text)
    assert share == pytest.approx(expected[0]) and seconds == expected[1]


@pytest.mark.parametrize("text", ["80", "80/", "/20", "80/20/5", "eighty/20", "80/20x"])
def test_bad_targets(text):
    with pytest.raises(ValidationError) as caught:
        parse_target(text)
    assert caught.value.field == "target"


@given(st.text(max_size=80))
def test_parsers_never_crash(text):
    for parse in (parse_duration, parse_fraction, parse_target):
        try:
            value = parse(text)
        except ValidationError as error:
            assert str(error)
            continue
        values = value if isinstance(value, tuple) else (value,)
        assert all(math.isfinite(v) for v in values)


@given(st.from_regex(r"[0-9hms%/. -]{0,20}", fullmatch=True))
def test_parsers_never_crash_on_near_misses(text):
    test_parsers_never_crash.hypothesis.inner_test(text)


@given(st.integers(0, 99), st.integers(0, 59), st.integers(0, 59))
def test_compound_durations_add_up(hours, minutes, seconds):
    assert parse_duration(f"{hours}h{minutes}m{seconds}s") == hours * 3600 + minutes * 60 + seconds
