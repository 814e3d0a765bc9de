"""The sync outbox: local changes waiting to be pushed to the team database."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, utcnow


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


# On the team database only (created by migrations 0010 and 0011 on PostgreSQL, not
# ORM-mapped): the server-ordered change log, the wrapped data keys, the team's members.
SERVER_ONLY_TABLES = frozenset({"sync_change", "sync_data_key", "team_meta", "team_member"})
