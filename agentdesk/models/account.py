"""Local user accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin

ROLES = ("representative", "team-leader")


class Account(SyncedMixin, Base):
    __tablename__ = "account"
    __table_args__ = (CheckConstraint("role IN ('representative', 'team-leader')", name="role"),)

    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    # "scrypt$n=...,r=...,p=...$salt$hash": parameters travel with the hash so they can rise.
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_login_at: Mapped[datetime | None] = mapped_column(nullable=True, default=None)
    # Interface language ("it"); NULL follows the workstation's system locale (#20).
    language: Mapped[str | None] = mapped_column(String(8), nullable=True, default=None)
