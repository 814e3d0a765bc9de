"""A flow in another language: the words of a bundled flow, by step and id, over its structure.

A wording file (``resources/flows/<language>/<flow id>.yaml``) gives every text of the
English flow in the other language and nothing else: steps, checks, fields, choices and
transitions are the English file's, so adherence rules, reports and shortcuts are the same in
every language. Every text must be there (a missing one is a problem, not English
half-way through a call), the placeholders of each script must match, and a choice may be left
out (``null``) where the language has no such form of address. The name step may name the
spelling alphabet the language's callers know (``alphabet: it``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from agentdesk.datafiles.loader import Problems, load_yaml
from agentdesk.datafiles.schema import line_of
from agentdesk.flows.schema import Choice, FieldSpec, Flow, Step

_FIELD = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def skeleton(flow: Flow, language: str) -> dict[str, Any]:
    """The wording file for ``flow`` with its English texts (a translator's starting point)."""
    steps: dict[str, Any] = {}
    for step in flow.steps:
        entry: dict[str, Any] = {"title": step.title}
        if step.script:
            entry["script"] = step.script
        if step.guidance:
            entry["guidance"] = step.guidance
        if step.checks:
            entry["checks"] = {c.id: c.label for c in step.checks}
        if step.fields:
            fields: dict[str, Any] = {}
            for f in step.fields:
                words: dict[str, Any] = {"label": f.label}
                if f.help:
                    words["help"] = f.help
                if f.choices:
                    words["choices"] = {c.value: c.label for c in f.choices}
                fields[f.id] = words
            entry["fields"] = fields
        if step.transitions:
            entry["transitions"] = [t.label for t in step.transitions]
        steps[step.id] = entry
    head: dict[str, Any] = {"flow": flow.id, "language": language, "title": flow.title}
    if flow.description:
        head["description"] = flow.description
    return {**head, "steps": steps}


def _text(node: Any, key: str | int, path: str, problems: Problems, what: str) -> str:
    if isinstance(node, list):
        value = node[key] if isinstance(key, int) and key < len(node) else None
    else:
        value = node.get(key) if isinstance(node, dict) else None
    if not isinstance(value, str) or not value.strip():
        problems.add(path, line_of(node, key), f"wording: {what} needs a translation")
        return ""
    return value.strip()


def _mapping(node: Any, key: str, path: str, problems: Problems, what: str) -> dict:
    """``node[key]`` when it is a mapping (or absent: empty); a problem otherwise."""
    value = node.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.add(path, line_of(node, key), f"wording: {what} must map ids to words")
        return {}
    return value


def _unknown(node: Mapping, allowed: Collection[str], path: str, problems: Problems, what: str):
    for key in node:
        if key not in allowed:
            problems.add(path, line_of(node, key), f"wording: {what} has no '{key}'")


def _same_placeholders(english: str, text: str) -> bool:
    return sorted(_FIELD.findall(english)) == sorted(_FIELD.findall(text)) and (
        english.count("[") == text.count("[")
    )


def _field(spec: FieldSpec, node: Any, path: str, problems: Problems, where: str) -> FieldSpec:
    if not isinstance(node, dict):
        problems.add(path, line_of(node), f"wording: {where} must list label, help, choices")
        return spec
    _unknown(node, ("label", "help", "choices"), path, problems, where)
    label = _text(node, "label", path, problems, f"{where} label")
    help_text = _text(node, "help", path, problems, f"{where} help") if spec.help else ""
    choices = spec.choices
    if spec.choices:
        given = node.get("choices")
        if not isinstance(given, dict):
            problems.add(path, line_of(node, "choices"), f"wording: {where} needs its choices")
        else:
            _unknown(given, [c.value for c in spec.choices], path, problems, f"{where} choices")
            kept = []
            for c in spec.choices:
                if c.value not in given:
                    problems.add(
                        path, line_of(given), f"wording: {where} choice '{c.value}' is missing"
                    )
                elif given[c.value] is not None:  # null: not offered in this language
                    kept.append(Choice(c.value, _text(given, c.value, path, problems, where)))
            choices = tuple(kept)
    return replace(spec, label=label or spec.label, help=help_text or spec.help, choices=choices)


def _step(step: Step, node: Any, path: str, problems: Problems, alphabets) -> Step:
    where = f"step '{step.id}'"
    if not isinstance(node, dict):
        problems.add(path, line_of(node), f"wording: {where} must be a mapping")
        return step
    allowed = ["title", "script", "guidance", "checks", "fields", "transitions"]
    if step.kind == "name_capture":
        allowed.append("alphabet")
    _unknown(node, allowed, path, problems, where)
    changes: dict[str, Any] = {"title": _text(node, "title", path, problems, f"{where} title")}
    for key in ("script", "guidance"):
        english = getattr(step, key)
        if english:
            text = _text(node, key, path, problems, f"{where} {key}")
            if key == "script" and text and not _same_placeholders(english, text):
                problems.add(
                    path,
                    line_of(node, key),
                    f"wording: {where} script must keep the placeholders and [brackets] "
                    f"of the English ({', '.join(sorted(set(_FIELD.findall(english))))})",
                )
            changes[key] = text
    checks = _mapping(node, "checks", path, problems, f"{where} checks")
    if step.checks:
        _unknown(checks, [c.id for c in step.checks], path, problems, f"{where} checks")
        changes["checks"] = tuple(
            replace(c, label=_text(checks, c.id, path, problems, f"{where} check '{c.id}'"))
            for c in step.checks
        )
    fields = _mapping(node, "fields", path, problems, f"{where} fields")
    if step.fields:
        _unknown(fields, [f.id for f in step.fields], path, problems, f"{where} fields")
        changes["fields"] = tuple(
            _field(f, fields.get(f.id), path, problems, f"{where} field '{f.id}'")
            for f in step.fields
        )
    labels = node.get("transitions") or []
    if step.transitions:
        if not isinstance(labels, list) or len(labels) != len(step.transitions):
            problems.add(
                path,
                line_of(node, "transitions"),
                f"wording: {where} needs {len(step.transitions)} transition labels, in the "
                "English order",
            )
        else:
            changes["transitions"] = tuple(
                replace(t, label=_text(labels, i, path, problems, f"{where} transition {i + 1}"))
                for i, t in enumerate(step.transitions)
            )
    if "alphabet" in node:
        if not isinstance(node["alphabet"], str) or node["alphabet"] not in alphabets:
            problems.add(
                path, line_of(node, "alphabet"), f"wording: no alphabet '{node['alphabet']}'"
            )
        else:
            chosen = {**step.options, "alphabet": node["alphabet"]}
            changes["options"] = MappingProxyType(chosen)
    return replace(step, **{k: v for k, v in changes.items() if v != ""})


def apply_wording(
    flow: Flow, data: Any, path: str, language: str, alphabets: Collection[str] = ()
) -> Flow:
    """``flow`` in the words of ``data`` (a parsed wording file); DataFileError lists every
    problem as path:line: message."""
    problems = Problems()
    if not isinstance(data, dict):
        problems.add(path, 1, "wording: the file must be a mapping")
        problems.raise_if_any()
    _unknown(data, ("flow", "language", "title", "description", "steps"), path, problems, "file")
    if data.get("flow") != flow.id:
        problems.add(path, line_of(data, "flow"), f"wording: 'flow' must be '{flow.id}'")
    if data.get("language") != language:
        problems.add(path, line_of(data, "language"), f"wording: 'language' must be '{language}'")
    title = _text(data, "title", path, problems, "the flow's title")
    description = (
        _text(data, "description", path, problems, "the description") if flow.description else ""
    )
    steps_node = data.get("steps")
    if not isinstance(steps_node, dict):
        problems.add(path, line_of(data, "steps"), "wording: 'steps' must map step ids to words")
        problems.raise_if_any()
    _unknown(steps_node, [s.id for s in flow.steps], path, problems, "the flow's steps")
    steps = []
    for step in flow.steps:
        if step.id not in steps_node:
            problems.add(path, line_of(steps_node), f"wording: step '{step.id}' is missing")
            steps.append(step)
        else:
            steps.append(_step(step, steps_node[step.id], path, problems, alphabets))
    dropped = {c.value for s in flow.steps for f in s.fields for c in f.choices} - {
        c.value for s in steps for f in s.fields for c in f.choices
    }
    used = _values_in_rules(flow) & dropped
    if used:
        problems.add(
            path,
            line_of(data, "steps"),
            f"wording: choices the flow's transitions or conditions use cannot be left out: "
            f"{', '.join(sorted(used))}",
        )
    problems.raise_if_any()
    return replace(
        flow,
        title=title,
        description=description or flow.description,
        steps=tuple(steps),
        source=f"{flow.source} ({language}: {path})" if flow.source else path,
    )


def _values_in_rules(flow: Flow) -> set[str]:
    """Every value a transition sets or a condition compares with."""
    found: set[str] = set()

    def add(value: Any) -> None:
        if isinstance(value, tuple):
            found.update(str(v) for v in value)
        elif isinstance(value, str):
            found.add(value)

    for step in flow.steps:
        for t in step.transitions:
            for _field_id, value in t.sets:
                add(value)
            for condition in t.guard.when:
                add(condition.value)
        for f in step.fields:
            for condition in f.required_when:
                add(condition.value)
    return found


def load_wording(flow: Flow, path: Path, language: str, alphabets: Collection[str] = ()) -> Flow:
    return apply_wording(flow, load_yaml(path), str(path), language, alphabets)
