"""Messages stored like notes: refused unless complete and read back, cards redacted, encrypted
at rest, an inbox with status, memory notes, customer history, GDPR export and erasure."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from agentdesk.errors import PermissionDeniedError, ValidationError
from agentdesk.flows.message import MAX_MESSAGE_LENGTH, MessageDraft, MessageTaking
from agentdesk.flows.procedures import ProcedureError
from agentdesk.models.interaction import Task
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.directory import DirectoryDraft
from agentdesk.services.identity import Role
from agentdesk.services.messages import NOT_IN_DIRECTORY
from agentdesk.vault.blind_index import normalise_phone
from tests.integration.procedures.conftest import CONTEXT

MARK = "qzvmsgmark"
DRAFT = MessageDraft(
    to_whom="Priya Shah",
    from_name=f"Jayson {MARK}",
    from_connection="Okafor Builders",
    phone="020 7946 0958",
    extension="214",
    what=f"Delivery moves to Thursday {MARK}; card 4111 1111 1111 1111",
    action_requested="Please call back",
    action_promised="Priya will call back today",
    by_whom="someone",
    when="2026-03-02T10:15",
)


def confirmed(draft: MessageDraft) -> str:
    return MessageTaking(None, "GB").confirm_read_back(draft)


def test_refused_without_parts_or_read_back(env) -> None:
    with pytest.raises(ProcedureError) as err:
        env.messages.take_message(env.rep, DRAFT, confirmed=None)
    assert err.value.code == "message.read_back_missing"
    with pytest.raises(ProcedureError) as err:
        env.messages.take_message(env.rep, replace(DRAFT, phone="12"), confirmed=confirmed(DRAFT))
    assert err.value.code == "message.incomplete"
    assert env.messages.inbox(env.rep) == []


def test_stored_encrypted_redacted_and_in_the_inbox(env, data_paths) -> None:
    entry, _ = env.directory.save_entry(
        env.leader, DirectoryDraft(kind="person", name="Priya Shah", extension="214")
    )
    draft = replace(DRAFT, to_entry_id=entry)
    saved, _ = env.messages.take_message(env.rep, draft, confirmed=confirmed(draft))
    assert saved.cards_masked == 1 and saved.redacted
    other = replace(DRAFT, to_whom="Someone new", what="Call me")
    env.messages.take_message(env.rep, other, confirmed=confirmed(other))
    [mine] = env.messages.inbox(env.rep, entry)
    assert mine.draft.by_whom == "Rita Rep"  # the taker is who is logged in
    assert "4111" not in mine.draft.what and "1111" in mine.draft.what  # last four kept
    assert mine.status == "new" and mine.taken_by == "Rita Rep"
    assert [m.draft.to_whom for m in env.messages.inbox(env.rep, NOT_IN_DIRECTORY)] == [
        "Someone new"
    ]
    env.messages.set_status(env.rep, mine.id, "passed_on")
    assert env.messages.inbox(env.rep, statuses=("new",))[0].draft.to_whom == "Someone new"
    with pytest.raises(ValidationError):
        env.messages.set_status(env.rep, mine.id, "lost")
    env.db.dispose()
    for path in data_paths.root.rglob("*"):
        if path.is_file():
            raw = path.read_bytes().lower()
            assert MARK.encode() not in raw, path
            assert b"4111 1111 1111 1111" not in raw, path


def test_memory_notes_after_the_call(env) -> None:
    saved, _ = env.messages.take_message(env.rep, DRAFT, confirmed=confirmed(DRAFT))
    env.messages.add_memory_note(env.rep, saved.id, "He sounded worried about the crane.")
    env.messages.add_memory_note(env.leader, saved.id, "Crane booked for Friday.")
    [view] = env.messages.inbox(env.leader)
    assert view.memory == "He sounded worried about the crane.\n\nCrane booked for Friday."
    env.accounts.add_user(env.leader, "rep2", "Other Rep", "rep2-password", Role.REPRESENTATIVE)
    other = env.accounts.login("rep2", "rep2-password")
    with pytest.raises(PermissionDeniedError):
        env.messages.add_memory_note(other, saved.id, "Not mine")
    with pytest.raises(ValidationError):
        env.messages.add_memory_note(env.rep, saved.id, "   ")


def test_a_100000_character_message_is_kept_whole(env) -> None:
    text = ("Lorem ipsum Ωμέγα 李 " * 6000)[:MAX_MESSAGE_LENGTH]
    draft = replace(DRAFT, what=text, from_name="Αναστασία Χριστοδούλου")
    env.messages.take_message(env.rep, draft, confirmed=confirmed(draft))
    [view] = env.messages.inbox(env.rep)
    assert view.draft.what == text and view.draft.from_name == "Αναστασία Χριστοδούλου"


def test_customer_history_export_and_erasure(env) -> None:
    cid, _ = env.customers.create_customer(
        env.rep, CustomerDraft(first_name="Jayson", surname="Okafor", phone="020 7946 0958")
    )
    start = env.calls.start_call(env.rep, "inbound", CONTEXT, caller_number="020 7946 0958")
    assert start.customer_id == cid
    saved, _ = env.messages.take_message(
        env.rep, DRAFT, confirmed=confirmed(DRAFT), interaction_id=start.interaction_id
    )
    card = env.customers.open_card(env.rep, cid)
    [line] = [h for h in card.history if h.kind == "message"]
    assert line.ref_id == saved.id and line.summary.startswith("→ Priya Shah: Delivery")
    export = env.gdpr.export_customer(env.leader, cid)
    [exported] = export["messages"]
    assert exported["parts"]["from_name"] == DRAFT.from_name
    env.gdpr.erase_customer(env.leader, cid)
    assert env.messages.inbox(env.leader) == []


def test_a_message_without_a_call_has_its_own_key_and_is_erased_with_the_customer(env) -> None:
    saved, _ = env.messages.take_message(env.rep, DRAFT, confirmed=confirmed(DRAFT))
    assert env.vault.keys.get(uuid.UUID(saved.id)) is not None
    assert len(env.messages.inbox(env.rep)) == 1


def test_booked_call_back_becomes_a_task_with_window_and_reason(env) -> None:
    from agentdesk.flows.callback import CallbackBooking, CallbackRequest
    from agentdesk.flows.procedures import go_to_kind

    start = env.calls.start_call(env.rep, "inbound", CONTEXT)
    engine = start.engine
    engine.take(0)
    engine.take(1)
    engine.capture("notes_permission", True)
    engine.take(0)
    engine.capture("reason", "Refund status")
    go_to_kind(engine, "callback")
    request = CallbackRequest("020 7946 0958", "2026-03-03T10:00", "2026-03-03T12:00", "Refund")
    CallbackBooking(engine, "GB").book(request, number_read_back=True)
    engine.take(0)  # call-back booked -> closing
    engine.tick("asked_anything_else")
    engine.take(0)  # -> wrap-up
    engine.capture("follow_up_task", "Call back about the refund")
    engine.capture("follow_up_due", "2026-03-03")
    engine.save_wrap_up()
    with env.db.read() as s:
        task = s.query(Task).filter_by(kind="call-back").one()
        details = env.vault.cipher(task.interaction_id).decrypt(
            "task", task.id, "details", task.details_ct
        )
        assert task.due_at.isoformat().startswith("2026-03-03T10:00")
        assert task.window_end.isoformat().startswith("2026-03-03T12:00")
    assert details == "020 7946 0958 — Refund"
    assert normalise_phone(details.split(" — ")[0], "GB") == "+442079460958"
