"""Feed records to the snapshot: waiting, longest wait, agents, service level, intervals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agentdesk.callqueue.feed import AgentsLine, CallLine, SnapshotLine
from agentdesk.callqueue.tracker import QueueSnapshot, QueueTracker

T0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def tracker() -> QueueTracker:
    return QueueTracker(interval_s=1800, answer_time_s=20, tz=UTC)


def test_nothing_received_is_an_empty_stale_snapshot() -> None:
    snap = tracker().snapshot(at(0))
    assert snap == QueueSnapshot()
    assert not snap.has_data and snap.is_stale(at(0), 30)
    assert snap.service_level is None


def test_events_give_waiting_longest_wait_agents_and_service_level() -> None:
    t = tracker()
    t.apply(
        [
            CallLine("call_arrived", at(0), "a"),
            CallLine("call_arrived", at(5), "b"),
            CallLine("call_arrived", at(10), "c"),
            CallLine("call_answered", at(12), "a"),  # waited 12 s: within 20
            CallLine("call_answered", at(40), "b"),  # waited 35 s: missed
            AgentsLine(at(40), 0, 2),
        ],
        received_at=at(40),
    )
    snap = t.snapshot(at(50))  # ten seconds after the last line
    assert (snap.waiting, snap.longest_wait_s) == (1, 40.0)  # c has waited 10:00:10 → 10:00:50
    assert (snap.agents_available, snap.agents_busy, snap.staffed) == (0, 2, 2)
    assert (snap.offered, snap.answered, snap.answered_in_target, snap.abandoned) == (3, 2, 1, 0)
    assert snap.service_level == 0.5
    assert snap.interval_start == T0
    assert snap.age_s(at(50)) == 10 and not snap.is_stale(at(50), 30)
    assert snap.is_stale(at(71), 30)
    t.apply([CallLine("call_abandoned", at(60), "c")], received_at=at(60))
    snap = t.snapshot(at(60))
    assert (snap.waiting, snap.abandoned, snap.service_level) == (0, 1, 1 / 3)


def test_wait_s_on_the_line_wins_and_unknown_waits_stay_out_of_the_service_level() -> None:
    t = tracker()
    t.apply(
        [
            CallLine("call_answered", at(5), "x", wait_s=3.0),  # arrival not seen, wait given
            CallLine("call_answered", at(6), "y"),  # neither: not counted
        ],
        received_at=at(6),
    )
    snap = t.snapshot(at(6))
    assert (snap.answered, snap.answered_in_target, snap.service_level) == (1, 1, 1.0)


def test_a_new_interval_starts_counting_afresh_but_keeps_callers_waiting() -> None:
    t = tracker()
    t.apply(
        [
            CallLine("call_arrived", at(1700), "a"),
            CallLine("call_arrived", at(1790), "b"),
            CallLine("call_answered", at(1795), "a"),
        ],
        received_at=at(1795),
    )
    assert t.snapshot(at(1799)).offered == 2
    quiet = t.snapshot(at(1805))  # no line yet in the new interval: its counts are zero
    assert (quiet.interval_start, quiet.offered, quiet.waiting) == (at(1800), 0, 1)
    t.apply([CallLine("call_answered", at(1810), "b")], received_at=at(1810))
    snap = t.snapshot(at(1810))
    assert (snap.interval_start, snap.offered, snap.answered, snap.waiting) == (at(1800), 0, 1, 0)


def test_snapshot_lines_replace_the_figures_and_events_adjust_them() -> None:
    t = tracker()
    line = SnapshotLine(
        ts=at(600),
        waiting=2,
        longest_wait_s=30,
        agents_available=1,
        agents_busy=9,
        offered=50,
        answered_in_target=40,
        abandoned=2,
        aht_s=200,
    )
    t.apply([line], received_at=at(600))
    snap = t.snapshot(at(605))
    assert snap.answered == 46  # offered − abandoned − waiting, since 'answered' was left out
    assert (snap.waiting, snap.longest_wait_s, snap.aht_s) == (2, 35.0, 200)
    assert snap.service_level == 40 / 48
    t.apply([CallLine("call_answered", at(610), "?", wait_s=40)], received_at=at(610))
    snap = t.snapshot(at(610))
    assert (snap.waiting, snap.answered, snap.answered_in_target) == (1, 47, 40)


def test_a_snapshot_without_counts_shows_no_service_level() -> None:
    t = tracker()
    t.apply([SnapshotLine(at(0), 0, 0, 3, 4)], received_at=at(0))
    snap = t.snapshot(at(0))
    assert snap.service_level is None and not snap.counts_known and snap.staffed == 7


def test_intervals_follow_the_local_wall_clock() -> None:
    kathmandu = QueueTracker(1800, 20, tz=datetime.fromisoformat("2026-01-01T00:00+05:45").tzinfo)
    start = kathmandu.interval_of(datetime(2026, 5, 4, 4, 50, tzinfo=UTC))  # 10:35 there
    assert start.isoformat() == "2026-05-04T10:30:00+05:45"
