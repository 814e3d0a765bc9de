"""Customers: create, update, look up by blind index, open the card (audited); what a
draft must pass is in customer_validation.py, what the card holds in customer_card.py."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.addressing import FORMS, parse_form
from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.models.account import Account
from agentdesk.models.customer import Customer
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_access import (
    CallerMatches,
    in_call_link_reason,
    live_call,
    may_open,
    openable_customer,
)
from agentdesk.services.customer_card import T, read_card, stored_name
from agentdesk.services.customer_types import (
    CustomerCard,
    CustomerDraft,
    CustomerMatch,
    display_name,
)
from agentdesk.services.customer_validation import validate_draft
from agentdesk.services.identity import Identity
from agentdesk.services.vault import VaultService
from agentdesk.storage.session import Database
from agentdesk.vault.blind_index import normalise_phone
from agentdesk.vault.envelope import CustomerCipher


class CustomerService:
    def __init__(
        self,
        db: Database,
        vault: VaultService,
        audit: AuditLog,
        region: str = "GB",
        forms: tuple[str, ...] = FORMS,
    ) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit
        self.region = region
        self.forms = forms  # the forms of address offered, in order (a setting)
        self.caller_matches = CallerMatches()  # whose number each live call came from

    # -- writing ---------------------------------------------------------------------------
    def create_customer(
        self,
        who: Identity,
        draft: CustomerDraft,
        import_key: str | None = None,
        *,
        then: Callable[[Session, uuid.UUID], object] | None = None,
    ) -> tuple[str, Changes]:
        """Create the customer; ``then(session, id)`` runs in the same transaction (an
        imported row and its notes are stored whole or not at all)."""
        validate_draft(draft, self.region)
        cid = uuid.uuid4()
        with self._db.write() as s:
            import_bidx = self._vault.indexer.digest("import", import_key) if import_key else None
            if import_bidx and s.scalar(
                select(Customer.id).where(Customer.import_bidx == import_bidx)
            ):
                raise ValidationError(
                    "This record was already imported.", "import", code="customer.imported"
                )
            cipher = self._vault.new_cipher(cid, "customer")
            row = Customer(
                id=cid, name_ct=b"", created_by=_actor_id(s, who), import_bidx=import_bidx
            )
            self._fill(row, cipher, draft)
            s.add(row)
            s.flush()
            self._audit.append(s, who, "customer.created", cid)
            if then is not None:
                then(s, cid)
        return str(cid), Changes.CUSTOMERS

    def imported_customer(self, import_key: str) -> str | None:
        """The customer an earlier import created from this source row, if any."""
        digest = self._vault.indexer.digest("import", import_key)
        with self._db.read() as s:
            found = s.scalar(select(Customer.id).where(Customer.import_bidx == digest))
        return str(found) if found else None

    def update_customer(self, who: Identity, customer_id: str, draft: CustomerDraft) -> Changes:
        validate_draft(draft, self.region)
        cid = uuid.UUID(customer_id)
        with self._db.write() as s:
            row = self._require(s, who, cid)
            self._fill(row, self._vault.cipher(cid), draft)
            self._audit.append(s, who, "customer.updated", cid)
        return Changes.CUSTOMERS

    def _fill(self, row: Customer, cipher: CustomerCipher, d: CustomerDraft) -> None:
        """Set the fields from the draft; a ciphertext is replaced only when its value changed,
        so an edit touches only the fields a person changed (a team database merges edits
        from two workstations field by field, and flags the same field edited on both)."""
        rid = row.id
        idx = self._vault.indexer

        def same(column: str, field: str, value: object, as_json: bool = False) -> bool:
            old = getattr(row, column) or None  # b"": a new row's placeholder
            if old is None or value is None:
                return old is None and value is None
            text = cipher.decrypt(T, rid, field, old)
            return (json.loads(text) if as_json else text) == value

        name = {"first": d.first_name.strip(), "surname": d.surname.strip()}
        if not same("name_ct", "name", name, as_json=True):
            row.name_ct = cipher.encrypt_json(T, rid, "name", name)
        phone = normalise_phone(d.phone, self.region) if d.phone.strip() else None
        if not same("phone_ct", "phone", phone):
            row.phone_ct = cipher.encrypt(T, rid, "phone", phone) if phone else None
        row.phone_bidx = idx.phone(phone, self.region) if phone else None
        email = d.email.strip() or None
        if not same("email_ct", "email", email):
            row.email_ct = cipher.encrypt(T, rid, "email", email) if email else None
        row.email_bidx = idx.email(email) if email else None
        row.surname_bidx = idx.surname(d.surname) if d.surname.strip() else None
        tags = [t.strip() for t in d.free_tags if t.strip()]
        if not same("tags_ct", "tags", tags or None, as_json=True):
            row.tags_ct = cipher.encrypt_json(T, rid, "tags", tags) if tags else None
        row.form_of_address = parse_form(d.form_of_address) if d.form_of_address else None
        row.type_tags = sorted(set(d.type_tags))
        row.lawful_basis = d.lawful_basis or None

    # -- finding ---------------------------------------------------------------------------
    def lookup(
        self, who: Identity, query: str, *, interaction_id: str | None = None
    ) -> list[CustomerMatch]:
        """Exact lookup by phone (any format), e-mail or surname; audited with the count.

        What a representative may find (#15 item 8, #14): during a live call of theirs
        (``interaction_id``) every match, to identify the caller; outside a call only the
        customers they serve. Team leaders find everyone. ``lookup_scope`` says which applies.
        """
        idx = self._vault.indexer
        tried: list[tuple[str, object, str | None]] = [
            ("phone", Customer.phone_bidx, idx.phone(query, self.region)),
            ("email", Customer.email_bidx, idx.email(query) if "@" in query else None),
            ("surname", Customer.surname_bidx, idx.surname(query)),
        ]
        matches: list[CustomerMatch] = []
        # The lookup's audit entry skips the commit fsync: lookups run while the caller
        # waits, and losing one entry to a power cut harms nobody (saves stay durable).
        with self._db.write(durable=False) as s:
            everyone = who.is_team_leader or live_call(s, who, interaction_id) is not None
            hidden = 0
            for kind, column, digest in tried:
                if not digest:
                    continue
                rows = s.scalars(
                    select(Customer)
                    .where(column == digest, Customer.deleted_at.is_(None))
                    .limit(50)
                ).all()
                for row in rows:
                    if not everyone and not may_open(s, who, row.id, row):
                        hidden += 1  # not theirs and no call: not even the name is shown
                        continue
                    first, surname = stored_name(self._vault, row)
                    matches.append(
                        CustomerMatch(
                            str(row.id), display_name(first, surname), row.form_of_address, kind
                        )
                    )
                if matches or hidden:
                    break
            details = {"matches": len(matches)}
            if hidden:
                details["hidden"] = hidden
            if interaction_id and everyone and not who.is_team_leader:
                details["interaction"] = interaction_id
            self._audit.append(s, who, "customer.lookup", None, **details)
        return matches

    def lookup_scope(self, who: Identity, interaction_id: str | None = None) -> str:
        """``"everyone"`` (team leader), ``"call"`` (a rep in a live call: every match, and
        opening one links it to the call) or ``"served"`` (a rep outside a call)."""
        if who.is_team_leader:
            return "everyone"
        with self._db.read() as s:
            return "call" if live_call(s, who, interaction_id) is not None else "served"

    def match_caller(
        self, who: Identity, number: str, interaction_id: str | None = None
    ) -> list[str]:
        """Ids of the customers whose phone is ``number`` (to link a ringing call; no names).

        With ``interaction_id`` they are remembered as that call's number matches: the only
        customers its representative may link without stating a reason (#15 item 8).
        """
        digest = self._vault.indexer.phone(number, self.region)
        if not digest:
            if interaction_id:
                self.caller_matches.record(interaction_id, [])
            return []
        with self._db.write(durable=False) as s:
            ids = list(
                s.scalars(
                    select(Customer.id)
                    .where(Customer.phone_bidx == digest, Customer.deleted_at.is_(None))
                    .limit(50)
                )
            )
            self._audit.append(s, who, "customer.lookup", None, matches=len(ids), caller=True)
        found = [str(i) for i in ids]
        if interaction_id:
            self.caller_matches.record(interaction_id, found)
        return found

    def resolve(self, who: Identity, who_text: str) -> str:
        """A customer id from an id, phone number or e-mail (how data-subject requests arrive)."""
        try:
            cid = uuid.UUID(who_text.strip())
        except ValueError:
            cid = None
        if cid is not None:
            with self._db.read() as s:
                if s.get(Customer, cid) is not None:
                    return str(cid)
            raise NotFoundError("No such customer.", code="not_found.customer")
        found = [m for m in self.lookup(who, who_text) if m.matched_on in ("phone", "email")]
        if not found:
            raise NotFoundError(
                "No customer has that phone number or e-mail address.",
                code="not_found.customer_contact",
            )
        if len(found) > 1:
            raise ValidationError(
                f"{len(found)} customers share that number; use the customer id instead.",
                "customer",
                code="customer.number_shared",
                count=len(found),
            )
        return found[0].id

    # -- reading ---------------------------------------------------------------------------
    def caller_name(self, customer_id: str) -> str:
        """The display name of the customer linked to a call, for its header ("" once erased).

        Only for the call's own customer (the interaction service links them first); their
        card, history and notes are opened by the notes panel, audited there."""
        with self._db.read() as s:
            row = s.get(Customer, uuid.UUID(customer_id))
            if row is None or row.deleted_at is not None:
                return ""
            return display_name(*stored_name(self._vault, row))

    def open_card(
        self,
        who: Identity,
        customer_id: str,
        *,
        interaction_id: str | None = None,
        link_reason: str | None = None,
    ) -> CustomerCard:
        """The decrypted card with notes and history, newest first; the view is audited.

        A representative opening a customer they do not serve during a live call of theirs
        (``interaction_id``) links the call to that customer (audited): the caller's record.
        Only the customers the calling number matched link without more; any other needs
        ``link_reason`` (one of ``call_access.LINK_REASONS``), else ``denied.link_reason``.
        """
        cid = uuid.UUID(customer_id)
        linked: uuid.UUID | None = None
        with self._db.write() as s:
            linked = self._link_in_call(s, who, cid, interaction_id, link_reason)
            row = self._require(s, who, cid)
            card = read_card(s, self._vault, row, self.region)
            self._audit.append(s, who, "customer.viewed", cid, notes=len(card.notes))
            if linked is not None:
                self._vault.keys.link_customer(linked, cid)
            return card

    def _link_in_call(
        self,
        s: Session,
        who: Identity,
        cid: uuid.UUID,
        interaction_id: str | None,
        reason: str | None,
    ) -> uuid.UUID | None:
        """Link the live call to the customer a rep opens in it, when they do not serve them."""
        if interaction_id is None or who.is_team_leader:
            return None
        row = s.get(Customer, cid)
        if row is None or row.deleted_at is not None or may_open(s, who, cid, row):
            return None
        call = live_call(s, who, interaction_id)
        if call is None:
            return None
        matched = self.caller_matches.matched(interaction_id, cid)
        audited = in_call_link_reason(call, cid, matched, reason)
        call.customer_id = cid
        self._audit.append(
            s, who, "interaction.linked", cid, interaction=str(call.id), reason=audited,
            opened=True,
        )  # fmt: skip
        s.flush()
        return call.id

    def _require(self, s: Session, who: Identity, cid: uuid.UUID) -> Customer:
        return openable_customer(s, who, cid)


def _actor_id(s: Session, who: Identity) -> uuid.UUID | None:
    return who.account_id if s.get(Account, who.account_id) is not None else None
