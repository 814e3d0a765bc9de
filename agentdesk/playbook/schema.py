"""The closed schema of one playbook entry or cause: field checks that report file:line."""

from __future__ import annotations

import re
from typing import Any

from agentdesk.datafiles.loader import Problems
from agentdesk.datafiles.schema import check_mapping, expect_list, line_of
from agentdesk.playbook.model import (
    PICKER_KINDS,
    Cause,
    ChecklistItem,
    Entry,
    Example,
    Kind,
    Reframe,
)
from agentdesk.playbook.phrases import unknown_placeholders

MAX_TITLE = 80
MAX_BULLET = 160
MAX_EXAMPLE = 400

_SLUG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_PRACTICE = re.compile(r"D(?:[1-9]|1[0-3])")
_KIND_VALUES = frozenset(k.value for k in Kind)
_KINDS = ", ".join(k.value for k in Kind)
_ENTRY_REQUIRED = {"id", "kind", "title", "practice"}
_ENTRY_LISTS = ("recognise", "tactics", "phrases", "avoid", "tags", "see_also")
_ENTRY_OPTIONAL = {"summary", "reframes", "examples", "checklist", *_ENTRY_LISTS}


def items(node: Any, key: str, path: str, what: str, problems: Problems) -> list[tuple[Any, int]]:
    """The items of the list under ``key`` with their lines (empty when absent or not a list)."""
    values = expect_list(node, key, path=path, what=what, problems=problems)
    return [(v, line_of(values, i)) for i, v in enumerate(values)]


def parse_cause(node: Any, path: str, line: int, problems: Problems) -> Cause | None:
    """A cause of upset (``id``, ``label``), or None after reporting why not."""
    if not check_mapping(
        node, path=path, what="cause", required={"id", "label"}, problems=problems, line=line
    ):
        return None
    cause_id = _slug(node, "id", path, "cause", problems)
    label = _text(node, "label", path, f"cause '{cause_id or '?'}'", problems, MAX_TITLE)
    return Cause(cause_id, label, f"{path}:{line}") if cause_id and label else None


def parse_entry(node: Any, path: str, line: int, language: str, problems: Problems) -> Entry | None:
    """One entry, or None after reporting why not; kind-specific needs are checked too."""
    if not check_mapping(
        node,
        path=path,
        what="entry",
        required=_ENTRY_REQUIRED,
        optional=_ENTRY_OPTIONAL,
        problems=problems,
        line=line,
    ):
        return None
    entry_id = _slug(node, "id", path, "entry", problems)
    what = f"entry '{entry_id or '?'}'"
    kind_value = node.get("kind")
    kind = Kind(kind_value) if isinstance(kind_value, str) and kind_value in _KIND_VALUES else None
    if kind_value is not None and kind is None:
        problems.add(path, line_of(node, "kind"), f"{what}: kind must be one of {_KINDS}")
    practice = node.get("practice")
    if practice is not None and not (isinstance(practice, str) and _PRACTICE.fullmatch(practice)):
        problems.add(path, line_of(node, "practice"), f"{what}: practice must be D1 to D13")
        practice = None
    title = _text(node, "title", path, what, problems, MAX_TITLE)
    summary = _text(node, "summary", path, what, problems, MAX_BULLET)
    lists = {key: _texts(node, key, path, what, problems) for key in _ENTRY_LISTS}
    reframes = _pairs(node, "reframes", ("instead_of", "say"), path, what, problems)
    examples = _pairs(node, "examples", ("situation", "say"), path, what, problems)
    checklist = _checklist(node, entry_id, path, what, problems)
    for target in lists["see_also"]:
        if not _SLUG.fullmatch(target):
            problems.add(path, line_of(node, "see_also"), f"{what}: see_also '{target}' is no id")
    if not (entry_id and kind and practice and title):
        return None
    entry = Entry(
        id=entry_id,
        kind=kind,
        title=title,
        practice=practice,
        summary=summary,
        reframes=tuple(Reframe(*p) for p in reframes),
        examples=tuple(Example(*p) for p in examples),
        checklist=checklist,
        language=language,
        source=f"{path}:{line}",
        **lists,
    )
    _check_kind_needs(entry, node, path, problems)
    return entry


def _text(node: Any, key: str, path: str, what: str, problems: Problems, limit: int) -> str:
    value = node.get(key)
    if value is None:
        return ""
    return _check_text(value, path, line_of(node, key), f"{what}: '{key}'", problems, limit)


def _check_text(value: Any, path: str, line: int, what: str, problems: Problems, limit: int) -> str:
    if not isinstance(value, str):
        problems.add(path, line, f"{what} must be text")
        return ""
    text = value.strip()
    if not text:
        problems.add(path, line, f"{what} must not be empty")
    elif len(text.splitlines()) > 1:
        problems.add(path, line, f"{what} must be one line")
    elif len(text) > limit:
        problems.add(path, line, f"{what} is {len(text)} characters; keep it under {limit}")
    for name in unknown_placeholders(text):
        problems.add(path, line, f"{what}: unknown placeholder {{{name}}} (use {{name}})")
    return text


def _texts(node: Any, key: str, path: str, what: str, problems: Problems) -> tuple[str, ...]:
    out = []
    for i, (value, line) in enumerate(items(node, key, path, what, problems)):
        text = _check_text(value, path, line, f"{what}: {key}[{i + 1}]", problems, MAX_BULLET)
        if text:
            out.append(text)
    return tuple(out)


def _slug(node: Any, key: str, path: str, what: str, problems: Problems) -> str:
    value = node.get(key)
    if value is None:
        return ""
    if not isinstance(value, str) or not _SLUG.fullmatch(value):
        message = f"{what}: '{key}' must be a slug like 'the-quiet-one'"
        problems.add(path, line_of(node, key), message)
        return ""
    return value


def _pairs(
    node: Any, key: str, names: tuple[str, str], path: str, what: str, problems: Problems
) -> list[tuple[str, ...]]:
    out = []
    for i, (item, line) in enumerate(items(node, key, path, what, problems)):
        item_what = f"{what}: {key}[{i + 1}]"
        if check_mapping(
            item, path=path, what=item_what, required=set(names), problems=problems, line=line
        ):
            pair = tuple(_text(item, n, path, item_what, problems, MAX_EXAMPLE) for n in names)
            if all(pair):
                out.append(pair)
    return out


def _checklist(
    node: Any, entry_id: str, path: str, what: str, problems: Problems
) -> tuple[ChecklistItem, ...]:
    out: list[ChecklistItem] = []
    seen: set[str] = set()
    for i, (item, line) in enumerate(items(node, "checklist", path, what, problems)):
        item_what = f"{what}: checklist[{i + 1}]"
        if not check_mapping(
            item, path=path, what=item_what, required={"id", "text"}, problems=problems, line=line
        ):
            continue
        item_id = _slug(item, "id", path, item_what, problems)
        text = _text(item, "text", path, item_what, problems, MAX_BULLET)
        if item_id in seen:
            problems.add(path, line_of(item, "id"), f"{item_what}: duplicate item id '{item_id}'")
        elif item_id and text:
            seen.add(item_id)
            out.append(ChecklistItem(item_id, text, f"{entry_id}/{item_id}"))
    return tuple(out)


def _check_kind_needs(entry: Entry, node: Any, path: str, problems: Problems) -> None:
    """Picker entries must be usable on their own: signs, tactics and phrasings."""
    if entry.kind in PICKER_KINDS:
        needed: tuple[str, ...] = ("recognise", "tactics", "phrases")
    elif entry.kind is Kind.TECHNIQUE:
        needed = ("tactics",)
    elif entry.kind is Kind.CHECKLIST:
        needed = ("checklist",)
    else:
        needed = () if entry.reframes else ("phrases",)
    for key in needed:
        if not getattr(entry, key):
            message = f"entry '{entry.id}': a {entry.kind.value} entry needs '{key}'"
            problems.add(path, line_of(node), message)
