"""The engine's codes in words: why a transition is blocked, what a field expects, times."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from agentdesk.flows.guards import CHECK_UNTICKED, FIELD_MISMATCH, FIELD_MISSING, Blocker
from agentdesk.flows.schema import FieldSpec, Flow, Value


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallWords", text)


def value_text(spec: FieldSpec | None, value: Value | None) -> str:
    """A captured or expected value as the screen shows it."""
    if value is None:
        return _tr("nothing")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, tuple):
        return ", ".join(spec.label_of(v) if spec else v for v in value)
    return spec.label_of(value) if spec else value


def expectation(spec: FieldSpec) -> str:
    """What an empty required field wants, said next to it."""
    return {
        "choice": _tr("Choose one."),
        "bool": _tr("Answer yes or no."),
        "date": _tr("Pick a date."),
        "datetime": _tr("Pick a date and time."),
        "tags": _tr("Tick at least one."),
    }.get(spec.type, _tr("Fill this in."))


def describe(blocker: Blocker, flow: Flow, fields: Mapping[str, Value]) -> str:
    """One blocker as a short instruction: "tick “Gave my own name”"."""
    spec = flow.field_map.get(blocker.target)
    label = blocker.label
    if blocker.code == CHECK_UNTICKED:
        return _tr("tick “%1”").replace("%1", label)
    if blocker.code == FIELD_MISSING:
        kind = spec.type if spec is not None else "text"
        if kind == "bool":
            if fields.get(blocker.target) is False:
                return _tr("“%1” needs a yes").replace("%1", label)
            return _tr("answer “%1”").replace("%1", label)
        template = {
            "choice": _tr("choose “%1”"),
            "date": _tr("pick a date for “%1”"),
            "datetime": _tr("pick a date and time for “%1”"),
            "tags": _tr("tick at least one “%1”"),
        }.get(kind, _tr("fill in “%1”"))
        return template.replace("%1", label)
    if blocker.code == FIELD_MISMATCH:
        expected = blocker.expected
        if blocker.op == "one_of" and isinstance(expected, tuple):
            said = " / ".join(value_text(spec, (v,)) for v in expected)
            return _tr("“%1” must be %2").replace("%1", label).replace("%2", said)
        said = value_text(spec, expected)
        if blocker.op == "not_equals":
            return _tr("“%1” must not be %2").replace("%1", label).replace("%2", said)
        return _tr("“%1” must be %2").replace("%1", label).replace("%2", said)
    return label


def sentence(blockers: Iterable[Blocker], flow: Flow, fields: Mapping[str, Value]) -> str:
    """All blockers as one line: "Not yet: tick “…”; fill in “…”."."""
    parts = [describe(b, flow, fields) for b in blockers]
    return _tr("Not yet: %1.").replace("%1", "; ".join(parts)) if parts else ""


def clock_text(seconds: float) -> str:
    """01:30, or 1:02:03 past an hour."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
