"""Follow-ups that get done (#19, O7): list, due counts, done / reschedule / reassign with a
note, call-back numbers, and export, erasure and retention of tasks."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from agentdesk.errors import PermissionDeniedError, ValidationError
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.interaction import Task
from agentdesk.review import bundled_rules_dir
from agentdesk.review.adherence import Status, evaluate
from agentdesk.review.rules import load_rules
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.followups import FollowUpService
from agentdesk.services.gdpr import Retention
from agentdesk.services.interactions import InteractionService

CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita")


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(scope="module")
def library():
    return FlowLibrary()


@pytest.fixture
def env(people, library):
    clock = Clock()
    people.calls = InteractionService(
        people.db, people.vault, people.audit, people.customers, library.flows
    )
    people.followups = FollowUpService(people.db, people.vault, people.audit, clock)
    people.clock = clock
    return people


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(f"no enabled way to {target}")


def call_with_callback(env, phone="020 7946 0333", due="2026-12-01T11:00"):
    """A call that books a call-back through the flow; returns the customer id."""
    cid, _ = env.customers.create_customer(env.leader, CustomerDraft(surname="Okafor", phone=phone))
    start = env.calls.start_call(env.rep, "inbound", CONTEXT, caller_number=phone)
    engine = start.engine
    go(engine, "name")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Meter")
    go(engine, "callback")
    engine.capture("callback_due", due)
    engine.capture("callback_number", "+44 20 7946 0333")
    engine.capture("callback_reason", "confirm the meter reading")
    engine.tick("read_back_callback_number")
    go(engine, "closing")
    engine.tick("asked_anything_else")
    go(engine, "wrap_up")
    engine.capture("first_contact_resolution", False)
    engine.capture("follow_up_task", "Ring back about the meter")
    engine.capture("follow_up_due", "2026-12-01")
    engine.capture("notes_permission", True)
    engine.save_wrap_up()
    return cid


def test_a_booked_call_back_is_listed_counted_and_done_with_a_note(env):
    cid = call_with_callback(env)
    [task] = env.followups.list_tasks(env.rep)
    assert task.kind == "call-back" and task.customer_id == cid
    assert task.customer_name == "Okafor" and task.number == "+44 20 7946 0333"
    assert "confirm the meter reading" in task.details
    assert env.followups.counts(env.rep).due_today == 1
    env.clock.now = dt.datetime(2026, 12, 1, 11, 5, tzinfo=dt.UTC)
    assert env.followups.counts(env.rep).overdue == 1
    since = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    assert [t.id for t in env.followups.fallen_due(env.rep, since)] == [task.id]
    env.followups.complete_task(env.rep, task.id, "Rang back; reading confirmed")
    assert env.followups.list_tasks(env.rep) == []
    [done] = env.followups.list_tasks(env.rep, include_done=True)
    assert done.status == "done" and done.history[0].note == "Rang back; reading confirmed"
    assert env.followups.counts(env.rep).overdue == 0
    with env.db.read() as s:
        raw = s.scalar(select(Task.history_ct))
    assert b"reading confirmed" not in raw  # the note is ciphertext


def test_reschedule_and_reassign_need_a_note_and_the_right_person(env):
    call_with_callback(env)
    [task] = env.followups.list_tasks(env.rep)
    later = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    with pytest.raises(ValidationError):
        env.followups.reschedule_task(env.rep, task.id, later, "  ")
    env.followups.reschedule_task(env.rep, task.id, later, "Customer asked for tomorrow")
    with pytest.raises(PermissionDeniedError):
        env.followups.list_tasks(env.rep, team=True)
    leader_view = env.followups.list_tasks(env.leader, team=True)
    assert [t.due_at for t in leader_view] == [later]
    env.followups.reassign_task(env.leader, task.id, str(env.leader.account_id), "Rita is on leave")
    assert env.followups.list_tasks(env.rep) == []
    [mine] = env.followups.list_tasks(env.leader)
    assert [h.action for h in mine.history] == ["rescheduled", "reassigned"]
    with pytest.raises(PermissionDeniedError):
        env.followups.complete_task(env.rep, task.id)  # no longer hers


def test_tasks_are_exported_erased_and_purged(env):
    cid = call_with_callback(env)
    [task] = env.followups.list_tasks(env.rep)
    env.followups.complete_task(env.rep, task.id, "Done on the phone")
    exported = env.gdpr.export_customer(env.leader, cid)
    [item] = exported["tasks"]
    assert item["status"] == "done" and item["history"][0]["note"] == "Done on the phone"
    # Retention: done follow-ups go with the calls past the cutoff.
    report = env.gdpr.purge(
        env.leader,
        Retention(notes_days=0, interactions_days=30, inactive_customers_days=0),
        now=dt.datetime.now(dt.UTC) + dt.timedelta(days=400),
    )
    assert report.tasks == 1
    with env.db.read() as s:
        assert s.scalar(select(Task).where(Task.id == uuid.UUID(task.id))) is None
    # Erasure removes open ones too.
    other = call_with_callback(env, phone="020 7946 0444")
    env.gdpr.erase_customer(env.leader, other)
    assert env.followups.list_tasks(env.rep) == []


def test_a_data_protection_request_is_logged_for_a_team_leader_with_its_deadline(env):
    cid, _ = env.customers.create_customer(
        env.leader, CustomerDraft(surname="Okafor", phone="020 7946 0888")
    )
    start = env.calls.start_call(env.rep, "inbound", CONTEXT, caller_number="020 7946 0888")
    engine = start.engine
    go(engine, "name")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Wants a copy of what we hold")
    go(engine, "data_request")
    engine.capture("dp_request_type", "access")
    engine.tick("dp_deadline_told")
    go(engine, "closing")
    engine.tick("asked_anything_else")
    go(engine, "wrap_up")
    engine.capture("notes_permission", True)
    engine.save_wrap_up()
    [task] = env.followups.list_tasks(env.leader)  # logged for the team leader
    assert task.kind == "data-request" and task.details.startswith("access")
    assert task.customer_id == cid
    today = dt.datetime.now(dt.UTC)
    assert 28 <= (task.due_at - today).days <= 31  # one calendar month (GDPR art. 12(3))
    # Scored from the real flow's log: the request step applied and was done by the book.
    scored = evaluate(load_rules(bundled_rules_dir()), engine.events)
    assert scored.item("data_request_logged").status is Status.PASS
    assert scored.item("complaint_recorded").status is Status.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("made", "due"),
    [
        ((2026, 1, 31), (2026, 2, 28)),
        ((2026, 12, 15), (2027, 1, 15)),
        ((2026, 3, 30), (2026, 4, 30)),
    ],
)
def test_one_month_after(made, due):
    from agentdesk.services.wrap_up_tasks import one_month_after

    when = dt.datetime(*made, 10, 0, tzinfo=dt.UTC)
    assert one_month_after(when) == dt.datetime(*due, 10, 0, tzinfo=dt.UTC)
