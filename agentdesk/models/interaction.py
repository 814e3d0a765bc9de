"""Interactions (calls, chats, e-mails), their event log, and follow-up tasks."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin


class Interaction(SyncedMixin, Base):
    __tablename__ = "interaction"

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), index=True)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    flow_id: Mapped[str] = mapped_column(String(64), nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    current_step: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(nullable=False, index=True)
    ended_at: Mapped[datetime | None] = mapped_column()
    wrapped_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(String(40), index=True)
    first_contact_resolution: Mapped[bool | None] = mapped_column(Boolean)
    talk_seconds: Mapped[float | None] = mapped_column(Float)
    hold_seconds: Mapped[float | None] = mapped_column(Float)
    wrap_seconds: Mapped[float | None] = mapped_column(Float)
    # Codes only (causes of upset, customer types): countable without decrypting anything.
    # JSONB on PostgreSQL: plain json has no ordering, so it could not sit in the KPI index.
    tags: Mapped[list[str]] = mapped_column(
        JSON().with_variant(JSONB(), "postgresql"), nullable=False, default=list
    )


class InteractionEvent(Base):
    """One entry of an interaction's event log; the payload is encrypted."""

    __tablename__ = "interaction_event"
    __table_args__ = (UniqueConstraint("interaction_id", "seq"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), nullable=False
    )
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    step_id: Mapped[str | None] = mapped_column(String(64))
    monotonic: Mapped[float] = mapped_column(Float, nullable=False)
    at: Mapped[datetime] = mapped_column(nullable=False)
    data_ct: Mapped[bytes | None] = mapped_column(LargeBinary)


class Task(SyncedMixin, Base):
    """A follow-up or call-back that must not fall through the cracks (O7)."""

    __tablename__ = "task"

    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    interaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL")
    )
    assignee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), index=True)
    due_at: Mapped[datetime] = mapped_column(nullable=False, index=True)
    window_end: Mapped[datetime | None] = mapped_column()
    details_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    done_at: Mapped[datetime | None] = mapped_column()
    # Encrypted JSON list of what was done to it (done, reassigned, rescheduled) with notes.
    history_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
