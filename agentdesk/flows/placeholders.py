"""Script placeholders: `{name}` slots, `[optional, {slot}]` segments, forgiving rendering."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from agentdesk.flows.schema import Flow, Value

BUILTIN_PLACEHOLDERS = (
    "organisation",
    "department",
    "representative",
    "title",
    "surname",
    "first_name",
    "caller_name",
)
# Value of the ``title`` field meaning "the caller prefers their first name".
FIRST_NAME_ONLY = "first_name"

_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_EMPTY = "\x00"  # marks a slot that rendered empty, until the text is tidied


@dataclass(frozen=True)
class ScriptContext:
    """Values from settings and the logged-in account, never hard-coded in a flow."""

    organisation: str = ""
    department: str = ""
    representative: str = ""


def _scan(text: str) -> tuple[list[tuple[bool, str]], list[str]]:
    """Split into (is_slot, text) parts; bad slots stay literal and are reported."""
    parts: list[tuple[bool, str]] = []
    errors: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "{}" and text.startswith(ch * 2, i):
            buf.append(ch)
            i += 2
            continue
        if ch == "}":
            errors.append("'}' without '{' (write '}}' for a brace)")
            buf.append(ch)
            i += 1
            continue
        if ch == "{":
            end = text.find("}", i + 1)
            if end < 0:
                errors.append("'{' is not closed (write '{{' for a brace)")
                buf.append(text[i:])
                break
            name = text[i + 1 : end].strip()
            if _NAME.match(name):
                if buf:
                    parts.append((False, "".join(buf)))
                    buf = []
                parts.append((True, name))
            else:
                errors.append(f"'{{{name}}}' is not a placeholder name (use lower_case letters)")
                buf.append(text[i : end + 1])
            i = end + 1
            continue
        buf.append(ch)
        i += 1
    if buf:
        parts.append((False, "".join(buf)))
    return parts, errors


def _segments(text: str) -> list[tuple[bool, str]]:
    """(optional, text) pieces: bracketed pieces holding a slot are optional."""
    pieces: list[tuple[bool, str]] = []
    pos = 0
    for match in _SEGMENT.finditer(text):
        inner = match.group(1)
        if any(is_slot for is_slot, _ in _scan(inner)[0]):
            pieces.append((False, text[pos : match.start()]))
            pieces.append((True, inner))
            pos = match.end()
    pieces.append((False, text[pos:]))
    return [p for p in pieces if p[1]]


def placeholders_in(text: str) -> tuple[list[str], list[str]]:
    """(slot names in order, syntax problems) for validation."""
    names: list[str] = []
    errors: list[str] = []
    for _optional, piece in _segments(text):
        parts, piece_errors = _scan(piece)
        names.extend(value for is_slot, value in parts if is_slot)
        errors.extend(piece_errors)
    return names, errors


def _clean(value: object) -> str:
    return str(value).replace(_EMPTY, "").strip() if value is not None else ""


def _tidy(text: str) -> str:
    text = re.sub(_EMPTY + r"(?:[ \t]*" + _EMPTY + ")+", _EMPTY, text)
    # At the start of a sentence: drop the slot and its comma, capitalise what follows.
    text = re.sub(
        r"(^|[.!?:][ \t]+)" + _EMPTY + r"[ \t]*,?[ \t]*([a-z]?)",
        lambda m: m.group(1) + m.group(2).upper(),
        text,
        flags=re.M,
    )
    # Before punctuation or the end of a line: drop the slot and the comma that led to it.
    text = re.sub(r"[ \t]*,?[ \t]*" + _EMPTY + r"(?=[ \t]*(?:[.,!?;:)]|$))", "", text, flags=re.M)
    return re.sub(r"[ \t]*" + _EMPTY, "", text)


def render(template: str, values: Mapping[str, object]) -> str:
    """The template with values filled in; never raises, missing values read naturally.

    A slot with no value disappears together with the words that only made sense around it:
    "Thank you, {caller_name}." reads "Thank you." when the name is unknown, and a segment in
    square brackets that holds a slot is dropped whole when any of its slots is empty.
    ``{{`` and ``}}`` write literal braces.
    """
    out: list[str] = []
    for optional, piece in _segments(str(template).replace(_EMPTY, "")):
        parts, _errors = _scan(piece)
        rendered = [(_clean(values.get(v)) or _EMPTY) if is_slot else v for is_slot, v in parts]
        if optional:
            out.append("" if _EMPTY in rendered else "".join(rendered))
        else:
            out.extend(rendered)
    return _tidy("".join(out))


def _display(flow: Flow | None, field_id: str, value: Value) -> str:
    spec = flow.field_map.get(field_id) if flow is not None else None
    if isinstance(value, bool):
        return ""
    if isinstance(value, tuple):
        return ", ".join(spec.label_of(v) if spec else v for v in value)
    if spec is not None and spec.type == "choice":
        return spec.label_of(value)
    if spec is not None and spec.type == "datetime":
        return value.replace("T", " ")
    return value


def script_values(
    context: ScriptContext, fields: Mapping[str, Value], flow: Flow | None = None
) -> dict[str, str]:
    """Every placeholder's text: settings, the caller's name as they like it, captured fields."""
    values = {fid: _display(flow, fid, v) for fid, v in fields.items()}
    title_value = fields.get("title")
    first = _clean(fields.get("first_name"))
    surname = _clean(fields.get("surname"))
    if title_value == FIRST_NAME_ONLY:
        title, caller = "", first
    else:
        title = _display(flow, "title", title_value) if isinstance(title_value, str) else ""
        caller = f"{title} {surname}" if title and surname else ""
    values.update(
        organisation=context.organisation,
        department=context.department,
        representative=context.representative,
        title=title,
        first_name=first,
        surname=surname,
        caller_name=caller,
    )
    return values
