"""SQLAlchemy ORM models only; importing this package registers every table on Base.metadata."""

from agentdesk.models.account import ROLES, Account
from agentdesk.models.audit import AppMeta, AuditEntry
from agentdesk.models.base import Base, SyncedMixin
from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.models.interaction import Interaction, InteractionEvent, Task

__all__ = [
    "ROLES",
    "Account",
    "AppMeta",
    "AuditEntry",
    "Base",
    "Customer",
    "Interaction",
    "InteractionEvent",
    "Note",
    "NoteVersion",
    "SyncedMixin",
    "Task",
]
