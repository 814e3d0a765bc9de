"""Talk, hold and wrap-up durations from a fake clock, across holds and restarts."""

from __future__ import annotations

import pytest

from agentdesk.flows.durations import Durations, compute_durations
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from tests.unit.flows.flowkit import FakeClock, new_engine


def finish(engine: CallEngine) -> None:
    engine.capture("outcome", "resolved")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", True)
    engine.save_wrap_up()


def test_talk_hold_and_wrap_up(bundled, clock: FakeClock) -> None:
    engine = new_engine(bundled["inbound"], clock)
    engine.start()
    clock.advance(10)
    engine.record("hold_started")
    clock.advance(30)
    engine.record("hold_ended")
    clock.advance(20)
    engine.record("hold_started")
    clock.advance(15)
    engine.record("hold_ended")
    clock.advance(25)
    engine.end_call()
    clock.advance(40)
    finish(engine)
    clock.advance(500)  # time after the wrap-up does not count
    took = engine.durations()
    assert took == Durations(talk=55.0, hold=45.0, wrap_up=40.0, hold_count=2)
    assert took.handle == 140.0


def test_open_intervals_run_until_now(bundled, clock: FakeClock) -> None:
    engine = new_engine(bundled["inbound"], clock)
    assert engine.durations() == Durations()
    engine.start()
    clock.advance(12)
    assert engine.durations() == Durations(talk=12.0)
    engine.record("hold_started")
    clock.advance(8)
    assert engine.durations() == Durations(talk=12.0, hold=8.0, hold_count=1)
    engine.end_call()  # caller hung up while on hold: the hold ends with the call
    clock.advance(5)
    assert engine.durations() == Durations(talk=12.0, hold=8.0, wrap_up=5.0, hold_count=1)
    assert not engine.on_hold


@pytest.mark.parametrize(
    ("mono_after_restart", "wall_gap", "expected_talk"),
    [
        (50.0, 0.0, 130.0),  # machine rebooted: monotonic restarted, the wall clock says 60 s
        (None, 0.0, 130.0),  # same boot: the monotonic clock just went on
        (50.0, -3600.0, 70.0),  # wall clock set back an hour and reboot: count no gap
    ],
)
def test_restart_is_bridged(bundled, mono_after_restart, wall_gap, expected_talk) -> None:
    clock = FakeClock(start=1000.0)
    sink = MemorySink()
    engine = new_engine(bundled["inbound"], clock, sink)
    engine.start()
    clock.advance(40)
    engine.tick("offered_help")
    # Crash at t=1040; the app is back 60 s later.
    after = FakeClock(start=mono_after_restart if mono_after_restart is not None else 1100.0)
    after.wall_offset = 1100.0 - after.now + wall_gap
    resumed = CallEngine.resume(
        bundled["inbound"], sink.events, sink, clock=after, wall_clock=after.wall
    )
    after.advance(30)
    resumed.end_call()
    assert resumed.durations().talk == pytest.approx(expected_talk)


def test_no_events_no_durations() -> None:
    assert compute_durations([], now=5.0) == Durations()
