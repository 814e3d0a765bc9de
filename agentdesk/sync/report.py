"""What one sync round did (agentdesk.sync.engine, agentdesk.sync.sender)."""

from __future__ import annotations

from dataclasses import dataclass, field

from agentdesk.changes import Changes


@dataclass(frozen=True)
class Refusal:
    """A local change the team database refused (e.g. for a customer erased meanwhile)."""

    table_name: str
    row_id: str
    reason: str
    op: str = "upsert"


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    pulled: int = 0
    changes: Changes = Changes.NONE
    refused: list[Refusal] = field(default_factory=list)
    conflicts: int = 0  # concurrent edits of the same field found by this push
    # Changes left in the outbox for their author's next login here (agentdesk.sync.push),
    # per author ("": the system's, and the logged-in member's own refusals held back behind
    # a colleague's waiting change: no one's login to wait for).
    waiting: dict[str, int] = field(default_factory=dict)
