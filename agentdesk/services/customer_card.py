"""The customer's card as the notes panel shows it, read inside the opening service's
transaction: the decrypted fields, the notes and the history (notes, calls, messages),
newest first."""

from __future__ import annotations

import json
import logging
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.models.account import Account
from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.models.interaction import Interaction
from agentdesk.services.customer_types import CustomerCard, HistoryItem, NoteView, note_column
from agentdesk.services.messages import message_history
from agentdesk.services.support import read_support
from agentdesk.services.vault import VaultService
from agentdesk.vault.blind_index import format_phone_display
from agentdesk.vault.envelope import CustomerCipher
from agentdesk.vault.errors import DecryptionError

log = logging.getLogger(__name__)
T = "customer"  # the table every customer field's ciphertext is bound to


def stored_name(vault: VaultService, row: Customer) -> tuple[str, str]:
    """The customer's first name and surname, decrypted."""
    data = json.loads(vault.cipher(row.id).decrypt(T, row.id, "name", row.name_ct))
    return data["first"], data["surname"]


def read_card(s: Session, vault: VaultService, row: Customer, region: str) -> CustomerCard:
    """The whole card of ``row`` (a customer the caller may open; the caller audits it)."""
    cid = row.id
    cipher = vault.cipher(cid)
    first, surname = stored_name(vault, row)
    notes = _note_views(s, cipher, cid)
    history = [HistoryItem(n.at, "note", n.text[:120], n.id) for n in notes]
    for it in s.scalars(select(Interaction).where(Interaction.customer_id == cid)):
        summary = f"{it.channel} · {it.outcome or it.state}"
        history.append(HistoryItem(it.started_at, "interaction", summary, str(it.id)))
    history.extend(message_history(s, vault, cid))
    history.sort(key=lambda h: h.at, reverse=True)
    return CustomerCard(
        id=str(cid),
        first_name=first,
        surname=surname,
        phone=format_phone_display(cipher.decrypt(T, cid, "phone", row.phone_ct), region)
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


def _note_views(s: Session, cipher: CustomerCipher, cid: uuid.UUID) -> list[NoteView]:
    authors = dict(s.execute(select(Account.id, Account.display_name)).all())
    edited = set(s.scalars(select(NoteVersion.note_id).join(Note).where(Note.customer_id == cid)))
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
    views = []
    for n in rows:
        try:
            text = cipher.decrypt("note", n.id, note_column(n.version), n.body_ct)
        except DecryptionError:
            # Any member's role may add a note about any customer, and the server cannot tell
            # noise from a ciphertext: one such note must not shut the card for everyone.
            log.warning("a note that does not decrypt was left out of a customer's card")
            continue
        views.append(
            NoteView(
                str(n.id),
                n.created_at,
                authors.get(n.author_id, "?"),
                text,
                n.permission_given,
                n.cards_masked,
                n.id in edited,
                str(n.interaction_id) if n.interaction_id else None,
            )
        )
    return views
