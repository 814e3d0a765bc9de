"""A whole call through the interaction service: events stored encrypted, resumed, wrapped up."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.interaction import Interaction, InteractionEvent, Task
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.interactions import InteractionService

CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita")


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


@pytest.fixture(scope="module")
def library():
    return FlowLibrary()


@pytest.fixture
def calls(people, library):
    return InteractionService(
        people.db, people.vault, people.audit, people.customers, library.flows
    )


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(f"no enabled way to {target}: {engine.options()}")


def test_a_call_from_greeting_to_wrap_up(people, calls):
    clock = Clock()
    cid, _ = people.customers.create_customer(
        people.leader, CustomerDraft(surname="Okafor", phone="020 7946 0111")
    )
    start = calls.start_call(
        people.rep, "inbound", CONTEXT, caller_number="+44 20 7946 0111", clock=clock
    )
    assert start.customer_id == cid  # the caller number matched one customer
    engine = start.engine
    assert "Northwind Energy" in engine.script() and "Rita" in engine.script()
    for check in ("said_organisation", "gave_own_name", "offered_help"):
        engine.tick(check)
    go(engine, "name")
    engine.capture("title", "mr")
    engine.capture("first_name", "Jayson")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    clock.now += 30
    go(engine, "notes")
    assert "Mr. Okafor" in engine.script()
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Bill is higher than usual")
    go(engine, "resolve")
    clock.now += 60
    go(engine, "closing")
    engine.tick("asked_anything_else")
    engine.tick("thanked_by_name")
    go(engine, "wrap_up")
    clock.now += 20
    engine.capture("outcome", "follow_up")
    engine.capture("first_contact_resolution", False)
    engine.capture("follow_up_task", "Check the meter reading")
    engine.capture("follow_up_due", "2026-12-01")
    engine.capture("notes_permission", True)
    engine.save_wrap_up()

    iid = uuid.UUID(start.interaction_id)
    with people.db.read() as s:
        row = s.get(Interaction, iid)
        assert row.state == "done" and row.outcome == "follow_up"
        assert row.first_contact_resolution is False
        assert row.talk_seconds == pytest.approx(90) and row.wrap_seconds == pytest.approx(20)
        kinds = list(
            s.scalars(
                select(InteractionEvent.kind)
                .where(InteractionEvent.interaction_id == iid)
                .order_by(InteractionEvent.seq)
            )
        )
        raw = b"".join(e.data_ct for e in s.scalars(select(InteractionEvent)))
        task = s.scalar(select(Task))
        task_kind, task_status = task.kind, task.status
    assert kinds[0] == "call_started" and kinds[-1] == "wrap_up_saved"
    assert "field_captured" in kinds and "check_ticked" in kinds
    assert b"Okafor" not in raw and b"meter" not in raw  # payloads are ciphertext
    assert task_kind == "follow-up" and task_status == "open"
    events = calls.events(people.rep, start.interaction_id)
    assert [e.kind for e in events] == kinds
    card = people.customers.open_card(people.rep, cid)  # the rep served this customer now
    assert card.history[0].kind == "interaction"


def test_a_crash_mid_call_resumes_at_the_same_step(people, calls):
    start = calls.start_call(people.rep, "inbound", CONTEXT)
    engine = start.engine
    go(engine, "name")
    engine.capture("surname", "Rossi")
    engine.tick("spelling_confirmed")
    assert calls.unfinished(people.rep) == [start.interaction_id]
    again = calls.resume_call(people.rep, start.interaction_id, CONTEXT)
    assert again.engine.step.id == "name"
    assert again.engine.fields["surname"] == "Rossi"
    assert "spelling_confirmed" in again.engine.ticked
    go(again.engine, "notes")


def test_other_representatives_cannot_read_a_call(people, calls):
    from agentdesk.errors import PermissionDeniedError
    from agentdesk.services.identity import Role

    start = calls.start_call(people.rep, "inbound", CONTEXT)
    people.accounts.add_user(people.leader, "sam", "Sam", "sam-password", Role.REPRESENTATIVE)
    sam = people.accounts.login("sam", "sam-password")
    with pytest.raises(PermissionDeniedError):
        calls.events(sam, start.interaction_id)
    assert calls.events(people.leader, start.interaction_id)[0].kind == "call_started"


def test_a_call_killed_before_its_first_event_resumes_started(people, calls, monkeypatch):
    from agentdesk.flows.engine import CallEngine

    monkeypatch.setattr(CallEngine, "start", lambda self: None)
    start = calls.start_call(people.rep, "inbound", CONTEXT)
    monkeypatch.undo()
    again = calls.resume_call(people.rep, start.interaction_id, CONTEXT)
    assert again.engine.step.id == "greeting"
    assert [e.kind for e in calls.events(people.rep, start.interaction_id)] == ["call_started"]


def _short_call(engine, title: str | None = None) -> None:
    go(engine, "name")
    if title is not None:
        engine.capture("title", title)
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Meter")
    go(engine, "resolve")
    go(engine, "closing")
    engine.tick("asked_anything_else")
    go(engine, "wrap_up")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", True)
    engine.save_wrap_up()


def test_the_form_of_address_is_saved_to_the_card_and_offered_next_time(people, calls):
    cid, _ = people.customers.create_customer(
        people.leader, CustomerDraft(surname="Okafor", phone="020 7946 0222")
    )
    first = calls.start_call(people.rep, "inbound", CONTEXT, caller_number="020 7946 0222")
    assert "title" not in first.engine.fields  # nothing known yet: nothing offered
    _short_call(first.engine, "dr")
    assert people.customers.open_card(people.rep, cid).form_of_address == "Dr"  # T3 kept
    second = calls.start_call(people.rep, "inbound", CONTEXT, caller_number="020 7946 0222")
    assert second.engine.fields["title"] == "dr"  # offered at the next call
    second.engine.capture("surname", "Okafor")
    assert second.engine.render("{caller_name}") == "Dr. Okafor"
    # A call linked by hand (the card opened during the call) is offered it too.
    third = calls.start_call(people.rep, "inbound", CONTEXT)
    assert calls.link_customer(people.rep, third.interaction_id, cid) == "dr"


def test_a_card_in_any_spelling_is_offered_as_the_flows_choice(people, calls):
    people.customers.create_customer(
        people.leader, CustomerDraft(surname="Rossi", form_of_address="Mrs.", phone="020 7946 0999")
    )
    start = calls.start_call(people.rep, "inbound", CONTEXT, caller_number="020 7946 0999")
    assert start.engine.fields["title"] == "mrs"  # one vocabulary through addressing
