"""The sync outbox: local changes waiting to be pushed to the team database."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin, utcnow


class SyncOutbox(Base):
    """One change to a synced row, written in the same transaction as the change itself.

    ``id`` is the local order; ``change_id`` makes a second delivery of the same change
    recognisable on the server. ``columns`` lists the changed columns (None: the whole row).
    """

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True, nullable=False, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    op: Mapped[str] = mapped_column(String(10), nullable=False)  # "upsert" or "delete"
    columns: Mapped[list[str] | None] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    # The replica's pull cursor when the change was made: what of the others' work it had
    # seen. The server finds concurrent edits of the same fields by it (conflicts).
    base: Mapped[str | None] = mapped_column(String(64))
    # The account whose change it is (a username; None: the system's own, e.g. a clean-up):
    # pushed under her own role, since the desk may have changed hands meanwhile.
    author: Mapped[str | None] = mapped_column(String(64))


class SyncConflict(SyncedMixin, Base):
    """A field edited on two workstations while apart. The later write in server order won;
    the value it replaced is kept here (as stored: a ciphertext for personal data) until a
    team leader confirms. Written by the team database's push, synced to every replica."""

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    column_name: Mapped[str] = mapped_column(String(64), nullable=False)
    kept_value: Mapped[str | None] = mapped_column(Text)  # agentdesk.sync.conflicts encoding
    kept_origin: Mapped[uuid.UUID | None] = mapped_column()  # the workstation whose value lost
    won_origin: Mapped[uuid.UUID] = mapped_column(nullable=False)
    confirmed_by: Mapped[uuid.UUID | None] = mapped_column()
    confirmed_at: Mapped[datetime | None] = mapped_column()


class SyncRefusal(Base):
    """A local change the team database refused (a permission, an erased customer): kept
    and shown until someone acknowledges it, never dropped silently. This replica only."""

    __tablename__ = "sync_refusal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False)
    op: Mapped[str] = mapped_column(String(10), nullable=False)
    reason: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column()


# On the team database only (created by migrations 0010, 0011, 0017, 0019 on PostgreSQL, not
# ORM-mapped): the server-ordered change log, the wrapped data keys, the team's members, the
# workstations' audit chains, their registrations and quarantined entries.
SERVER_ONLY_TABLES = frozenset(
    {
        "sync_change",
        "sync_data_key",
        "team_meta",
        "team_member",
        "audit_chain",
        "audit_workstation",
        "audit_quarantine",
        "team_key_successor",
    }
)
