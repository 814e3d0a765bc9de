"""Customers who need extra support: what they need, the adjustments agreed with them, and the
playbook guidance a call with them brings up. Codes only here; the words live in the UI and in
resources/playbook/extra-support.yaml."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from agentdesk.errors import ValidationError

NEEDS = (
    "older-caller",
    "hearing",
    "sight",
    "speech",
    "understanding",
    "mental-health",
    "language",
)
ADJUSTMENTS = (
    "slower-pace",
    "more-time",
    "check-understanding",
    "written-confirmation",
    "large-print",
    "easy-read",
    "text-relay",
    "interpreter",
    "trusted-person",
    "call-back",
)
CONFIRM_CHANNELS = ("email", "letter", "text-message")
NOTE_LIMIT = 500

# The customer types the card already had bring up guidance too, before anything is agreed.
TYPE_NEEDS: Mapping[str, str] = {"older-caller": "older-caller", "international": "language"}
GENERAL = "support-general"  # every call with a customer who needs extra support


@dataclass(frozen=True)
class SupportProfile:
    """What a customer needs and what was agreed with them (special-category data: stored
    encrypted with the customer's key, exported and erased with the card)."""

    needs: tuple[str, ...] = ()
    adjustments: tuple[str, ...] = ()
    confirm_by: str | None = None  # the second channel the customer wants things confirmed by
    note: str = ""  # anything else agreed, in the customer's words

    @property
    def empty(self) -> bool:
        return not (self.needs or self.adjustments or self.confirm_by or self.note.strip())

    def to_json(self) -> dict[str, Any]:
        return {
            "needs": list(self.needs),
            "adjustments": list(self.adjustments),
            "confirm_by": self.confirm_by,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SupportProfile:
        return cls(
            needs=tuple(str(n) for n in data.get("needs") or ()),
            adjustments=tuple(str(a) for a in data.get("adjustments") or ()),
            confirm_by=data.get("confirm_by") or None,
            note=str(data.get("note") or ""),
        )


def validate_support(profile: SupportProfile) -> SupportProfile:
    """The profile with codes in their canonical order and the note trimmed; ValidationError
    (with a code) for an unknown need, adjustment or channel, or a note that is too long."""
    for field, values, known, code in (
        ("needs", profile.needs, NEEDS, "support.unknown_needs"),
        ("adjustments", profile.adjustments, ADJUSTMENTS, "support.unknown_adjustments"),
    ):
        unknown = ", ".join(sorted(set(values) - set(known)))
        if unknown:
            raise ValidationError(
                f"Unknown {field}: {unknown}.", field, code=code, params={"values": unknown}
            )
    if profile.confirm_by not in (None, *CONFIRM_CHANNELS):
        choices = ", ".join(CONFIRM_CHANNELS)
        raise ValidationError(
            f"Confirm by: one of {choices}.",
            "confirm_by",
            code="support.unknown_channel",
            params={"choices": choices},
        )
    note = profile.note.strip()
    if len(note) > NOTE_LIMIT:
        raise ValidationError(
            f"Agreed adjustments: at most {NOTE_LIMIT} characters.",
            "note",
            code="too_long",
            params={"limit": NOTE_LIMIT},
        )
    if "\x00" in note:
        raise ValidationError("Agreed adjustments: no control characters.", "note", code="control")
    return SupportProfile(
        needs=tuple(n for n in NEEDS if n in profile.needs),
        adjustments=tuple(a for a in ADJUSTMENTS if a in profile.adjustments),
        confirm_by=profile.confirm_by,
        note=note,
    )


def needs_of(profile: SupportProfile | None, type_tags: Iterable[str] = ()) -> tuple[str, ...]:
    """The needs to guide by: the profile's, and those the customer's types imply."""
    wanted = set(profile.needs if profile else ())
    wanted |= {TYPE_NEEDS[t] for t in type_tags if t in TYPE_NEEDS}
    return tuple(n for n in NEEDS if n in wanted)


def needs_support(profile: SupportProfile | None, type_tags: Iterable[str] = ()) -> bool:
    tags = set(type_tags)
    return bool(
        (profile is not None and not profile.empty) or tags & {*TYPE_NEEDS, "accessibility"}
    )


def guidance_ids(profile: SupportProfile | None, type_tags: Iterable[str] = ()) -> tuple[str, ...]:
    """Playbook entries to show during the call, general guidance first; () when none apply."""
    tags = tuple(type_tags)
    if not needs_support(profile, tags):
        return ()
    return (GENERAL, *(f"support-{need}" for need in needs_of(profile, tags)))
