"""Every kind of personal data has an owner for export, erasure and retention (#15 item 7)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import LargeBinary, select, update

from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.base import Base, utcnow
from agentdesk.models.draft import Draft
from agentdesk.models.interaction import Interaction, InteractionEvent
from agentdesk.models.message import Message
from agentdesk.services.drafts import DraftService, draft_key_owner
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.gdpr import Retention
from agentdesk.services.interactions import InteractionService
from agentdesk.services.messages import MessageService
from agentdesk.services.personal_data import COLUMNS

YEARS = timedelta(days=6 * 365)


def test_every_encrypted_column_is_covered():
    """A new table or column with ciphertext fails here until it is given its owners."""
    covered = {(c.model.__tablename__, c.attr) for c in COLUMNS}
    sealed = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, LargeBinary) and column.name.endswith("_ct")
    }
    assert sealed == covered
    for c in COLUMNS:
        assert c.erasure and c.retention and c.export, c


def _age(people, model, column, ids, by=YEARS):
    with people.db.write() as s:
        s.execute(update(model).where(model.id.in_(ids)).values({column: utcnow() - by}))


def test_a_message_taken_outside_a_call_is_purged_with_its_key(people):
    messages = MessageService(people.db, people.vault, people.audit)
    draft = MessageDraft(
        to_whom="Priya Shah", from_name="Ann Lee", phone="020 7946 0958", what="call me",
        action_requested="call back", action_promised="today", by_whom="Rita Rep",
        when="2026-03-02T10:15",
    )  # fmt: skip
    confirmed = MessageTaking(None, "GB").confirm_read_back(draft)
    saved, _ = messages.take_message(people.rep, draft, confirmed=confirmed)
    mid = uuid.UUID(saved.id)
    assert people.vault.keys.get(mid) is not None
    _age(people, Message, "taken_at", [mid])
    report = people.gdpr.purge(None, Retention(), allow_large=True)
    assert report.messages == 1
    assert people.vault.keys.get(mid) is None
    with people.db.read() as s:
        assert s.get(Message, mid) is None


def test_a_call_never_linked_to_a_customer_loses_its_details_past_retention(people):
    calls = InteractionService(
        people.db, people.vault, people.audit, people.customers, FlowLibrary().flows
    )
    start = calls.start_call(people.rep, "inbound", ScriptContext("N", "C", "Rita"))
    start.engine.capture("first_name", "Ann")
    start.engine.capture("surname", "Lee")
    iid = uuid.UUID(start.interaction_id)
    assert start.customer_id is None
    _age(people, Interaction, "started_at", [iid])
    report = people.gdpr.purge(None, Retention())
    assert report.interactions == 1
    assert people.vault.keys.get(iid) is None  # no backup copy of its events opens again
    with people.db.read() as s:
        assert all(
            e.data_ct is None
            for e in s.scalars(
                select(InteractionEvent).where(InteractionEvent.interaction_id == iid)
            )
        )


def test_drafts_are_purged_and_their_keys_destroyed(people):
    drafts = DraftService(people.db, people.vault)
    drafts.save_draft(people.rep, "message", "m1", {"what": "Ann Lee called"})
    owner = draft_key_owner(people.rep.account_id, None)
    assert people.vault.keys.get(owner) is not None
    with people.db.write() as s:
        s.execute(update(Draft).values(updated_at=utcnow() - timedelta(days=31)))
    report = people.gdpr.purge(None, Retention())
    assert report.drafts == 1 and drafts.pending_drafts(people.rep) == []
    assert people.vault.keys.get(owner) is None


def test_a_message_from_a_known_number_outside_a_call_follows_the_customer(people):
    from agentdesk.services.customer_types import CustomerDraft

    cid, _ = people.customers.create_customer(
        people.leader, CustomerDraft(surname="Lee", phone="020 7946 0958")
    )
    messages = MessageService(people.db, people.vault, people.audit)
    draft = MessageDraft(
        to_whom="Priya Shah", from_name="Ann Lee", phone="+44 20 7946 0958", what="call me",
        action_requested="call back", action_promised="today", by_whom="Rita Rep",
        when="2026-03-02T10:15",
    )  # fmt: skip
    saved, _ = messages.take_message(
        people.rep, draft, confirmed=MessageTaking(None, "GB").confirm_read_back(draft)
    )
    assert [m["id"] for m in people.gdpr.export_customer(people.leader, cid)["messages"]] == [
        saved.id
    ]
    people.gdpr.erase_customer(people.leader, cid)
    assert people.vault.keys.get(uuid.UUID(saved.id)) is None
    with people.db.read() as s:
        assert s.get(Message, uuid.UUID(saved.id)) is None
