"""The team database's server crashes (every PostgreSQL process SIGKILLed) in the middle of a
push, of a commit and of a pull, then restarts with crash recovery: nothing written on a
workstation is lost, nothing arrives twice, and every replica ends equal to the server.

These tests run their own durable cluster (fsync and synchronous commit on, as a production
server): the shared test cluster trades durability for speed, and is not crashed.
"""

from __future__ import annotations

import secrets
import uuid

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.sync import engine as sync_engine
from agentdesk.sync import server as sync_server
from agentdesk.sync.runner import SyncRunner
from agentdesk.sync.status import SyncState
from tests.helpers.pg import start_cluster, stop_cluster
from tests.helpers.team import close, migrated_server, workstation

pytestmark = pytest.mark.postgres

CUSTOMERS, NOTES_EACH = 3, 12


@pytest.fixture(scope="module")
def cluster():
    made = start_cluster(durable=True)
    yield made
    stop_cluster(made)


@pytest.fixture
def team(cluster, tmp_path):
    url = cluster.url(cluster.create_database())
    server = migrated_server(url)
    key = secrets.token_bytes(32)
    a = workstation(tmp_path / "a", key, server)
    b = workstation(tmp_path / "b", key, server)
    yield a, b, server, url
    close(a)
    close(b)
    server.dispose()


def _write(ws) -> list[str]:
    """A morning's work on one workstation: customers and notes, all waiting in its outbox."""
    leader = ws.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    texts = []
    for c in range(CUSTOMERS):
        cid, _ = ws.customers.create_customer(leader, CustomerDraft(surname=f"Caller{c}"))
        for n in range(NOTES_EACH):
            ws.notes.add_note(leader, cid, f"call {c}-{n}", permission_given=True)
            texts.append(f"call {c}-{n}")
    return sorted(texts)


def _crash_on_call(monkeypatch, cluster, module, name: str, nth: int) -> list[int]:
    """Crash the server when ``module.name`` is called for the ``nth`` time (then the call
    goes on against a dead server, as the workstation's code would)."""
    real = getattr(module, name)
    calls = [0]

    def crashing(*args, **kwargs):
        calls[0] += 1
        if calls[0] == nth:
            cluster.crash()
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, crashing)
    return calls


def _server_state(server) -> tuple[list[str], int, int]:
    with server.connect() as conn:
        notes = sorted(str(uuid.UUID(str(r[0]))) for r in conn.execute(text("SELECT id FROM note")))
        total, distinct = conn.execute(
            text("SELECT count(*), count(DISTINCT change_id) FROM sync_change")
        ).one()
    return notes, total, distinct


def _local_notes(ws) -> list[str]:
    with ws.db.read() as s:
        return sorted(str(uuid.UUID(str(r[0]))) for r in s.execute(text("SELECT id FROM note")))


def _texts(ws) -> list[str]:
    who = ws.accounts.login("lead", "leader-pass")
    found = []
    for c in range(CUSTOMERS):
        (match,) = ws.customers.lookup(who, f"Caller{c}")
        found.extend(n.text for n in ws.customers.open_card(who, match.id).notes)
    return sorted(found)


def _outbox(ws) -> int:
    with ws.db.read() as s:
        return s.execute(text("SELECT count(*) FROM sync_outbox")).scalar()


def test_server_killed_mid_push_and_restarted(team, cluster, monkeypatch):
    a, b, server, url = team
    written = _write(a)
    waiting = _outbox(a)
    # Batches of 10: the crash comes in the third batch, two are committed already.
    calls = _crash_on_call(monkeypatch, cluster, sync_server, "upsert_row", 25)
    with pytest.raises(OperationalError):
        a.sync.push(batch=10)
    assert calls[0] == 25
    assert 0 < _outbox(a) < waiting  # the committed batches left, the rest still waits
    monkeypatch.undo()
    # While the server is down the workstation says so, and keeps everything.
    runner = SyncRunner(a.sync, url, retry_seconds=0.1)
    runner.run_once()
    assert runner.status.state is SyncState.OFFLINE
    assert runner.status.pending == _outbox(a) > 0

    cluster.start()
    for _ in range(3):  # the first round may meet a pooled connection of the dead server
        runner.run_once()
        if runner.status.state is SyncState.UP_TO_DATE:
            break
    assert runner.status.state is SyncState.UP_TO_DATE
    assert _outbox(a) == 0
    b.sync.sync()
    notes, total, distinct = _server_state(server)
    assert len(notes) == CUSTOMERS * NOTES_EACH
    assert total == distinct  # no change logged twice
    assert _local_notes(a) == _local_notes(b) == notes
    assert _texts(b) == written


def test_server_killed_while_committing_a_push(team, cluster, monkeypatch):
    """The crash hits the COMMIT itself: the whole batch is rolled back by recovery (or, had
    it reached the WAL, recognised by its change ids); either way it arrives exactly once."""
    a, b, server, _url = team
    written = _write(a)
    crashed = []

    def crash_on_commit(_conn):
        if not crashed:
            crashed.append(True)
            cluster.crash()

    event.listen(server, "commit", crash_on_commit)
    try:
        with pytest.raises(OperationalError):
            a.sync.push()
    finally:
        event.remove(server, "commit", crash_on_commit)
    assert _outbox(a) > 0
    cluster.start()
    _sync_until_done(a)
    _sync_until_done(b)
    notes, total, distinct = _server_state(server)
    assert len(notes) == CUSTOMERS * NOTES_EACH and total == distinct
    assert _local_notes(b) == notes
    assert _texts(b) == written


def test_server_killed_right_after_a_commit_the_workstation_never_heard_of(
    team, cluster, monkeypatch
):
    """The server commits, then dies before the workstation can drop its outbox: the batch is
    sent again after the restart, and the change ids make the second delivery harmless."""
    a, b, server, _url = team
    written = _write(a)
    real = sync_engine.replica.drop_outbox

    def crash_instead(db, ids, refused=()):
        cluster.crash()
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(sync_engine.replica, "drop_outbox", crash_instead)
    with pytest.raises(OperationalError):
        a.sync.push()
    monkeypatch.setattr(sync_engine.replica, "drop_outbox", real)
    cluster.start()
    report = _sync_until_done(a)
    assert report.duplicates > 0 and report.pushed == 0
    _sync_until_done(b)
    notes, total, distinct = _server_state(server)
    assert len(notes) == CUSTOMERS * NOTES_EACH and total == distinct
    assert _local_notes(a) == _local_notes(b) == notes
    assert _texts(b) == written


def test_server_killed_mid_pull_and_restarted(team, cluster, monkeypatch):
    a, b, server, _url = team
    written = _write(a)
    a.sync.sync()
    # Pages of 10 changes: the crash comes while B fetches the rows of a later page.
    calls = _crash_on_call(monkeypatch, cluster, sync_server, "fetch_rows", 6)
    with pytest.raises(OperationalError):
        b.sync.pull(page=10)
    assert calls[0] == 6
    monkeypatch.undo()
    partial = _local_notes(b)
    assert len(partial) < CUSTOMERS * NOTES_EACH  # pages applied before the crash are kept
    cluster.start()
    _sync_until_done(b)
    notes, total, distinct = _server_state(server)
    assert len(notes) == CUSTOMERS * NOTES_EACH and total == distinct
    assert set(partial) <= set(notes)
    assert _local_notes(b) == notes
    assert _outbox(b) == 0  # pulling wrote nothing to send back
    assert _texts(b) == written


def _sync_until_done(ws, rounds: int = 3):
    """Sync, allowing one failure on a connection pooled before the crash."""
    for attempt in range(rounds):
        try:
            return ws.sync.sync()
        except OperationalError:
            if attempt == rounds - 1:
                raise
    return None
