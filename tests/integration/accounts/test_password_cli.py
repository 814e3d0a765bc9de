"""`agentdesk user password`: the old password checked, the new one taken, nothing in argv."""

from __future__ import annotations

import io


def test_user_password_from_the_command_line(tmp_path, capsys, monkeypatch):
    from agentdesk.__main__ import main
    from agentdesk.services.accounts import AccountService
    from agentdesk.storage.open import open_database

    data_dir = tmp_path / "cli-data"
    monkeypatch.setenv("AGENTDESK_DATA_DIR", str(data_dir))
    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\n"))
    assert main(["user", "add", "gina", "--role", "representative", "--password-stdin"]) == 0
    capsys.readouterr()
    phrase = tmp_path / "phrase"
    phrase.write_text("a passphrase for the key file\n")
    phrase.chmod(0o600)
    vault = ["--passphrase-file", str(phrase)]

    monkeypatch.setattr("sys.stdin", io.StringIO("not-her-password\nnew-password-1\n"))
    assert main(["user", "password", "gina", "--password-stdin", *vault]) != 0
    assert "Wrong user name or password" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\nnew-password-1\n"))
    assert main(["user", "password", "gina", "--password-stdin", *vault]) == 0
    assert "Password changed for gina" in capsys.readouterr().out

    from agentdesk.paths import DataPaths

    db = open_database(DataPaths(data_dir))
    try:
        accounts = AccountService(db)
        assert accounts.login("gina", "new-password-1").username == "gina"
    finally:
        db.dispose()
