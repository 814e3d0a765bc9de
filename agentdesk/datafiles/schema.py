"""Small checks shared by every content schema: closed key sets, required keys, types."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agentdesk.datafiles.loader import LineDict, LineList, Problems


def line_of(node: Any, key: str | int | None = None) -> int:
    """Best line for a node (or one of its keys/items); 1 when unknown."""
    if isinstance(node, LineDict):
        return node.line_of(str(key)) if key is not None else node.line
    if isinstance(node, LineList):
        return node.line_of(int(key)) if key is not None else node.line
    return 1


def check_mapping(
    node: Any,
    *,
    path: str | Path,
    what: str,
    required: set[str],
    optional: set[str] = frozenset(),
    problems: Problems,
    line: int = 1,
) -> bool:
    """True when ``node`` is a mapping; reports unknown and missing keys as problems."""
    if not isinstance(node, dict):
        problems.add(
            path, line_of(node) if node is not None else line, f"{what}: expected a mapping"
        )
        return False
    allowed = required | optional
    for key in node:
        if key not in allowed:
            hint = ", ".join(sorted(allowed))
            problems.add(path, line_of(node, key), f"{what}: unknown key '{key}' (expected {hint})")
    for key in sorted(required - set(node)):
        problems.add(path, line_of(node), f"{what}: missing required key '{key}'")
    return True


def expect_str(
    node: Any, key: str, *, path: str | Path, what: str, problems: Problems, default: str = ""
) -> str:
    """The text under ``key``; reports a non-text value."""
    value = node.get(key, default) if isinstance(node, dict) else default
    if value is None:
        return default
    if not isinstance(value, str):
        problems.add(path, line_of(node, key), f"{what}: '{key}' must be text")
        return default
    return value


def expect_list(node: Any, key: str, *, path: str | Path, what: str, problems: Problems) -> list:
    """The list under ``key`` (empty when absent); reports a non-list value."""
    value = node.get(key) if isinstance(node, dict) else None
    if value is None:
        return LineList()
    if not isinstance(value, list):
        problems.add(path, line_of(node, key), f"{what}: '{key}' must be a list")
        return LineList()
    return value
