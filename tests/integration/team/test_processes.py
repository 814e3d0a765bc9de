"""Workstations in separate processes against one server; killed with SIGKILL mid-sync."""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

WORKER = Path(__file__).with_name("sync_worker.py")


def _start(root, url, key, mode, count=0):
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(root), url, key.hex(), mode, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run(root, url, key, mode, count=0) -> list[str]:
    proc = _start(root, url, key, mode, count)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return out.split()


def _notes(server) -> list[str]:
    with server.connect() as conn:
        return sorted(str(r[0]) for r in conn.execute(text("SELECT id FROM note")))


def test_a_note_written_in_one_process_is_read_in_another(tmp_path, pg_url, server):
    key = secrets.token_bytes(32)
    _run(tmp_path / "a", pg_url, key, "write", 3)
    _run(tmp_path / "b", pg_url, key, "sync")
    from tests.helpers.team import close, workstation

    b = workstation(tmp_path / "b", key, server)
    try:
        who = b.accounts.login("lead", "leader-pass")
        (match,) = b.customers.lookup(who, "Quinn")
        texts = sorted(n.text for n in b.customers.open_card(who, match.id).notes)
        assert texts == ["note 0", "note 1", "note 2"]
    finally:
        close(b)


@pytest.mark.parametrize(
    "runs", [6, pytest.param(40, marks=pytest.mark.fault)], ids=["6-kills", "40-kills"]
)
def test_sigkill_mid_sync_loses_nothing_and_doubles_nothing(tmp_path, pg_url, server, runs):
    """A workstation killed at random moments while saving and syncing: every note it
    reported saved reaches the server once, and its replica equals the server. `-m fault`
    adds a 40-kill run."""
    key = secrets.token_bytes(32)
    rnd = random.Random(runs)
    saved: set[str] = set()
    kills = 0
    for _ in range(runs):
        proc = _start(tmp_path / "a", pg_url, key, "write", 1000)
        lines: list[str] = []
        ready = threading.Event()

        def read(proc=proc, lines=lines, ready=ready):
            for line in proc.stdout:
                lines.append(line.strip())
                if line.startswith("ready"):
                    ready.set()
            ready.set()

        reader = threading.Thread(target=read)
        reader.start()
        assert ready.wait(120)
        # Let it save and sync for a moment, then kill it wherever it is.
        threading.Event().wait(rnd.uniform(0.2, 1.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(60)
        reader.join(60)
        saved.update(line.split()[1] for line in lines if line.startswith("saved "))
    assert kills >= runs - 2 and len(saved) >= runs
    _run(tmp_path / "a", pg_url, key, "sync")  # restarted once more: pushes what is left
    on_server = _notes(server)
    assert len(on_server) == len(set(on_server))
    assert saved <= set(on_server), "a saved note never reached the server"
    with server.connect() as conn:
        twice = conn.execute(
            text("SELECT count(*) - count(DISTINCT change_id) FROM sync_change")
        ).scalar()
    assert twice == 0
    from tests.helpers.team import close, workstation

    a = workstation(tmp_path / "a", key, server)
    try:
        with a.db.read() as s:
            local = sorted(str(r[0]) for r in s.execute(text("SELECT id FROM note")))
            waiting = s.execute(text("SELECT count(*) FROM sync_outbox")).scalar()
        assert waiting == 0
        assert [x.replace("-", "") for x in local] == [x.replace("-", "") for x in on_server]
    finally:
        close(a)
