"""JSON values read from the team database, parsed on the workstation and kept only in the
shape agentdesk writes them.

Any member's role may write these columns (a customer's types, a call's tags, a score's
results), so a value can hold anything PostgreSQL accepts: nesting deep enough that the
driver's parser raised RecursionError on every pull of that page (every workstation's sync
stopped for good), or another shape (tags that are not a list of codes, which broke the
team leader's review queue). They are read as text and parsed here; what is not in the
expected shape becomes the empty value, so one row stops nothing.
"""

from __future__ import annotations

import json
from typing import Any


def _codes(value: Any) -> list[str]:
    """A list of codes (customer types, call tags, directory topics)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _results(value: Any) -> list[list[str]]:
    """An adherence score's results: [rule id, status] pairs."""
    if not isinstance(value, list):
        return []
    return [
        list(v)
        for v in value
        if isinstance(v, list) and len(v) == 2 and all(isinstance(p, str) for p in v)
    ]


SHAPES = {
    ("customer", "type_tags"): _codes,
    ("interaction", "tags"): _codes,
    ("directory_entry", "topics"): _codes,
    ("adherence_score", "results"): _results,
}


def parse(table_name: str, column: str, text: str | None) -> Any:
    """The value of a JSON column from its text, in its expected shape (None stays None)."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
    shape = SHAPES.get((table_name, column))
    return shape(value) if shape is not None else value
