"""Adherence rule titles in another language: ``resources/adherence/<language>/*.yaml``.

Rules are defined once (their conditions decide scores, and stored scores name the rules they
were computed with), so a language only gives each rule's title and description, by id. Every
bundled rule must have its words and no unknown id may appear; a problem is a DataFileError
naming file and line. Scores stay computed with the English rules; only what the review screen
shows changes.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import NamedTuple

from agentdesk.datafiles.loader import Problems, load_yaml
from agentdesk.datafiles.schema import line_of


class RuleWords(NamedTuple):
    title: str
    description: str = ""


def load_rule_words(
    folder: Path, language: str, rule_ids: Collection[str], described: Collection[str] = ()
) -> dict[str, RuleWords]:
    """The words of every rule in ``rule_ids`` from ``folder/<language>/*.yaml``; rules in
    ``described`` need a description too."""
    problems = Problems()
    words: dict[str, RuleWords] = {}
    files = sorted((folder / language).glob("*.yaml"))
    for path in files:
        data = load_yaml(path)
        if not isinstance(data, dict) or set(data) - {"language", "rules"}:
            problems.add(path, line_of(data), "rule words: only 'language' and 'rules'")
            continue
        if data.get("language") != language:
            problems.add(
                path, line_of(data, "language"), f"rule words: language must be '{language}'"
            )
        rules = data.get("rules")
        if not isinstance(rules, dict):
            problems.add(path, line_of(data, "rules"), "rule words: 'rules' maps rule ids to words")
            continue
        for rule_id, node in rules.items():
            line = line_of(rules, rule_id)
            if rule_id not in rule_ids:
                problems.add(path, line, f"rule words: no adherence rule '{rule_id}'")
                continue
            if rule_id in words:
                problems.add(path, line, f"rule words: '{rule_id}' is given twice")
                continue
            if isinstance(node, str):
                node = {"title": node}
            if not isinstance(node, dict) or set(node) - {"title", "description"}:
                problems.add(path, line, f"rule words: '{rule_id}' has title and description only")
                continue
            title, description = node.get("title"), node.get("description", "")
            if not isinstance(title, str) or not title.strip():
                problems.add(path, line, f"rule words: '{rule_id}' needs a title")
                continue
            if not isinstance(description, str) or (rule_id in described and not description):
                problems.add(path, line, f"rule words: '{rule_id}' needs its description")
                continue
            words[rule_id] = RuleWords(" ".join(title.split()), " ".join(description.split()))
    if files:
        for rule_id in rule_ids:
            if rule_id not in words and not any(f"'{rule_id}'" in i for i in problems.items):
                problems.add(files[0], 1, f"rule words: '{rule_id}' has no {language} title")
    problems.raise_if_any()
    return words
