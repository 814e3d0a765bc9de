"""`agentdesk team ...` as an administrator types it, against a real PostgreSQL."""

from __future__ import annotations

import io

import keyring
import keyring.core
import pytest
from keyring.backends import fail

from agentdesk.__main__ import main
from agentdesk.cli import team as team_cli
from agentdesk.cli import vault_access
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.vault.keyfile import PassphraseKeyFile, ScryptParams
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.team import FAST, standalone


@pytest.fixture
def stores(monkeypatch):
    """One in-memory keyring per data folder, never the real one."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("AGENTDESK_DATA_DIR", raising=False)
    found: dict[str, MemoryKeyStore] = {}
    monkeypatch.setattr(
        vault_access,
        "keyring_store_for",
        lambda paths: found.setdefault(str(paths.root), MemoryKeyStore()),
    )
    monkeypatch.setattr(
        vault_access,
        "key_file_for",
        lambda paths: PassphraseKeyFile(paths.key_file, params=ScryptParams(n=2**4)),
    )
    monkeypatch.setattr(vault_access, "pending_store_for", lambda paths: MemoryKeyStore())
    monkeypatch.setattr(team_cli, "TEAM_PARAMS", FAST)
    return found


def run(monkeypatch, folder, stdin, *args):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--data-dir", str(folder), "team", *args])


def test_init_join_add_status_sync_from_the_command_line(
    tmp_path, pg_cluster, stores, monkeypatch, capsys
):
    name = pg_cluster.create_database()
    a_root, b_root = tmp_path / "a", tmp_path / "b"
    a = standalone(a_root, stores.setdefault(str(a_root), MemoryKeyStore()))
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Mo", surname="Ngata"))
    a.vault.keys.dispose()
    a.db.dispose()

    assert (
        run(
            monkeypatch,
            a_root,
            "leader-pass\n",
            "init",
            "--url",
            pg_cluster.url(name),
            "--user",
            "lead",
            "--password-stdin",
        )
        == 0
    )
    assert "Team database ready" in capsys.readouterr().out
    url = f"postgresql://127.0.0.1:{pg_cluster.port}/{name}"
    assert (
        run(
            monkeypatch,
            b_root,
            "leader-pass\n",
            "join",
            "--url",
            url,
            "--user",
            "lead",
            "--password-stdin",
        )
        == 0
    )
    assert "Joined the team database" in capsys.readouterr().out

    assert (
        run(
            monkeypatch,
            a_root,
            "leader-pass\nrep-password\n",
            "user",
            "add",
            "rita",
            "--role",
            "representative",
            "--as",
            "lead",
            "--password-stdin",
        )
        == 0
    )
    assert (
        run(monkeypatch, b_root, "leader-pass\n", "sync", "--user", "lead", "--password-stdin") == 0
    )
    capsys.readouterr()
    assert (
        run(monkeypatch, b_root, "rep-password\n", "status", "--user", "rita", "--password-stdin")
        == 0
    )
    out = capsys.readouterr().out
    assert "Server: reachable" in out and "Changes waiting to be sent: 0" in out
    assert "postgresql+psycopg://127.0.0.1" in out and "leader-pass" not in out

    # A new team key from A; B adopts it at its next `team sync`.
    before = stores[str(a_root)].load()
    assert (
        run(
            monkeypatch, a_root, "leader-pass\n", "rotate-key", "--user", "lead", "--password-stdin"
        )
        == 0
    )
    assert "1 customers re-indexed, sealed to 2 members" in capsys.readouterr().out
    assert stores[str(a_root)].load() != before
    assert (
        run(monkeypatch, b_root, "leader-pass\n", "sync", "--user", "lead", "--password-stdin") == 0
    )
    assert stores[str(b_root)].load() == stores[str(a_root)].load()
    capsys.readouterr()
    assert run(monkeypatch, b_root, "", "conflicts", "--as", "lead") == 0
    assert "0 open conflict(s)." in capsys.readouterr().out
    assert run(monkeypatch, b_root, "", "refusals") == 0
    assert "0 refused change(s)" in capsys.readouterr().out
    assert (
        run(
            monkeypatch,
            b_root,
            "leader-pass\n",
            "audit-verify",
            "--user",
            "lead",
            "--password-stdin",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "2 audit chain(s) on the team database." in out and "BROKEN" not in out

    b = standalone(b_root, stores[str(b_root)])
    try:
        rita = b.accounts.login("rita", "rep-password")
        assert b.customers.open_card(b.accounts.login("lead", "leader-pass"), cid).surname == (
            "Ngata"
        )
        assert rita.username == "rita"
    finally:
        b.vault.keys.dispose()
        b.db.dispose()
    assert "password" not in (b_root / "team.json").read_text()


class NoKeyring:
    """The OS keyring of a machine without a secure one (a server with no desktop session)."""

    def load(self):
        return None

    def save(self, key):
        from agentdesk.vault.errors import KeyUnavailableError, UnavailableReason

        raise KeyUnavailableError(UnavailableReason.NO_SECURE_BACKEND)

    def delete(self):
        pass


def team_started_by_lead(tmp_path, pg_cluster, stores, monkeypatch) -> tuple[str, object]:
    """A team database started from folder a by its team leader "lead" (leader-pass)."""
    name = pg_cluster.create_database()
    a_root = tmp_path / "a"
    a = standalone(a_root, stores.setdefault(str(a_root), MemoryKeyStore()))
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.vault.keys.dispose()
    a.db.dispose()
    init = ("init", "--url", pg_cluster.url(name), "--user", "lead", "--password-stdin")
    assert run(monkeypatch, a_root, "leader-pass\n", *init) == 0
    return name, a_root


def test_join_without_a_keyring_keeps_the_team_key_in_the_key_file(
    tmp_path, pg_cluster, stores, monkeypatch, capsys
):
    """`team join` on a machine with no secure keyring used to stop with "No secure system
    keyring is available"; the team key now goes to the passphrase key file, as in the app,
    and the next command opens it with that passphrase."""
    name, a_root = team_started_by_lead(tmp_path, pg_cluster, stores, monkeypatch)
    b_root = tmp_path / "b"
    monkeypatch.setattr(
        vault_access,
        "keyring_store_for",
        lambda paths: stores.setdefault(str(paths.root), MemoryKeyStore())
        if paths.root == a_root
        else NoKeyring(),
    )
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("a workstation passphrase\n", encoding="utf-8")
    passphrase.chmod(0o600)
    url = f"postgresql://127.0.0.1:{pg_cluster.port}/{name}"
    joined = ("join", "--url", url, "--user", "lead", "--password-stdin")
    joined += ("--passphrase-file", str(passphrase))
    assert run(monkeypatch, b_root, "leader-pass\n", *joined) == 0
    assert "Joined the team database" in capsys.readouterr().out
    key_file = PassphraseKeyFile(b_root / "master-key.json", params=ScryptParams(n=2**4))
    assert key_file.unlock("a workstation passphrase") == stores[str(a_root)].load()
    sync = ("sync", "--user", "lead", "--password-stdin", "--passphrase-file", str(passphrase))
    assert run(monkeypatch, b_root, "leader-pass\n", *sync) == 0


def test_a_wrong_password_is_said_not_a_traceback(
    tmp_path, pg_cluster, stores, monkeypatch, capsys
):
    _, a_root = team_started_by_lead(tmp_path, pg_cluster, stores, monkeypatch)
    capsys.readouterr()
    sync = ("sync", "--user", "lead", "--password-stdin")
    assert run(monkeypatch, a_root, "not-her-pass\n", *sync) == 2
    err = capsys.readouterr().err
    assert "refused this user name or password" in err and "Traceback" not in err
