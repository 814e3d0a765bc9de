"""Restore: refused unless sound, same key and known schema; current copy kept; atomic."""

from __future__ import annotations

import hashlib
import sqlite3
import string
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.errors import KnownError
from agentdesk.paths import DataPaths
from agentdesk.services.backups import BackupService
from agentdesk.services.customer_types import CustomerDraft, note_column
from agentdesk.services.keys import unlock_vault
from agentdesk.storage.backup import BackupError, backup_sqlite
from agentdesk.storage.open import open_database
from agentdesk.storage.restore import (
    RestoreError,
    current_fingerprint,
    newest_good_backup,
    restore_database,
)
from agentdesk.vault.keystore import MemoryKeyStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _note_texts(people, cid):
    with closing(sqlite3.connect(people.db.engine.url.database)) as conn:
        rows = conn.execute("SELECT id, body_ct, version FROM note").fetchall()
    cipher = people.vault.cipher(uuid.UUID(cid))
    return sorted(cipher.decrypt("note", uuid.UUID(i), note_column(v), ct) for i, ct, v in rows)


def _side_files(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def _crash_leaving_wal(path: Path) -> None:
    """A process commits into the WAL and dies without closing: the WAL stays behind."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute(\"INSERT INTO app_meta VALUES ('crash', 'x')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)


@pytest.fixture
def customer(people):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Okafor"))
    return cid


def _backup(people, data_paths, name="manual"):
    return BackupService(data_paths, people.db).backup_now(name).path


def test_restore_brings_back_the_backup_and_keeps_the_current_copy(people, data_paths, customer):
    people.notes.add_note(people.leader, customer, "before the backup", permission_given=True)
    backup = _backup(people, data_paths)
    people.notes.add_note(people.leader, customer, "after the backup", permission_given=True)
    _crash_leaving_wal(data_paths.database)
    assert _side_files(data_paths.database)  # a WAL that must never be replayed on the backup

    people.db.dispose()  # the pool keeps connections: close them first
    result = restore_database(data_paths, backup)

    assert not _side_files(data_paths.database)
    assert _note_texts(people, customer) == ["before the backup"]
    with closing(sqlite3.connect(result.safety_copy)) as conn:
        assert conn.execute("SELECT count(*) FROM note").fetchone() == (2,)
        assert conn.execute("SELECT value FROM app_meta WHERE key='crash'").fetchone() == ("x",)
    with closing(sqlite3.connect(data_paths.database)) as conn:
        assert conn.execute("SELECT value FROM app_meta WHERE key='crash'").fetchone() is None
    # Opening again works with the live keys: same keystore, same fingerprint.
    db = open_database(data_paths)
    vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)
    assert vault.fingerprint == people.vault.fingerprint
    vault.keys.dispose()
    db.dispose()


def test_a_backup_from_a_newer_version_is_refused(people, data_paths, customer):
    backup = _backup(people, data_paths)
    with closing(sqlite3.connect(backup)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    people.db.dispose()  # settle pooled connections before taking the digest
    before = _digest(data_paths.database)
    with pytest.raises(RestoreError, match="newer version"):
        people.db.dispose()  # the pool keeps connections: close them first
        restore_database(data_paths, backup)
    assert _digest(data_paths.database) == before


def test_a_backup_under_another_master_key_is_refused(people, data_paths, tmp_path):
    other = DataPaths(tmp_path / "other").ensure()
    other_db = open_database(other)
    vault = unlock_vault(other, other_db, ask_passphrase=None, keyring_store=MemoryKeyStore())
    vault.keys.dispose()
    foreign = backup_sqlite(other.database, tmp_path / "foreign.sqlite3")
    other_db.dispose()
    people.db.dispose()  # settle pooled connections before taking the digest
    before = _digest(data_paths.database)
    with pytest.raises(RestoreError, match="different master key"):
        people.db.dispose()  # the pool keeps connections: close them first
        restore_database(data_paths, foreign)
    assert _digest(data_paths.database) == before
    assert current_fingerprint(data_paths) == people.vault.fingerprint


@pytest.mark.parametrize("damage", ["truncate", "garbage", "smash", "empty"])
def test_a_damaged_backup_is_refused(people, data_paths, damage):
    backup = _backup(people, data_paths)
    data = backup.read_bytes()
    if damage == "truncate":
        backup.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        backup.write_bytes(b"not a database" * 500)
    elif damage == "smash":
        backup.write_bytes(data[:4096] + b"\xff" * 4096 + data[8192:])
    else:
        backup.write_bytes(b"")
    people.db.dispose()  # settle pooled connections before taking the digest
    before = _digest(data_paths.database)
    with pytest.raises(BackupError):
        people.db.dispose()  # the pool keeps connections: close them first
        restore_database(data_paths, backup)
    assert _digest(data_paths.database) == before
    assert newest_good_backup(data_paths) is None


def test_restore_refuses_while_the_database_is_open(people, data_paths):
    backup = _backup(people, data_paths)
    holder = sqlite3.connect(data_paths.database)
    holder.execute("SELECT count(*) FROM account").fetchall()
    try:
        with pytest.raises(RestoreError, match="close it"):
            people.db.dispose()  # the pool keeps connections: close them first
            restore_database(data_paths, backup)
    finally:
        holder.close()
    people.db.dispose()  # the pool keeps connections: close them first
    restore_database(data_paths, backup)


def test_a_failed_rename_leaves_the_current_database(people, data_paths, customer, monkeypatch):
    import agentdesk.storage.restore as module

    people.notes.add_note(people.leader, customer, "kept", permission_given=True)
    backup = _backup(people, data_paths)
    people.notes.add_note(people.leader, customer, "still here", permission_given=True)

    def no_space(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module.os, "replace", no_space)
    with pytest.raises(RestoreError, match="No space"):
        people.db.dispose()  # the pool keeps connections: close them first
        restore_database(data_paths, backup)
    monkeypatch.undo()
    assert _note_texts(people, customer) == ["kept", "still here"]
    assert [p.name for p in data_paths.root.iterdir() if ".restore-" in p.name] == []


def test_a_corrupt_database_is_replaced_by_the_newest_good_backup(people, data_paths, customer):
    people.notes.add_note(people.leader, customer, "in the backup", permission_given=True)
    good = _backup(people, data_paths, "scheduled")
    newer = _backup(people, data_paths, "scheduled")
    newer.write_bytes(newer.read_bytes()[:5000])  # the newest backup is truncated
    people.db.dispose()
    data_paths.database.write_bytes(b"\x00garbage" * 4000)
    with pytest.raises(KnownError):
        open_database(data_paths)

    assert newest_good_backup(data_paths) == good
    people.db.dispose()  # the pool keeps connections: close them first
    result = restore_database(data_paths, good)

    assert result.safety_copy.name.startswith("damaged-")
    assert _note_texts(people, customer) == ["in the backup"]
    open_database(data_paths).dispose()


def test_customers_erased_after_the_backup_are_reported(people, data_paths, customer):
    backup = _backup(people, data_paths)
    people.gdpr.erase_customer(people.leader, customer)
    people.db.dispose()  # the pool keeps connections: close them first
    result = restore_database(data_paths, backup)
    assert result.erased_since == (customer,)


def test_the_database_itself_is_not_a_backup(people, data_paths):
    people.db.dispose()
    with pytest.raises(RestoreError, match="database itself"):
        people.db.dispose()  # the pool keeps connections: close them first
        restore_database(data_paths, data_paths.database)


names = st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=40,
).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200)


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names)
def test_backup_and_restore_with_any_file_name(people, data_paths, tmp_path, name):
    folder = tmp_path / "out" / uuid.uuid4().hex
    folder.mkdir(parents=True)
    target = backup_sqlite(data_paths.database, folder / name)
    assert target.exists() and target.name == name
    people.db.dispose()  # the pool keeps connections: close them first
    restore_database(data_paths, target)


@settings(max_examples=25)
@given(name=st.text(alphabet=string.ascii_letters + " ?#%&=;", min_size=1, max_size=20))
def test_uri_characters_in_names_are_read_as_the_file(data_paths, db, tmp_path, name):
    folder = tmp_path / uuid.uuid4().hex
    folder.mkdir()
    backup_sqlite(data_paths.database, folder / f"{name}.sqlite3")
    assert [p.name for p in folder.iterdir()] == [f"{name}.sqlite3"]
