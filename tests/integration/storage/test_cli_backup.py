"""`agentdesk db backup|backups|restore` from the command line."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from agentdesk.__main__ import main


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("AGENTDESK_DATA_DIR", raising=False)
    folder = tmp_path / "cli-data"
    assert main(["--data-dir", str(folder), "db", "upgrade"]) == 0
    return folder


def run(data_dir, *args):
    return main(["--data-dir", str(data_dir), "db", *args])


def _mark(data_dir, value):
    with closing(sqlite3.connect(data_dir / "agentdesk.sqlite3")) as conn, conn:
        conn.execute("INSERT OR REPLACE INTO app_meta VALUES ('mark', ?)", (value,))


def _read_mark(data_dir):
    with closing(sqlite3.connect(data_dir / "agentdesk.sqlite3")) as conn:
        row = conn.execute("SELECT value FROM app_meta WHERE key = 'mark'").fetchone()
    return row[0] if row else None


def test_backup_list_and_restore(data_dir, tmp_path, capsys):
    _mark(data_dir, "one")
    out = tmp_path / "by hand.sqlite3"
    assert run(data_dir, "backup", "--out", str(out)) == 0
    assert run(data_dir, "backup") == 0
    _mark(data_dir, "two")
    assert run(data_dir, "backups") == 0
    assert run(data_dir, "restore", str(out)) == 0
    assert _read_mark(data_dir) == "one"
    text = capsys.readouterr().out
    assert "written and verified" in text and "manual" in text and "as it was is kept" in text
    assert run(data_dir, "restore", "--newest") == 0  # the copy taken just before the restore
    assert _read_mark(data_dir) == "two"


def test_backup_keeps_the_configured_number(data_dir):
    (data_dir / "settings.json").write_text('{"backup_count": 2}')
    for _ in range(4):
        assert run(data_dir, "backup") == 0
    assert len(list((data_dir / "backups").glob("agentdesk-*-manual.sqlite3"))) == 2


def test_refusals_are_clear_and_change_nothing(data_dir, tmp_path, capsys):
    out = tmp_path / "b.sqlite3"
    assert run(data_dir, "backup", "--out", str(out)) == 0
    assert run(data_dir, "backup", "--out", str(out)) == 2
    assert "already exists" in capsys.readouterr().err
    truncated = tmp_path / "t.sqlite3"
    truncated.write_bytes(out.read_bytes()[:3000])
    before = (data_dir / "agentdesk.sqlite3").read_bytes()
    assert run(data_dir, "restore", str(truncated)) == 2
    assert "truncated" in capsys.readouterr().err
    assert run(data_dir, "restore", str(tmp_path / "missing.sqlite3")) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert (data_dir / "agentdesk.sqlite3").read_bytes() == before


def test_restore_newest_with_no_backups(data_dir, capsys):
    assert run(data_dir, "restore", "--newest") == 1
    assert "No backup" in capsys.readouterr().out


def test_restore_needs_a_file_or_newest(data_dir):
    with pytest.raises(SystemExit):
        run(data_dir, "restore")
