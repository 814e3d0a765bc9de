"""SQLAlchemy ORM models only; importing this package registers every table on Base.metadata."""

from agentdesk.models.account import ROLES, Account
from agentdesk.models.base import Base, SyncedMixin

__all__ = ["ROLES", "Account", "Base", "SyncedMixin"]
