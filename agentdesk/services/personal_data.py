"""Every encrypted column, where its key comes from, and who answers for it (#15 items 1, 7).

One table of facts shared by the start-up card-data sweep and the coverage test: a new
encrypted column that is not listed here fails ``tests/integration/security``.
``erasure`` / ``retention`` / ``export`` name how each kind of personal data is reached by a
data-subject request and by the retention purge (see services/gdpr.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.models.draft import Draft
from agentdesk.models.interaction import InteractionEvent, Task
from agentdesk.models.message import Message
from agentdesk.models.review import Feedback
from agentdesk.models.survey import SurveyResponse
from agentdesk.services.customer_types import note_column


@dataclass(frozen=True)
class EncryptedColumn:
    model: type
    attr: str  # the ORM attribute holding the ciphertext
    ad_table: str  # the table and column named in the associated data
    ad_column: str | Callable[[Any], str]  # a function of the row where it is versioned
    owner: Callable[[Session, Any], uuid.UUID | None]  # whose data key seals it
    is_json: bool
    erasure: str  # how erasing the customer reaches it
    retention: str  # how the retention purge reaches it
    export: str  # where a subject export holds it


def ad_column_of(spec: EncryptedColumn, row: Any) -> str:
    return spec.ad_column(row) if callable(spec.ad_column) else spec.ad_column


def _draft_owner(s: Session, row: Draft) -> uuid.UUID:
    from agentdesk.services.drafts import draft_key_owner

    return draft_key_owner(row.account_id, row.customer_id)


def _note_version_owner(s: Session, row: NoteVersion) -> uuid.UUID | None:
    note = s.get(Note, row.note_id)
    return note.customer_id if note is not None else None


COLUMNS: tuple[EncryptedColumn, ...] = (
    *(
        EncryptedColumn(
            Customer, f"{c}_ct", "customer", c, lambda s, r: r.id, c in ("name", "tags"),
            "row deleted, customer key destroyed", "inactive customers erased", "customer",
        )
        for c in ("name", "phone", "email", "tags")
    ),
    EncryptedColumn(  # extra-support needs and adjustments (#19): part of the customer row
        Customer, "support_ct", "customer", "support", lambda s, r: r.id, True,
        "row deleted, customer key destroyed", "inactive customers erased",
        "customer.extra_support",
    ),
    EncryptedColumn(
        Note, "body_ct", "note", lambda r: note_column(r.version), lambda s, r: r.customer_id,
        False,
        "row deleted, customer key destroyed", "notes past retention deleted", "notes",
    ),
    EncryptedColumn(
        NoteVersion, "body_ct", "note_version", "body", _note_version_owner, False,
        "row deleted, customer key destroyed", "deleted with their note",
        "notes.earlier_versions",
    ),
    EncryptedColumn(
        Message, "body_ct", "message", "body", lambda s, r: r.key_owner_id, True,
        "row deleted, key destroyed", "messages past retention deleted", "messages",
    ),
    EncryptedColumn(
        Message, "memory_ct", "message", "memory", lambda s, r: r.key_owner_id, False,
        "row deleted, key destroyed", "messages past retention deleted", "messages",
    ),
    EncryptedColumn(
        Draft, "payload_ct", "draft", "payload", _draft_owner, True,
        "row deleted (cascade), draft key tied to the customer destroyed",
        "drafts past the draft retention deleted", "not exported: unsaved typing",
    ),
    EncryptedColumn(
        InteractionEvent, "data_ct", "interaction_event", "data",
        lambda s, r: r.interaction_id, True,
        "data cleared, call key destroyed", "call details past retention destroyed, "
        "linked or not", "interactions.events",
    ),
    EncryptedColumn(  # the customer's words with a CSAT / CES / NPS answer (#19)
        SurveyResponse, "comment_ct", "survey_response", "comment",
        lambda s, r: r.interaction_id, False,
        "comment cleared, call key destroyed (the score stays, untraceable)",
        "comment cleared with the call's details", "interactions.surveys",
    ),
    EncryptedColumn(
        Task, "details_ct", "task", "details",
        lambda s, r: r.interaction_id or r.customer_id, False,
        "row deleted, key destroyed", "destroyed with the call's key", "tasks",
    ),
    EncryptedColumn(
        Task, "history_ct", "task", "history",
        lambda s, r: r.interaction_id or r.customer_id, True,
        "row deleted, key destroyed", "done follow-ups deleted with their calls' details",
        "tasks",
    ),
    EncryptedColumn(
        Feedback, "body_ct", "feedback", "body", lambda s, r: r.id, False,
        "coaching text about the representative, redacted of card data",
        "kept with the call's review", "not customer data",
    ),
)  # fmt: skip
