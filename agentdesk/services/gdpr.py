"""Data-subject rights and retention: export, erase (crypto-shredding), purge, audit checks."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.models.interaction import Interaction, InteractionEvent, Task
from agentdesk.services.audit import AuditCheck, AuditLog
from agentdesk.services.customers import CustomerService
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.messages import erase_messages, export_messages
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database


@dataclass(frozen=True)
class Retention:
    """Days each kind of record is kept; 0 keeps it forever."""

    notes_days: int = 730
    interactions_days: int = 730
    inactive_customers_days: int = 1095


def retention_from(settings) -> Retention:
    """The retention periods set in Settings (a Settings value)."""
    return Retention(
        settings.retention_notes_days,
        settings.retention_interactions_days,
        settings.retention_customers_days,
    )


@dataclass(frozen=True)
class PurgeReport:
    notes: int
    interactions: int
    customers: int
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
        require_team_leader(who, "export a customer's data")
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
        return {
            "id": str(it.id),
            "channel": it.channel,
            "started_at": it.started_at.isoformat(),
            "ended_at": it.ended_at.isoformat() if it.ended_at else None,
            "outcome": it.outcome,
            "events": events,
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
        require_team_leader(who, "erase a customer")
        cid = uuid.UUID(customer_id)
        counts = self._erase(who, cid, "customer.erased")
        if counts is None:
            raise NotFoundError("No such customer.", code="not_found.customer")
        return Changes.CUSTOMERS | Changes.NOTES | Changes.INTERACTIONS | Changes.TASKS

    def _erase(self, who: Identity | None, cid: uuid.UUID, action: str) -> dict | None:
        with self._db.write() as s:
            if s.get(Customer, cid) is None:
                return None
            interaction_ids = list(
                s.scalars(select(Interaction.id).where(Interaction.customer_id == cid))
            )
            notes = (
                s.scalar(select(func.count()).select_from(Note).where(Note.customer_id == cid)) or 0
            )
            s.execute(
                delete(NoteVersion).where(
                    NoteVersion.note_id.in_(select(Note.id).where(Note.customer_id == cid))
                )
            )
            s.execute(delete(Note).where(Note.customer_id == cid))
            s.execute(delete(Task).where(Task.customer_id == cid))
            message_keys = erase_messages(s, cid)  # before the calls are unlinked below
            if interaction_ids:
                s.execute(
                    update(InteractionEvent)
                    .where(InteractionEvent.interaction_id.in_(interaction_ids))
                    .values(data_ct=None)
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
            self._audit.append(s, who, action, cid, **counts)
        # After the rows are gone: the keys, so no backup copy of the ciphertext opens again.
        for owner in {*interaction_ids, *message_keys}:
            self._vault.keys.link_customer(owner, cid)
        counts["keys_destroyed"] = self._vault.keys.destroy_customer(cid)
        self._vault.forget(cid, *interaction_ids, *message_keys)
        return counts

    def purge(
        self, who: Identity | None, policy: Retention, now: datetime | None = None
    ) -> PurgeReport:
        """Remove what is past the retention policy; audited with counts."""
        now = now or utcnow()
        notes = interactions = customers = tasks = 0
        with self._db.write() as s:
            if policy.notes_days:
                cutoff = now - timedelta(days=policy.notes_days)
                old = select(Note.id).where(Note.created_at < cutoff)
                s.execute(delete(NoteVersion).where(NoteVersion.note_id.in_(old)))
                notes = s.execute(delete(Note).where(Note.created_at < cutoff)).rowcount
            old_calls: list[uuid.UUID] = []
            if policy.interactions_days:
                cutoff = now - timedelta(days=policy.interactions_days)
                old_calls = list(
                    s.scalars(
                        select(Interaction.id).where(
                            Interaction.started_at < cutoff, Interaction.customer_id.is_not(None)
                        )
                    )
                )
                if old_calls:
                    s.execute(
                        update(InteractionEvent)
                        .where(InteractionEvent.interaction_id.in_(old_calls))
                        .values(data_ct=None)
                    )
                    s.execute(
                        update(Interaction)
                        .where(Interaction.id.in_(old_calls))
                        .values(customer_id=None)
                    )
                interactions = len(old_calls)
                # Follow-ups done before the cutoff go with the calls they came from.
                tasks = s.execute(
                    delete(Task).where(Task.status == "done", Task.done_at < cutoff)
                ).rowcount
            stale: list[uuid.UUID] = []
            if policy.inactive_customers_days:
                cutoff = now - timedelta(days=policy.inactive_customers_days)
                recent_note = select(Note.customer_id).where(Note.created_at >= cutoff)
                recent_call = select(Interaction.customer_id).where(
                    Interaction.started_at >= cutoff, Interaction.customer_id.is_not(None)
                )
                stale = list(
                    s.scalars(
                        select(Customer.id).where(
                            Customer.updated_at < cutoff,
                            Customer.id.not_in(recent_note),
                            Customer.id.not_in(recent_call),
                        )
                    )
                )
            if notes or interactions or stale or tasks:
                self._audit.append(
                    s,
                    who,
                    "retention.purged",
                    None,
                    notes=notes,
                    interactions=interactions,
                    customers=len(stale),
                    tasks=tasks,
                )
        for owner in old_calls:
            self._vault.keys.destroy_customer(owner)
        for cid in stale:
            if self._erase(who, cid, "customer.erased_by_retention") is not None:
                customers += 1
        return PurgeReport(notes, interactions, customers, tasks)

    def verify_audit(self) -> AuditCheck:
        return self._audit.verify(self._db)
