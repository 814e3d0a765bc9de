"""Cross-checks of a parsed flow: targets, reachability, closings, placeholders, shortcuts."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from agentdesk.datafiles.schema import line_of
from agentdesk.flows.kinds import KINDS
from agentdesk.flows.parse import Reporter
from agentdesk.flows.placeholders import BUILTIN_PLACEHOLDERS, placeholders_in
from agentdesk.flows.schema import MAX_CHOICES, Condition, FieldSpec, Flow, Step, coerce_value
from agentdesk.flows.shortcuts import shortcut_problem


def _value_problem(spec: FieldSpec, value: object) -> str:
    items = value if isinstance(value, tuple) and spec.type != "tags" else (value,)
    for item in items:
        try:
            if coerce_value(spec, item) is None:
                return "an empty value"
        except ValueError as exc:
            return str(exc)
    return ""


def _conditions(
    flow: Flow, conds: Iterable[Condition], where: str, rep: Reporter, step: Step, line: int
) -> None:
    for cond in conds:
        spec = flow.field_map.get(cond.field)
        if spec is None:
            rep.add(line, f"{where} refers to unknown field '{cond.field}'", step.id)
        elif spec.type == "tags":
            rep.add(line, f"{where}: conditions cannot test the tags field '{cond.field}'", step.id)
        elif problem := _value_problem(spec, cond.value):
            rep.add(line, f"{where}: '{cond.field}' {cond.op}: {problem}", step.id)


def _check_fields(flow: Flow, rep: Reporter) -> None:
    first: dict[str, FieldSpec] = {}
    for step in flow.steps:
        for spec in step.fields:
            where = f"field '{spec.id}'"
            values = [c.value for c in spec.choices]
            if spec.type == "choice" and not values:
                rep.add(spec.line, f"{where}: a choice field needs 'choices'", step.id)
            if spec.type not in ("choice", "tags") and values:
                rep.add(spec.line, f"{where}: only choice and tags fields have choices", step.id)
            if len(values) > MAX_CHOICES:
                rep.add(
                    spec.line,
                    f"{where}: {len(values)} choices; keep it to {MAX_CHOICES} or fewer",
                    step.id,
                )
            if len(set(values)) != len(values):
                rep.add(spec.line, f"{where}: a choice value is listed twice", step.id)
            if spec.id in flow.check_map:
                rep.add(spec.line, f"{where}: a check has the same id", step.id)
            _conditions(flow, spec.required_when, f"{where} required_when", rep, step, spec.line)
            earlier = first.setdefault(spec.id, spec)
            if earlier is not spec and (earlier.type, earlier.choices) != (spec.type, spec.choices):
                rep.add(
                    spec.line,
                    f"{where}: declared before with another type or choices (line {earlier.line})",
                    step.id,
                )
    seen: dict[str, str] = {}
    for step in flow.steps:
        for check in step.checks:
            if check.id in seen:
                rep.add(
                    check.line,
                    f"check '{check.id}' is already used in step '{seen[check.id]}'",
                    step.id,
                )
            seen.setdefault(check.id, step.id)


def _check_kind(step: Step, rep: Reporter, known_alphabets: Collection[str] | None) -> None:
    spec = KINDS[step.kind]
    own = {f.id: f for f in step.fields}
    for fid in spec.required_fields:
        if fid not in own:
            rep.add(step.line, f"a {step.kind} step must capture the field '{fid}'", step.id)
    for fid in ("outcome", "title"):
        if fid in spec.required_fields and fid in own and own[fid].type != "choice":
            rep.add(own[fid].line, f"field '{fid}' must be a choice field", step.id)
    if spec.terminal and step.transitions:
        rep.add(step.line, f"a {step.kind} step ends the flow; it cannot have transitions", step.id)
    if not spec.terminal and not step.transitions:
        rep.add(step.line, "no transitions: the call would be stuck here", step.id)
    alphabet = step.options.get("alphabet")
    if known_alphabets is not None and alphabet is not None and alphabet not in known_alphabets:
        rep.add(step.line, f"unknown phonetic alphabet '{alphabet}'", step.id)


def _check_texts(flow: Flow, rep: Reporter, nodes: dict[str, Any]) -> None:
    spoken = {fid for fid, f in flow.field_map.items() if f.type != "bool"}
    allowed = set(BUILTIN_PLACEHOLDERS) | spoken
    yes_no = set(flow.field_map) - spoken
    for step in flow.steps:
        for key, text in (
            ("title", step.title),
            ("script", step.script),
            ("guidance", step.guidance),
        ):
            line = line_of(nodes.get(step.id), key)
            names, errors = placeholders_in(text)
            for error in errors:
                rep.add(line, f"{key}: {error}", step.id)
            for name in dict.fromkeys(names):
                if name in yes_no:
                    rep.add(
                        line, f"{key}: '{{{name}}}' is a yes/no field, not words to say", step.id
                    )
                elif name not in allowed:
                    rep.add(line, f"{key}: unknown placeholder '{{{name}}}'", step.id)


def _check_transitions(flow: Flow, rep: Reporter) -> None:
    known = set(flow.field_map) | set(flow.check_map)
    for step in flow.steps:
        shortcuts: dict[str, str] = {}
        for tr in step.transitions:
            where = f"transition '{tr.label}'"
            if tr.to not in flow.step_map:
                rep.add(tr.line, f"{where} goes to unknown step '{tr.to}'", step.id)
            for name in tr.guard.requires:
                if name not in known:
                    rep.add(tr.line, f"{where} requires unknown field or check '{name}'", step.id)
            _conditions(flow, tr.guard.when, where, rep, step, tr.line)
            for fid, value in tr.sets:
                spec = flow.field_map.get(fid)
                if spec is None:
                    rep.add(tr.line, f"{where} sets unknown field '{fid}'", step.id)
                elif problem := _value_problem(spec, value):
                    rep.add(tr.line, f"{where} sets '{fid}' to {problem}", step.id)
            if not tr.shortcut:
                continue
            canon, problem = shortcut_problem(tr.shortcut)
            if problem:
                rep.add(tr.line, f"{where}: {problem}", step.id)
            elif canon in shortcuts:
                rep.add(
                    tr.line,
                    f"{where}: shortcut '{canon}' is already used by "
                    f"'{shortcuts[canon]}' in this step",
                    step.id,
                )
            shortcuts.setdefault(canon, tr.label)


def _reaching(flow: Flow, goals: set[str]) -> set[str]:
    """Steps from which some goal step can be reached (goals included)."""
    found = set(goals)
    changed = True
    while changed:
        changed = False
        for step in flow.steps:
            if step.id not in found and any(t.to in found for t in step.transitions):
                found.add(step.id)
                changed = True
    return found


def _check_graph(flow: Flow, rep: Reporter, nodes: dict[str, Any]) -> None:
    if flow.start not in flow.step_map:
        rep.add(
            line_of(nodes.get(flow.steps[0].id)), f"the start step '{flow.start}' does not exist"
        )
        return
    wrap_ups = [s for s in flow.steps if s.kind == "wrap_up"]
    if len(wrap_ups) != 1:
        rep.add(flow.steps[0].line, f"flow: needs exactly one wrap_up step, found {len(wrap_ups)}")
    closings = {s.id for s in flow.steps if s.closing}
    if not closings:
        rep.add(flow.steps[0].line, "flow: no closing step (mark one with 'closing: true')")
    seen, todo = {flow.start}, [flow.start]
    while todo:
        for tr in flow.step(todo.pop()).transitions:
            if tr.to in flow.step_map and tr.to not in seen:
                seen.add(tr.to)
                todo.append(tr.to)
    to_closing = _reaching(flow, closings)
    to_wrap_up = _reaching(flow, {s.id for s in wrap_ups})
    for step in flow.steps:
        if step.id not in seen:
            rep.add(step.line, f"unreachable from the start step '{flow.start}'", step.id)
        elif KINDS[step.kind].terminal:
            continue
        elif closings and step.id not in to_closing:
            rep.add(step.line, "no path from this step to a closing step", step.id)
        elif len(wrap_ups) == 1 and step.id not in to_wrap_up:
            rep.add(step.line, "no path from this step to the wrap-up step", step.id)


def check_flow(
    flow: Flow, rep: Reporter, nodes: dict[str, Any], known_alphabets: Collection[str] | None
) -> None:
    """Report every cross-reference problem of ``flow``; ``nodes`` give key lines per step."""
    _check_fields(flow, rep)
    for step in flow.steps:
        _check_kind(step, rep, known_alphabets)
    _check_texts(flow, rep, nodes)
    _check_transitions(flow, rep)
    _check_graph(flow, rep, nodes)
