"""The active adherence rules: bundled files, then a team's custom files that add or replace."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from agentdesk.datafiles.loader import Problems, load_yaml
from agentdesk.errors import DataFileError
from agentdesk.review.rulefile import Rule, RuleFile, parse_rule_file


@dataclass(frozen=True)
class RuleSet:
    """Rules in file order; ``digest`` changes whenever any rule does (stored scores say which
    rules they were computed with); ``problems`` are custom files that were left out."""

    rules: tuple[Rule, ...]
    digest: str
    problems: tuple[str, ...] = ()

    def by_id(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)


def _read(folder: Path, problems: Problems) -> list[RuleFile]:
    files = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = load_yaml(path)
        except DataFileError as exc:
            problems.items.extend(exc.problems)
            continue
        files.append(parse_rule_file(data, path, problems))
    return files


def _add(rules: dict[str, Rule], file: RuleFile, problems: Problems, *, replace: bool) -> None:
    seen: set[str] = set()
    for rule in file.rules:
        if rule.id in seen or (rule.id in rules and not replace):
            line = rule.where.rsplit(":", 1)[-1]
            problems.add(file.path, int(line), f"rule '{rule.id}' is defined twice")
            continue
        seen.add(rule.id)
        rules[rule.id] = rule


def load_rules(bundled: Path, custom: Path | None = None) -> RuleSet:
    """Bundled rules must be valid (DataFileError otherwise). A custom file with a problem is
    left out whole and its problems reported; its valid neighbours still apply."""
    problems = Problems()
    if not bundled.is_dir():
        raise DataFileError([f"{bundled}:0: the adherence rules folder is missing"])
    rules: dict[str, Rule] = {}
    for file in _read(bundled, problems):
        _add(rules, file, problems, replace=False)
        if file.disable:
            problems.add(file.path, file.disable[0][1], "bundled rules cannot disable rules")
    problems.raise_if_any()
    custom_problems = Problems()
    if custom is not None and custom.is_dir():
        custom_rules = dict(rules)
        for file in _custom_files(custom, custom_problems):
            _add(custom_rules, file, custom_problems, replace=True)
            for rule_id, line in file.disable:
                if custom_rules.pop(rule_id, None) is None:
                    custom_problems.add(file.path, line, f"disable: no rule '{rule_id}'")
        rules = custom_rules
    active = tuple(rules.values())
    return RuleSet(active, rules_digest(active), tuple(custom_problems.items))


def _custom_files(folder: Path, problems: Problems) -> list[RuleFile]:
    """Each custom file on its own: one with any problem contributes nothing."""
    good = []
    for path in sorted(folder.glob("*.yaml")):
        own = Problems()
        try:
            file = parse_rule_file(load_yaml(path), path, own)
        except DataFileError as exc:
            own.items.extend(exc.problems)
            file = None
        problems.items.extend(own.items)
        if file is not None and not own:
            good.append(file)
    return good


def rules_digest(rules: tuple[Rule, ...]) -> str:
    h = hashlib.sha256()
    for rule in rules:
        h.update(f"{rule.id}={rule.digest};".encode())
    return h.hexdigest()[:16]
