"""Turn a flow file's YAML tree into a Flow, reporting every shape problem with its line."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from agentdesk.datafiles.schema import check_mapping, line_of
from agentdesk.flows.kinds import KINDS
from agentdesk.flows.parse_parts import (
    ID_PATTERN,
    Reporter,
    flag_at,
    ident_at,
    list_at,
    mapping_at,
    parse_check,
    parse_field,
    parse_transition,
    text_at,
)
from agentdesk.flows.schema import CHANNELS, Flow, Step

__all__ = ["Reporter", "parse_flow", "parse_step"]


def _options(node: dict, kind: str, rep: Reporter, step: str) -> MappingProxyType:
    spec = KINDS[kind].options
    raw = node.get("options") or {}
    if not isinstance(raw, dict):
        rep.add(line_of(node, "options"), "'options' must be a mapping", step)
        raw = {}
    values = {name: opt.default for name, opt in spec.items()}
    for key, value in raw.items():
        if key not in spec:
            allowed = ", ".join(sorted(spec)) or "none"
            rep.add(
                line_of(raw, key),
                f"unknown option '{key}' for kind '{kind}' (allowed: {allowed})",
                step,
            )
        elif type(value) is not spec[key].type:
            rep.add(line_of(raw, key), f"option '{key}' must be {spec[key].type.__name__}", step)
        else:
            values[key] = value
    return MappingProxyType(values)


def _items(node: dict, key: str, make: Callable, rep: Reporter, step: str) -> tuple:
    items = list_at(node, key, "", rep, step)
    made = (make(item, line_of(items, i), rep, step) for i, item in enumerate(items))
    return tuple(m for m in made if m is not None)


def parse_step(node: Any, index: int, rep: Reporter, line: int) -> Step | None:
    """One step; None when it is too broken to take part in the graph checks."""
    sid = node.get("id") if isinstance(node, dict) else None
    label = sid if isinstance(sid, str) and ID_PATTERN.match(sid) else f"#{index + 1}"
    if not mapping_at(
        node,
        line,
        f"step '{label}'",
        rep,
        {"id", "title"},
        {
            "kind",
            "script",
            "guidance",
            "checks",
            "fields",
            "transitions",
            "closing",
            "options",
        },
    ):
        return None
    sid = ident_at(node, "", rep, label)
    kind = node.get("kind", "script")
    if not isinstance(kind, str) or kind not in KINDS:
        rep.add(
            line_of(node, "kind"), f"unknown kind {kind!r} (expected {', '.join(KINDS)})", label
        )
        kind = "script"
    step = Step(
        id=sid,
        title=text_at(node, "title", "", rep, label),
        kind=kind,
        script=text_at(node, "script", "", rep, label),
        guidance=text_at(node, "guidance", "", rep, label),
        checks=_items(node, "checks", parse_check, rep, label),
        fields=_items(node, "fields", parse_field, rep, label),
        transitions=_items(node, "transitions", parse_transition, rep, label),
        closing=flag_at(node, "closing", "", rep, label),
        options=_options(node, kind, rep, label),
        line=line_of(node),
    )
    return step if sid else None


def parse_flow(data: Any, rep: Reporter, digest: str = "") -> tuple[Flow | None, dict]:
    """The Flow (None if unusable) and each step id's YAML node, for line look-ups."""
    if not check_mapping(
        data,
        path=rep.path,
        what="flow",
        required={"id", "title", "channel", "steps"},
        optional={"start", "description", "version"},
        problems=rep.problems,
    ):
        return None, {}
    fid = ident_at(data, "flow ", rep, None)
    if data.get("version", 1) != 1:
        rep.add(line_of(data, "version"), "flow: only version 1 is understood")
    channel = data.get("channel")
    if channel is not None and channel not in CHANNELS:
        rep.add(
            line_of(data, "channel"),
            f"flow: channel {channel!r} is not one of {', '.join(CHANNELS)}",
        )
    raw_steps = list_at(data, "steps", "flow: ", rep, None)
    steps: list[Step] = []
    nodes: dict[str, Any] = {}
    for i, node in enumerate(raw_steps):
        step = parse_step(node, i, rep, line_of(raw_steps, i))
        if step is None:
            continue
        if step.id in nodes:
            rep.add(step.line, "a step with this id already exists", step.id)
            continue
        steps.append(step)
        nodes[step.id] = node
    if not steps:
        rep.add(line_of(data, "steps"), "flow: has no usable steps")
        return None, nodes
    start = data.get("start", steps[0].id)
    if not isinstance(start, str):
        rep.add(line_of(data, "start"), "flow: 'start' must be a step id")
        start = steps[0].id
    flow = Flow(
        id=fid,
        title=text_at(data, "title", "flow: ", rep, None),
        channel=channel if channel in CHANNELS else "phone",
        start=start,
        steps=tuple(steps),
        description=text_at(data, "description", "flow: ", rep, None),
        source=rep.path,
        digest=digest,
    )
    return flow, nodes
