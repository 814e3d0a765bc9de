"""Schema of one adherence rule file: closed key sets, every problem reported with its line."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agentdesk.datafiles.loader import Problems, load_yaml_text
from agentdesk.datafiles.schema import check_mapping, expect_list, line_of
from agentdesk.review.conditions import (
    All,
    AnyOf,
    CheckCond,
    Cond,
    DataTest,
    Each,
    EventCond,
    Every,
    FieldCond,
    Matcher,
    Not,
    StepCond,
)
from agentdesk.review.matchers import data_tests, is_number, matchers

_ID = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
_PRACTICE = re.compile(r"[A-Z][0-9]{1,2}\Z")
MAX_DEPTH = 12
# Each condition is a mapping with one of these keys, plus the extra keys it allows.
HEADS: dict[str, set[str]] = {
    "all": set(),
    "any": set(),
    "not": set(),
    "event": {"data"},
    "check": set(),
    "all_checked": set(),
    "field": {"is"},
    "field_set": set(),
    "step": set(),
    "each": {"where", "until", "preceded_by", "followed_by", "every"},
}
RULE_KEYS = {"id", "practice", "title", "pass_when"}
RULE_OPTIONAL = {"description", "applies_when", "flows", "channels"}


@dataclass(frozen=True)
class Rule:
    """One adherence item: when it applies, when it passes, and where it was written."""

    id: str
    practice: str
    title: str
    pass_when: Cond
    applies_when: Cond | None = None
    flows: tuple[str, ...] = ()
    description: str = ""
    where: str = ""
    channels: tuple[str, ...] = ()  # only calls on these channels (phone, chat, ...)
    digest: str = field(default="", compare=False)


@dataclass
class RuleFile:
    path: str
    rules: list[Rule] = field(default_factory=list)
    disable: list[tuple[str, int]] = field(default_factory=list)


class _Parser:
    def __init__(self, path: str, problems: Problems) -> None:
        self.path = path
        self.problems = problems

    def bad(self, line: int, message: str) -> None:
        self.problems.add(self.path, line, message)

    def ident(self, value: Any, line: int, what: str) -> str | None:
        if isinstance(value, str) and _ID.match(value):
            return value
        self.bad(line, f"{what}: expected a lower_case id, got {value!r}"[:200])
        return None

    def cond(self, node: Any, line: int, depth: int = 0) -> Cond | None:
        if depth > MAX_DEPTH:
            self.bad(line, f"condition: nested more than {MAX_DEPTH} deep")
            return None
        if not isinstance(node, dict):
            self.bad(line, "condition: expected a mapping such as {check: offered_help}")
            return None
        heads = [k for k in node if k in HEADS]
        if len(heads) != 1:
            self.bad(line, f"condition: needs exactly one of {', '.join(HEADS)}")
            return None
        head = heads[0]
        allowed = {head} | HEADS[head]
        for key in node:
            if key not in allowed:
                extra = ", ".join(sorted(HEADS[head])) or "nothing"
                message = f"'{head}' condition: unknown key '{key}' (it takes {extra})"
                self.bad(line_of(node, key), message)
        return getattr(self, f"_{head}")(node, line_of(node, head), depth)

    def conds(self, node: Any, line: int, depth: int, what: str) -> tuple[Cond, ...] | None:
        if not isinstance(node, list) or not node:
            self.bad(line, f"'{what}': expected a non-empty list of conditions")
            return None
        items = [self.cond(item, line_of(node, i), depth + 1) for i, item in enumerate(node)]
        return None if any(c is None for c in items) else tuple(items)

    def _all(self, node: dict, line: int, depth: int) -> Cond | None:
        items = self.conds(node["all"], line, depth, "all")
        return All(items) if items is not None else None

    def _any(self, node: dict, line: int, depth: int) -> Cond | None:
        items = self.conds(node["any"], line, depth, "any")
        return AnyOf(items) if items is not None else None

    def _not(self, node: dict, line: int, depth: int) -> Cond | None:
        item = self.cond(node["not"], line, depth + 1)
        return Not(item) if item is not None else None

    def _event(self, node: dict, line: int, depth: int) -> Cond | None:
        kind = self.ident(node["event"], line, "event")
        data = self.data_tests(node.get("data"), line_of(node, "data"))
        return EventCond(kind, data) if kind and data is not None else None

    def _check(self, node: dict, line: int, depth: int) -> Cond | None:
        check = self.ident(node["check"], line, "check")
        return CheckCond(check) if check else None

    def _all_checked(self, node: dict, line: int, depth: int) -> Cond | None:
        ids = node["all_checked"]
        if not isinstance(ids, list) or not ids:
            self.bad(line, "all_checked: expected a non-empty list of check ids")
            return None
        checks = [self.ident(v, line_of(ids, i), "all_checked") for i, v in enumerate(ids)]
        return None if None in checks else All(tuple(CheckCond(c) for c in checks))

    def _field(self, node: dict, line: int, depth: int) -> Cond | None:
        name = self.ident(node["field"], line, "field")
        if "is" not in node:
            self.bad(line, "field: add 'is:' with the value to expect (or use field_set)")
            return None
        matchers = self.matchers(node["is"], line_of(node, "is"))
        return FieldCond(name, matchers) if name and matchers is not None else None

    def _field_set(self, node: dict, line: int, depth: int) -> Cond | None:
        name = self.ident(node["field_set"], line, "field_set")
        return FieldCond(name, (Matcher("set", True),)) if name else None

    def _step(self, node: dict, line: int, depth: int) -> Cond | None:
        step = self.ident(node["step"], line, "step")
        return StepCond(step) if step else None

    def _each(self, node: dict, line: int, depth: int) -> Cond | None:
        kind = self.ident(node["each"], line, "each")
        where = self.data_tests(node.get("where"), line_of(node, "where"))
        until = (
            self.ident(node["until"], line_of(node, "until"), "until") if "until" in node else ""
        )
        around = {}
        for key in ("preceded_by", "followed_by"):
            if key in node:
                around[key] = self.cond(node[key], line_of(node, key), depth + 1)
                if around[key] is None:
                    return None
        every = self.every(node["every"], line_of(node, "every")) if "every" in node else None
        if not around and every is None and "every" not in node:
            self.bad(line, "each: add preceded_by, followed_by or every")
            return None
        if not kind or where is None or until is None or ("every" in node and every is None):
            return None
        return Each(kind, where, until or None, every=every, **around)

    def every(self, node: Any, line: int) -> Every | None:
        required = {"event", "max_gap_seconds"}
        if not check_mapping(
            node,
            path=self.path,
            what="every",
            required=required,
            optional={"max_gap_from"},
            problems=self.problems,
            line=line,
        ) or not required <= set(node):
            return None
        kind = self.ident(node["event"], line_of(node, "event"), "every: event")
        gap = node["max_gap_seconds"]
        if not is_number(gap) or gap <= 0:
            self.bad(line_of(node, "max_gap_seconds"), "every: max_gap_seconds must be > 0")
            return None
        source = None
        if "max_gap_from" in node:
            source = self.ident(node["max_gap_from"], line_of(node, "max_gap_from"), "max_gap_from")
            if source is None:
                return None
        return Every(kind, float(gap), source) if kind else None

    def data_tests(self, node: Any, line: int) -> tuple[DataTest, ...] | None:
        return data_tests(node, line, self.bad)

    def matchers(self, spec: Any, line: int) -> tuple[Matcher, ...] | None:
        return matchers(spec, line, self.bad)


def parse_rule_file(data: Any, path: str | Path, problems: Problems) -> RuleFile:
    """Check one parsed YAML document; problems go to ``problems`` with their lines."""
    path = str(path)
    result = RuleFile(path)
    top = {"rules", "disable"}
    if not check_mapping(
        data, path=path, what="rule file", required=set(), optional=top, problems=problems
    ):
        return result
    if "rules" not in data and "disable" not in data:
        problems.add(path, line_of(data), "rule file: expected 'rules' or 'disable'")
    parser = _Parser(path, problems)
    disable = expect_list(data, "disable", path=path, what="disable", problems=problems)
    for i, rid in enumerate(disable):
        if parser.ident(rid, line_of(disable, i), "disable"):
            result.disable.append((rid, line_of(disable, i)))
    items = expect_list(data, "rules", path=path, what="rules", problems=problems)
    for i, item in enumerate(items):
        rule = _rule(parser, item, line_of(items, i))
        if rule is not None:
            result.rules.append(rule)
    return result


def _rule(parser: _Parser, node: Any, line: int) -> Rule | None:
    path, problems = parser.path, parser.problems
    if not check_mapping(
        node,
        path=path,
        what="rule",
        required=RULE_KEYS,
        optional=RULE_OPTIONAL,
        problems=problems,
        line=line,
    ):
        return None
    before = len(problems.items)
    rid = parser.ident(node.get("id"), line_of(node, "id"), "rule id")
    practice = node.get("practice")
    if not (isinstance(practice, str) and _PRACTICE.match(practice)):
        parser.bad(line_of(node, "practice"), "practice: expected a code such as T4")
    texts = {k: node.get(k, "") for k in ("title", "description")}
    for key, value in texts.items():
        if not isinstance(value, str) or (key == "title" and not value.strip()):
            parser.bad(line_of(node, key), f"{key}: expected text")
    flows = node.get("flows", [])
    if not isinstance(flows, list):
        parser.bad(line_of(node, "flows"), "flows: expected a list of flow ids")
        flows = []
    flow_ids = [parser.ident(f, line_of(flows, i), "flows") for i, f in enumerate(flows)]
    channels = node.get("channels", [])
    if not isinstance(channels, list):
        parser.bad(line_of(node, "channels"), "channels: expected a list such as [phone]")
        channels = []
    channel_ids = [
        parser.ident(c, line_of(channels, i), "channels") for i, c in enumerate(channels)
    ]
    applies = None
    if node.get("applies_when") is not None:
        applies = parser.cond(node["applies_when"], line_of(node, "applies_when"))
    passes = parser.cond(node.get("pass_when"), line_of(node, "pass_when"))
    if len(problems.items) != before or rid is None or passes is None:
        return None
    raw = json.dumps(node, sort_keys=True, default=str)
    return Rule(
        id=rid,
        practice=practice,
        title=texts["title"].strip(),
        pass_when=passes,
        applies_when=applies,
        flows=tuple(f for f in flow_ids if f),
        channels=tuple(c for c in channel_ids if c),
        description=" ".join(texts["description"].split()),
        where=f"{path}:{line}",
        digest=hashlib.sha256(raw.encode()).hexdigest(),
    )


def parse_rule_text(text: str, path: str | Path = "<text>") -> RuleFile:
    """Parse and check YAML text; DataFileError lists every problem with path:line."""
    problems = Problems()
    result = parse_rule_file(load_yaml_text(text, path), path, problems)
    problems.raise_if_any()
    return result
