"""Customers and their notes; personal fields are ciphertext, lookups go through blind indexes."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin


class Customer(SyncedMixin, Base):
    __tablename__ = "customer"

    name_ct: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    phone_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    email_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    tags_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Extra support (needs, agreed adjustments): health data, so encrypted like the name.
    support_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_bidx: Mapped[str | None] = mapped_column(String(64), index=True)
    email_bidx: Mapped[str | None] = mapped_column(String(64), index=True)
    surname_bidx: Mapped[str | None] = mapped_column(String(64), index=True)
    # Blind index of a source system's row, so importing the same file twice adds nothing.
    import_bidx: Mapped[str | None] = mapped_column(String(64), unique=True)
    form_of_address: Mapped[str | None] = mapped_column(String(20))
    type_tags: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    lawful_basis: Mapped[str | None] = mapped_column(String(30))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("account.id"))


class Note(SyncedMixin, Base):
    __tablename__ = "note"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True, nullable=False
    )
    interaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)
    body_ct: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    permission_given: Mapped[bool] = mapped_column(Boolean, nullable=False)
    cards_masked: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class NoteVersion(SyncedMixin, Base):
    """Earlier text of an edited note, kept for review. ``number`` is not unique per note:
    edits made apart on two workstations of a team each keep their version."""

    __tablename__ = "note_version"

    note_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("note.id", ondelete="CASCADE"), index=True, nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    body_ct: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)
