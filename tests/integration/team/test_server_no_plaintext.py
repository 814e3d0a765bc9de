"""A copy of the team database reveals nothing about any customer: the PostgreSQL data folder,
its WAL and a pg_dump hold no marker and no complete card number."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sqlalchemy import text

from agentdesk.services.customer_types import CustomerDraft

MARK = "qzvteammarker"
PHONE = "+44 20 7946 0731"
CARD = "4111 1111 1111 1111"
NEEDLES = (MARK, "+442079460731", "2079460731", "020 7946 0731", CARD, CARD.replace(" ", ""))
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def _needles() -> list[bytes]:
    return [n.lower().encode(e) for n in NEEDLES for e in ENCODINGS]


def _found_in(data: bytes) -> list[bytes]:
    lowered = data.lower()
    return [n for n in _needles() if n in lowered]


def test_no_plaintext_in_the_server_files_wal_or_dump(make_workstation, pg_cluster, pg_url, server):
    a, b = make_workstation("a"), make_workstation("b")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(
        leader,
        CustomerDraft(
            first_name=f"Ada{MARK}",
            surname=f"Quinn{MARK}",
            phone=PHONE,
            email=f"ada.{MARK}@example.org",
            free_tags=(f"tag{MARK}",),
        ),
    )
    a.notes.add_note(leader, cid, f"Paid with {CARD} cvv 123, {MARK}", permission_given=True)
    a.sync.sync()
    b.sync.sync()
    on_b = b.accounts.login("lead", "leader-pass")
    note = b.customers.open_card(on_b, cid).notes[0]
    b.notes.edit_note(on_b, note.id, f"Edited on B {MARK}")
    b.sync.sync()
    # The test would prove nothing if the marked data had not reached the server.
    with server.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM note_version")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM customer")).scalar() == 1
    pg_cluster.admin("CHECKPOINT")

    database = pg_url.rsplit("/", 1)[1]
    dump = subprocess.run(
        [
            str(pg_cluster.bindir / "pg_dump"),
            "-h",
            "127.0.0.1",
            "-p",
            str(pg_cluster.port),
            "-U",
            "agentdesk_admin",
            database,
        ],
        capture_output=True,
        env={**os.environ, "PGPASSWORD": pg_cluster.password},
        check=True,
        timeout=120,
    ).stdout
    assert b"COPY public.customer" in dump and b"COPY public.note " in dump
    assert _found_in(dump) == []

    scanned, wal = 0, 0
    for path in Path(pg_cluster.datadir).rglob("*"):
        if path.is_file():
            found = _found_in(path.read_bytes())
            assert found == [], f"{path}: {found}"
            scanned += 1
            wal += "pg_wal" in path.parts
    assert scanned > 100 and wal >= 1
