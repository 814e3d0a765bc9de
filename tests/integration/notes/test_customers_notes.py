"""Customers and notes through the services: lookup, permissions, redaction, versions."""

from __future__ import annotations

import pytest

from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.services.customer_types import CustomerDraft

MARIA = CustomerDraft(
    first_name="María",
    surname="Núñez",
    phone="020 7946 0958",
    email="Maria@Example.com",
    form_of_address="Ms.",
    type_tags=("returning",),
    free_tags=("prefers mornings",),
    lawful_basis="contract",
)


def test_lookup_by_any_phone_format_email_and_surname(people):
    cid, _ = people.customers.create_customer(people.leader, MARIA)
    for query in ("+44 20 7946 0958", "02079460958", "0044-20-7946-0958"):
        found = people.customers.lookup(people.leader, query)
        assert [m.id for m in found] == [cid] and found[0].matched_on == "phone"
    assert people.customers.lookup(people.leader, "maria@example.COM")[0].id == cid
    assert people.customers.lookup(people.leader, "nunez")[0].display_name == "María Núñez"
    assert people.customers.lookup(people.leader, "+44 20 7946 0000") == []


def test_several_contacts_on_one_number(people):
    a, _ = people.customers.create_customer(people.leader, MARIA)
    b, _ = people.customers.create_customer(
        people.leader, CustomerDraft(first_name="Luis", surname="Núñez", phone="+442079460958")
    )
    assert {m.id for m in people.customers.lookup(people.leader, "020 7946 0958")} == {a, b}


def test_card_has_fields_and_history_newest_first(people):
    cid, _ = people.customers.create_customer(people.leader, MARIA)
    people.notes.add_note(people.leader, cid, "First call about billing", permission_given=True)
    people.notes.add_note(people.leader, cid, "Second call", permission_given=False)
    card = people.customers.open_card(people.leader, cid)
    assert card.display_name == "María Núñez" and card.phone == "020 7946 0958"
    assert card.email == "Maria@Example.com" and card.free_tags == ("prefers mornings",)
    assert [n.text for n in card.notes] == ["Second call", "First call about billing"]
    assert card.history[0].summary == "Second call"


def test_representative_reads_only_customers_they_serve(people):
    cid, _ = people.customers.create_customer(people.leader, MARIA)
    with pytest.raises(PermissionDeniedError):
        people.customers.open_card(people.rep, cid)
    own, _ = people.customers.create_customer(people.rep, CustomerDraft(surname="Okafor"))
    people.notes.add_note(people.rep, own, "Called about a refund", permission_given=True)
    assert people.customers.open_card(people.rep, own).notes[0].author == "Rita Rep"
    assert people.customers.open_card(people.leader, own).surname == "Okafor"


def test_card_numbers_are_masked_and_phone_numbers_kept(people):
    cid, _ = people.customers.create_customer(people.leader, MARIA)
    saved, _ = people.notes.add_note(
        people.leader,
        cid,
        "Paid with 4111 1111 1111 1111 cvv 123, call back on 020 7946 0958",
        permission_given=True,
    )
    assert saved.redacted and saved.cards_masked == 1 and saved.cvv_removed == 1
    text = people.customers.open_card(people.leader, cid).notes[0].text
    assert "4111 1111 1111 1111" not in text and "1111" in text
    assert "123" not in text and "020 7946 0958" in text


def test_edits_keep_versions(people):
    cid, _ = people.customers.create_customer(people.rep, MARIA)
    saved, _ = people.notes.add_note(people.rep, cid, "first text", permission_given=True)
    people.notes.edit_note(people.rep, saved.note_id, "second text")
    people.notes.edit_note(people.leader, saved.note_id, "third text")
    assert people.notes.versions(people.leader, saved.note_id) == ["first text", "second text"]
    card = people.customers.open_card(people.leader, cid)
    assert card.notes[0].text == "third text" and card.notes[0].edited


def test_invalid_input_says_what_is_expected(people):
    with pytest.raises(ValidationError, match="Phone"):
        people.customers.create_customer(people.leader, CustomerDraft(surname="X", phone="12ab"))
    with pytest.raises(ValidationError, match="Name"):
        people.customers.create_customer(people.leader, CustomerDraft())
    cid, _ = people.customers.create_customer(people.leader, MARIA)
    with pytest.raises(ValidationError, match="write something"):
        people.notes.add_note(people.leader, cid, "   ", permission_given=True)
    with pytest.raises(ValidationError, match="100,000"):
        people.notes.add_note(people.leader, cid, "x" * 100_001, permission_given=True)
    with pytest.raises(NotFoundError):
        people.customers.open_card(people.leader, "00000000-0000-0000-0000-000000000001")


def test_every_view_is_audited(people):
    cid, _ = people.customers.create_customer(people.leader, MARIA)
    people.customers.open_card(people.leader, cid)
    with people.db.read() as s:
        actions = [a.action for a in people.audit.entries_about(s, __import__("uuid").UUID(cid))]
    assert actions == ["customer.created", "customer.viewed"]
    assert people.audit.verify(people.db).ok
