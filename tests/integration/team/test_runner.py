"""Background sync: a save on A reaches B within about a second through LISTEN/NOTIFY, and a
replica that loses the server keeps working and catches up when it returns."""

from __future__ import annotations

import threading
import time

from agentdesk.changes import Changes
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.sync.runner import SyncRunner
from agentdesk.sync.status import SyncState


class Seen:
    """Collects what a runner reports, for waiting on conditions (no sleeps)."""

    def __init__(self) -> None:
        self.changes = Changes.NONE
        self.statuses = []
        self.cond = threading.Condition()

    def on_changes(self, flags: Changes) -> None:
        with self.cond:
            self.changes |= flags
            self.cond.notify_all()

    def on_status(self, status) -> None:
        with self.cond:
            self.statuses.append(status)
            self.cond.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        with self.cond:
            return self.cond.wait_for(predicate, timeout)


def _runner(ws, url, seen, **kw):
    return SyncRunner(ws.sync, url, on_status=seen.on_status, on_changes=seen.on_changes, **kw)


def test_a_note_reaches_the_other_workstation_within_a_second(make_workstation, pg_url):
    a, b = make_workstation("a"), make_workstation("b")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    seen_a, seen_b = Seen(), Seen()
    # Polling every minute: only the notification can make it in time.
    run_a = _runner(a, pg_url, seen_a, poll_seconds=60)
    run_b = _runner(b, pg_url, seen_b, poll_seconds=60)
    run_a.start()
    run_b.start()
    try:
        assert seen_b.wait_for(lambda: seen_b.changes & Changes.ACCOUNTS)
        assert seen_a.wait_for(lambda: seen_a.statuses and seen_a.statuses[-1].pending == 0)
        seen_b.changes = Changes.NONE
        cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Al", surname="Fry"))
        started = time.monotonic()
        a.notes.add_note(leader, cid, "Call back at ten.", permission_given=True)
        assert seen_b.wait_for(lambda: seen_b.changes & Changes.NOTES, timeout=5)
        elapsed = time.monotonic() - started
        assert elapsed < 1.5, f"took {elapsed:.2f} s"
        on_b = b.accounts.login("lead", "leader-pass")
        assert [n.text for n in b.customers.open_card(on_b, cid).notes] == ["Call back at ten."]
        assert seen_b.statuses[-1].state is SyncState.UP_TO_DATE
    finally:
        run_a.stop()
        run_b.stop()


def test_offline_then_back_nothing_lost_nothing_twice(make_workstation, pg_cluster, pg_url):
    a, b = make_workstation("a"), make_workstation("b")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.sync.sync()
    b.sync.sync()
    on_b = b.accounts.login("lead", "leader-pass")
    seen = Seen()
    run_a = _runner(a, pg_url, seen, poll_seconds=60, retry_seconds=0.2)
    a.sync._server.dispose()
    pg_cluster.stop()
    try:
        run_a.start()
        assert seen.wait_for(lambda: seen.statuses and seen.statuses[-1].state is SyncState.OFFLINE)
        # The working day goes on on both sides while the server is down.
        cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ed", surname="Vo"))
        for i in range(5):
            a.notes.add_note(leader, cid, f"A's note {i}", permission_given=True)
        bid, _ = b.customers.create_customer(on_b, CustomerDraft(first_name="Flo", surname="Ng"))
        b.notes.add_note(on_b, bid, "B's note", permission_given=True)
        assert seen.wait_for(
            lambda: seen.statuses[-1].state is SyncState.OFFLINE and seen.statuses[-1].pending >= 6
        )
        offline = seen.statuses[-1]
        assert offline.since is not None
    finally:
        pg_cluster.start()
    try:
        run_a.nudge()
        assert seen.wait_for(
            lambda: (
                seen.statuses[-1].state is SyncState.UP_TO_DATE and seen.statuses[-1].pending == 0
            )
        )
    finally:
        run_a.stop()
    b.sync._server.dispose()
    b.sync.sync()
    a.sync.sync()
    for ws, who in ((a, leader), (b, on_b)):
        cards = {c: ws.customers.open_card(who, c) for c in (cid, bid)}
        assert sorted(n.text for n in cards[cid].notes) == [f"A's note {i}" for i in range(5)]
        assert [n.text for n in cards[bid].notes] == ["B's note"]
