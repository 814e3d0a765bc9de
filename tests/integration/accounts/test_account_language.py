"""Each account's interface language: chosen when added, changed later, checked."""

from __future__ import annotations

import pytest

from agentdesk.errors import PermissionDeniedError, ValidationError
from agentdesk.services.accounts import AccountService
from agentdesk.services.identity import SYSTEM, Role


@pytest.fixture
def accounts(db, fast_params):
    return AccountService(db, params=fast_params)


def test_an_account_added_in_italian_logs_in_in_italian(accounts):
    summary, _ = accounts.add_user(
        SYSTEM, "giulia", "Giulia Rossi", "lungo-e-sicuro-42", Role.REPRESENTATIVE, language="it"
    )
    assert summary.language == "it"
    assert accounts.login("giulia", "lungo-e-sicuro-42").language == "it"


def test_without_a_choice_the_account_follows_the_system(accounts):
    accounts.add_user(SYSTEM, "sam", "Sam", "long-enough-pass-1", Role.REPRESENTATIVE)
    assert accounts.login("sam", "long-enough-pass-1").language == ""


def test_a_language_without_a_catalogue_is_refused(accounts):
    with pytest.raises(ValidationError) as refused:
        accounts.add_user(SYSTEM, "x1", "X", "long-enough-pass-1", Role.REPRESENTATIVE, "fr")
    assert refused.value.code == "choice" and refused.value.field == "language"


def test_people_change_their_own_language_and_leaders_anyones(accounts):
    accounts.add_user(SYSTEM, "budi", "Budi", "long-enough-pass-1", Role.REPRESENTATIVE)
    accounts.add_user(SYSTEM, "ana", "Ana", "long-enough-pass-2", Role.REPRESENTATIVE)
    budi = accounts.login("budi", "long-enough-pass-1")
    accounts.set_language(budi, "budi", "id")
    assert accounts.login("budi", "long-enough-pass-1").language == "id"
    with pytest.raises(PermissionDeniedError):
        accounts.set_language(budi, "ana", "id")
    accounts.set_language(SYSTEM, "ana", "it")
    accounts.set_language(SYSTEM, "ana", "")  # back to the system's language
    assert accounts.login("ana", "long-enough-pass-2").language == ""


def test_user_add_language_and_user_language_from_the_command_line(tmp_path, capsys, monkeypatch):
    import io

    from agentdesk.__main__ import main

    data_dir = tmp_path / "cli-data"
    monkeypatch.setenv("AGENTDESK_DATA_DIR", str(data_dir))
    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\n"))
    add = ["user", "add", "giulia", "--role", "representative", "--language", "it"]
    assert main([*add, "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("rep-password\n"))
    assert main(["user", "add", "x2", "--role", "representative", "--language", "xx",
                 "--password-stdin"]) == 2  # fmt: skip
    assert "Language: one of en, id, it" in capsys.readouterr().err
    assert main(["user", "list"]) == 0
    assert "giulia  representative  it" in capsys.readouterr().out
    assert main(["user", "language", "giulia", "system"]) == 0
    assert "from the next login" in capsys.readouterr().out
    main(["user", "list"])
    assert "giulia  representative  system" in capsys.readouterr().out
