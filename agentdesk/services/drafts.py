"""Drafts: what a representative typed but has not saved yet, encrypted, restored after a crash.

One draft per (account, kind, ref), overwritten on every save; ``clear`` really deletes it once
the real save succeeded. The payload is JSON, encrypted under a drafts data key per account
(and per customer, when the draft is about one): the key is tied to that customer in the key
store, so erasing them destroys it and every backup copy of the draft becomes unreadable; the
row itself goes with the customer row (ON DELETE CASCADE) or ``delete_for_customer``.
Debouncing (at most two seconds) is the caller's job; each save is one small transaction.
"""

from __future__ import annotations

import json
import logging
import math
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer
from agentdesk.models.draft import Draft
from agentdesk.services.identity import Identity
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.vault.envelope import CustomerCipher
from agentdesk.vault.errors import DecryptionError

log = logging.getLogger(__name__)

MAX_PAYLOAD_CHARS = 1_000_000  # JSON text; ten times the longest note
MAX_DEPTH = 32
# Kind and ref are stored in clear: identifiers only, never typed text.
_KIND = re.compile(r"^[a-z][a-z0-9_-]{0,19}$")
_REF = re.compile(r"^[A-Za-z0-9_.:-]{0,64}$")
# Fixed namespace for the drafts data keys' owner ids (never change: old drafts use it).
_KEY_NAMESPACE = uuid.UUID("5b0d6a52-0f5e-4f43-9d1c-3b7a8e0d2f10")
T = "draft"


@dataclass(frozen=True)
class PendingDraft:
    """A draft to offer back, decrypted: ``payload`` is exactly what was saved."""

    id: str
    kind: str
    ref: str
    customer_id: str | None
    payload: dict[str, Any]
    updated_at: datetime


def draft_key_owner(account_id: uuid.UUID, customer_id: uuid.UUID | None) -> uuid.UUID:
    """Owner id of the drafts data key for this account (and customer)."""
    return uuid.uuid5(_KEY_NAMESPACE, f"drafts:{account_id}:{customer_id or '-'}")


# ASCII escapes carry any Python text (lone surrogates too) through UTF-8 encryption.
PAYLOAD_JSON: dict[str, Any] = {"ensure_ascii": True, "allow_nan": False, "separators": (",", ":")}


def encode_payload(payload: dict[str, Any]) -> str:
    """JSON that decodes back to an equal dict; refuses what JSON would silently change."""
    _check_plain(payload, 0)
    text = json.dumps(payload, **PAYLOAD_JSON)
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValidationError(
            "Draft: too long to keep; save or shorten the text.", "payload",
            code="draft.too_long",
        )  # fmt: skip
    return text


def _check_plain(value: Any, depth: int) -> None:
    if depth == 0 and not isinstance(value, dict):
        raise ValidationError(
            "Draft: the payload must be a mapping.", "payload", code="draft.not_mapping"
        )
    if depth > MAX_DEPTH:
        raise ValidationError(
            "Draft: the payload is nested too deeply.", "payload", code="draft.too_deep"
        )
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(
                "Draft: numbers must be finite.", "payload", code="draft.not_finite"
            )
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(
                    "Draft: payload keys must be text.", "payload", code="draft.key_not_text"
                )
            _check_plain(item, depth + 1)
        return
    if isinstance(value, list):
        for item in value:
            _check_plain(item, depth + 1)
        return
    kind = type(value).__name__
    raise ValidationError(
        f"Draft: cannot keep a {kind}.", "payload", code="draft.cannot_keep", kind=kind
    )


def _check_ids(kind: str, ref: str) -> None:
    if not isinstance(kind, str) or not _KIND.match(kind):
        raise ValidationError(
            "Draft kind: a lower-case identifier of 1-20 characters.", "kind", code="draft.kind"
        )
    if not isinstance(ref, str) or not _REF.match(ref):
        raise ValidationError(
            "Draft reference: an identifier of at most 64 characters.", "ref", code="draft.ref"
        )


class DraftService:
    def __init__(self, db: Database, vault: VaultService) -> None:
        self._db = db
        self._vault = vault

    def save_draft(
        self,
        who: Identity,
        kind: str,
        ref: str,
        payload: dict[str, Any],
        *,
        customer_id: str | None = None,
    ) -> Changes:
        """Create or overwrite the draft; when this returns, it survives a crash."""
        _check_ids(kind, ref)
        encode_payload(payload)  # checks the payload and its size
        cid = uuid.UUID(customer_id) if customer_id else None
        now = utcnow()
        with self._db.write() as s:
            if cid is not None:
                customer = s.get(Customer, cid)
                if customer is None or customer.deleted_at is not None:
                    raise NotFoundError("No such customer.", code="not_found.customer")
            row = s.scalar(
                select(Draft).where(
                    Draft.account_id == who.account_id, Draft.kind == kind, Draft.ref == ref
                )
            )
            seq = s.scalar(
                select(func.coalesce(func.max(Draft.seq), 0)).where(
                    Draft.account_id == who.account_id
                )
            )
            if row is None:
                row = Draft(id=uuid.uuid4(), account_id=who.account_id, kind=kind, ref=ref)
                row.created_at = now
                s.add(row)
            cipher = self._cipher(who.account_id, cid)
            row.customer_id = cid
            row.seq = seq + 1
            row.updated_at = now
            row.payload_ct = cipher.encrypt_json(T, row.id, "payload", payload, **PAYLOAD_JSON)
        return Changes.NONE

    def pending_drafts(self, who: Identity) -> list[PendingDraft]:
        """This account's drafts, newest save first; unreadable ones (erased) are skipped."""
        with self._db.read() as s:
            rows = s.scalars(
                select(Draft).where(Draft.account_id == who.account_id).order_by(Draft.seq.desc())
            )
            opened = [self._open(row) for row in rows]
        return [d for d in opened if d is not None]

    def draft(self, who: Identity, kind: str, ref: str) -> PendingDraft | None:
        """The draft for one form, if any (to fill the form back in)."""
        _check_ids(kind, ref)
        with self._db.read() as s:
            row = s.scalar(
                select(Draft).where(
                    Draft.account_id == who.account_id, Draft.kind == kind, Draft.ref == ref
                )
            )
            return self._open(row) if row is not None else None

    def clear(self, who: Identity, kind: str, ref: str) -> Changes:
        """The real save succeeded: delete the draft (nothing happens when there is none)."""
        _check_ids(kind, ref)
        with self._db.write() as s:
            s.execute(
                delete(Draft).where(
                    Draft.account_id == who.account_id, Draft.kind == kind, Draft.ref == ref
                )
            )
        return Changes.NONE

    def discard(self, who: Identity, draft_id: str) -> Changes:
        """The representative does not want it back: delete it (idempotent)."""
        did = uuid.UUID(draft_id)
        with self._db.write() as s:
            s.execute(delete(Draft).where(Draft.id == did, Draft.account_id == who.account_id))
        return Changes.NONE

    def delete_for_customer(self, customer_id: str) -> int:
        """Erasure: delete every account's drafts about this customer; returns how many.

        The customer's deletion cascades to these rows anyway and destroying the customer's
        keys destroys the drafts keys tied to them; this call makes it explicit and clears
        the in-memory ciphers.
        """
        cid = uuid.UUID(customer_id)
        with self._db.write() as s:
            accounts = set(s.scalars(select(Draft.account_id).where(Draft.customer_id == cid)))
            count = s.execute(delete(Draft).where(Draft.customer_id == cid)).rowcount
        self._vault.forget(*(draft_key_owner(a, cid) for a in accounts))
        return count

    def purge(self, before: datetime) -> int:
        """Retention: delete drafts nobody restored or saved since ``before``."""
        with self._db.write() as s:
            return s.execute(delete(Draft).where(Draft.updated_at < before)).rowcount

    def _cipher(self, account_id: uuid.UUID, cid: uuid.UUID | None) -> CustomerCipher:
        owner = draft_key_owner(account_id, cid)
        try:
            return self._vault.cipher(owner)
        except KeyDestroyedError:
            # First draft for this account (and customer): its key is made once, then reused.
            return self._vault.new_cipher(owner, "drafts", cid)

    def _open(self, row: Draft) -> PendingDraft | None:
        owner = draft_key_owner(row.account_id, row.customer_id)
        try:
            text = self._vault.cipher(owner).decrypt(T, row.id, "payload", row.payload_ct)
            payload = json.loads(text)
        except (KeyDestroyedError, DecryptionError, ValueError):
            # Its key was destroyed (customer erased) or the row is damaged: cannot come back.
            log.warning("draft %s cannot be read; skipped", row.id)
            return None
        return PendingDraft(
            str(row.id),
            row.kind,
            row.ref,
            str(row.customer_id) if row.customer_id else None,
            payload,
            row.updated_at,
        )
