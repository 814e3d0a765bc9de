"""`agentdesk gdpr ...` end to end: in-memory keyring, or the key file with a passphrase file/stdin.

The real keyring is never touched: the process-wide backend is keyring's `fail` one, and the
CLI's keystore factory is replaced by an in-memory store or a KeyringKeyStore over `fail`.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import uuid
from datetime import timedelta
from types import SimpleNamespace

import keyring
import keyring.core
import pytest
from keyring.backends import fail
from sqlalchemy import update

from agentdesk.__main__ import main
from agentdesk.cli import vault_access
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Note
from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.vault.keyfile import PassphraseKeyFile, ScryptParams
from agentdesk.vault.keystore import KeyringKeyStore, MemoryKeyStore

FAST_KEY_FILE = ScryptParams(n=2**4, r=8, p=1)
PASSPHRASE = "correct horse battery"
DRAFT = CustomerDraft(
    first_name="Jayson", surname="Okafor", phone="+44 20 7946 0111", email="jayson@example.org"
)


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("AGENTDESK_DATA_DIR", raising=False)
    monkeypatch.setattr(
        vault_access,
        "key_file_for",
        lambda paths: PassphraseKeyFile(paths.key_file, params=FAST_KEY_FILE),
    )
    monkeypatch.setattr(
        vault_access,
        "pending_key_file_for",
        lambda paths: PassphraseKeyFile(paths.root / "pending.json", params=FAST_KEY_FILE),
    )
    pending = MemoryKeyStore()  # the rotation's pending slot, shared by every run of a test
    monkeypatch.setattr(vault_access, "pending_store_for", lambda paths: pending)


def seed(paths, store, key_file, passphrase=None):
    """A team leader, a representative and one customer with a note, made through the services."""
    from agentdesk.accounts.passwords import ScryptParams as PasswordParams
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.audit import AuditLog
    from agentdesk.services.customers import CustomerService
    from agentdesk.services.identity import Role
    from agentdesk.services.keys import unlock_vault
    from agentdesk.services.notes import NotesService
    from agentdesk.storage.open import open_database

    db = open_database(paths)
    vault = unlock_vault(
        paths,
        db,
        ask_passphrase=(lambda request: passphrase) if passphrase else None,
        keyring_store=store,
        key_file=key_file,
        pending_store=MemoryKeyStore(),
    )
    accounts = AccountService(db, params=PasswordParams(n=2**8, r=8, p=1))
    leader = accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    audit = AuditLog(vault.audit_key)
    cid, _ = CustomerService(db, vault, audit).create_customer(leader, DRAFT)
    NotesService(db, vault, audit).add_note(leader, cid, "wants a call back", permission_given=True)
    vault.keys.dispose()
    db.dispose()
    return cid


@pytest.fixture(scope="module")
def keyring_template(tmp_path_factory):
    """Seeded once per module (migrations and fsyncs are slow); each test gets a copy."""
    paths = DataPaths(tmp_path_factory.mktemp("keyring-template") / "data").ensure()
    store = MemoryKeyStore()
    cid = seed(paths, store, PassphraseKeyFile(paths.key_file, params=FAST_KEY_FILE))
    return paths.root, store.load(), cid


@pytest.fixture(scope="module")
def keyfile_template(tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp("keyfile-template") / "data").ensure()
    store = KeyringKeyStore(paths.root, backend=fail.Keyring())
    key_file = PassphraseKeyFile(paths.key_file, params=FAST_KEY_FILE)
    cid = seed(paths, store, key_file, PASSPHRASE)
    assert paths.key_file.exists()
    return paths.root, None, cid


def copy_of(template, tmp_path):
    root, _key, cid = template
    target = tmp_path / "data"
    shutil.copytree(root, target)
    from agentdesk.storage.open import open_database

    paths = DataPaths(target)
    return SimpleNamespace(paths=paths, db=open_database(paths), customer_id=cid)


@pytest.fixture
def memory_keyring(monkeypatch, keyring_template):
    store = MemoryKeyStore(keyring_template[1])
    monkeypatch.setattr(vault_access, "keyring_store_for", lambda paths: store)
    return store


@pytest.fixture
def folder(tmp_path, memory_keyring, keyring_template):
    seeded = copy_of(keyring_template, tmp_path)
    yield seeded
    seeded.db.dispose()


@pytest.fixture
def keyfile_folder(tmp_path, monkeypatch, keyfile_template):
    """No secure keyring on this machine: the key lives in the passphrase key file."""
    monkeypatch.setattr(
        vault_access,
        "keyring_store_for",
        lambda paths: KeyringKeyStore(paths.root, backend=fail.Keyring()),
    )
    seeded = copy_of(keyfile_template, tmp_path)
    yield seeded
    seeded.db.dispose()


def run(folder, *args):
    return main(["--data-dir", str(folder.paths.root), "gdpr", *args])


class Terminal(io.StringIO):
    """Standard input as a person at a terminal would give it."""

    def isatty(self):
        return True


def test_export_by_phone_in_another_format(folder, tmp_path, capsys):
    out = tmp_path / "export.json"
    assert run(folder, "export", "--customer", "020 7946 0111", "--out", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer"]["id"] == folder.customer_id
    assert data["customer"]["surname"] == "Okafor"
    assert data["notes"][0]["text"] == "wants a call back"
    assert "customer.exported" in {a["action"] for a in data["audit"]}
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0
    printed = capsys.readouterr()
    assert "Okafor" not in printed.out + printed.err  # the summary names no personal data
    assert "1 notes" in printed.out


def test_export_by_email_and_id_and_refusals(folder, tmp_path, capsys):
    out = tmp_path / "e.json"
    assert run(folder, "export", "--customer", "JAYSON@example.org", "--out", str(out)) == 0
    assert run(folder, "export", "--customer", folder.customer_id, "--out", str(out)) == 2
    assert "--force" in capsys.readouterr().err
    assert (
        run(folder, "export", "--customer", folder.customer_id, "--out", str(out), "--force") == 0
    )
    assert (
        run(folder, "export", "--customer", "+44 20 7946 0999", "--out", str(out), "--force") == 2
    )
    assert "No customer has that phone number" in capsys.readouterr().err


def test_export_records_the_actor_and_respects_roles(folder, tmp_path, capsys):
    out = tmp_path / "e.json"
    args = ["export", "--customer", folder.customer_id, "--out", str(out), "--force"]
    assert run(folder, *args, "--as", "rep") == 2
    assert "team leader" in capsys.readouterr().err
    assert run(folder, *args, "--as", "nobody") == 2
    assert "no account named 'nobody'" in capsys.readouterr().err
    assert run(folder, *args, "--as", "LEAD") == 0
    actors = {a["actor"] for a in json.loads(out.read_text())["audit"]}
    assert "lead" in actors


def test_erase_with_yes_destroys_the_keys(folder, tmp_path, capsys):
    assert run(folder, "erase", "--customer", "jayson@example.org", "--yes") == 0
    assert "Erased customer" in capsys.readouterr().out
    out = tmp_path / "gone.json"
    assert run(folder, "export", "--customer", folder.customer_id, "--out", str(out)) == 2
    with sqlite3.connect(folder.paths.data_keys[0]) as conn:
        assert conn.execute("SELECT count(*) FROM data_key").fetchone() == (0,)


def test_erase_refuses_without_yes_when_not_on_a_terminal(folder, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("erase\n"))
    assert run(folder, "erase", "--customer", folder.customer_id) == 2
    assert "--yes" in capsys.readouterr().err
    with sqlite3.connect(folder.paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (1,)


def test_erase_asks_on_a_terminal(folder, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    assert run(folder, "erase", "--customer", folder.customer_id) == 1
    assert "Jayson Okafor, 1 notes" in capsys.readouterr().out  # shown to confirm the person
    monkeypatch.setattr("sys.stdin", Terminal("erase\n"))
    assert run(folder, "erase", "--customer", folder.customer_id) == 0
    with sqlite3.connect(folder.paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (0,)


def test_purge_uses_the_retention_settings(folder, capsys):
    (folder.paths.root / "settings.json").write_text(json.dumps({"retention_notes_days": 30}))
    with folder.db.write() as s:
        s.execute(update(Note).values(created_at=utcnow() - timedelta(days=31)))
    assert run(folder, "purge") == 0
    out = capsys.readouterr().out
    assert "notes 30," in out and "Purged 1 notes" in out and "0 inactive customers" in out


def test_audit_verify_reports_the_first_broken_entry(folder, capsys):
    assert run(folder, "audit-verify") == 0
    assert "OK" in capsys.readouterr().out
    with sqlite3.connect(folder.paths.database) as conn:
        conn.execute("UPDATE audit_entry SET action = 'customer.viewed' WHERE seq = 2")
    assert run(folder, "audit-verify") == 1
    out = capsys.readouterr().out
    assert "entries checked" in out and "entry 2 was changed" in out


def test_audit_verify_detects_a_cut_off_end(folder, capsys):
    with sqlite3.connect(folder.paths.database) as conn:
        conn.execute("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")
    assert run(folder, "audit-verify") == 1
    assert "removed from the end" in capsys.readouterr().out


def _file_copy(source, target) -> None:
    """A consistent copy of a live SQLite file, as an attacker with file access makes one."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def test_putting_back_an_older_copy_of_the_database_file_is_reported(folder, tmp_path, capsys):
    # #15 item 6: entries written after the last unlock or erasure (here: an export, which
    # views every note) were covered by the database's own head only, so an older copy of
    # the file, head and all, passed as intact.
    older = tmp_path / "older.sqlite3"
    _file_copy(folder.paths.database, older)
    out = tmp_path / "export.json"
    assert run(folder, "export", "--customer", "020 7946 0111", "--out", str(out)) == 0
    folder.db.dispose()
    for suffix in ("-wal", "-shm"):
        folder.paths.database.with_name(folder.paths.database.name + suffix).unlink(
            missing_ok=True
        )
    shutil.copy(older, folder.paths.database)
    capsys.readouterr()
    assert run(folder, "audit-verify") == 1
    said = capsys.readouterr().out
    assert "BROKEN" in said and "older copy" in said
    with sqlite3.connect(folder.paths.database) as conn:
        found = conn.execute(
            "SELECT details FROM audit_entry WHERE action = 'audit.rolled_back'"
        ).fetchall()
    assert len(found) == 1  # recorded once, at the first start that saw it
    details = json.loads(found[0][0])
    assert details["anchored"] > details["found"]
    assert run(folder, "audit-verify") == 1  # and it stays reported


def test_passphrase_file_unlocks_unattended(keyfile_folder, tmp_path, capsys):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(0o600)
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(secret)) == 0
    assert "warning" not in capsys.readouterr().err


def test_passphrase_from_stdin(keyfile_folder, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\r\n"))
    assert run(keyfile_folder, "audit-verify", "--passphrase-stdin") == 0


def test_an_empty_passphrase_source_is_named(keyfile_folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(keyfile_folder, "audit-verify", "--passphrase-stdin") == 2
    assert "No passphrase arrived on standard input" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(empty)) == 2
    assert "empty first line" in capsys.readouterr().err


def test_wrong_or_missing_passphrase_is_a_clear_refusal(keyfile_folder, tmp_path, capsys):
    secret = tmp_path / "pass.txt"
    secret.write_text("not the passphrase\n")
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(secret)) == 2
    assert "Wrong passphrase for the key file" in capsys.readouterr().err
    assert run(keyfile_folder, "audit-verify") == 2  # stdin is not a terminal under pytest
    err = capsys.readouterr().err
    assert "--passphrase-file FILE or --passphrase-stdin" in err
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(tmp_path / "none")) == 2
    assert "cannot be read" in capsys.readouterr().err


def test_a_readable_passphrase_file_is_warned_about(keyfile_folder, tmp_path, capsys):
    if os.name != "posix":
        pytest.skip("POSIX permissions only")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    secret.chmod(0o644)
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(secret)) == 0
    assert "chmod 600" in capsys.readouterr().err


def test_the_passphrase_cannot_be_given_as_an_argument(keyfile_folder, capsys):
    with pytest.raises(SystemExit) as done:
        run(keyfile_folder, "audit-verify", "--passphrase", PASSPHRASE)
    assert done.value.code == 2


def test_rotate_key_rewraps_and_keeps_everything_readable(folder, memory_keyring, tmp_path):
    old_key = memory_keyring.load()
    assert run(folder, "rotate-key") == 0
    assert memory_keyring.load() != old_key
    out = tmp_path / "after.json"
    assert run(folder, "export", "--customer", "020 7946 0111", "--out", str(out)) == 0
    assert json.loads(out.read_text())["notes"][0]["text"] == "wants a call back"
    assert run(folder, "audit-verify") == 0


def test_rotate_key_prints_the_report(folder, capsys):
    assert run(folder, "rotate-key") == 0
    out = capsys.readouterr().out
    assert "1 data keys re-wrapped" in out and "1 customers re-indexed" in out


def test_rotate_key_in_the_key_file_keeps_or_changes_the_passphrase(keyfile_folder, tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(PASSPHRASE)
    new.write_text("a brand new passphrase")
    key_before = keyfile_folder.paths.key_file.read_bytes()
    assert run(keyfile_folder, "rotate-key", "--passphrase-file", str(old)) == 0
    assert keyfile_folder.paths.key_file.read_bytes() != key_before
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(old)) == 0
    args = ("--passphrase-file", str(old), "--new-passphrase-file", str(new))
    assert run(keyfile_folder, "rotate-key", *args) == 0
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(old)) == 2
    assert run(keyfile_folder, "audit-verify", "--passphrase-file", str(new)) == 0


def test_rotate_key_refuses_two_passphrases_on_stdin(keyfile_folder, capsys):
    assert run(keyfile_folder, "rotate-key", "--passphrase-stdin", "--new-passphrase-stdin") == 2
    assert "one passphrase" in capsys.readouterr().err


def test_unknown_customer_id_is_not_found(folder, tmp_path, capsys):
    out = tmp_path / "x.json"
    assert run(folder, "export", "--customer", str(uuid.uuid4()), "--out", str(out)) == 2
    assert "No such customer." in capsys.readouterr().err
