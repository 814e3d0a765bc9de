"""Parsing of a step's parts (checks, fields, conditions, transitions) with their lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agentdesk.datafiles.loader import Problems
from agentdesk.datafiles.schema import check_mapping, line_of
from agentdesk.flows.schema import (
    CONDITION_OPS,
    FIELD_TYPES,
    CheckSpec,
    Choice,
    Condition,
    FieldSpec,
    Guard,
    Transition,
    Value,
)
from agentdesk.limits import FIELD_TEXT, FIELD_TEXT_MOST

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z")


@dataclass
class Reporter:
    """Adds `path:line: step 'x': message` problems."""

    path: str
    problems: Problems

    def add(self, line: int, message: str, step: str | None = None) -> None:
        prefix = f"step '{step}': " if step else ""
        self.problems.add(self.path, line, prefix + message)


def mapping_at(
    node: Any,
    line: int,
    what: str,
    rep: Reporter,
    required: set[str],
    optional: set[str] = frozenset(),
) -> bool:
    """check_mapping, except that a scalar where a mapping belongs is reported at ``line``."""
    if not isinstance(node, dict):
        where = line_of(node) if isinstance(node, list) else line
        rep.problems.add(rep.path, where, f"{what}: expected a mapping")
        return False
    return check_mapping(
        node,
        path=rep.path,
        what=what,
        required=required,
        optional=optional,
        problems=rep.problems,
    )


def text_at(node: dict, key: str, what: str, rep: Reporter, step: str | None) -> str:
    value = node.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        rep.add(line_of(node, key), f"{what}'{key}' must be text", step)
        return ""
    return value


def flag_at(node: dict, key: str, what: str, rep: Reporter, step: str | None) -> bool:
    value = node.get(key, False)
    if not isinstance(value, bool):
        rep.add(line_of(node, key), f"{what}'{key}' must be true or false", step)
        return False
    return value


def list_at(node: dict, key: str, what: str, rep: Reporter, step: str | None) -> list:
    value = node.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        rep.add(line_of(node, key), f"{what}'{key}' must be a list", step)
        return []
    return value


def ident_at(node: dict, what: str, rep: Reporter, step: str | None) -> str:
    value = node.get("id")
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        rep.add(line_of(node, "id"), f"{what}id {value!r} must be lower_case letters", step)
        return ""
    return value


def scalar_value(value: Any) -> Value | None:
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return tuple(str(v) for v in value)
    return None


def parse_conditions(
    raw: Any, line: int, what: str, rep: Reporter, step: str
) -> tuple[Condition, ...]:
    """Conditions from one mapping or a list of them (``raw`` None: no conditions)."""
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    found = []
    for i, item in enumerate(items):
        item_line = line_of(raw, i) if isinstance(raw, list) else line
        if not mapping_at(
            item, item_line, f"step '{step}': {what}condition", rep, {"field"}, set(CONDITION_OPS)
        ):
            continue
        ops = [op for op in CONDITION_OPS if op in item]
        target = item.get("field")
        if len(ops) != 1 or not isinstance(target, str):
            rep.add(
                line_of(item), f"{what}give a 'field' and one of {', '.join(CONDITION_OPS)}", step
            )
            continue
        value = scalar_value(item[ops[0]])
        if value is None or (ops[0] == "one_of") != isinstance(value, tuple):
            rep.add(line_of(item, ops[0]), f"{what}'{ops[0]}' has a value of the wrong kind", step)
            continue
        found.append(Condition(target, ops[0], value))
    return tuple(found)


def _choices(node: dict, what: str, rep: Reporter, step: str) -> tuple[Choice, ...]:
    found = []
    for i, item in enumerate(list_at(node, "choices", what, rep, step)):
        if isinstance(item, bool):
            rep.add(
                line_of(node["choices"], i),
                f"{what}choice {item} must be quoted text "
                "(yes/no/true/false are read as yes-no values)",
                step,
            )
        elif isinstance(item, str | int | float):
            found.append(Choice(str(item), str(item)))
        elif mapping_at(
            item,
            line_of(node["choices"], i),
            f"step '{step}': {what}choice",
            rep,
            {"value", "label"},
        ):
            value, label = item.get("value"), item.get("label")
            if isinstance(value, str) and isinstance(label, str):
                found.append(Choice(value, label))
            else:
                rep.add(line_of(item), f"{what}choice value and label must be text", step)
    return tuple(found)


def parse_field(node: Any, line: int, rep: Reporter, step: str) -> FieldSpec | None:
    if not mapping_at(
        node,
        line,
        f"step '{step}': field",
        rep,
        {"id", "label"},
        {"type", "required", "required_when", "choices", "help", "max_length"},
    ):
        return None
    fid = ident_at(node, "field ", rep, step)
    what = f"field '{fid}': "
    kind = node.get("type", "text")
    if kind not in FIELD_TYPES:
        rep.add(
            line_of(node, "type"),
            f"{what}type {kind!r} is not one of {', '.join(FIELD_TYPES)}",
            step,
        )
        kind = "text"
    when = parse_conditions(
        node.get("required_when"), line_of(node, "required_when"), what, rep, step
    )
    spec = FieldSpec(
        id=fid,
        label=text_at(node, "label", what, rep, step),
        type=kind,
        required=flag_at(node, "required", what, rep, step),
        required_when=when,
        choices=_choices(node, what, rep, step),
        help=text_at(node, "help", what, rep, step),
        max_length=_max_length(node, what, rep, step),
        line=line_of(node),
    )
    return spec if fid else None


def _max_length(node: dict, what: str, rep: Reporter, step: str) -> int:
    value = node.get("max_length", FIELD_TEXT)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= FIELD_TEXT_MOST:
        rep.add(
            line_of(node, "max_length"),
            f"{what}'max_length' must be a whole number from 1 to {FIELD_TEXT_MOST}",
            step,
        )
        return FIELD_TEXT
    return value


def parse_check(node: Any, line: int, rep: Reporter, step: str) -> CheckSpec | None:
    if not mapping_at(node, line, f"step '{step}': check", rep, {"id", "label"}, {"required"}):
        return None
    cid = ident_at(node, "check ", rep, step)
    what = f"check '{cid}': "
    spec = CheckSpec(
        cid,
        text_at(node, "label", what, rep, step),
        flag_at(node, "required", what, rep, step),
        line=line_of(node),
    )
    return spec if cid else None


def parse_transition(node: Any, line: int, rep: Reporter, step: str) -> Transition | None:
    if not mapping_at(
        node,
        line,
        f"step '{step}': transition",
        rep,
        {"label", "to"},
        {"shortcut", "requires", "when", "sets"},
    ):
        return None
    label = text_at(node, "label", "transition ", rep, step)
    what = f"transition '{label}': "
    requires = list_at(node, "requires", what, rep, step)
    if not all(isinstance(r, str) for r in requires):
        rep.add(line_of(node, "requires"), f"{what}'requires' lists field or check ids", step)
        requires = []
    sets_node = node.get("sets") or {}
    if not isinstance(sets_node, dict):
        rep.add(line_of(node, "sets"), f"{what}'sets' must map field ids to values", step)
        sets_node = {}
    sets = []
    for key, raw in sets_node.items():
        value = scalar_value(raw)
        if value is None:
            rep.add(line_of(sets_node, key), f"{what}value for '{key}' is not text or yes/no", step)
        else:
            sets.append((key, value))
    target = node.get("to")
    if not isinstance(target, str):
        rep.add(line_of(node, "to"), f"{what}'to' must be a step id", step)
        return None
    return Transition(
        label=label,
        to=target,
        shortcut=text_at(node, "shortcut", what, rep, step),
        guard=Guard(
            tuple(requires),
            parse_conditions(node.get("when"), line_of(node, "when"), what, rep, step),
        ),
        sets=tuple(sets),
        line=line_of(node),
    )
