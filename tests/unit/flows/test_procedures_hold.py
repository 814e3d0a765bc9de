"""Hold (T4) rules on a real engine and a fake clock: permission first, the call-back offer past
three minutes, progress prompts on time, several holds per call, events per the contract."""

from __future__ import annotations

import pytest

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from agentdesk.flows.hold import HoldProcedure, Stage, parse_estimate, segments
from agentdesk.flows.procedures import ProcedureError, go_to_kind
from tests.unit.flows.flowkit import FakeClock, new_engine, through_json


def on_hold_step(flow, clock: FakeClock) -> CallEngine:
    engine = new_engine(flow, clock, MemorySink())
    engine.start()
    engine.take(0)  # greeting -> name
    engine.capture("title", "ms")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    engine.take(0)  # -> notes
    engine.capture("notes_permission", True)
    engine.take(0)  # -> need
    engine.capture("reason", "Meter reading looks wrong")
    go_to_kind(engine, "hold")
    assert engine.step.id == "hold"
    return engine


@pytest.fixture
def engine(bundled, clock):
    return on_hold_step(bundled["inbound"], clock)


@pytest.fixture
def hold(engine):
    return HoldProcedure.for_step(engine, engine.step, app_progress=45)


def codes(call) -> str:
    with pytest.raises(ProcedureError) as err:
        call()
    return err.value.rule


def test_a_hold_cannot_start_without_recorded_permission(engine, hold) -> None:
    before = len(engine.events)
    assert codes(hold.start) == "permission_missing"
    hold.ask("Checking the meter history", 120)
    assert codes(hold.start) == "permission_missing"  # asked, not answered
    hold.answer("declined")
    assert codes(hold.start) == "permission_missing"  # a no is not a yes
    assert not engine.on_hold
    hold.ask("Checking the meter history", 60)
    hold.answer("agreed")
    assert hold.start().data["estimate_seconds"] == 60
    assert engine.on_hold and "hold_permission" in engine.ticked
    kinds = [e.kind for e in engine.events[before:]]
    assert kinds == [
        "hold_requested",
        "hold_permission",
        "hold_requested",
        "hold_permission",
        "check_ticked",
        "hold_started",
    ]


def test_an_estimate_over_three_minutes_needs_the_call_back_offer_answered(hold, engine) -> None:
    hold.ask("Asking the billing team", 240)
    status = hold.status(engine.events[-1].at)
    assert status.stage == Stage.ASKED and status.needs_offer
    assert codes(lambda: hold.answer("agreed")) == "callback_offer_needed"
    assert codes(hold.start) == "permission_missing"
    hold.offer_callback()
    hold.answer("agreed")  # offered, and the caller still prefers to hold
    hold.start()
    assert engine.on_hold
    # Exactly three minutes needs no offer.
    hold.end(thanked=True)
    hold.ask("One more look", 180)
    assert not hold.status(0).needs_offer
    hold.answer("agreed")


def test_choosing_the_call_back_ends_the_hold_conversation(hold, engine) -> None:
    hold.ask("Asking the billing team", 600)
    hold.offer_callback()
    hold.answer("callback")
    assert hold.segment().stage == Stage.CALLBACK
    assert codes(hold.start) == "permission_missing"
    assert [e.data for e in engine.events[-3:]] == [
        {"reason": "Asking the billing team", "estimate_seconds": 600},
        {"estimate_seconds": 600},
        {"answer": "callback"},
    ]


def test_progress_prompts_fire_at_the_configured_times(engine, clock) -> None:
    hold = HoldProcedure(engine, progress_seconds=30)
    hold.ask("Checking", 120)
    hold.answer("agreed")
    hold.start()
    t0 = clock.now
    assert hold.status(t0).next_report_at == t0 + 30
    assert not hold.status(t0 + 29.9).report_due
    assert hold.status(t0 + 30).report_due
    clock.advance(34)
    hold.check_back(remaining_seconds=60)  # a new estimate: 34 s gone + 60 s to go
    status = hold.status(clock.now)
    assert not status.report_due and status.next_report_at == t0 + 64
    assert status.estimate == 94
    assert hold.status(t0 + 64).report_due
    # Overrun: past the estimate, never before.
    assert hold.status(t0 + 94).overrun == 0
    assert hold.status(t0 + 100).overrun == pytest.approx(6)


def test_the_interval_comes_from_the_settings_unless_the_step_sets_one(engine, bundled) -> None:
    assert HoldProcedure.for_step(engine, engine.step, 50).progress_seconds == 50
    assert HoldProcedure.for_step(engine, engine.step, 50).callback_after_seconds == 180
    assert HoldProcedure.for_step(engine, None, 20).progress_seconds == 20


def test_two_holds_each_stored_as_their_own_segment(engine, hold, clock) -> None:
    for estimate, wait in ((60, 50), (90, 70)):
        hold.ask("Checking the account", estimate)
        hold.answer("agreed")
        hold.start()
        clock.advance(45)
        hold.check_back()
        clock.advance(wait - 45)
        hold.end(thanked=True, used_name=True)
        clock.advance(10)
    found = segments(through_json(engine.events))  # as the database gives them back
    assert [(s.estimate_seconds, s.answer, len(s.reports), s.thanked) for s in found] == [
        (60, "agreed", 1, True),
        (90, "agreed", 1, True),
    ]
    assert engine.durations().hold == pytest.approx(120)
    assert engine.durations().hold_count == 2
    assert hold.status(clock.now).holds_done == 2
    assert "thanked_for_waiting" in engine.ticked


def test_actions_out_of_order_record_nothing(engine, hold) -> None:
    before = len(engine.events)
    assert codes(hold.offer_callback) == "not_asked"
    assert codes(lambda: hold.answer("agreed")) == "not_asked"
    assert codes(hold.check_back) == "not_on_hold"
    assert codes(lambda: hold.end(thanked=True)) == "not_on_hold"
    assert codes(lambda: hold.ask("", 60)) == "reason_missing"
    assert codes(lambda: hold.ask("x" * 501, 60)) == "reason_too_long"
    for bad in (0, -5, 3601, True, 1.5, "60"):
        assert codes(lambda b=bad: hold.ask("Checking", b)) == "estimate_invalid"
    hold.ask("Checking", 60)
    assert codes(lambda: hold.answer("maybe")) == "answer_invalid"
    hold.answer("agreed")
    hold.start()
    assert codes(lambda: hold.ask("Again", 60)) == "on_hold"
    assert codes(hold.start) == "permission_missing"
    assert codes(lambda: hold.check_back(-1)) == "estimate_invalid"
    assert [e.kind for e in engine.events[before:]][-1] == "hold_started"


def test_a_raw_hold_in_the_log_is_understood(engine, clock) -> None:
    engine.record("hold_started", {"estimate_seconds": 30})
    hold = HoldProcedure(engine)
    assert hold.status(clock.now).stage == Stage.ON_HOLD
    hold.end(thanked=False)
    assert hold.segment().thanked is False


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [("2", 120), ("1:30", 90), ("90s", 90), ("90 s", 90), ("4 min", 240), ("2.5", 150)],
)
def test_estimates_as_typed(typed: str, seconds: int) -> None:
    assert parse_estimate(typed) == seconds


@pytest.mark.parametrize("typed", ["", "0", "soon", "61", "60:01", "-1"])
def test_estimates_that_are_not_durations(typed: str) -> None:
    assert parse_estimate(typed) is None
