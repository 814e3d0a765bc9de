"""The call engine: transitions with reasons, captures, checks, wrap-up, events and resume."""

from __future__ import annotations

import pytest

from agentdesk.errors import ValidationError
from agentdesk.flows.engine import BlockedError, CallEngine, FlowStateError
from agentdesk.flows.events import CallEvent, EventLogError, MemorySink
from agentdesk.flows.guards import CHECK_UNTICKED, FIELD_MISMATCH, FIELD_MISSING, Blocker
from agentdesk.flows.loader import parse_flow_text
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.flows.state import Phase
from tests.unit.flows.flowkit import MINI, FakeClock, new_engine, snapshot, through_json


@pytest.fixture
def inbound(bundled):
    return bundled["inbound"]


def started(flow, clock: FakeClock, sink: MemorySink | None = None) -> CallEngine:
    engine = new_engine(flow, clock, sink)
    engine.start()
    return engine


def to_need(engine: CallEngine) -> None:
    engine.take(0)  # greeting -> name
    engine.take(1)  # caller would rather not say -> notes
    engine.capture("notes_permission", False)
    engine.take(0)  # -> need


def test_start_records_flow_and_enters_start_step(inbound, clock) -> None:
    engine = started(inbound, clock)
    first = engine.events[0]
    assert (first.seq, first.kind, first.step) == (1, "call_started", "greeting")
    assert first.data["flow"] == "inbound" and first.data["flow_digest"] == inbound.digest
    assert first.wall.startswith("2026-03-02T09:16:40") and first.at == 1000.0
    assert engine.phase == Phase.IN_CALL and engine.step.id == "greeting"


def test_guard_reports_disabled_transition_with_reasons(inbound, clock) -> None:
    engine = started(inbound, clock)
    engine.take(0)
    confirmed, anonymous = engine.options()
    assert not confirmed.enabled and anonymous.enabled
    assert confirmed.blockers == (
        Blocker(FIELD_MISSING, "surname", "Surname"),
        Blocker(
            CHECK_UNTICKED,
            "spelling_confirmed",
            "Read the spelling back and the caller confirmed it",
        ),
    )
    with pytest.raises(BlockedError) as err:
        engine.take(0)
    assert err.value.blockers == confirmed.blockers
    engine.capture("surname", "  Rossi ")
    engine.tick("spelling_confirmed")
    assert engine.options()[0].enabled
    engine.take(0)
    assert engine.step.id == "notes" and engine.fields["surname"] == "Rossi"


def test_required_field_of_a_step_blocks_its_transitions(inbound, clock) -> None:
    engine = started(inbound, clock)
    engine.take(0)
    engine.take(1)
    (option,) = engine.options()
    assert option.blockers == (
        Blocker(FIELD_MISSING, "notes_permission", "Caller agrees to notes"),
    )
    engine.capture("notes_permission", False)  # answered "no" is an answer
    assert engine.options()[0].enabled


def test_override_moves_on_and_logs_why(inbound, clock) -> None:
    engine = started(inbound, clock)
    engine.take(0)
    event = engine.take(0, override=True)
    assert engine.step.id == "notes"
    assert event.data["overridden"] == [
        "field_missing:surname",
        "check_unticked:spelling_confirmed",
    ]


def test_when_condition_blocks_with_expected_value(clock) -> None:
    text = MINI.replace(
        "shortcut: Alt+G}", "shortcut: Alt+G, when: {field: outcome, equals: resolved}}"
    )
    engine = started(parse_flow_text(text, "mini.yaml"), clock)
    assert engine.options()[0].blockers == (
        Blocker(FIELD_MISMATCH, "outcome", "Outcome", "equals", "resolved"),
    )
    engine.capture("outcome", "resolved")
    assert engine.options()[0].enabled


def test_transition_sets_prefill_wrap_up(inbound, clock) -> None:
    engine = started(inbound, clock)
    to_need(engine)
    engine.capture("reason", "Bill too high")
    engine.take(0)  # resolve
    engine.take(0)  # resolved -> closing, sets outcome
    assert engine.fields["outcome"] == "resolved"
    assert engine.fields["first_contact_resolution"] is True
    engine.tick("asked_anything_else")
    ended = engine.take(0)
    assert ended.kind == "call_ended" and ended.data["reason"] == "completed"
    assert engine.phase == Phase.WRAP_UP and engine.step.id == "wrap_up"
    assert engine.options() == ()


def test_need_branches_to_each_procedure_kind(inbound, clock) -> None:
    engine = started(inbound, clock)
    to_need(engine)
    kinds = {inbound.step(o.transition.to).kind for o in engine.options()}
    assert kinds == {"script", "hold", "transfer", "message", "callback", "verify", "complaint"}
    shortcuts = [o.transition.shortcut for o in engine.options()]
    assert shortcuts == ["Alt+R", "Alt+O", "Alt+T", "Alt+M", "Alt+B", "Alt+Y", "Alt+P", "Alt+G"]


def test_capture_validates_against_field_type(inbound, clock) -> None:
    engine = started(inbound, clock)
    with pytest.raises(ValidationError) as err:
        engine.capture("title", "sir")
    assert err.value.field == "title"
    with pytest.raises(ValidationError):
        engine.capture("follow_up_due", "next week")
    with pytest.raises(ValidationError):
        engine.capture("notes_permission", "yes")
    with pytest.raises(ValidationError):
        engine.capture("no_such_field", "x")
    assert engine.capture("follow_up_due", "2026-03-09") is not None
    assert engine.capture("follow_up_due", "2026-03-09") is None  # unchanged: no event
    assert engine.capture("customer_type", ["new", "business", "new"]).data["value"] == [
        "new",
        "business",
    ]
    engine.capture("follow_up_due", "")
    assert "follow_up_due" not in engine.fields


def test_tick_untick_are_logged_once(inbound, clock) -> None:
    engine = started(inbound, clock)
    assert engine.tick("offered_help").kind == "check_ticked"
    assert engine.tick("offered_help") is None
    assert engine.untick("offered_help").kind == "check_unticked"
    assert engine.ticked == frozenset()
    with pytest.raises(ValidationError):
        engine.tick("nope")


def test_hang_up_goes_to_wrap_up_and_wrap_up_needs_required_fields(inbound, clock) -> None:
    engine = started(inbound, clock)
    engine.end_call("hung_up")
    assert engine.phase == Phase.WRAP_UP and engine.step.id == "wrap_up"
    missing = {b.target for b in engine.wrap_up_blockers()}
    assert missing == {"outcome", "first_contact_resolution", "notes_permission"}
    engine.capture("outcome", "callback_booked")
    missing = {b.target for b in engine.wrap_up_blockers()}
    assert {"follow_up_task", "follow_up_due"} <= missing  # required_when the outcome asks
    with pytest.raises(BlockedError):
        engine.save_wrap_up()
    engine.capture("outcome", "no_action")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", False)
    saved = engine.save_wrap_up()
    assert saved.data["fields"]["outcome"] == "no_action"
    assert engine.phase == Phase.DONE


def test_actions_out_of_phase_are_refused(inbound, clock) -> None:
    engine = new_engine(inbound, clock)
    with pytest.raises(FlowStateError):
        engine.take(0)
    engine.start()
    with pytest.raises(FlowStateError):
        engine.start()
    with pytest.raises(FlowStateError):
        engine.save_wrap_up()
    with pytest.raises(ValidationError):
        engine.take(7)
    with pytest.raises(ValidationError):
        engine.end_call("Hung Up")


def test_record_procedure_events(inbound, clock) -> None:
    engine = started(inbound, clock)
    with pytest.raises(ValidationError):
        engine.record("hold_start")
    with pytest.raises(FlowStateError):
        engine.record("hold_ended")
    engine.record("hold_started", {"estimate_s": 120})
    assert engine.on_hold
    with pytest.raises(FlowStateError):
        engine.record("hold_started")
    with pytest.raises(ValidationError):
        engine.record("transfer_announced", {"to": object()})
    engine.record("hold_ended")
    event = engine.record("transfer_announced", {"to": "Billing", "context": ["a", "b"]})
    assert event.data == {"to": "Billing", "context": ["a", "b"]}


def test_jump_moves_anywhere_and_to_wrap_up_ends_call(inbound, clock) -> None:
    engine = started(inbound, clock)
    assert engine.jump("need").data["via"] == "jump"
    assert engine.step.id == "need"
    assert engine.jump("wrap_up").kind == "call_ended"
    assert engine.phase == Phase.WRAP_UP


def test_failing_sink_leaves_state_unchanged(inbound, clock) -> None:
    class Failing(MemorySink):
        def append(self, event: CallEvent) -> None:
            raise OSError("disk full")

    engine = started(inbound, clock)
    engine._sink = Failing()  # the database goes away mid-call
    before = snapshot(engine)
    with pytest.raises(OSError):
        engine.take(0)
    assert snapshot(engine) == before and len(engine.events) == 1


def test_render_uses_settings_and_name(inbound, clock) -> None:
    engine = CallEngine(
        inbound,
        MemorySink(),
        clock=clock,
        wall_clock=clock.wall,
        context=ScriptContext("Acme Energy", "Billing", "Sam"),
    )
    engine.start()
    assert engine.script() == "Acme Energy, Billing. This is Sam. How can I help you today?"
    engine.take(0)
    engine.capture("surname", "Rossi")
    engine.capture("title", "dr")
    assert engine.script(inbound.step("notes")).startswith("Thank you, Dr. Rossi. Do you")
    engine.capture("title", "first_name")
    engine.capture("first_name", "Anna")
    assert engine.render("Bye[, {caller_name}].") == "Bye, Anna."


def test_events_round_trip_through_json(inbound, clock) -> None:
    engine = started(inbound, clock)
    engine.capture("customer_type", ["new"])
    engine.record("hold_started", {"nested": {"a": [1, 2.5, None]}})
    again = through_json(engine.events)
    assert again == list(engine.events)
    assert [e.to_dict() for e in again] == [e.to_dict() for e in engine.events]


@pytest.mark.parametrize(
    "raw",
    [
        None,
        {},
        {"seq": 1, "kind": "call_started", "at": 1.0, "wall": "x", "step": "a", "data": {}},
        {
            "seq": True,
            "kind": "k",
            "at": 1.0,
            "wall": "2026-01-01T00:00:00",
            "step": "",
            "data": {},
        },
        {"seq": 1, "kind": "k", "at": "1", "wall": "2026-01-01T00:00:00", "step": "", "data": {}},
        {"seq": 1, "kind": "k", "at": 1, "wall": "2026-01-01", "step": "", "data": [], "extra": 1},
    ],
)
def test_damaged_event_is_an_event_log_error(raw) -> None:
    with pytest.raises(EventLogError):
        CallEvent.from_dict(raw)


def test_resume_refuses_logs_that_do_not_fit(inbound, bundled, clock) -> None:
    engine = started(inbound, clock)
    engine.take(0)
    events = list(engine.events)
    with pytest.raises(EventLogError, match="not a call of flow 'chat'"):
        CallEngine.resume(bundled["chat"], events, MemorySink())
    with pytest.raises(EventLogError, match="gap"):
        CallEngine.resume(inbound, events[1:], MemorySink())
    edited = parse_flow_text(MINI.replace("id: mini", "id: inbound"), "inbound.yaml")
    with pytest.raises(EventLogError, match="does not have"):
        CallEngine.resume(edited, events, MemorySink())


def test_resume_of_finished_call_adds_nothing(inbound, clock) -> None:
    engine = started(inbound, clock)
    engine.end_call()
    engine.capture("outcome", "no_action")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", True)
    engine.save_wrap_up()
    sink = MemorySink()
    again = CallEngine.resume(inbound, engine.events, sink)
    assert again.phase == Phase.DONE and sink.events == []
    fresh = CallEngine.resume(inbound, [], sink)
    assert fresh.phase == Phase.READY and fresh.step.id == "greeting"
