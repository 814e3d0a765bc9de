"""Transfer (T5) and call-back rules on a real engine: cannot-help first, explained, warm with
the handover or recorded as cold, failure back to the caller; call-back window and number."""

from __future__ import annotations

import pytest

from agentdesk.flows.callback import CallbackBooking, CallbackRequest, callback_problems
from agentdesk.flows.procedures import ProcedureError, go_to_kind
from agentdesk.flows.transfer import TransferProcedure, TransferStage, handover
from tests.unit.flows.test_procedures_hold import on_hold_step


@pytest.fixture
def engine(bundled, clock):
    engine = on_hold_step(bundled["inbound"], clock)
    engine.take(2)  # hold -> back to the reason
    engine.capture("first_name", "Ngozi")
    engine.record("kb_article_opened", {"article": "meter-faq", "title": "Reading a meter"})
    engine.record("kb_article_opened", {"article": "meter-faq", "title": "Reading a meter"})
    engine.take(0)  # need -> resolve
    engine.capture("resolution", "Checked the last two readings")
    go_to_kind(engine, "transfer")
    assert engine.step.id == "transfer"
    return engine


def codes(call) -> str:
    with pytest.raises(ProcedureError) as err:
        call()
    return err.value.rule


def test_warm_transfer_records_the_contract_events(engine) -> None:
    t = TransferProcedure(engine)
    start = dict(target="Billing team", reason="They can correct readings", warm=True)
    assert codes(lambda: t.start(**start, cannot_help=False, explained=True)) == (
        "self_help_unconfirmed"
    )
    assert codes(lambda: t.start(**start, cannot_help=True, explained=False)) == "not_explained"
    assert codes(lambda: t.announce()) == "not_started"
    t.start(**start, cannot_help=True, explained=True)
    assert engine.fields["transfer_target"] == "Billing team"
    assert codes(lambda: t.start(**start, cannot_help=True, explained=True)) == "already_started"
    t.announce(summary_sent=True)
    assert t.state().stage == TransferStage.ANNOUNCED
    t.complete()
    procedure = [e for e in engine.events if e.kind.startswith("transfer_")]
    assert [(e.kind, dict(e.data)) for e in procedure] == [
        (
            "transfer_started",
            {
                "target": "Billing team",
                "reason": "They can correct readings",
                "explained": True,
                "warm": True,
            },
        ),
        ("transfer_announced", {"summary_sent": True}),
        ("transfer_completed", {"warm": True}),
    ]
    assert {"explained_transfer", "announced_transfer"} <= engine.ticked
    assert engine.options()[0].enabled  # "Transferred" may be taken now


def test_cold_transfer_is_possible_but_recorded_as_cold(engine) -> None:
    t = TransferProcedure(engine)
    t.start("Sales", "New contract", cannot_help=True, explained=True, warm=False)
    assert t.complete().data == {"warm": False}


def test_failed_transfer_goes_back_and_may_be_tried_again(engine) -> None:
    t = TransferProcedure(engine)
    assert codes(lambda: t.fail("busy")) == "not_started"
    t.start("Billing team", "Readings", cannot_help=True, explained=True, warm=True)
    assert codes(lambda: t.fail("out to lunch")) == "failure_reason_invalid"
    t.fail("no_answer")
    state = t.state()
    assert state.stage == TransferStage.READY and state.last_outcome == "failed"
    assert state.last_failure == "no_answer"
    go_to_kind(engine, "message")
    assert engine.step.id == "message"


def test_handover_carries_everything_captured(engine, alphabets) -> None:
    h = handover(engine, number="020 7946 0958", alphabet=alphabets["nato"], target="Billing")
    assert h.caller_name == "Ms. Okafor"
    assert h.letters == "N-g-o-z-i  O-k-a-f-o-r"
    assert "O for Oscar" in h.spelled and "N for November" in h.spelled
    assert h.number == "020 7946 0958"
    assert h.issue == "Meter reading looks wrong"
    assert h.tried == "Checked the last two readings"
    assert h.articles == ("Reading a meter",)  # opened twice, listed once
    assert h.target == "Billing"


def test_call_back_booking_checks_number_and_window(engine) -> None:
    good = CallbackRequest("020 7946 0958", "2026-03-03T10:00", "2026-03-03T12:00", "Readings")
    assert callback_problems(good, "GB") == []
    bad = CallbackRequest("12", "2026-03-03T10:00", "2026-03-03T09:00", "")
    assert callback_problems(bad, "GB") == [
        ("number", "number_invalid"),
        ("until", "window_invalid"),
        ("reason", "reason_missing"),
    ]
    assert callback_problems(CallbackRequest(), "GB")[:2] == [
        ("number", "number_missing"),
        ("due", "due_missing"),
    ]
    go_to_kind(engine, "callback")
    booking = CallbackBooking(engine, "GB")
    before = len(engine.events)
    assert codes(lambda: booking.book(bad, number_read_back=True)) == "number_invalid"
    assert len(engine.events) == before
    event = booking.book(good, number_read_back=True)
    assert dict(event.data) == {
        "due": "2026-03-03T10:00",
        "window_end": "2026-03-03T12:00",
        "number": "020 7946 0958",
        "reason": "Readings",
        "number_read_back": True,
    }
    assert engine.fields["callback_until"] == "2026-03-03T12:00"
    assert engine.options()[0].enabled  # "Call-back booked"
