"""Benchmark of the team database: save-to-visible latency with many workstations, and the
initial sync of a workstation joining a large team.

Run: python benchmarks/sync_bench.py [--workstations 5 20 50] [--seconds 30]
     [--customers 100000 --notes 300000] [--output docs/sync-results.md]
Targets (issue 17): p95 from a save on one workstation to visible on another ≤ 2 s with 50
workstations; initial sync of 100,000 customers and 300,000 notes ≤ 60 s.

Each simulated workstation is a real replica: its own data folder, SQLite database, key
store and sync runner (worker and LISTEN threads, one PostgreSQL connection each), all in this
process, against one throw-away PostgreSQL cluster (tests/helpers/pg.py; needs Debian's
postgresql). Each workstation saves a note every `--interval` seconds (a busy representative
saves one per call, every few minutes: the default is far faster). Two observer workstations
record when each note becomes visible in their own database. For the initial sync the server
is filled directly (COPY) with rows shaped like real ones (ciphertext-sized random bytes), and
a fresh workstation pulls everything.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import secrets
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import cpu_model, load_average  # benchmarks/machine.py
from sqlalchemy import select, text

from agentdesk.changes import Changes
from agentdesk.models.customer import Note
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.sync.runner import SyncRunner
from tests.helpers.pg import start_cluster, stop_cluster
from tests.helpers.team import close, migrated_server, workstation

TARGET_P95_S = 2.0
TARGET_INITIAL_S = 60.0


def _postgres_cpu_seconds(cluster) -> float:
    """CPU time used so far by every process of the cluster (postmaster and backends)."""
    pid = int((cluster.datadir / "postmaster.pid").read_text().split()[0])
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ppid, utime, stime = int(fields[1]), int(fields[11]), int(fields[12])
        if int(proc.name) == pid or ppid == pid:
            total += (utime + stime) / tick
    return total


def _commits(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
        ).scalar()


def latency_run(cluster, count: int, seconds: float, interval: float, tmp: Path) -> dict:
    name = cluster.create_database()
    server = migrated_server(cluster.url(name))
    key = secrets.token_bytes(32)
    team = [workstation(tmp / f"{count}-{i}", key, server) for i in range(count)]
    leader = team[0].accounts.create_first_team_leader("lead", "Lea", "leader-pass")
    cid, _ = team[0].customers.create_customer(leader, CustomerDraft(first_name="A", surname="B"))
    for ws in team:
        ws.sync.sync()
    who = [ws.accounts.login("lead", "leader-pass") for ws in team]
    for ws in team:
        ws.sync.sync()
    observers = {1, 2} if count > 2 else {count - 1}
    saved: dict[str, float] = {}
    seen: dict[str, list[float]] = {}
    lock = threading.Lock()

    def watcher(i: int):
        def on_changes(flags: Changes) -> None:
            if not flags & Changes.NOTES:
                return
            now = time.monotonic()
            with team[i].db.read() as s:
                here = {str(n) for n in s.scalars(select(Note.id))}
            with lock:
                for nid, at in saved.items():
                    if nid in here and i not in {o for o, _ in seen.get(nid, [])}:
                        seen.setdefault(nid, []).append((i, now - at))

        return on_changes

    url = cluster.url(name)
    runners = [
        SyncRunner(ws.sync, url, on_changes=watcher(i) if i in observers else None)
        for i, ws in enumerate(team)
    ]
    for runner in runners:
        runner.start()
    stop = threading.Event()

    def agent(i: int) -> None:
        rnd = random.Random(i)
        stop.wait(rnd.random() * interval)
        while not stop.is_set():
            started = time.monotonic()
            note, _ = team[i].notes.add_note(who[i], cid, f"note from {i}", permission_given=True)
            with lock:
                saved[note.note_id] = started
            stop.wait(interval)

    writers = [i for i in range(count) if i not in observers]
    threads = [threading.Thread(target=agent, args=(i,)) for i in writers]
    cpu0, commits0, t0 = _postgres_cpu_seconds(cluster), _commits(server), time.monotonic()
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with lock:
            done = all(len(seen.get(n, [])) == len(observers) for n in saved)
        if done:
            break
        time.sleep(0.1)
    elapsed = time.monotonic() - t0
    cpu = _postgres_cpu_seconds(cluster) - cpu0
    commits = _commits(server) - commits0
    for runner in runners:
        runner.stop()
    latencies = sorted(lat for values in seen.values() for _, lat in values)
    missing = sum(len(observers) - len(seen.get(n, [])) for n in saved)
    for ws in team:
        close(ws)
    server.dispose()
    cluster.drop_database(name)
    return {
        "workstations": count,
        "notes": len(saved),
        "median": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "max": latencies[-1],
        "missing": missing,
        "server_cpu_share": cpu / elapsed,
        "commits_per_s": commits / elapsed,
    }


def _copy(conn, sql: str, rows) -> None:
    with conn.cursor() as cur, cur.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def initial_sync(cluster, customers: int, notes: int, tmp: Path) -> dict:
    import psycopg

    name = cluster.create_database()
    migrated_server(cluster.url(name)).dispose()
    key = secrets.token_bytes(32)
    origin = uuid.uuid4()
    now = datetime.now(UTC)
    account = uuid.uuid4()
    cids = [uuid.uuid4() for _ in range(customers)]
    started = time.monotonic()
    with psycopg.connect(cluster.dsn(name)) as conn:
        conn.execute(
            "INSERT INTO account (id, username, display_name, role, password_hash, "
            "failed_logins, version, created_at, updated_at) VALUES "
            "(%s, 'lead', 'Lea', 'team-leader', 'x', 0, 1, now(), now())",
            (account,),
        )
        blob = os.urandom
        _copy(
            conn,
            "COPY customer (id, name_ct, phone_ct, phone_bidx, surname_bidx, type_tags, "
            "created_by, version, created_at, updated_at) FROM STDIN",
            (
                (
                    c,
                    blob(70),
                    blob(45),
                    secrets.token_hex(16),
                    secrets.token_hex(16),
                    "[]",
                    account,
                    1,
                    now,
                    now,
                )
                for c in cids
            ),
        )
        _copy(
            conn,
            "COPY sync_data_key (owner_id, kind, customer_id, wrapped) FROM STDIN",
            ((str(c), "customer", None, blob(61)) for c in cids),
        )
        nids = [(uuid.uuid4(), cids[i % customers]) for i in range(notes)]
        _copy(
            conn,
            "COPY note (id, customer_id, author_id, body_ct, permission_given, cards_masked, "
            "version, created_at, updated_at) FROM STDIN",
            ((n, c, account, blob(300), True, 0, 1, now, now) for n, c in nids),
        )
        changes = [("account", str(account))]
        changes += [("customer", str(c)) for c in cids]
        changes += [("note", str(n)) for n, _ in nids]
        _copy(
            conn,
            "COPY sync_change (change_id, origin, table_name, row_id, op) FROM STDIN",
            ((uuid.uuid4(), origin, t, r, "upsert") for t, r in changes),
        )
        conn.commit()
    filled = time.monotonic() - started
    server = migrated_server(cluster.url(name))
    ws = workstation(tmp / "joiner", key, server)
    started = time.monotonic()
    report = ws.sync.pull()
    took = time.monotonic() - started
    with ws.db.read() as s:
        got = s.scalar(text("SELECT count(*) FROM note"))
    assert got == notes and report.pulled == 1 + customers + notes, (got, report.pulled)
    close(ws)
    server.dispose()
    cluster.drop_database(name)
    return {"customers": customers, "notes": notes, "seconds": took, "fill_seconds": filled}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workstations", type=int, nargs="+", default=[5, 20, 50])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--interval", type=float, default=5.0)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=300_000)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    out = io.StringIO()

    def say(line: str = "") -> None:
        print(line, flush=True)
        out.write(line + "\n")

    say("# Team database sync benchmark")
    say()
    say(
        f"Machine: {cpu_model()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load {load_average()} at start; PostgreSQL server and every workstation on it."
    )
    say(
        f"Command: python benchmarks/sync_bench.py --workstations "
        f"{' '.join(map(str, args.workstations))} --seconds {args.seconds:g} "
        f"--interval {args.interval:g} --customers {args.customers} --notes {args.notes}"
    )
    say()
    cluster = start_cluster()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            say(
                "| workstations | notes saved | median s | p95 s | max s | not seen | "
                "server CPU (cores) | commits/s |"
            )
            say("|---:|---:|---:|---:|---:|---:|---:|---:|")
            for count in args.workstations:
                r = latency_run(cluster, count, args.seconds, args.interval, Path(tmp))
                say(
                    f"| {r['workstations']} | {r['notes']} | {r['median']:.3f} | "
                    f"{r['p95']:.3f} | {r['max']:.3f} | {r['missing']} | "
                    f"{r['server_cpu_share']:.2f} | {r['commits_per_s']:.1f} |"
                )
            say()
            say(f"Target: p95 ≤ {TARGET_P95_S} s from a save to visible on another workstation.")
            if args.customers:
                r = initial_sync(cluster, args.customers, args.notes, Path(tmp))
                say()
                say(
                    f"Initial sync of a new workstation: {r['customers']:,} customers and "
                    f"{r['notes']:,} notes in {r['seconds']:.1f} s "
                    f"(target ≤ {TARGET_INITIAL_S:.0f} s; server filled in "
                    f"{r['fill_seconds']:.1f} s, not counted)."
                )
    finally:
        stop_cluster(cluster)
    say(f"Load at the end: {load_average()}.")
    if args.output:
        args.output.write_text(out.getvalue(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
