"""What the call on screen tells the knowledge dock: values for canned-response blanks and
the texts that context suggestions are found from."""

from __future__ import annotations

from collections.abc import Mapping

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.placeholders import ScriptContext, script_values
from agentdesk.flows.schema import FieldSpec

NAME_FIELDS = frozenset({"title", "first_name", "surname"})
"""The caller's name says nothing about what they need (and must not steer suggestions)."""
WORDLESS_TYPES = frozenset({"bool", "date", "datetime"})


class FoldedValues(dict[str, str]):
    """Values looked up without regard to case: a ``{{field:Order number}}`` blank is filled
    by a captured field labelled "Order number" or "order number"."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__({k.casefold(): v for k, v in values.items() if v})

    def get(self, key: str, default: str = "") -> str:  # type: ignore[override]
        return super().get(key.casefold(), default)

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key.casefold())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.casefold())


def snippet_values(
    engine: CallEngine | None, context: ScriptContext, customer_name: str = ""
) -> FoldedValues:
    """caller_name, representative, organisation, department and every captured field (by
    id and as ``field:<label>``); without a call, the customer open in the notes panel."""
    if engine is None:
        values = script_values(context, {})
    else:
        values = script_values(engine.context, engine.fields, engine.flow)
        for fid, spec in engine.flow.field_map.items():
            if values.get(fid):
                values[f"field:{spec.label}"] = values[fid]
    if not values.get("caller_name") and customer_name:
        values["caller_name"] = customer_name
    if not values.get("representative"):
        values["representative"] = context.representative
    return FoldedValues(values)


def call_texts(engine: CallEngine | None) -> list[str]:
    """Reason, resolution, notes and chosen tags of the call so far, in flow order."""
    if engine is None:
        return []
    texts: list[str] = []
    fields = engine.fields
    for fid, spec in engine.flow.field_map.items():
        value = fields.get(fid)
        if fid in NAME_FIELDS or spec.type in WORDLESS_TYPES or value in (None, ""):
            continue
        texts.append(_words(spec, value))
    return [t for t in texts if t]


def _words(spec: FieldSpec, value: object) -> str:
    labels = {c.value: c.label for c in spec.choices}
    if isinstance(value, list | tuple):
        return " ".join(labels.get(str(v), str(v)) for v in value)
    return labels.get(str(value), str(value))
