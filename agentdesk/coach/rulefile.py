"""Schema of one coach rule file: closed key sets, phrase patterns checked, problems with lines."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agentdesk.coach.model import CATEGORIES, Rule
from agentdesk.coach.normalise import lower_keeping_length
from agentdesk.coach.phrases import PatternError, check_phrase, expand
from agentdesk.datafiles.loader import Problems
from agentdesk.datafiles.schema import check_mapping, expect_list, expect_str, line_of

DEFAULT_JARGON_WHY = "'{term}' is our shorthand; the caller may not know it. Say it in plain words."
STATEMENT_FIELDS = ("when_you", "i_feel", "i_would_appreciate")
_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_CONTRACTION_WORD = re.compile(r"\w+(?:'\w+)*")
_CONTRACTION_ENDING = re.compile(r"\w*'\w+")
_WORD = re.compile(r"\w+")
_EXPANSION = re.compile(r"\w+(?: \w+)*")


@dataclass
class RuleFile:
    """What one file contributes; ``rules.py`` merges the files of a language in order."""

    path: str
    readable: bool = False  # the file is a mapping (so a missing key means missing)
    has_statement: bool = False
    language: str = ""
    language_line: int = 1
    rules: list[Rule] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    disable: list[tuple[str, int]] = field(default_factory=list)  # (rule id, line)
    words: dict[str, str] = field(default_factory=dict)
    endings: dict[str, str] = field(default_factory=dict)
    negations: list[str] = field(default_factory=list)
    statement: str = ""


def parse_rule_file(data: Any, path: str | Path, problems: Problems) -> RuleFile:
    """Check a parsed YAML document; every problem goes to ``problems``."""
    path = str(path)
    result = RuleFile(path)
    top_keys = {
        "rules",
        "glossary",
        "jargon_why",
        "allow",
        "disable",
        "contractions",
        "negations",
        "statement",
    }
    if not check_mapping(
        data,
        path=path,
        what="rule file",
        required={"language"},
        optional=top_keys,
        problems=problems,
    ):
        return result
    result.readable = True
    result.has_statement = "statement" in data
    result.language = expect_str(data, "language", path=path, what="rule file", problems=problems)
    result.language_line = line_of(data, "language")
    result.statement = _statement(data, path, problems)
    _contractions(data, result, problems)
    seen_ids: dict[str, int] = {}
    seen_phrases: dict[str, str] = {}
    for i, item in enumerate(
        expect_list(data, "rules", path=path, what="rules", problems=problems)
    ):
        rule = _rule(item, path, line_of(data["rules"], i), problems)
        _check_id_unique(item, path, seen_ids, problems)
        if rule is not None:
            _check_phrases_unique(rule, seen_phrases, path, problems)
            result.rules.append(rule)
    jargon_why = expect_str(data, "jargon_why", path=path, what="rule file", problems=problems)
    if jargon_why and "{term}" not in jargon_why:
        problems.add(path, line_of(data, "jargon_why"), "jargon_why: must contain {term}")
    glossary = expect_list(data, "glossary", path=path, what="glossary", problems=problems)
    for i, item in enumerate(glossary):
        rule = _glossary_entry(item, path, line_of(glossary, i), problems, jargon_why)
        if rule is not None:
            _check_id_unique(rule, path, seen_ids, problems)
            _check_phrases_unique(rule, seen_phrases, path, problems)
            result.rules.append(rule)
    allow = expect_list(data, "allow", path=path, what="allow", problems=problems)
    for i, item in enumerate(allow):
        result.allow.extend(_phrases([item], path, line_of(allow, i), "allow", problems))
    negations = expect_list(data, "negations", path=path, what="negations", problems=problems)
    for i, item in enumerate(negations):
        if isinstance(item, str) and _WORD.fullmatch(item.strip().lower()):
            result.negations.append(item.strip().lower())
        else:
            problems.add(path, line_of(negations, i), "negations: each item must be one word")
    disable = expect_list(data, "disable", path=path, what="disable", problems=problems)
    for i, item in enumerate(disable):
        if isinstance(item, str) and item:
            result.disable.append((item, line_of(disable, i)))
        else:
            problems.add(path, line_of(disable, i), "disable: each item must be a rule id")
    return result


def _rule(item: Any, path: str, line: int, problems: Problems) -> Rule | None:
    what = "rule"
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        what = f"rule '{item['id']}'"
    keys = {"id", "category", "phrases", "suggestion", "why"}
    if not check_mapping(
        item,
        path=path,
        what=what,
        required=keys,
        optional={"replace"},
        problems=problems,
        line=line,
    ):
        return None
    here = line_of(item)
    rule_id = expect_str(item, "id", path=path, what=what, problems=problems)
    category = expect_str(item, "category", path=path, what=what, problems=problems)
    suggestion = expect_str(item, "suggestion", path=path, what=what, problems=problems)
    why = expect_str(item, "why", path=path, what=what, problems=problems)
    ok = _check_id(rule_id, item, path, what, problems)
    if "category" in item and category not in CATEGORIES:
        problems.add(
            path,
            line_of(item, "category"),
            f"{what}: unknown category '{category}' (expected {', '.join(CATEGORIES)})",
        )
        ok = False
    for key, value in (("suggestion", suggestion), ("why", why)):
        if key in item and not value.strip():
            problems.add(path, line_of(item, key), f"{what}: '{key}' must not be empty")
            ok = False
    raw = expect_list(item, "phrases", path=path, what=what, problems=problems)
    if "phrases" in item and isinstance(item["phrases"], list) and not raw:
        problems.add(path, line_of(item, "phrases"), f"{what}: 'phrases' must not be empty")
    phrases = [
        p for i, x in enumerate(raw) for p in _phrases([x], path, line_of(raw, i), what, problems)
    ]
    replace = item.get("replace", True)
    if not isinstance(replace, bool):
        problems.add(path, line_of(item, "replace"), f"{what}: 'replace' must be true or false")
        ok = False
    if not (ok and phrases and suggestion.strip() and why.strip()):
        return None
    return Rule(
        rule_id,
        category,
        tuple(phrases),
        suggestion.strip(),
        why.strip(),
        f"{path}:{here}",
        replace,
    )


def _glossary_entry(
    item: Any, path: str, line: int, problems: Problems, default_why: str
) -> Rule | None:
    what = "glossary entry"
    if isinstance(item, dict) and isinstance(item.get("term"), str):
        what = f"glossary entry '{item['term']}'"
    if not check_mapping(
        item,
        path=path,
        what=what,
        required={"term", "plain"},
        optional={"id", "also", "why"},
        problems=problems,
        line=line,
    ):
        return None
    here = line_of(item)
    term = expect_str(item, "term", path=path, what=what, problems=problems).strip()
    plain = expect_str(item, "plain", path=path, what=what, problems=problems).strip()
    why = expect_str(item, "why", path=path, what=what, problems=problems).strip()
    rule_id = expect_str(item, "id", path=path, what=what, problems=problems)
    if not rule_id:
        rule_id = "jargon." + (re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-") or "term")
    ok = _check_id(rule_id, item, path, what, problems)
    for key, value in (("term", term), ("plain", plain)):
        if key in item and not value:
            problems.add(path, line_of(item, key), f"{what}: '{key}' must not be empty")
            ok = False
    also = expect_list(item, "also", path=path, what=what, problems=problems)
    sources = [(term, line_of(item, "term"))] + [(x, line_of(also, i)) for i, x in enumerate(also)]
    phrases = [p for x, ln in sources for p in _phrases([x], path, ln, what, problems)]
    if not (ok and term and plain and phrases):
        return None
    why = why or (default_why or DEFAULT_JARGON_WHY).replace("{term}", term)
    return Rule(rule_id, "jargon", tuple(phrases), plain, why, f"{path}:{here}")


def _phrases(items: list, path: str, line: int, what: str, problems: Problems) -> list[str]:
    """Expanded, lower-cased phrases of the given patterns; bad ones reported."""
    result: list[str] = []
    for pattern in items:
        if not isinstance(pattern, str):
            problems.add(path, line, f"{what}: each phrase must be text")
            continue
        try:
            expanded = expand(pattern.lower())
        except PatternError as exc:
            problems.add(path, line, f"{what}: phrase '{pattern}': {exc}")
            continue
        for phrase in expanded:
            trouble = check_phrase(phrase)
            if trouble:
                problems.add(path, line, f"{what}: phrase {trouble}")
            else:
                result.append(phrase)
    return result


def _check_id(rule_id: str, item: Any, path: str, what: str, problems: Problems) -> bool:
    if rule_id and not _ID.fullmatch(rule_id):
        problems.add(
            path,
            line_of(item, "id"),
            f"{what}: id '{rule_id}' may use only a-z, 0-9, '.', '-' and '_'",
        )
        return False
    return bool(rule_id)


def _check_id_unique(item: Any, path: str, ids: dict[str, int], problems: Problems) -> None:
    """Duplicate ids are reported even when the rules are broken in other ways."""
    if isinstance(item, Rule):
        rule_id, line = item.id, int(item.source.rsplit(":", 1)[1])
    elif isinstance(item, dict) and isinstance(item.get("id"), str):
        rule_id, line = item["id"], line_of(item)
    else:
        return
    if rule_id in ids:
        problems.add(path, line, f"duplicate id '{rule_id}' (first at line {ids[rule_id]})")
    ids.setdefault(rule_id, line)


def _check_phrases_unique(
    rule: Rule, phrases: dict[str, str], path: str, problems: Problems
) -> None:
    line = int(rule.source.rsplit(":", 1)[1])
    for phrase in rule.phrases:
        other = phrases.setdefault(phrase, rule.id)
        if other != rule.id:
            problems.add(path, line, f"rule '{rule.id}': phrase '{phrase}' is also in '{other}'")


def _statement(data: Any, path: str, problems: Problems) -> str:
    template = expect_str(data, "statement", path=path, what="rule file", problems=problems)
    if not template:
        return ""
    line = line_of(data, "statement")
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        problems.add(path, line, f"statement: {exc}")
        return ""
    expected = sorted(STATEMENT_FIELDS)
    if sorted(names) != expected:
        wanted = ", ".join("{" + name + "}" for name in STATEMENT_FIELDS)
        problems.add(path, line, f"statement: must contain {wanted} once each")
        return ""
    return template


def _contractions(data: Any, result: RuleFile, problems: Problems) -> None:
    path = result.path
    node = data.get("contractions")
    if node is None:
        return
    if not check_mapping(
        node,
        path=path,
        what="contractions",
        required=set(),
        optional={"words", "endings"},
        problems=problems,
        line=line_of(data, "contractions"),
    ):
        return
    for key, shape, target in (
        ("words", _CONTRACTION_WORD, result.words),
        ("endings", _CONTRACTION_ENDING, result.endings),
    ):
        table = node.get(key)
        if table is None:
            continue
        if not isinstance(table, dict):
            problems.add(path, line_of(node, key), f"contractions: '{key}' must be a mapping")
            continue
        for short, full in table.items():
            line = line_of(table, short)
            full = full.strip().lower() if isinstance(full, str) else ""
            short = lower_keeping_length(short)
            if not shape.fullmatch(short):
                problems.add(path, line, f"contractions: '{short}' is not a {key[:-1]}")
            elif not _EXPANSION.fullmatch(full):
                problems.add(path, line, f"contractions: '{short}' needs words to expand to")
            else:
                target[short] = full
