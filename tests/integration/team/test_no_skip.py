"""The change log never skips a change whose transaction commits after a later one.

A reader that pulls ``WHERE id > last_seen`` from a sequence-numbered log skips a change whose
transaction took its number early but committed late. The team database's reader
(agentdesk/sync/server.py) orders by transaction id and stops below the oldest transaction
still running; these tests hold transactions open on a real server to prove it.
"""

from __future__ import annotations

import random
import threading
import time
import uuid

from sqlalchemy import text

from agentdesk.sync.server import Cursor, read_changes, record_change

ORIGIN = uuid.uuid4()


def _record(conn, row_id: str) -> uuid.UUID:
    change_id = uuid.uuid4()
    assert record_change(conn, change_id, ORIGIN, "note", row_id, "upsert", None)
    return change_id


def _read_all(engine, cursor: Cursor) -> tuple[list, Cursor]:
    seen = []
    while True:
        with engine.connect() as conn:
            page = read_changes(conn, cursor, 50)
            conn.rollback()
        if not page:
            return seen, cursor
        seen += page
        cursor = page[-1].cursor


def test_a_late_commit_is_read_after_it_commits_not_skipped(server):
    early = server.connect()
    early_tx = early.begin()
    _record(early, "early")  # takes the lower id and transaction id, commits last
    with server.begin() as conn:
        _record(conn, "late")

    # The naive reader sees "late" and moves past "early" for good.
    with server.connect() as conn:
        naive = conn.execute(text("SELECT id, row_id FROM sync_change ORDER BY id")).all()
    assert [r.row_id for r in naive] == ["late"]
    naive_cursor = naive[-1].id

    # Ours reads nothing while the early transaction runs: "late" waits behind it.
    seen, cursor = _read_all(server, Cursor())
    assert seen == []

    early_tx.commit()
    early.close()
    with server.connect() as conn:
        after_naive = conn.execute(
            text("SELECT row_id FROM sync_change WHERE id > :c"), {"c": naive_cursor}
        ).all()
    assert after_naive == []  # the naive reader has lost "early"
    seen, cursor = _read_all(server, cursor)
    assert [c.row_id for c in seen] == ["early", "late"]
    assert _read_all(server, cursor)[0] == []


def _burn_xids_to_just_below_a_power_of_ten(server) -> None:
    """Transaction ids then cross 999 -> 1000 (or the like) during the test: their text forms
    sort differently from their values, which once made pages skip changes."""
    with server.begin() as conn:
        current = int(conn.execute(text("SELECT pg_current_xact_id()::text")).scalar())
        target = 10 ** len(str(current)) - 30
        if target - current < 10:
            target = 10 ** (len(str(current)) + 1) - 30
        conn.execute(text("CREATE TEMP TABLE burn (n int)"))
        # Each subtransaction that writes takes a transaction id from the same counter.
        conn.execute(
            text(
                f"DO $$ BEGIN FOR i IN 1..{target - current} LOOP BEGIN INSERT INTO burn "
                "VALUES (i); EXCEPTION WHEN others THEN NULL; END; END LOOP; END $$"
            )
        )


def test_concurrent_writers_and_a_reader_every_change_exactly_once(server):
    """Writers commit in random order while a reader pulls; one writer keeps a transaction
    open across many pulls. Every committed change is read once; rolled-back ones never."""
    _burn_xids_to_just_below_a_power_of_ten(server)
    committed: set[uuid.UUID] = set()
    lock = threading.Lock()
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer(seed: int) -> None:
        rnd = random.Random(seed)
        try:
            for i in range(60):
                with server.connect() as conn:
                    tx = conn.begin()
                    ids = [_record(conn, f"w{seed}-{i}-{k}") for k in range(rnd.randint(1, 3))]
                    # Hold the transaction for a while on the server, as a slow push would.
                    conn.execute(text("SELECT pg_sleep(:s)"), {"s": rnd.random() * 0.01})
                    if rnd.random() < 0.1:
                        tx.rollback()
                        continue
                    tx.commit()
                with lock:
                    committed.update(ids)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    def long_writer() -> None:
        try:
            with server.connect() as conn:
                tx = conn.begin()
                ids = [_record(conn, "long")]
                # Keep it open until the other writers are done.
                while not stop.is_set():
                    conn.execute(text("SELECT pg_sleep(0.02)"))
                tx.commit()
            with lock:
                committed.update(ids)
        except BaseException as exc:
            errors.append(exc)

    seen: list = []
    cursor = Cursor()
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    longest = threading.Thread(target=long_writer)
    longest.start()
    for t in threads:
        t.start()
    reads_while_open = 0
    while any(t.is_alive() for t in threads):
        page, cursor = _read_all(server, cursor)
        seen += page
        reads_while_open += 1
    stop.set()
    longest.join()
    for t in threads:
        t.join()
    assert not errors
    assert reads_while_open > 5
    with server.connect() as conn:
        logged = {
            r.change_id: (int(r.xid), r.id)
            for r in conn.execute(text("SELECT change_id, xid::text AS xid, id FROM sync_change"))
        }
    assert set(logged) == committed
    # Another transaction on the cluster (autovacuum's ANALYZE of this very table, say) may
    # still hold back the horizon for a moment: what is not read yet must lie ahead of the
    # cursor (delayed, never skipped), and everything arrives once it ends.
    deadline = time.monotonic() + 30
    while True:
        page, cursor = _read_all(server, cursor)
        seen += page
        read = {c.id for c in seen}
        behind = [
            position
            for change_id, position in logged.items()
            if position[1] not in read and position <= (int(cursor.xid), cursor.id)
        ]
        assert behind == [], (
            f"a committed change was skipped: cursor {cursor}, read {len(read)} "
            f"of {len(logged)}, first read {[(c.xid, c.id) for c in seen[:5]]}"
        )
        if len(read) == len(logged) or time.monotonic() > deadline:
            break
        with server.connect() as conn:
            conn.execute(text("SELECT pg_sleep(0.05)"))
    ids = [c.id for c in seen]
    assert len(ids) == len(set(ids)), "a change was read twice"
    assert set(ids) == {position[1] for position in logged.values()}
    assert len({len(str(x)) for x, _ in logged.values()}) == 2  # the ids crossed a power of ten
    assert [c.cursor for c in seen] == sorted(
        (c.cursor for c in seen), key=lambda k: (int(k.xid), k.id)
    )
