"""Tests on values in adherence rules: ``gt: 180``, ``in: [a, b]``, ``set: true``, or a plain
value (equal to); each problem is reported through ``bad(line, message)``."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from agentdesk.datafiles.schema import line_of
from agentdesk.review.conditions import MATCH_OPS, DataTest, Matcher

Report = Callable[[int, str], None]
_EXPECT = {"set": "expected true or false", "eq": "expected a value", "ne": "expected a value"}
for _op in ("gt", "ge", "lt", "le"):
    _EXPECT[_op] = "expected a number"


def data_tests(node: Any, line: int, bad: Report) -> tuple[DataTest, ...] | None:
    """``{key: test, ...}`` on an event's data (None: absent, no tests)."""
    if node is None:
        return ()
    if not isinstance(node, dict):
        bad(line, "data: expected a mapping of key: value or key: {op: value}")
        return None
    tests = []
    for key, spec in node.items():
        found = matchers(spec, line_of(node, key), bad)
        if found is None:
            return None
        tests.append(DataTest(str(key), found))
    return tuple(tests)


def matchers(spec: Any, line: int, bad: Report) -> tuple[Matcher, ...] | None:
    if _scalar(spec):
        return (Matcher("eq", spec),)
    if not isinstance(spec, dict) or not spec:
        bad(line, f"expected a value or a mapping of {', '.join(MATCH_OPS)}")
        return None
    result = []
    for op, value in spec.items():
        matcher = _matcher(op, value, line_of(spec, op), bad)
        if matcher is None:
            return None
        result.append(matcher)
    return tuple(result)


def _matcher(op: str, value: Any, line: int, bad: Report) -> Matcher | None:
    if op not in MATCH_OPS:
        bad(line, f"unknown test '{op}' (expected {', '.join(MATCH_OPS)})")
        return None
    ok = {
        "set": isinstance(value, bool),
        "eq": _scalar(value),
        "ne": _scalar(value),
    }.get(op, is_number(value) if op in ("gt", "ge", "lt", "le") else _scalars(value))
    if not ok:
        bad(line, f"'{op}': {_EXPECT.get(op, 'expected a list of values')}")
        return None
    return Matcher(op, tuple(value) if isinstance(value, list) else value)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | bool | int) or is_number(value)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _scalars(value: Any) -> bool:
    return isinstance(value, list) and all(_scalar(v) for v in value)
