"""Quality review: stored adherence scores, reviews by team leaders, coaching feedback."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin
from agentdesk.models.interaction import Interaction

# The KPI dashboard reads these columns of finished interactions in a date range; with a
# covering index SQLite never touches the table rows (50,000 calls well within a second).
Index(
    "ix_interaction_kpi",
    Interaction.state,
    Interaction.started_at,
    Interaction.agent_id,
    Interaction.deleted_at,
    Interaction.talk_seconds,
    Interaction.hold_seconds,
    Interaction.wrap_seconds,
    Interaction.outcome,
    Interaction.first_contact_resolution,
    Interaction.tags,
)


class AdherenceScore(Base):
    """An interaction's adherence, stored when computed so trends never decrypt event logs.

    Derived data: recomputed when the rules change (``rules_digest``). Codes and counts only.
    The call's representative and start are copied here so trends need no join.
    """

    __tablename__ = "adherence_score"
    __table_args__ = (
        Index(
            "ix_adherence_score_kpi",
            "started_at",
            "agent_id",
            "score",
            "warm_transfers",
            "cold_transfers",
        ),
    )

    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
    )
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)
    started_at: Mapped[datetime] = mapped_column(nullable=False)
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[int] = mapped_column(Integer, nullable=False)
    applicable: Mapped[int] = mapped_column(Integer, nullable=False)
    rules_digest: Mapped[str] = mapped_column(String(16), nullable=False)
    computed_at: Mapped[datetime] = mapped_column(nullable=False)
    # [[rule id, "pass" | "fail" | "not_applicable"], ...]
    results: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    holds: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    warm_transfers: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    cold_transfers: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    messages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    callbacks_offered: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Review(SyncedMixin, Base):
    """A team leader marked an interaction as reviewed (``created_at`` is when)."""

    __tablename__ = "review"

    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True, nullable=False
    )
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)


class Feedback(SyncedMixin, Base):
    """Coaching feedback on one interaction; the text is encrypted with its own data key."""

    __tablename__ = "feedback"

    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True, nullable=False
    )
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)
    recipient_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id"), index=True, nullable=False
    )
    body_ct: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    acknowledged_at: Mapped[datetime | None] = mapped_column()


class CheckCalibration(SyncedMixin, Base):
    """A reviewer's verdict on a check the representative ticked: ``not_done`` when it was
    ticked but not actually done (calibration, O6). Scores and trends use the reviewed value.
    Codes only: no personal data."""

    __tablename__ = "check_calibration"
    __table_args__ = (UniqueConstraint("interaction_id", "check_id"),)

    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True, nullable=False
    )
    check_id: Mapped[str] = mapped_column(String(64), nullable=False)
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)
    not_done: Mapped[bool] = mapped_column(Boolean, nullable=False)
