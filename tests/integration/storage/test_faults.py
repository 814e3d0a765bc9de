"""Faults during saves: a clear message, nothing lost, and the save works when retried.

Tests run as root, and root ignores file permissions, so chmod cannot make the data folder
read-only here; ``PRAGMA query_only`` gives SQLite's own read-only refusal (the error a
read-only mount or file produces) on every connection instead. Disk full is a tiny size
limit (``PRAGMA max_page_count``) or an injected SQLITE_FULL / ENOSPC at the driver.
"""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import event

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.drafts import DraftService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.keys import VaultLockedError, unlock_vault
from agentdesk.storage.session import StorageError
from agentdesk.vault.errors import KeyUnavailableError, UnavailableReason
from agentdesk.vault.keystore import MemoryKeyStore

LONG = "The caller explained the meter problem in detail. " * 1500  # 75,000 characters


@pytest.fixture
def drafts(people):
    return DraftService(people.db, people.vault)


@pytest.fixture
def customer(people):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Okafor"))
    return cid


def _on_connect(db, sql):
    def run(dbapi_connection, _record):
        dbapi_connection.execute(sql)

    event.listen(db.engine, "connect", run)
    db.engine.dispose()  # pooled connections were made before the hook: start afresh

    def undo():
        event.remove(db.engine, "connect", run)
        db.engine.dispose()

    return undo


def _page_count(db) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA page_count").scalar()


def test_disk_full_keeps_the_draft_and_the_save_can_be_retried(people, drafts, customer):
    typed = {"text": "short start"}
    drafts.save_draft(people.leader, "note", customer, typed, customer_id=customer)
    undo = _on_connect(people.db, f"PRAGMA max_page_count = {_page_count(people.db)}")
    with pytest.raises(StorageError, match="disk is full"):
        drafts.save_draft(people.leader, "note", customer, {"text": LONG}, customer_id=customer)
    with pytest.raises(StorageError, match="disk is full"):
        people.notes.add_note(people.leader, customer, LONG, permission_given=True)
    assert drafts.draft(people.leader, "note", customer).payload == typed  # nothing lost
    undo()  # space freed
    drafts.save_draft(people.leader, "note", customer, {"text": LONG}, customer_id=customer)
    people.notes.add_note(people.leader, customer, LONG, permission_given=True)
    drafts.clear(people.leader, "note", customer)
    assert drafts.pending_drafts(people.leader) == []


@pytest.mark.parametrize(
    "failure",
    [
        sqlite3.OperationalError("database or disk is full"),
        OSError(errno.ENOSPC, "No space left on device"),
    ],
    ids=["sqlite-full", "enospc"],
)
def test_injected_disk_full_at_the_driver(people, drafts, failure):
    drafts.save_draft(people.rep, "message", "m1", {"body": "Dear Mr Okafor"})

    def fail_writes(cursor, statement, parameters, context):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise failure
        return False

    event.listen(people.db.engine, "do_execute", fail_writes)
    try:
        with pytest.raises(StorageError, match="disk is full"):
            drafts.save_draft(people.rep, "message", "m1", {"body": "Dear Mr Okafor, thank"})
    finally:
        event.remove(people.db.engine, "do_execute", fail_writes)
    [kept] = drafts.pending_drafts(people.rep)
    assert kept.payload == {"body": "Dear Mr Okafor"}
    drafts.save_draft(people.rep, "message", "m1", {"body": "Dear Mr Okafor, thank"})
    assert drafts.pending_drafts(people.rep)[0].payload["body"].endswith("thank")


def test_read_only_data_keeps_reads_and_refuses_writes_clearly(people, drafts, customer):
    drafts.save_draft(people.leader, "note", customer, {"text": "typed"}, customer_id=customer)
    undo = _on_connect(people.db, "PRAGMA query_only = ON")
    with pytest.raises(StorageError, match="read-only"):
        drafts.save_draft(people.leader, "note", customer, {"text": "typed more"})
    with pytest.raises(StorageError, match="read-only"):
        people.notes.add_note(people.leader, customer, "typed more", permission_given=True)
    assert drafts.pending_drafts(people.leader)[0].payload == {"text": "typed"}
    undo()
    people.notes.add_note(people.leader, customer, "typed more", permission_given=True)


HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(data_paths):
    """Another process holding the write lock until told to let go."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "locked"

    def release():
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "released"

    yield release
    proc.stdin.close()
    proc.wait(timeout=10)


def test_a_locked_database_fails_clearly_then_the_retry_succeeds(people, drafts, holder):
    undo = _on_connect(people.db, "PRAGMA busy_timeout = 200")
    with pytest.raises(StorageError, match="busy"):
        drafts.save_draft(people.rep, "message", "m1", {"body": "waiting"})
    holder()
    drafts.save_draft(people.rep, "message", "m1", {"body": "waiting"})
    undo()
    assert drafts.pending_drafts(people.rep)[0].payload == {"body": "waiting"}


def test_a_short_lock_is_waited_out_by_the_busy_timeout(people, drafts, holder):
    timer = threading.Timer(0.3, holder)
    started = time.monotonic()
    timer.start()
    drafts.save_draft(people.rep, "message", "m1", {"body": "no error shown"})
    timer.join()
    assert time.monotonic() - started >= 0.25
    assert drafts.pending_drafts(people.rep)[0].payload == {"body": "no error shown"}


class WallClock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now


def test_durations_ignore_a_wall_clock_jump():
    flow = FlowLibrary().flows()["inbound"]
    mono = [100.0]
    wall = WallClock()
    events = []

    class Sink:
        def append(self, e):
            events.append(e)

    engine = CallEngine(
        flow, Sink(), context=ScriptContext(), clock=lambda: mono[0], wall_clock=wall
    )
    engine.start()
    mono[0] += 60
    wall.now -= dt.timedelta(hours=1)  # the clock is set back an hour mid-call
    engine.jump("need")
    mono[0] += 60
    wall.now += dt.timedelta(days=3)  # and then far forward
    engine.end_call("caller_hung_up")
    assert engine.durations().talk == pytest.approx(120.0)


class FlakyKeyring(MemoryKeyStore):
    broken = False

    def load(self):
        if self.broken:
            raise KeyUnavailableError(UnavailableReason.KEYRING_FAILED)
        return super().load()


def test_keyring_lost_mid_session_the_open_vault_keeps_working(data_paths, db, people):
    keyring = FlakyKeyring(people.store.load())  # this data folder's key, in a keyring
    vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=keyring)
    drafts = DraftService(db, vault)
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Okafor"))
    keyring.broken = True  # the keyring daemon died

    drafts.save_draft(people.leader, "note", cid, {"text": "still saved"}, customer_id=cid)
    people.notes.add_note(people.leader, cid, "also saved", permission_given=True)
    assert drafts.pending_drafts(people.leader)[0].payload == {"text": "still saved"}
    with pytest.raises(VaultLockedError, match="cannot be found"):
        unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=keyring)
    vault.keys.dispose()
