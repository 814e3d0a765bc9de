"""JSON read from the team database is parsed in the shape agentdesk writes, whatever text a
member's role stored: never an exception, never another shape."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.sync.shapes import SHAPES, parse

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
TEXTS = st.one_of(st.text(), VALUES.map(json.dumps))


def _shaped(column: tuple[str, str], value) -> bool:
    if column == ("adherence_score", "results"):
        return all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(p, str) for p in v)
            for v in value
        )
    return all(isinstance(v, str) for v in value)


@given(st.sampled_from(sorted(SHAPES)), TEXTS)
def test_any_text_parses_to_the_expected_shape(column, text):
    value = parse(*column, text)
    assert isinstance(value, list) and _shaped(column, value)


def test_nesting_too_deep_for_the_parser_is_the_empty_value():
    deep = "[" * 100_000 + "]" * 100_000
    assert parse("customer", "type_tags", deep) == []
    assert parse("interaction", "tags", '["upset:waited", 1, {"a": []}, "x"]') == [
        "upset:waited",
        "x",
    ]
    assert parse("adherence_score", "results", '[["greet", "done"], ["x"], 5]') == [
        ["greet", "done"]
    ]
    assert parse("customer", "type_tags", None) is None
