"""Messages taken for colleagues (T6): the parts are one encrypted document; status in clear."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin


class Message(SyncedMixin, Base):
    """``body_ct``: the seven parts as JSON; ``memory_ct``: notes added after the call. Both
    are encrypted with the data key of ``key_owner_id`` (the call's, or the message's own)."""

    __tablename__ = "message"

    interaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL"), index=True
    )
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    recipient_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("directory_entry.id", ondelete="SET NULL"), index=True
    )
    taken_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("account.id"), nullable=False)
    # The team member it is for, when "to whom" names exactly one account (staff data, in
    # clear like ``taken_by``): she may change its status, and the team database can tell her
    # from other representatives (migration 0025). NULL: someone outside the team, or a
    # message taken before 0025.
    addressee_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), index=True
    )
    taken_at: Mapped[datetime] = mapped_column(nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="new", index=True)
    status_at: Mapped[datetime | None] = mapped_column()
    key_owner_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    body_ct: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    memory_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    cards_masked: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
