"""Append-only audit log, each entry chained to the previous one with an HMAC."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    seq: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column()
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    # Not a foreign key: the entry must outlive the customer it talks about (erasure).
    customer_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # Counts and identifiers only, never personal data.
    details: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    mac: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class AppMeta(Base):
    """Small facts about this database (key fingerprint, first-run markers)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500), nullable=False)
