"""The transfer directory: departments and people to hand calls to (staff data, in clear)."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin


class DirectoryEntry(SyncedMixin, Base):
    """A department or a person: how to reach them, what they handle, when they are there."""

    __tablename__ = "directory_entry"

    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # "department" or "person"
    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    department: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    number: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    extension: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    topics: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    availability: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
