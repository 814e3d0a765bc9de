"""Canned-response templates: fill-in blanks expanded in plain Python for the composer.

Template syntax: ``{{caller_name}}`` and the other ``STANDARD_VALUES`` are filled from what the
call already knows; ``{{field:Order number}}`` is a blank the representative fills by hand.
``expand_template`` returns the text plus every unfilled blank as (start, end, name) offsets
into that text, in order, so the UI can select each one in turn with Tab. An unfilled blank
shows as ``[label]`` so it stays visible if it is sent by mistake. Braces that do not form a
placeholder are left as typed; values are inserted as they are (never expanded again).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

STANDARD_VALUES: tuple[str, ...] = ("caller_name", "representative", "organisation", "department")
"""Names the call screen can fill in by itself (anything else must be a ``field:`` blank)."""

MAX_LABEL = 60
_PLACEHOLDER = re.compile(
    r"\{\{\s*(?:field\s*:\s*(?P<label>[^{}\n]{1,"
    + str(MAX_LABEL)
    + r"}?)|(?P<name>[a-z][a-z0-9_]{0,39}))\s*\}\}"
)


class Blank(NamedTuple):
    """An unfilled blank: ``text[start:end]`` is its ``[label]``; ``name`` is its placeholder."""

    start: int
    end: int
    name: str


@dataclass(frozen=True)
class Expansion:
    text: str
    blanks: tuple[Blank, ...]


def expand_template(template: str, known_values: Mapping[str, str]) -> Expansion:
    """Fill known values; every other placeholder becomes a ``[label]`` blank."""
    out: list[str] = []
    blanks: list[Blank] = []
    length = 0
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        literal = template[position : match.start()]
        out.append(literal)
        length += len(literal)
        position = match.end()
        label = match.group("label")
        name = f"field:{label.strip()}" if label is not None else match.group("name")
        value = known_values.get(name, "")
        if isinstance(value, str) and value:
            out.append(value)
            length += len(value)
            continue
        shown = f"[{label.strip() if label is not None else name.replace('_', ' ')}]"
        blanks.append(Blank(length, length + len(shown), name))
        out.append(shown)
        length += len(shown)
    out.append(template[position:])
    return Expansion("".join(out), tuple(blanks))


# What each placeholder problem says (the snippet editor words the same codes as
# "snippet.<code>" in agentdesk/error_texts/kb.py).
TEMPLATE_TEXTS = {
    "not_placeholder": "'{text}' is not a placeholder: use {{{{caller_name}}}} or "
    "{{{{field:label}}}} (label up to {limit} characters)",
    "unknown_value": "unknown value '{name}' (known: {known}; use {{{{field:label}}}} for a "
    "blank the representative fills)",
}


def template_issues(template: str) -> list[tuple[int, str, dict[str, object]]]:
    """(line offset within the template, code, parameters) for placeholders that cannot
    work; the codes are keys of TEMPLATE_TEXTS."""
    issues: list[tuple[int, str, dict[str, object]]] = []
    for match in re.finditer(r"\{\{(.*?)\}\}", template, re.DOTALL):
        line = template.count("\n", 0, match.start())
        whole = _PLACEHOLDER.fullmatch(match.group(0))
        if whole is None:
            params = {"text": match.group(0)[:40], "limit": MAX_LABEL}
            issues.append((line, "not_placeholder", params))
        elif whole.group("name") and whole.group("name") not in STANDARD_VALUES:
            params = {"name": whole.group("name"), "known": ", ".join(STANDARD_VALUES)}
            issues.append((line, "unknown_value", params))
    return issues


def template_problems(template: str) -> list[tuple[int, str]]:
    """(line offset within the template, message) for placeholders that cannot work."""
    return [
        (line, TEMPLATE_TEXTS[code].format(**params))
        for line, code, params in template_issues(template)
    ]
