"""Who may find and open a customer (#15 item 8, #14): a representative finds and opens the
customers they serve; during a live call of theirs, the caller's record (linked, audited):
one the calling number matches, or another with a stated reason; messages by their readers."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from agentdesk.errors import NotFoundError, PermissionDeniedError
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.audit import AuditEntry
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.interactions import InteractionService

CTX = ScriptContext("N", "C", "Rita")


@pytest.fixture
def calls(people):
    return InteractionService(
        people.db, people.vault, people.audit, people.customers, FlowLibrary().flows
    )


@pytest.fixture
def victim(people):
    cid, _ = people.customers.create_customer(
        people.leader, CustomerDraft(first_name="Vera", surname="Victim", phone="020 7946 0555")
    )
    return cid


def _linked_reasons(people) -> list[str]:
    with people.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "interaction.linked"))
        return [r.details.get("reason") for r in rows]


def test_outside_a_call_a_lookup_shows_no_one_else_s_customer(people, victim):
    assert people.customers.lookup(people.rep, "Victim") == []
    assert people.customers.lookup(people.rep, "020 7946 0555") == []
    assert people.customers.lookup_scope(people.rep) == "served"
    assert [m.id for m in people.customers.lookup(people.leader, "Victim")] == [victim]
    with pytest.raises(PermissionDeniedError):
        people.customers.open_card(people.rep, victim)


def test_linking_someone_else_s_customer_to_a_finished_call_is_refused(people, calls, victim):
    start = calls.start_call(people.rep, "inbound", CTX)
    with people.db.write() as s:  # the call is over
        from agentdesk.models.interaction import Interaction

        s.get(Interaction, __import__("uuid").UUID(start.interaction_id)).state = "done"
    with pytest.raises(PermissionDeniedError):
        calls.link_customer(people.rep, start.interaction_id, victim)
    with pytest.raises(PermissionDeniedError):
        people.customers.open_card(people.rep, victim, interaction_id=start.interaction_id)


def test_in_a_live_call_a_record_the_number_does_not_match_needs_a_stated_reason(
    people, calls, victim
):
    # The attack: any live call of one's own, a surname, and the record used to open.
    start = calls.start_call(people.rep, "inbound", CTX)
    iid = start.interaction_id
    assert people.customers.lookup_scope(people.rep, iid) == "call"
    assert [m.id for m in people.customers.lookup(people.rep, "Victim", interaction_id=iid)] == [
        victim
    ]
    with pytest.raises(PermissionDeniedError) as refused:
        people.customers.open_card(people.rep, victim, interaction_id=iid)
    assert refused.value.code == "denied.link_reason"
    with pytest.raises(PermissionDeniedError) as refused:
        calls.link_customer(people.rep, iid, victim)
    assert refused.value.code == "denied.link_reason"
    with pytest.raises(PermissionDeniedError):  # a made-up reason is no reason
        people.customers.open_card(people.rep, victim, interaction_id=iid, link_reason="because")
    assert _linked_reasons(people) == []
    card = people.customers.open_card(
        people.rep, victim, interaction_id=iid, link_reason="identity-checked"
    )
    assert card.surname == "Victim"
    assert _linked_reasons(people) == ["identity-checked"]
    other, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Other"))
    for reason in (None, "identity-checked"):  # one caller per call, whatever the reason
        with pytest.raises(PermissionDeniedError) as refused:
            people.customers.open_card(people.rep, other, interaction_id=iid, link_reason=reason)
        assert refused.value.code == "denied.call_linked_other"
        with pytest.raises(PermissionDeniedError):
            calls.link_customer(people.rep, iid, str(other), reason=reason)
    with people.db.read() as s:
        from agentdesk.models.interaction import Interaction

        assert str(s.get(Interaction, __import__("uuid").UUID(iid)).customer_id) == victim


def test_in_a_live_call_every_record_the_calling_number_matches_opens_without_a_reason(
    people, calls, victim
):
    twin, _ = people.customers.create_customer(
        people.leader, CustomerDraft(first_name="Vic", surname="Victim", phone="020 7946 0555")
    )
    stranger, _ = people.customers.create_customer(
        people.leader, CustomerDraft(surname="Stranger", phone="020 7946 0777")
    )
    start = calls.start_call(people.rep, "inbound", CTX, caller_number="020 7946 0555")
    assert start.customer_id is None  # two records share the number: the rep chooses
    iid = start.interaction_id
    with pytest.raises(PermissionDeniedError):  # not the number calling
        calls.link_customer(people.rep, iid, stranger)
    assert calls.link_customer(people.rep, iid, twin) is None
    assert people.customers.open_card(people.rep, twin, interaction_id=iid).surname == "Victim"
    assert _linked_reasons(people) == ["caller-number"]


def test_a_call_from_the_customer_s_number_links_them_audited(people, calls, victim):
    start = calls.start_call(people.rep, "inbound", CTX, caller_number="+44 20 7946 0555")
    assert start.customer_id == victim
    assert _linked_reasons(people) == ["caller-number"]


def test_another_representative_s_live_call_gives_nothing(people, calls, victim):
    from agentdesk.services.identity import Role

    people.accounts.add_user(people.leader, "rep2", "Rob Rep", "rep2-password", Role.REPRESENTATIVE)
    rep2 = people.accounts.login("rep2", "rep2-password")
    start = calls.start_call(rep2, "inbound", CTX)
    iid = start.interaction_id
    assert people.customers.lookup(people.rep, "Victim", interaction_id=iid) == []
    # Nor does a reason help with someone else's call, or a reason that is not a string.
    with pytest.raises(PermissionDeniedError):
        people.customers.open_card(
            people.rep, victim, interaction_id=iid, link_reason="identity-checked"
        )
    with pytest.raises(NotFoundError):
        calls.link_customer(people.rep, iid, victim, reason="identity-checked")
    own = calls.start_call(people.rep, "inbound", CTX).interaction_id
    for hostile in (["identity-checked"], "IDENTITY-CHECKED", "identity-checked ", ""):
        with pytest.raises(PermissionDeniedError):
            people.customers.open_card(people.rep, victim, interaction_id=own, link_reason=hostile)


def test_the_message_inbox_shows_each_message_to_its_addressee_and_team_leaders(people):
    from agentdesk.flows.message import MessageDraft, MessageTaking
    from agentdesk.services.identity import Role
    from agentdesk.services.messages import MessageService

    people.accounts.add_user(
        people.leader, "priya", "Priya Shah", "priya-pass1", Role.REPRESENTATIVE
    )
    people.accounts.add_user(people.leader, "rob", "Rob Rep", "rob-password", Role.REPRESENTATIVE)
    priya = people.accounts.login("priya", "priya-pass1")
    rob = people.accounts.login("rob", "rob-password")
    messages = MessageService(people.db, people.vault, people.audit)
    draft = MessageDraft(
        to_whom="priya  shah", from_name="Ann Lee", phone="020 7946 0958", what="call me",
        action_requested="call back", action_promised="today", by_whom="Rita Rep",
        when="2026-03-02T10:15",
    )  # fmt: skip
    saved, _ = messages.take_message(
        people.rep, draft, confirmed=MessageTaking(None, "GB").confirm_read_back(draft)
    )
    assert [v.id for v in messages.inbox(priya)] == [saved.id]  # the addressee
    assert [v.id for v in messages.inbox(people.rep)] == [saved.id]  # who took it
    assert [v.id for v in messages.inbox(people.leader)] == [saved.id]
    assert messages.inbox(rob) == []  # anyone else
    # Nor may anyone else change its status, knowing its id (#15 item 8).
    with pytest.raises(PermissionDeniedError) as refused:
        messages.set_status(rob, saved.id, "done")
    assert refused.value.code == "denied.message_status"
    assert messages.inbox(priya)[0].status == "new"
    messages.set_status(priya, saved.id, "passed_on")  # the addressee
    messages.set_status(people.rep, saved.id, "done")  # who took it
    messages.set_status(people.leader, saved.id, "new")
    assert messages.inbox(priya)[0].status == "new"


def test_a_message_names_its_addressee_only_when_one_account_has_the_name(people):
    """``message.addressee_id`` (what the team database checks, migration 0025): the one
    current account "to whom" names. Two accounts with that name, or none, leave it empty:
    then only its taker or a team leader changes its status, though both namesakes read it. A
    message named for one account is not shown to a namesake who joined after."""
    from agentdesk.flows.message import MessageDraft, MessageTaking
    from agentdesk.models.message import Message
    from agentdesk.services.identity import Role
    from agentdesk.services.messages import MessageService

    messages = MessageService(people.db, people.vault, people.audit)

    def take(to_whom):
        draft = MessageDraft(
            to_whom=to_whom, from_name="Ann Lee", phone="020 7946 0958", what="call me",
            action_requested="call back", action_promised="today", by_whom="Rita Rep",
            when="2026-03-02T10:15",
        )  # fmt: skip
        saved, _ = messages.take_message(
            people.rep, draft, confirmed=MessageTaking(None, "GB").confirm_read_back(draft)
        )
        with people.db.read() as s:
            return saved.id, s.get(Message, uuid.UUID(saved.id)).addressee_id

    people.accounts.add_user(people.leader, "sam", "Sam Lee", "sam-password1", Role.REPRESENTATIVE)
    sam = people.accounts.login("sam", "sam-password1")
    for_sam, addressee = take(" SAM  lee ")
    assert addressee == sam.account_id
    assert take("Someone Outside")[1] is None
    people.accounts.add_user(
        people.leader, "sam2", "Sam Lee", "sam-password2", Role.REPRESENTATIVE
    )
    other_sam = people.accounts.login("sam2", "sam-password2")
    ambiguous, addressee = take("Sam Lee")
    assert addressee is None
    assert {v.id for v in messages.inbox(other_sam)} == {ambiguous}  # not Sam's first one
    assert {v.id for v in messages.inbox(sam)} == {for_sam, ambiguous}
    for who in (sam, other_sam):
        with pytest.raises(PermissionDeniedError):
            messages.set_status(who, ambiguous, "done")
    with pytest.raises(PermissionDeniedError):
        messages.set_status(other_sam, for_sam, "done")  # named after she joined: not hers
    messages.set_status(sam, for_sam, "done")
    messages.set_status(people.rep, ambiguous, "done")
    assert {v.status for v in messages.inbox(people.leader)} == {"done", "new"}
