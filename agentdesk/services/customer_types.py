"""What the customer and notes services hand out: plain frozen dataclasses, decrypted."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from agentdesk.addressing import FORMS
from agentdesk.support import SupportProfile

FORMS_OF_ADDRESS = FORMS  # stored values; any spelling parse_form knows is accepted
CUSTOMER_TYPES = (
    "new",
    "returning",
    "high-value",
    "older-caller",
    "accessibility",
    "international",
    "business",
)
LAWFUL_BASES = ("consent", "contract", "legitimate-interest", "legal-obligation")


@dataclass(frozen=True)
class CustomerDraft:
    """Fields a representative types; everything but the codes is encrypted at rest."""

    first_name: str = ""
    surname: str = ""
    phone: str = ""
    email: str = ""
    form_of_address: str | None = None
    type_tags: tuple[str, ...] = ()
    free_tags: tuple[str, ...] = ()
    lawful_basis: str | None = None


@dataclass(frozen=True)
class CustomerMatch:
    """A lookup hit: enough to confirm "am I speaking with …?" and nothing more."""

    id: str
    display_name: str
    form_of_address: str | None
    matched_on: str  # "phone", "email" or "surname"


@dataclass(frozen=True)
class NoteView:
    id: str
    at: datetime
    author: str
    text: str
    permission_given: bool
    cards_masked: int
    edited: bool
    interaction_id: str | None


@dataclass(frozen=True)
class HistoryItem:
    at: datetime
    kind: str  # "note", "interaction", "message"
    summary: str
    ref_id: str


@dataclass(frozen=True)
class CustomerCard:
    id: str
    first_name: str
    surname: str
    phone: str
    email: str
    form_of_address: str | None
    type_tags: tuple[str, ...]
    free_tags: tuple[str, ...]
    lawful_basis: str | None
    created_at: datetime
    notes: tuple[NoteView, ...] = ()
    history: tuple[HistoryItem, ...] = field(default=())
    support: SupportProfile | None = None  # extra support needs and what was agreed

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.surname)


@dataclass(frozen=True)
class NoteSaved:
    note_id: str
    cards_masked: int
    cvv_removed: int

    @property
    def redacted(self) -> bool:
        return bool(self.cards_masked or self.cvv_removed)


def display_name(first: str, surname: str) -> str:
    return " ".join(part for part in (first.strip(), surname.strip()) if part) or "(no name)"


def note_column(version: int) -> str:
    """The column named in a note body's associated data: bound to the row's version, so an
    older ciphertext of the same note written back over the current one fails to decrypt
    instead of passing as current (#15 item 13)."""
    return f"body@v{version}"
