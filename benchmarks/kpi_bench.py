"""KPI dashboard over 50,000 interactions: must open in at most one second.

Generates interactions directly through the ORM (bulk inserts in batches) on a temporary data
folder — realistic talk, hold and wrap-up times, outcomes, representatives, causes of upset,
stored adherence scores, open call-backs — then times the service call the dashboard makes.

    python benchmarks/kpi_bench.py [--interactions 50000] [--runs 15] [--output docs/kpi-results.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from machine import cpu_model  # benchmarks/machine.py
from sqlalchemy import insert

from agentdesk.accounts.passwords import ScryptParams
from agentdesk.models.interaction import Interaction, Task
from agentdesk.models.review import AdherenceScore
from agentdesk.paths import DataPaths
from agentdesk.services.accounts import AccountService
from agentdesk.services.identity import Role
from agentdesk.services.kpi import KpiService
from agentdesk.services.review import QueueFilter
from agentdesk.services.review_queue import queue_query
from agentdesk.storage.open import open_database

OUTCOMES = [
    ("resolved", 0.55),
    ("information", 0.12),
    ("follow_up", 0.08),
    ("callback_booked", 0.07),
    ("transferred", 0.09),
    ("message_taken", 0.04),
    ("complaint", 0.03),
    ("wrong_number", 0.02),
]
CAUSES = [
    "long-wait",
    "billing-dispute",
    "product-fault",
    "miscommunication",
    "inconvenience",
    "unmet-expectations",
    "rude-treatment",
    "unclear-policy",
]
BATCH = 5_000
DAYS = 90


def generate(db, agents: list[uuid.UUID], n: int, rng: random.Random, now: dt.datetime) -> None:
    outcomes, weights = zip(*OUTCOMES, strict=True)
    start = now - dt.timedelta(days=DAYS)
    for first in range(0, n, BATCH):
        calls, scores, tasks = [], [], []
        for _ in range(min(BATCH, n - first)):
            iid = uuid.uuid4()
            agent = rng.choice(agents)
            started = start + dt.timedelta(seconds=rng.uniform(0, DAYS * 86400))
            outcome = rng.choices(outcomes, weights)[0]
            held = rng.random() < 0.3
            tags = [rng.choice(["new", "existing"])]
            if rng.random() < 0.12:
                tags.append("upset:" + rng.choice(CAUSES))
            calls.append(
                {
                    "id": iid,
                    "agent_id": agent,
                    "channel": rng.choice(["voice"] * 4 + ["chat"]),
                    "flow_id": "inbound",
                    "state": "done",
                    "started_at": started,
                    "wrapped_at": started,
                    "outcome": outcome,
                    "first_contact_resolution": outcome in ("resolved", "information"),
                    "talk_seconds": rng.lognormvariate(5.4, 0.55),  # median ~ 220 s
                    "hold_seconds": rng.lognormvariate(4.0, 0.7) if held else 0.0,
                    "wrap_seconds": rng.lognormvariate(3.7, 0.5),  # median ~ 40 s
                    "tags": tags,
                    "version": 1,
                    "created_at": started,
                    "updated_at": started,
                }
            )
            if rng.random() < 0.85:
                transfer = outcome == "transferred"
                warm = transfer and rng.random() < 0.7
                scores.append(
                    {
                        "interaction_id": iid,
                        "agent_id": agent,
                        "started_at": started,
                        "score": rng.betavariate(8, 2),
                        "passed": 5,
                        "applicable": 6,
                        "rules_digest": "bench",
                        "computed_at": started,
                        "results": [],
                        "holds": int(held),
                        "warm_transfers": int(warm),
                        "cold_transfers": int(transfer and not warm),
                        "messages": int(outcome == "message_taken"),
                        "callbacks_offered": 0,
                    }
                )
            if outcome in ("callback_booked", "follow_up") and rng.random() < 0.3:
                due = started + dt.timedelta(days=rng.uniform(0.5, 5))
                tasks.append(
                    {
                        "id": uuid.uuid4(),
                        "kind": "call-back",
                        "interaction_id": iid,
                        "assignee_id": agent,
                        "due_at": due,
                        "status": "open" if due > now - dt.timedelta(days=3) else "done",
                        "version": 1,
                        "created_at": started,
                        "updated_at": started,
                    }
                )
        with db.write() as s:
            s.execute(insert(Interaction), calls)
            s.execute(insert(AdherenceScore), scores)
            if tasks:
                s.execute(insert(Task), tasks)


def timed(fn, runs: int) -> tuple[float, float, float, object]:
    """Median and p95 wall time, median CPU time of this process, and the last result."""
    result, walls, cpus = None, [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    walls.sort()
    p95 = walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))]
    return statistics.median(walls), p95, statistics.median(cpus), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=50_000)
    parser.add_argument("--representatives", type=int, default=25)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    rng = random.Random(9)
    now = dt.datetime.now(dt.UTC)
    lines = [
        "# KPI dashboard benchmark",
        "",
        f"Generated by `python benchmarks/kpi_bench.py` on {now:%Y-%m-%d}.",
        "",
        f"- Platform: {platform.platform()}",
        f"- CPU: {cpu_model()} ({platform.machine()})",
        f"- Python: {sys.version.split()[0]}; SQLite {sqlite3.sqlite_version}",
        f"- Data: {args.interactions:,} interactions, {args.representatives} representatives, "
        f"{DAYS} days; ~85% with a stored adherence score",
        f"- Load average when started: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
        f"on {os.cpu_count()} CPUs",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data").ensure()
        db = open_database(paths)
        accounts = AccountService(db, params=ScryptParams(n=2**8, r=8, p=1))
        leader = accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
        agents = []
        for i in range(args.representatives):
            added, _ = accounts.add_user(
                leader, f"rep{i}", f"Rep {i:02d}", "rep-password", Role.REPRESENTATIVE
            )
            agents.append(uuid.UUID(added.id))
        t0 = time.perf_counter()
        generate(db, agents, args.interactions, rng, now)
        lines.append(
            f"Generating the data took {time.perf_counter() - t0:.1f} s (not timed below)."
        )
        lines += [
            "",
            "| Service call | median | p95 | CPU (median) | result |",
            "|---|---|---|---|---|",
        ]
        kpi = KpiService(db)
        since, until = now - dt.timedelta(days=DAYS + 1), now + dt.timedelta(days=1)
        cases = [
            ("team dashboard, whole range", lambda: kpi.dashboard(leader, since, until)),
            (
                "team dashboard, last 28 days",
                lambda: kpi.dashboard(leader, now - dt.timedelta(days=28), until),
            ),
            (
                "one representative, whole range",
                lambda: kpi.dashboard(leader, since, until, str(agents[0])),
            ),
        ]

        def queue():
            with db.read() as s:
                return s.execute(queue_query(QueueFilter(unreviewed_only=True))).all()

        for name, fn in cases:
            median, p95, cpu, board = timed(fn, args.runs)
            summary = f"{board.handle.count:,} contacts, {len(board.trend)} trend days"
            lines.append(
                f"| {name} | {median * 1000:.0f} ms | {p95 * 1000:.0f} ms | {cpu * 1000:.0f} ms "
                f"| {summary} |"
            )
        median, p95, cpu, rows = timed(queue, args.runs)
        lines.append(
            f"| review queue, not yet reviewed (1,000 rows) | {median * 1000:.0f} ms "
            f"| {p95 * 1000:.0f} ms | {cpu * 1000:.0f} ms | {len(rows):,} rows |"
        )
        db.dispose()
    lines += [
        "",
        f"{args.runs} runs each. Sums and counts are computed in SQL (GROUP BY representative); "
        "the handle-time percentiles and histogram come from one column fetched once; the "
        "adherence trend averages stored scores, so no event log is decrypted. Wall times "
        "include waiting for a CPU when the machine is shared; the CPU column is this "
        "process's own time.",
        f"Load average when finished: {' '.join(f'{x:.2f}' for x in os.getloadavg())}.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
