"""Notes about customers: card numbers redacted before encryption, edits kept as versions."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_access import may_open
from agentdesk.services.customer_types import NoteSaved, note_column
from agentdesk.services.identity import Identity
from agentdesk.services.vault import VaultService
from agentdesk.storage.session import Database
from agentdesk.vault.pci import redact_payment_data

MAX_NOTE_LENGTH = 100_000


def _check_text(text: str) -> str:
    if not text.strip():
        raise ValidationError("Note: write something first.", "text", code="note.empty")
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            f"Note: at most {MAX_NOTE_LENGTH:,} characters; split it into two notes.",
            "text",
            code="note.too_long",
            limit=f"{MAX_NOTE_LENGTH:,}",
        )
    return text


class NotesService:
    def __init__(self, db: Database, vault: VaultService, audit: AuditLog) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit

    def add_note(
        self,
        who: Identity,
        customer_id: str,
        text: str,
        *,
        permission_given: bool,
        interaction_id: str | None = None,
    ) -> tuple[NoteSaved, Changes]:
        """Redact payment data, encrypt, store; the result says whether anything was masked."""
        with self._db.write() as s:
            saved = self.add_note_in(
                s,
                who,
                uuid.UUID(customer_id),
                text,
                permission_given=permission_given,
                interaction_id=interaction_id,
            )
        return saved, Changes.NOTES

    def add_note_in(
        self,
        s: Session,
        who: Identity,
        cid: uuid.UUID,
        text: str,
        *,
        permission_given: bool,
        interaction_id: str | None = None,
    ) -> NoteSaved:
        """``add_note`` inside the caller's transaction (an import row is one transaction)."""
        redaction = redact_payment_data(_check_text(text))
        nid = uuid.uuid4()
        customer = s.get(Customer, cid)
        if customer is None or customer.deleted_at is not None:
            raise NotFoundError("No such customer.", code="not_found.customer")
        if not may_open(s, who, cid, customer):
            raise PermissionDeniedError(
                "You can add notes to customers you serve.", code="denied.notes_own_customers"
            )
        cipher = self._vault.cipher(cid)
        s.add(
            Note(
                id=nid,
                customer_id=cid,
                interaction_id=uuid.UUID(interaction_id) if interaction_id else None,
                author_id=who.account_id,
                version=1,
                body_ct=cipher.encrypt("note", nid, note_column(1), redaction.text),
                permission_given=permission_given,
                cards_masked=redaction.cards_masked,
            )
        )
        s.flush()
        self._audit.append(
            s,
            who,
            "note.added",
            cid,
            note=str(nid),
            cards_masked=redaction.cards_masked,
            cvv_removed=redaction.cvv_removed,
        )
        return NoteSaved(str(nid), redaction.cards_masked, redaction.cvv_removed)

    def edit_note(self, who: Identity, note_id: str, text: str) -> tuple[NoteSaved, Changes]:
        """Replace the text; the previous text is kept as a version for review."""
        redaction = redact_payment_data(_check_text(text))
        nid = uuid.UUID(note_id)
        with self._db.write() as s:
            note = s.get(Note, nid)
            if note is None or note.deleted_at is not None:
                raise NotFoundError("No such note.", code="not_found.note")
            if note.author_id != who.account_id and not who.is_team_leader:
                raise PermissionDeniedError(
                    "Only the author or a team leader can edit a note.", code="denied.edit_note"
                )
            cipher = self._vault.cipher(note.customer_id)
            old_text = cipher.decrypt("note", nid, note_column(note.version), note.body_ct)
            number = (
                s.scalar(select(func.max(NoteVersion.number)).where(NoteVersion.note_id == nid))
                or 0
            ) + 1
            vid = uuid.uuid4()
            s.add(
                NoteVersion(
                    id=vid,
                    note_id=nid,
                    number=number,
                    author_id=note.author_id,
                    body_ct=cipher.encrypt("note_version", vid, "body", old_text),
                )
            )
            # The flush raises the row's version by one (version_id_col): seal for that one.
            note.body_ct = cipher.encrypt(
                "note", nid, note_column(note.version + 1), redaction.text
            )
            note.cards_masked += redaction.cards_masked
            self._audit.append(
                s, who, "note.edited", note.customer_id, note=str(nid), version=number
            )
        return NoteSaved(str(nid), redaction.cards_masked, redaction.cvv_removed), Changes.NOTES

    def versions(self, who: Identity, note_id: str) -> list[str]:
        """Earlier texts of a note, oldest first (team leaders and the author)."""
        nid = uuid.UUID(note_id)
        with self._db.write() as s:
            note = s.get(Note, nid)
            if note is None:
                raise NotFoundError("No such note.", code="not_found.note")
            if note.author_id != who.account_id and not who.is_team_leader:
                raise PermissionDeniedError(
                    "Only the author or a team leader can read versions.",
                    code="denied.note_versions",
                )
            cipher = self._vault.cipher(note.customer_id)
            rows = s.scalars(
                select(NoteVersion).where(NoteVersion.note_id == nid).order_by(NoteVersion.number)
            )
            texts = [cipher.decrypt("note_version", v.id, "body", v.body_ct) for v in rows]
            self._audit.append(s, who, "note.versions_viewed", note.customer_id, note=str(nid))
            return texts
