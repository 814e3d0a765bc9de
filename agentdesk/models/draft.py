"""Drafts: text typed but not yet saved (a note, a message, a call step), encrypted."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, utcnow


class Draft(Base):
    """One draft per (account, kind, ref), overwritten as the representative types.

    Not a SyncedMixin row: a draft never syncs and is never a tombstone. Clearing it really
    deletes it, because it holds personal data.
    """

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("account_id", "kind", "ref"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    ref: Mapped[str] = mapped_column(String(64), nullable=False)
    # The customer the text is about: erasing them deletes the draft (cascade) and destroys
    # the draft's data key (tied to them in the key store), backups included.
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    # Per-account save counter: "newest first" must not depend on the wall clock.
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    payload_ct: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
