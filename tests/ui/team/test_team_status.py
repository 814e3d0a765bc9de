"""The status bar's team-database label, and the sync it shows running for a real login."""

from __future__ import annotations

from datetime import UTC, datetime

from agentdesk.sync.runner import SyncRunner
from agentdesk.sync.status import SyncState, SyncStatus
from agentdesk.ui.team.controller import TeamSync
from agentdesk.ui.team.status_label import TeamStatusLabel

AT = datetime(2026, 12, 7, 10, 42, tzinfo=UTC)


def test_the_label_says_what_the_team_database_is_doing(qtbot):
    label = TeamStatusLabel(local_time=lambda t: t)
    qtbot.addWidget(label)
    assert label.text() == "Team database: connecting…"
    label.show_status(SyncStatus(SyncState.UP_TO_DATE, 0, AT))
    assert label.text() == "Team database: up to date"
    label.show_status(SyncStatus(SyncState.OFFLINE, 12, AT))
    assert label.text() == "Team database: offline since 10:42 — 12 changes waiting"
    label.show_status(SyncStatus(SyncState.OFFLINE, 0, AT))
    assert label.text() == "Team database: offline since 10:42"
    # Back online, a colleague's changes left at this desk wait for her next login here.
    label.show_status(SyncStatus(SyncState.UP_TO_DATE, 2, AT, waiting_for=("lead",)))
    assert label.text() == ("Team database: up to date — 2 changes waiting for lead to log in here")
    label.show_status(SyncStatus(SyncState.UP_TO_DATE, 1, AT, waiting_for=("ann", "lead")))
    assert label.text() == (
        "Team database: up to date — 1 change waiting for ann, lead to log in here"
    )
    label.show_status(SyncStatus(SyncState.PROBLEM, 1, AT, "refused", "1: note"))
    assert label.text() == "Team database: sync problem: the server refused 1: note"
    label.show_status(SyncStatus(SyncState.PROBLEM, 0, AT, "key-changed"))
    assert label.text() == (
        "Team database: the team key was changed — log in again to keep syncing"
    )
    assert "nothing is lost" in label.toolTip()


def test_a_login_starts_the_sync_and_the_label_follows_it(qtbot, tmp_path, pg_url):
    """TeamSync runs the real runner on its threads; reports reach the label on the GUI
    thread; stopping the server turns the label to offline with the count waiting."""
    import secrets

    from agentdesk.services.customer_types import CustomerDraft
    from tests.helpers.team import close, migrated_server, workstation

    server = migrated_server(pg_url)
    ws = workstation(tmp_path / "a", secrets.token_bytes(32), server)
    leader = ws.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    label = TeamStatusLabel()
    qtbot.addWidget(label)

    def make_runner(username, password, **callbacks):
        return SyncRunner(ws.sync, pg_url, poll_seconds=60, retry_seconds=0.2, **callbacks)

    sync = TeamSync(make_runner)
    sync.status_changed.connect(label.show_status)
    try:
        sync.start_for("lead", "leader-pass")
        qtbot.waitUntil(lambda: label.text() == "Team database: up to date", timeout=20_000)
        ws.sync._server.dispose()
        server.dispose()
        # The server's address stops answering: point the engine at a closed port.
        from sqlalchemy import create_engine

        ws.sync._server = create_engine(
            pg_url.replace(pg_url.split("@")[1].split("/")[0], "127.0.0.1:1")
        )
        ws.customers.create_customer(leader, CustomerDraft(first_name="No", surname="Net"))
        # A round may already have failed before the customer was saved (offline, nothing
        # waiting); the one after the save says what waits.
        qtbot.waitUntil(
            lambda: "offline since" in label.text() and "1 change waiting" in label.text(),
            timeout=20_000,
        )
    finally:
        sync.stop()
        close(ws)


def test_a_login_applies_an_erasure_made_elsewhere_before_it_completes(qtbot, tmp_path, pg_url):
    """A workstation that was away: the erasure done on another one is applied during the
    login itself, before the window could show the customer."""
    import secrets

    from sqlalchemy import text

    from agentdesk.services.customer_types import CustomerDraft
    from tests.helpers.team import close, migrated_server, workstation

    server = migrated_server(pg_url)
    key = secrets.token_bytes(32)
    a, b = workstation(tmp_path / "a", key, server), workstation(tmp_path / "b", key, server)
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Eve", surname="Gone"))
    a.sync.sync()
    b.sync.sync()
    a.gdpr.erase_customer(leader, cid)
    a.sync.sync()

    def make_runner(username, password, **callbacks):
        return SyncRunner(b.sync, pg_url, poll_seconds=60, **callbacks)

    sync = TeamSync(make_runner)
    try:
        sync.start_for("lead", "leader-pass")
        with b.db.read() as s:  # no waiting: start_for has already pulled
            assert s.scalar(text("SELECT count(*) FROM customer")) == 0
    finally:
        sync.stop()
        close(a)
        close(b)
        server.dispose()
