"""Data-subject rights and retention: export, erase (crypto-shredding), purge, audit checks."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import KnownError, NotFoundError, ValidationError
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.models.draft import Draft
from agentdesk.models.interaction import Interaction, InteractionEvent, Task
from agentdesk.models.survey import SurveyResponse
from agentdesk.services.audit import AuditCheck, AuditLog
from agentdesk.services.customers import CustomerService
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.messages import erase_messages, export_messages, message_key_owners
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import LOCAL_ONLY


@dataclass(frozen=True)
class Retention:
    """Days each kind of record is kept; 0 keeps it forever."""

    notes_days: int = 730
    interactions_days: int = 730
    inactive_customers_days: int = 1095

    def __post_init__(self) -> None:
        # A negative period puts the cut-off in the future: everything would be "too old".
        for name in ("notes_days", "interactions_days", "inactive_customers_days"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValidationError(
                    "A retention period is a whole number of days, 0 or more (0 keeps).", name,
                    code="retention.invalid",
                )  # fmt: skip


# Purge refuses to remove more than half of what is held (customers or notes) unless told to,
# when that is more than this many: a wrong setting or clock must not empty the database.
SANITY_FLOOR = 3


class PurgeTooLargeError(KnownError):
    """The purge would remove more than the sanity bound; nothing was removed.

    ``code`` and ``params`` let the UI word it; ``str()`` is the English sentence.
    """

    code = "purge.too_large"

    def __init__(self, kind: str, count: int, total: int) -> None:
        super().__init__(
            f"Retention would remove {count} of {total} {kind}: more than half, so nothing was "
            "removed. Check the retention settings and the computer's clock; to remove them "
            "anyway, confirm explicitly (agentdesk gdpr purge --allow-large).",
            code="purge.too_large",
            kind=kind,
            count=count,
            total=total,
        )


def _too_many(count: int, total: int) -> bool:
    return count > SANITY_FLOOR and count * 2 > total


def retention_from(settings) -> Retention:
    """The retention periods set in Settings (a Settings value)."""
    return Retention(
        settings.retention_notes_days,
        settings.retention_interactions_days,
        settings.retention_customers_days,
    )


def erasure_owners(s: Session, cid: uuid.UUID) -> list[uuid.UUID]:
    """Every data-key owner whose key must die with the customer (besides their own)."""
    calls = list(s.scalars(select(Interaction.id).where(Interaction.customer_id == cid)))
    return [*calls, *message_key_owners(s, cid)]


def delete_customer_rows(
    db: Database,
    audit: AuditLog,
    who: Identity | None,
    cid: uuid.UUID,
    action: str,
    *,
    local_only: bool = False,
) -> dict | None:
    """Step 2 of an erasure: the customer's rows, in one transaction with the audit entry.
    ``local_only``: this replica's copy only, nothing sent to the team database (a retention
    purge a team leader did not run: services/retention.py)."""
    with db.write() as s:
        s.info[LOCAL_ONLY] = local_only
        if s.get(Customer, cid) is None:
            return None
        interaction_ids = list(
            s.scalars(select(Interaction.id).where(Interaction.customer_id == cid))
        )
        notes = s.scalar(select(func.count()).select_from(Note).where(Note.customer_id == cid)) or 0
        s.execute(
            delete(NoteVersion).where(
                NoteVersion.note_id.in_(select(Note.id).where(Note.customer_id == cid))
            )
        )
        s.execute(delete(Note).where(Note.customer_id == cid))
        s.execute(delete(Task).where(Task.customer_id == cid))
        s.execute(delete(Draft).where(Draft.customer_id == cid))
        message_keys = erase_messages(s, cid)  # before the calls are unlinked below
        if interaction_ids:
            s.execute(delete(Task).where(Task.interaction_id.in_(interaction_ids)))
            s.execute(
                update(InteractionEvent)
                .where(InteractionEvent.interaction_id.in_(interaction_ids))
                .values(data_ct=None)
            )
            # The customer's words go; the scores stay as figures of calls no one can trace.
            s.execute(
                update(SurveyResponse)
                .where(SurveyResponse.interaction_id.in_(interaction_ids))
                .values(comment_ct=None)
            )
            s.execute(
                update(Interaction)
                .where(Interaction.id.in_(interaction_ids))
                .values(customer_id=None)
            )
        s.execute(delete(Customer).where(Customer.id == cid))
        counts = {
            "notes": notes,
            "interactions": len(interaction_ids),
            "messages": len(message_keys),
        }
        audit.append(s, who, action, cid, **counts)
    return counts


@dataclass(frozen=True)
class PurgeReport:
    notes: int
    interactions: int
    customers: int
    messages: int = 0
    drafts: int = 0
    tasks: int = 0  # follow-ups done before the interactions cutoff


class GdprService:
    def __init__(
        self, db: Database, vault: VaultService, audit: AuditLog, customers: CustomerService
    ) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit
        self._customers = customers

    def export_customer(self, who: Identity, customer_id: str) -> dict[str, Any]:
        """Everything held about one customer, decrypted, with the audit entries about them."""
        require_team_leader(who, "export_customer")
        card = self._customers.open_card(who, customer_id)
        cid = uuid.UUID(customer_id)
        with self._db.write() as s:
            versions = self._note_versions(s, cid)
            interactions = [
                self._interaction(s, it)
                for it in s.scalars(
                    select(Interaction)
                    .where(Interaction.customer_id == cid)
                    .order_by(Interaction.started_at)
                )
            ]
            tasks = [self._task(t) for t in s.scalars(select(Task).where(Task.customer_id == cid))]
            messages = export_messages(s, self._vault, cid)
            self._audit.append(s, who, "customer.exported", cid)
            audit = [
                {
                    "seq": a.seq,
                    "at": a.at.isoformat(),
                    "actor": a.actor,
                    "action": a.action,
                    "details": a.details,
                }
                for a in self._audit.entries_about(s, cid)
            ]
        return {
            "format": "agentdesk-subject-export-v1",
            "exported_at": utcnow().isoformat(),
            "customer": {
                "id": card.id,
                "first_name": card.first_name,
                "surname": card.surname,
                "phone": card.phone,
                "email": card.email,
                "form_of_address": card.form_of_address,
                "type_tags": list(card.type_tags),
                "free_tags": list(card.free_tags),
                "lawful_basis": card.lawful_basis,
                "created_at": card.created_at.isoformat(),
                "extra_support": card.support.to_json() if card.support else None,
            },
            "notes": [
                {
                    "id": n.id,
                    "at": n.at.isoformat(),
                    "author": n.author,
                    "text": n.text,
                    "permission_given": n.permission_given,
                    "cards_masked": n.cards_masked,
                    "earlier_versions": versions.get(n.id, []),
                }
                for n in card.notes
            ],
            "interactions": interactions,
            "tasks": tasks,
            "messages": messages,
            "audit": audit,
        }

    def _note_versions(self, s: Session, cid: uuid.UUID) -> dict[str, list[str]]:
        cipher = self._vault.cipher(cid)
        found: dict[str, list[str]] = {}
        rows = s.scalars(
            select(NoteVersion)
            .join(Note)
            .where(Note.customer_id == cid)
            .order_by(NoteVersion.number)
        )
        for v in rows:
            found.setdefault(str(v.note_id), []).append(
                cipher.decrypt("note_version", v.id, "body", v.body_ct)
            )
        return found

    def _interaction(self, s: Session, it: Interaction) -> dict[str, Any]:
        events = []
        try:
            cipher = self._vault.cipher(it.id)
        except KeyDestroyedError:
            cipher = None
        for e in s.scalars(
            select(InteractionEvent)
            .where(InteractionEvent.interaction_id == it.id)
            .order_by(InteractionEvent.seq)
        ):
            data = None
            if cipher is not None and e.data_ct:
                data = json.loads(cipher.decrypt("interaction_event", e.id, "data", e.data_ct))
            events.append(
                {
                    "seq": e.seq,
                    "kind": e.kind,
                    "step": e.step_id,
                    "at": e.at.isoformat(),
                    "data": data,
                }
            )
        surveys = []
        for r in s.scalars(select(SurveyResponse).where(SurveyResponse.interaction_id == it.id)):
            comment = None
            if cipher is not None and r.comment_ct:
                comment = cipher.decrypt("survey_response", r.id, "comment", r.comment_ct)
            surveys.append({"survey": r.kind, "score": r.score, "comment": comment})
        return {
            "id": str(it.id),
            "channel": it.channel,
            "started_at": it.started_at.isoformat(),
            "ended_at": it.ended_at.isoformat() if it.ended_at else None,
            "outcome": it.outcome,
            "events": events,
            "surveys": surveys,  # the customer's own verdict (CSAT, CES, NPS)
        }

    def _task(self, t: Task) -> dict[str, Any]:
        details = None
        history: list = []
        owner = t.interaction_id or t.customer_id
        try:
            if t.details_ct:
                details = self._vault.cipher(owner).decrypt("task", t.id, "details", t.details_ct)
            if t.history_ct:
                history = json.loads(
                    self._vault.cipher(owner).decrypt("task", t.id, "history", t.history_ct)
                )
        except KeyDestroyedError:
            pass
        return {
            "id": str(t.id),
            "kind": t.kind,
            "due_at": t.due_at.isoformat(),
            "status": t.status,
            "done_at": t.done_at.isoformat() if t.done_at else None,
            "details": details,
            "history": history,  # done / reassigned / rescheduled, with the notes
        }

    def erase_customer(self, who: Identity, customer_id: str) -> Changes:
        """Delete the customer's rows and destroy their data keys (crypto-shredding)."""
        require_team_leader(who, "erase_customer")
        cid = uuid.UUID(customer_id)
        counts = self._erase(who, cid, "customer.erased")
        if counts is None:
            raise NotFoundError("No such customer.", code="not_found.customer")
        self.anchor_audit()
        return Changes.CUSTOMERS | Changes.NOTES | Changes.INTERACTIONS | Changes.TASKS

    def _erase(
        self, who: Identity | None, cid: uuid.UUID, action: str, *, local_only: bool = False
    ) -> dict | None:
        """Keys first, then rows: crash-safe in every order (#15 item 3).

        1. The key store records the erasure and destroys every key tied to the customer
           (theirs, their calls', their messages', their drafts'), one transaction per copy.
        2. The rows go, with the audit entry, in one database transaction.
        A crash between 1 and 2 leaves rows nobody can read; the journal entry makes the next
        start finish step 2 (``complete_erasures``), and re-applies it after a restore.
        """
        with self._db.read() as s:
            if s.get(Customer, cid) is None:
                return None
            owners = erasure_owners(s, cid)
        keys_destroyed = self._vault.keys.erase_customer(cid, owners, utcnow().isoformat())
        self._vault.forget(cid, *owners)
        counts = delete_customer_rows(
            self._db, self._audit, who, cid, action, local_only=local_only
        )
        if counts is None:
            return None
        counts["keys_destroyed"] = keys_destroyed
        return counts

    def purge(
        self,
        who: Identity | None,
        policy: Retention,
        now: datetime | None = None,
        *,
        allow_large: bool = False,
    ) -> PurgeReport:
        """Remove what is past the retention policy; audited with counts (services/retention.py).

        Refuses (PurgeTooLargeError, nothing removed) to remove more than half of all
        customers or notes unless ``allow_large``; the purge at start-up never allows it.
        """
        from agentdesk.services.retention import purge

        return purge(self, who, policy, now or utcnow(), allow_large=allow_large)

    def verify_audit(self) -> AuditCheck:
        return self._audit.verify(self._db, self._vault.keys)

    def anchor_audit(self) -> None:
        """Record the log's length in the key store (after a data-subject request or purge)."""
        self._audit.anchor(self._db, self._vault.keys)
