"""The command-line tree: version, help, db upgrade/check, user add/list."""

from __future__ import annotations

import io
import sqlite3

import pytest

from agentdesk.__main__ import main


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("AGENTDESK_DATA_DIR", raising=False)
    return tmp_path / "cli-data"


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert "agentdesk 0." in capsys.readouterr().out


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for group in ("db", "user", "--data-dir"):
        assert group in out


def test_db_upgrade_then_check(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 1
    assert main(["--data-dir", str(data_dir), "db", "upgrade"]) == 0
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and out.strip().endswith("OK")


def test_db_check_reports_corruption(data_dir, capsys):
    main(["--data-dir", str(data_dir), "db", "upgrade"])
    (data_dir / "agentdesk.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 1
    assert "Problem" in capsys.readouterr().out


def test_user_add_and_list_with_env_data_dir(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("AGENTDESK_DATA_DIR", str(data_dir))
    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\n"))
    assert main(["user", "add", "carla", "--role", "representative", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\n"))
    assert main(["user", "add", "carla", "--role", "representative", "--password-stdin"]) == 2
    assert main(["user", "list"]) == 0
    captured = capsys.readouterr()
    assert "carla" in captured.out and "representative" in captured.out
    assert "already taken" in captured.err
    with sqlite3.connect(data_dir / "agentdesk.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone() == (1,)


def test_unwritable_data_dir_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker / "sub"), "db", "upgrade"]) == 2
    assert "data folder" in capsys.readouterr().err


def test_user_add_with_a_display_name_and_rename(data_dir, capsys, monkeypatch):
    """Callers hear "This is Sam Rossi", not "This is rep.sam"."""
    monkeypatch.setenv("AGENTDESK_DATA_DIR", str(data_dir))
    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\n"))
    assert main(
        ["user", "add", "rep.sam", "--role", "representative", "--display-name", "Sam  Rossi",
         "--password-stdin"]
    ) == 0  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\n"))
    assert main(["user", "add", "rep.kim", "--role", "representative", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "shown as “Sam Rossi”" in out
    assert "user rename rep.kim --display-name" in out  # the hint when none was given
    assert main(["user", "rename", "rep.kim", "--display-name", "Kim Okafor"]) == 0
    assert main(["user", "rename", "nobody", "--display-name", "X"]) == 2
    assert main(["user", "rename", "rep.kim", "--display-name", "K" * 121]) == 2
    main(["user", "list"])
    listed = capsys.readouterr().out
    assert "Kim Okafor" in listed and "Sam Rossi" in listed
