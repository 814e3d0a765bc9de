"""Customers: create, update, look up by blind index, open the card (audited)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk import limits
from agentdesk.addressing import FORMS, parse_form
from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.models.account import Account
from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.models.interaction import Interaction
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_access import (
    CallerMatches,
    in_call_link_reason,
    live_call,
    may_open,
    openable_customer,
)
from agentdesk.services.customer_types import (
    CUSTOMER_TYPES,
    FORMS_OF_ADDRESS,
    LAWFUL_BASES,
    CustomerCard,
    CustomerDraft,
    CustomerMatch,
    HistoryItem,
    NoteView,
    display_name,
    note_column,
)
from agentdesk.services.identity import Identity
from agentdesk.services.messages import message_history
from agentdesk.services.support import read_support
from agentdesk.services.vault import VaultService
from agentdesk.storage.session import Database
from agentdesk.vault.blind_index import format_phone_display, normalise_email, normalise_phone
from agentdesk.vault.envelope import CustomerCipher

T = "customer"


def _too_long(what: str, field: str, limit: int) -> ValidationError:
    return ValidationError(
        f"{what}: at most {limit} characters.",
        field,
        code=f"customer.{field}_too_long",
        params={"limit": limit},
    )


def validate_draft(draft: CustomerDraft, region: str) -> None:
    if not (draft.first_name.strip() or draft.surname.strip()):
        raise ValidationError(
            "Name: enter at least a first name or a surname.", "surname",
            code="customer.name_required",
        )  # fmt: skip
    for what, field, value, limit in (
        ("First name", "first_name", draft.first_name, limits.NAME),
        ("Surname", "surname", draft.surname, limits.NAME),
        ("Phone", "phone", draft.phone, limits.PHONE),
        ("E-mail", "email", draft.email, limits.EMAIL),
    ):
        if len(value.strip()) > limit:
            raise _too_long(what, field, limit)
    if len(draft.free_tags) > limits.TAGS:
        raise ValidationError(
            f"Tags: at most {limits.TAGS}.", "free_tags", code="customer.too_many_tags",
            params={"limit": limits.TAGS},
        )  # fmt: skip
    if any(len(t.strip()) > limits.TAG for t in draft.free_tags):
        raise _too_long("Each tag", "free_tags", limits.TAG)
    if draft.phone.strip() and normalise_phone(draft.phone, region) is None:
        raise ValidationError(
            "Phone: a number with its area code, or +country code for abroad "
            "(e.g. 020 7946 0958 or +44 20 7946 0958).",
            "phone",
            code="customer.phone_invalid",
        )
    if draft.email.strip() and normalise_email(draft.email) is None:
        raise ValidationError(
            "E-mail: an address like name@example.com.", "email", code="customer.email_invalid"
        )
    if draft.form_of_address and parse_form(draft.form_of_address) is None:
        raise ValidationError(
            f"Form of address: one of {', '.join(FORMS_OF_ADDRESS)}.",
            "form",
            code="unknown_form",
            params={"forms": FORMS_OF_ADDRESS},
        )
    unknown = set(draft.type_tags) - set(CUSTOMER_TYPES)
    if unknown:
        raise ValidationError(
            f"Customer type: one of {', '.join(CUSTOMER_TYPES)}.", "type_tags",
            code="customer.type_invalid", choices=", ".join(CUSTOMER_TYPES),
        )  # fmt: skip
    if draft.lawful_basis not in (None, "", *LAWFUL_BASES):
        raise ValidationError(
            f"Lawful basis: one of {', '.join(LAWFUL_BASES)}.", "lawful_basis",
            code="customer.lawful_basis_invalid", choices=", ".join(LAWFUL_BASES),
        )  # fmt: skip


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
                    first, surname = self._name(row)
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
            return display_name(*self._name(row))

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
            cipher = self._vault.cipher(cid)
            first, surname = self._name(row)
            notes = self._notes(s, cipher, cid)
            history = [HistoryItem(n.at, "note", n.text[:120], n.id) for n in notes]
            for it in s.scalars(select(Interaction).where(Interaction.customer_id == cid)):
                summary = f"{it.channel} · {it.outcome or it.state}"
                history.append(HistoryItem(it.started_at, "interaction", summary, str(it.id)))
            history.extend(message_history(s, self._vault, cid))
            history.sort(key=lambda h: h.at, reverse=True)
            self._audit.append(s, who, "customer.viewed", cid, notes=len(notes))
            if linked is not None:
                self._vault.keys.link_customer(linked, cid)
            return CustomerCard(
                id=str(cid),
                first_name=first,
                surname=surname,
                phone=format_phone_display(
                    cipher.decrypt(T, cid, "phone", row.phone_ct), self.region
                )
                if row.phone_ct
                else "",
                email=cipher.decrypt(T, cid, "email", row.email_ct) if row.email_ct else "",
                form_of_address=row.form_of_address,
                type_tags=tuple(row.type_tags),
                free_tags=tuple(json.loads(cipher.decrypt(T, cid, "tags", row.tags_ct)))
                if row.tags_ct
                else (),
                lawful_basis=row.lawful_basis,
                created_at=row.created_at,
                notes=tuple(notes),
                history=tuple(history),
                support=read_support(cipher, row),
            )

    def _notes(self, s: Session, cipher: CustomerCipher, cid: uuid.UUID) -> list[NoteView]:
        authors = dict(s.execute(select(Account.id, Account.display_name)).all())
        edited = set(
            s.scalars(select(NoteVersion.note_id).join(Note).where(Note.customer_id == cid))
        )
        # Plain rows, not ORM objects: a customer with 500 notes opens in half the time.
        rows = s.execute(
            select(
                Note.id,
                Note.created_at,
                Note.author_id,
                Note.body_ct,
                Note.permission_given,
                Note.cards_masked,
                Note.interaction_id,
                Note.version,
            )
            .where(Note.customer_id == cid, Note.deleted_at.is_(None))
            .order_by(Note.created_at.desc())
        )
        return [
            NoteView(
                str(n.id),
                n.created_at,
                authors.get(n.author_id, "?"),
                cipher.decrypt("note", n.id, note_column(n.version), n.body_ct),
                n.permission_given,
                n.cards_masked,
                n.id in edited,
                str(n.interaction_id) if n.interaction_id else None,
            )
            for n in rows
        ]

    def _name(self, row: Customer) -> tuple[str, str]:
        data = json.loads(self._vault.cipher(row.id).decrypt(T, row.id, "name", row.name_ct))
        return data["first"], data["surname"]

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
