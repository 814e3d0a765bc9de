"""Messages taken for colleagues (T6): refused unless complete and read back, card numbers
redacted, encrypted like notes (the call's data key, else the message's own), an inbox with
status, notes from memory after the call, and the parts GDPR export and erasure need."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.flows.message import (
    MAX_MESSAGE_LENGTH,
    MessageDraft,
    check_ready,
    redact_message,
)
from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer
from agentdesk.models.directory import DirectoryEntry
from agentdesk.models.interaction import Interaction
from agentdesk.models.message import Message
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import HistoryItem
from agentdesk.services.identity import Identity
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.vault.envelope import CustomerCipher
from agentdesk.vault.errors import DecryptionError
from agentdesk.vault.pci import redact_payment_data

log = logging.getLogger(__name__)

T = "message"
STATUSES = ("new", "passed_on", "done")
NOT_IN_DIRECTORY = ""  # inbox filter: messages for someone typed by hand


@dataclass(frozen=True)
class MessageSaved:
    id: str
    cards_masked: int
    cvv_removed: int

    @property
    def redacted(self) -> bool:
        return bool(self.cards_masked or self.cvv_removed)


@dataclass(frozen=True)
class MessageView:
    """A stored message, decrypted; ``memory``: notes added after the call."""

    id: str
    draft: MessageDraft
    recipient_id: str | None
    status: str
    taken_at: datetime
    taken_by: str
    interaction_id: str | None
    customer_id: str | None
    memory: str
    cards_masked: int
    may_mark: bool = True  # whether the one listing it may change its status (set_status)


class MessageService:
    def __init__(
        self, db: Database, vault: VaultService, audit: AuditLog, region: str = "GB"
    ) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit
        self.region = region

    def take_message(
        self,
        who: Identity,
        draft: MessageDraft,
        *,
        confirmed: str | None,
        interaction_id: str | None = None,
    ) -> tuple[MessageSaved, Changes]:
        """Store a message the caller confirmed (``confirmed``: the read-back digest)."""
        draft = replace(draft, by_whom=who.display_name)
        check_ready(draft, confirmed, self.region)
        draft, masked, cvv = redact_message(draft)
        mid = uuid.uuid4()
        with self._db.write() as s:
            iid = customer_id = None
            if interaction_id:
                call = s.get(Interaction, uuid.UUID(interaction_id))
                if call is None:
                    raise NotFoundError("No such interaction.", code="not_found.interaction")
                iid, customer_id = call.id, call.customer_id
            recipient = _uuid(draft.to_entry_id)
            if recipient is not None and s.get(DirectoryEntry, recipient) is None:
                recipient = None
            if iid is None:
                # Taken outside a call: the caller's number links it to the one customer who
                # has it, so their export and erasure reach it (#15 item 7).
                customer_id = self._customer_by_phone(s, draft.phone)
            owner = iid or mid
            cipher = self._vault.cipher(iid) if iid else self._vault.new_cipher(mid, T, customer_id)
            s.add(
                Message(
                    id=mid,
                    interaction_id=iid,
                    customer_id=customer_id,
                    recipient_id=recipient,
                    taken_by=who.account_id,
                    addressee_id=_addressee(s, draft.to_whom),
                    taken_at=utcnow(),
                    status="new",
                    key_owner_id=owner,
                    body_ct=cipher.encrypt_json(T, mid, "body", draft.to_dict()),
                    cards_masked=masked,
                )
            )
            s.flush()
            self._audit.append(s, who, "message.taken", customer_id, message=str(mid))
        return MessageSaved(str(mid), masked, cvv), Changes.MESSAGES

    def _customer_by_phone(self, s: Session, phone: str) -> uuid.UUID | None:
        digest = self._vault.indexer.phone(phone, self.region) if phone.strip() else None
        if digest is None:
            return None
        found = list(
            s.scalars(
                select(Customer.id)
                .where(Customer.phone_bidx == digest, Customer.deleted_at.is_(None))
                .limit(2)
            )
        )
        return found[0] if len(found) == 1 else None

    def inbox(
        self, who: Identity, recipient_id: str | None = None, statuses: tuple[str, ...] = ()
    ) -> list[MessageView]:
        """Messages newest first; ``recipient_id``: one directory entry, NOT_IN_DIRECTORY for
        names typed by hand, None for all. Each message is shown to its addressee (the
        account named when it was taken, ``addressee_id``; else any account whose display
        name it is for), to whoever took it, and to team leaders (#15 item 8); each listing
        is audited."""
        query = select(Message).where(Message.deleted_at.is_(None))
        if recipient_id == NOT_IN_DIRECTORY:
            query = query.where(Message.recipient_id.is_(None))
        elif recipient_id is not None:
            query = query.where(Message.recipient_id == uuid.UUID(recipient_id))
        if statuses:
            query = query.where(Message.status.in_(statuses))
        with self._db.write() as s:
            names = dict(s.execute(select(Account.id, Account.display_name)).all())
            rows = s.scalars(query.order_by(Message.taken_at.desc())).all()
            views = [
                replace(v, may_mark=_may_mark(who, r))
                for r in rows
                if (v := self._view(r, names)) is not None and _may_read(who, r, v)
            ]
            self._audit.append(s, who, "messages.listed", None, count=len(views))
        return views

    def set_status(self, who: Identity, message_id: str, status: str) -> Changes:
        """Mark a message passed on or done: its addressee, whoever took it or a team
        leader (#15 item 8). The addressee is the account "to whom" named when the message
        was taken (``addressee_id``), the one the team database checks too (migration 0025);
        a message taken before then, or for a name no single account had, changes status
        only by its taker or a team leader."""
        if status not in STATUSES:
            raise ValidationError(
                f"Message status: one of {', '.join(STATUSES)}.", "status",
                code="invalid.message_status", choices=", ".join(STATUSES),
            )  # fmt: skip
        with self._db.write() as s:
            row = self._require(s, message_id)
            if not _may_mark(who, row):
                raise PermissionDeniedError(
                    "Only the person a message is for, whoever took it or a team leader "
                    "can change its status.",
                    code="denied.message_status",
                )
            row.status, row.status_at = status, utcnow()
            self._audit.append(
                s, who, "message.status", row.customer_id, message=message_id, status=status
            )
        return Changes.MESSAGES

    def add_memory_note(self, who: Identity, message_id: str, text: str) -> Changes:
        """After the call: what comes back to mind, added under the message (taker or leader)."""
        if not text.strip():
            raise ValidationError("Note: write something first.", "memory", code="note.empty")
        with self._db.write() as s:
            row = self._require(s, message_id)
            if row.taken_by != who.account_id and not who.is_team_leader:
                raise PermissionDeniedError(
                    "Only the taker or a team leader can add notes.", code="denied.message_notes"
                )
            cipher = self._vault.cipher(row.key_owner_id)
            old = cipher.decrypt(T, row.id, "memory", row.memory_ct) if row.memory_ct else ""
            redaction = redact_payment_data(text.strip())
            joined = f"{old}\n\n{redaction.text}" if old else redaction.text
            if len(joined) > MAX_MESSAGE_LENGTH:
                raise ValidationError(
                    f"Note: at most {MAX_MESSAGE_LENGTH:,} characters in all.", "memory",
                    code="memory.too_long", limit=f"{MAX_MESSAGE_LENGTH:,}",
                )  # fmt: skip
            row.memory_ct = cipher.encrypt(T, row.id, "memory", joined)
            row.cards_masked += redaction.cards_masked
            self._audit.append(s, who, "message.noted", row.customer_id, message=message_id)
        return Changes.MESSAGES

    def _view(self, row: Message, names: dict) -> MessageView | None:
        try:
            cipher = self._vault.cipher(row.key_owner_id)
        except KeyDestroyedError:
            return None  # erased with its customer (the row goes in the same erasure)
        return _decrypt(row, cipher, names)

    def _require(self, s: Session, message_id: str) -> Message:
        row = s.get(Message, uuid.UUID(message_id))
        if row is None or row.deleted_at is not None:
            raise NotFoundError("No such message.", code="not_found.message")
        return row


def _same_name(a: str, b: str) -> bool:
    return bool(a.split()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _addressee(s: Session, to_whom: str) -> uuid.UUID | None:
    """The one current account whose display name "to whom" gives; None for anyone else."""
    found = [
        a.id
        for a in s.execute(
            select(Account.id, Account.display_name).where(Account.deleted_at.is_(None))
        )
        if _same_name(a.display_name, to_whom)
    ]
    return found[0] if len(found) == 1 else None


def _uuid(text: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(text)) if text else None
    except ValueError:
        return None


def _decrypt(row: Message, cipher: CustomerCipher, names: dict) -> MessageView:
    body = json.loads(cipher.decrypt(T, row.id, "body", row.body_ct))
    memory = cipher.decrypt(T, row.id, "memory", row.memory_ct) if row.memory_ct else ""
    return MessageView(
        id=str(row.id),
        draft=MessageDraft.from_dict(body),
        recipient_id=str(row.recipient_id) if row.recipient_id else None,
        status=row.status,
        taken_at=row.taken_at,
        taken_by=names.get(row.taken_by, "?"),
        interaction_id=str(row.interaction_id) if row.interaction_id else None,
        customer_id=str(row.customer_id) if row.customer_id else None,
        memory=memory,
        cards_masked=row.cards_masked,
    )


# -- for the customer card and GDPR (called inside their sessions) -------------------------
def _customer_rows(s: Session, cid: uuid.UUID) -> list[Message]:
    calls = select(Interaction.id).where(Interaction.customer_id == cid)
    return list(
        s.scalars(
            select(Message)
            .where(or_(Message.customer_id == cid, Message.interaction_id.in_(calls)))
            .order_by(Message.taken_at)
        )
    )


def customer_messages(s: Session, vault: VaultService, cid: uuid.UUID) -> list[MessageView]:
    """The customer's messages (left on their calls), decrypted, oldest first."""
    names = dict(s.execute(select(Account.id, Account.display_name)).all())
    found = []
    for row in _customer_rows(s, cid):
        try:
            found.append(_decrypt(row, vault.cipher(row.key_owner_id), names))
        except KeyDestroyedError:
            continue
        except (DecryptionError, ValueError, KeyError, TypeError, AttributeError):
            # Not a message agentdesk sealed (any member's role may add one for any
            # customer): left out, never a card or an export that cannot open.
            log.warning("a message that does not decrypt was left out of a customer's record")
            continue
    return found


def message_history(s: Session, vault: VaultService, cid: uuid.UUID) -> list[HistoryItem]:
    """One history line per message: "Message for Priya Shah: the delivery …"."""
    return [
        HistoryItem(
            m.taken_at, "message", f"→ {m.draft.to_whom}: {' '.join(m.draft.what.split())[:100]}",
            m.id,
        )
        for m in customer_messages(s, vault, cid)
    ]  # fmt: skip


def export_messages(s: Session, vault: VaultService, cid: uuid.UUID) -> list[dict[str, Any]]:
    return [
        {
            "id": m.id,
            "taken_at": m.taken_at.isoformat(),
            "taken_by": m.taken_by,
            "status": m.status,
            "interaction_id": m.interaction_id,
            "parts": m.draft.to_dict(),
            "notes_from_memory": m.memory,
        }
        for m in customer_messages(s, vault, cid)
    ]


def _may_mark(who: Identity, row: Message) -> bool:
    return who.is_team_leader or who.account_id in (row.taken_by, row.addressee_id)


def _may_read(who: Identity, row: Message, view: MessageView) -> bool:
    if who.is_team_leader or who.account_id in (row.taken_by, row.addressee_id):
        return True
    # Named when taken: that account alone. Otherwise (taken before migration 0025, or a
    # name two accounts share) whoever has the name now.
    return row.addressee_id is None and _same_name(view.draft.to_whom, who.display_name)


def message_key_owners(s: Session, cid: uuid.UUID) -> list[uuid.UUID]:
    """The data-key owners of the customer's messages (their calls', or the messages' own)."""
    return [r.key_owner_id for r in _customer_rows(s, cid)]


def erase_messages(s: Session, cid: uuid.UUID) -> list[uuid.UUID]:
    """Delete the customer's messages; returns the data-key owners to destroy with them."""
    rows = _customer_rows(s, cid)
    ids = [r.id for r in rows]
    if ids:
        s.execute(delete(Message).where(Message.id.in_(ids)))
    return [r.key_owner_id for r in rows]
