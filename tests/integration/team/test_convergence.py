"""Random interleavings of writes and syncs on three workstations: every replica converges to
the server, nothing lost, nothing doubled."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from agentdesk.models import Account
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.sync.tables import NOT_UPDATED, SYNCED_TABLES, key_column, synced_columns, table
from tests.helpers.team import close, migrated_server, workstation

OPS = st.lists(
    st.tuples(
        st.sampled_from(["customer", "note", "rename", "sync", "push", "pull"]),
        st.integers(0, 2),
        st.integers(0, 1000),
    ),
    min_size=5,
    max_size=25,
)


def snapshot(engine) -> dict:
    found = {}
    with engine.connect() as conn:
        for name in SYNCED_TABLES:
            tbl = table(name)
            columns = [c for c in synced_columns(tbl) if c not in NOT_UPDATED]
            pk = key_column(tbl)
            found[name] = {
                str(r[pk.name]): tuple(r[c] for c in columns)
                for r in conn.execute(select(tbl)).mappings()
            }
    return found


@settings(max_examples=6)
@given(ops=OPS)
def test_every_replica_converges_to_the_server(pg_cluster, ops):
    template = _migrated_template(pg_cluster)
    name = pg_cluster.create_database(template=template)
    server = migrated_server(pg_cluster.url(name))
    key = secrets.token_bytes(32)
    with tempfile.TemporaryDirectory() as tmp:
        team = [workstation(Path(tmp) / f"w{i}", key, server) for i in range(3)]
        try:
            leader = team[0].accounts.create_first_team_leader("lead", "Lea", "leader-pass")
            for ws in team:
                ws.sync.sync()
            who = [ws.accounts.login("lead", "leader-pass") for ws in team]
            customers: list[list[str]] = [[], [], []]
            written_notes = 0
            for op, n, seed in ops:
                ws = team[n]
                if op == "customer":
                    cid, _ = ws.customers.create_customer(
                        who[n], CustomerDraft(first_name=f"F{seed}", surname=f"S{seed}")
                    )
                    customers[n].append(cid)
                elif op == "note" and customers[n]:
                    cid = customers[n][seed % len(customers[n])]
                    ws.notes.add_note(who[n], cid, f"note {seed}", permission_given=True)
                    written_notes += 1
                elif op == "rename":
                    with ws.db.write() as s:
                        s.get(Account, leader.account_id).display_name = f"Lea {seed}"
                elif op == "sync":
                    ws.sync.sync()
                elif op == "push":
                    ws.sync.push()
                elif op == "pull":
                    ws.sync.pull()
            for _ in range(2):
                for ws in team:
                    ws.sync.sync()
            expected = snapshot(server)
            assert len(expected["note"]) == written_notes
            assert len(expected["customer"]) == sum(len(c) for c in customers)
            for ws in team:
                assert snapshot(ws.db.engine) == expected
        finally:
            for ws in team:
                close(ws)
            server.dispose()
            pg_cluster.drop_database(name)


_TEMPLATES: dict[int, str] = {}


def _migrated_template(cluster) -> str:
    """One migrated database per server to copy from (CREATE DATABASE ... TEMPLATE)."""
    if id(cluster) not in _TEMPLATES:
        name = cluster.create_database()
        migrated_server(cluster.url(name)).dispose()
        _TEMPLATES[id(cluster)] = name
    return _TEMPLATES[id(cluster)]
