"""The customer's own verdict on an interaction: CSAT, CES or NPS (O1)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin


class SurveyResponse(SyncedMixin, Base):
    """One answer per scale per interaction. The score is a figure (kept when the call's
    details go at erasure or retention); the comment is the customer's words, encrypted with
    the interaction's key and cleared with the call's details. The call's representative and
    start are copied here so the dashboard reads one table."""

    __tablename__ = "survey_response"
    __table_args__ = (
        UniqueConstraint("interaction_id", "kind"),
        Index("ix_survey_response_kpi", "started_at", "agent_id", "kind", "score"),
    )

    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), nullable=False
    )
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)
    started_at: Mapped[datetime] = mapped_column(nullable=False)
    kind: Mapped[str] = mapped_column(String(4), nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    comment_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(10), nullable=False)  # "entered" | "imported"
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("account.id"))
