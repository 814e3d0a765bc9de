"""The parsed shape of a call flow: steps, checks, fields, guarded transitions (frozen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

from agentdesk.limits import FIELD_TEXT

# A captured value: text, choice value, ISO date/date-time text, a yes/no, or tags.
Value = str | bool | tuple[str, ...]

FIELD_TYPES = ("text", "choice", "bool", "date", "datetime", "tags")
CHANNELS = ("phone", "chat", "email", "social")
MAX_CHOICES = 10  # short code lists: rushed representatives pick anything from long ones
CONDITION_OPS = ("equals", "not_equals", "one_of")


def interaction_channel(flow_channel: str) -> str:
    """The channel an interaction records for a flow's: flows say "phone", interactions and
    the call-pop protocol "voice"; the one place the two vocabularies meet."""
    return "chat" if flow_channel == "chat" else "voice"


def flow_channel(channel: str) -> str:
    """The flow channel that serves an interaction's (or a call pop's) channel."""
    return "chat" if channel == "chat" else "phone"


@dataclass(frozen=True)
class Choice:
    """One option of a choice or tags field: the stored value and what the screen shows."""

    value: str
    label: str


@dataclass(frozen=True)
class Condition:
    """``field`` compared with ``value`` by ``op`` (equals, not_equals, one_of)."""

    field: str
    op: str
    value: Value

    def holds(self, current: Value | None) -> bool:
        if self.op == "equals":
            return current == self.value
        if self.op == "not_equals":
            return current != self.value
        return current in self.value if isinstance(self.value, tuple) else False


@dataclass(frozen=True)
class Guard:
    """``requires``: fields that must hold a value (a yes/no must be yes) or checks ticked;
    ``when``: conditions on captured fields. All must hold."""

    requires: tuple[str, ...] = ()
    when: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class CheckSpec:
    """Something the representative ticks when done ("gave own name")."""

    id: str
    label: str
    required: bool = False
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class FieldSpec:
    """A value the step captures; ``required_when`` makes it required only if all hold."""

    id: str
    label: str
    type: str = "text"
    required: bool = False
    required_when: tuple[Condition, ...] = ()
    choices: tuple[Choice, ...] = ()
    help: str = ""
    max_length: int = FIELD_TEXT  # text fields; the widget stops typing there too
    line: int = field(default=0, compare=False)

    def label_of(self, value: str) -> str:
        return next((c.label for c in self.choices if c.value == value), value)


@dataclass(frozen=True)
class Transition:
    """A labelled button leading to step ``to``; ``sets`` pre-fills fields (e.g. outcome)."""

    label: str
    to: str
    shortcut: str = ""
    guard: Guard = field(default_factory=Guard)
    sets: tuple[tuple[str, Value], ...] = ()
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Step:
    """One screen of the guided call; ``kind`` picks the UI panel, ``options`` its settings."""

    id: str
    title: str
    kind: str = "script"
    script: str = ""
    guidance: str = ""
    checks: tuple[CheckSpec, ...] = ()
    fields: tuple[FieldSpec, ...] = ()
    transitions: tuple[Transition, ...] = ()
    closing: bool = False
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Flow:
    """A whole call flow as loaded from one file; ``digest`` identifies the exact text."""

    id: str
    title: str
    channel: str
    start: str
    steps: tuple[Step, ...]
    description: str = ""
    source: str = ""
    digest: str = ""

    @cached_property
    def step_map(self) -> Mapping[str, Step]:
        return MappingProxyType({s.id: s for s in self.steps})

    def step(self, step_id: str) -> Step:
        return self.step_map[step_id]

    @cached_property
    def field_map(self) -> Mapping[str, FieldSpec]:
        """Every field by id (first declaration; later ones must agree on type and choices)."""
        found: dict[str, FieldSpec] = {}
        for step in self.steps:
            for spec in step.fields:
                found.setdefault(spec.id, spec)
        return MappingProxyType(found)

    @cached_property
    def check_map(self) -> Mapping[str, CheckSpec]:
        return MappingProxyType({c.id: c for s in self.steps for c in s.checks})

    @cached_property
    def wrap_up(self) -> Step:
        return next(s for s in self.steps if s.kind == "wrap_up")


class FieldValueError(ValueError):
    """A value a field cannot hold: ``code`` (not_yes_no, not_tags, unknown_tags, not_text,
    too_long, unknown_choice, date, datetime) and ``params`` for the words; the message is
    the English of the same."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def coerce_value(spec: FieldSpec, raw: object) -> Value | None:
    """The value to store for ``raw``, None meaning "cleared"; FieldValueError says what is
    expected."""
    if raw is None or raw == "" or raw == () or raw == []:
        return None
    if spec.type == "bool":
        if isinstance(raw, bool):
            return raw
        raise FieldValueError("not_yes_no", "expected yes or no")
    if spec.type == "tags":
        if isinstance(raw, str) or not isinstance(raw, list | tuple | set | frozenset):
            raise FieldValueError("not_tags", "expected a list of tags")
        tags = tuple(dict.fromkeys(str(t).strip() for t in raw if str(t).strip()))
        allowed = {c.value for c in spec.choices}
        if allowed and not set(tags) <= allowed:
            choices = ", ".join(sorted(allowed))
            raise FieldValueError("unknown_tags", f"expected tags among {choices}", choices=choices)
        return tags or None
    if not isinstance(raw, str):
        raise FieldValueError("not_text", "expected text")
    text = raw.strip()
    if not text:
        return None
    if spec.type == "text" and len(text) > spec.max_length:
        limit = spec.max_length
        raise FieldValueError("too_long", f"at most {limit:,} characters", limit=limit)
    if spec.type == "choice":
        allowed_values = [c.value for c in spec.choices]
        if text not in allowed_values:
            choices = ", ".join(allowed_values)
            raise FieldValueError("unknown_choice", f"expected one of {choices}", choices=choices)
    elif spec.type == "date":
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise FieldValueError("date", "expected a date as YYYY-MM-DD") from None
        if len(text) != 10:
            raise FieldValueError("date", "expected a date as YYYY-MM-DD")
    elif spec.type == "datetime":
        try:
            dt.datetime.fromisoformat(text)
        except ValueError:
            raise FieldValueError(
                "datetime", "expected a date and time as YYYY-MM-DDTHH:MM"
            ) from None
    return text


def has_value(value: Value | None) -> bool:
    """True for what satisfies ``requires``: any text or tags, and yes (not no) for yes/no."""
    if isinstance(value, bool):
        return value
    return bool(value)
