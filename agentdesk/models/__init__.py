"""SQLAlchemy ORM models only; importing this package registers every table on Base.metadata."""

import agentdesk.models.directory as _directory  # noqa: F401  (the transfer directory)
import agentdesk.models.draft  # noqa: F401  (registers the drafts table)
import agentdesk.models.forecast as _forecast  # noqa: F401  (the queue forecast)
import agentdesk.models.message as _message  # noqa: F401  (registers the messages table)
import agentdesk.models.review as _review  # noqa: F401  (registers the review tables)
import agentdesk.models.survey as _survey  # noqa: F401  (the customer's verdict)
import agentdesk.models.sync as _sync  # noqa: F401  (the team database's outbox)
from agentdesk.models import kb  # noqa: F401  (registers the knowledge base tables)
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
