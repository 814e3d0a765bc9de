"""Erasure that holds: nothing identifying in backups, crash-safe, never undone by a restore.

#15 items 2 (blind indexes in backups), 3 (crash mid-erasure, restore resurrecting), 6
(restores audited) and 14 (backup without fingerprint).
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing

import pytest

from agentdesk.errors import NotFoundError
from agentdesk.services.backups import BackupService
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.gdpr import GdprService
from agentdesk.services.keys import unlock_vault
from agentdesk.storage.open import open_database
from agentdesk.storage.restore import RestoreError, restore_database

PHONE, EMAIL, SURNAME = "+44 7700 900123", "jayson@example.org", "Okafor"
DRAFT = CustomerDraft(first_name="Jayson", surname=SURNAME, phone=PHONE, email=EMAIL)


def _digests(vault) -> list[bytes]:
    idx = vault.indexer
    return [d.encode() for d in (idx.phone(PHONE), idx.email(EMAIL), idx.surname(SURNAME))]


def _reopen(people, data_paths):
    db = open_database(data_paths)
    vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)
    return db, vault


def _customer_rows(path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM customer").fetchone()[0]


def _actions(path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT action FROM audit_entry ORDER BY seq")]


def test_backups_hold_no_blind_index_and_restore_rebuilds_them(people, data_paths):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    people.db.dispose()
    live = data_paths.database.read_bytes() + _wal(data_paths)
    assert any(d in live for d in _digests(people.vault))  # the live database has them
    backup = BackupService(data_paths, people.db).backup_now().path
    data = backup.read_bytes()
    for digest in _digests(people.vault):
        assert digest not in data  # nothing to brute-force a phone number or name against
    people.db.dispose()
    restore_database(data_paths, backup)
    db, vault = _reopen(people, data_paths)
    try:
        from agentdesk.services.audit import AuditLog
        from agentdesk.services.customers import CustomerService

        customers = CustomerService(db, vault, AuditLog(vault.audit_key))
        for query in (PHONE, "07700 900123", EMAIL, SURNAME):
            assert [m.id for m in customers.lookup(people.leader, query)] == [cid]
        assert "db.restored" in _actions(data_paths.database)  # restores are audited
    finally:
        vault.keys.dispose()
        db.dispose()


def _wal(data_paths) -> bytes:
    wal = data_paths.database.with_name(data_paths.database.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


class Crash(BaseException):
    """Stands for the process dying at that instant (nothing after it runs)."""


def test_a_crash_between_keys_and_rows_is_completed_at_the_next_start(
    people, data_paths, monkeypatch
):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    people.notes.add_note(people.leader, cid, "wants a call back", permission_given=True)

    def die(*args, **kwargs):
        raise Crash

    monkeypatch.setattr("agentdesk.services.gdpr.delete_customer_rows", die)
    with pytest.raises(Crash):
        people.gdpr.erase_customer(people.leader, cid)
    monkeypatch.undo()
    assert people.vault.keys.get(uuid.UUID(cid)) is None  # keys went first
    people.vault.keys.dispose()
    people.db.dispose()
    assert _customer_rows(data_paths.database) == 1  # rows not yet deleted: unreadable
    db, vault = _reopen(people, data_paths)  # the next start
    try:
        assert _customer_rows(data_paths.database) == 0
        assert "customer.erasure_completed" in _actions(data_paths.database)
    finally:
        vault.keys.dispose()
        db.dispose()


def test_a_restore_never_resurrects_an_erased_customer(people, data_paths):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    people.notes.add_note(people.leader, cid, "before the backup", permission_given=True)
    backup = BackupService(data_paths, people.db).backup_now().path
    people.gdpr.erase_customer(people.leader, cid)
    people.vault.keys.dispose()
    people.db.dispose()
    restore_database(data_paths, backup)
    assert _customer_rows(data_paths.database) == 1  # the backup has them
    db, vault = _reopen(people, data_paths)
    try:
        assert _customer_rows(data_paths.database) == 0  # erased again before any read
        actions = _actions(data_paths.database)
        assert "db.restored" in actions and "customer.erasure_completed" in actions
        from agentdesk.services.audit import AuditLog
        from agentdesk.services.customers import CustomerService

        customers = CustomerService(db, vault, AuditLog(vault.audit_key))
        gdpr = GdprService(db, vault, AuditLog(vault.audit_key), customers)
        with pytest.raises(NotFoundError):
            gdpr.erase_customer(people.leader, cid)
    finally:
        vault.keys.dispose()
        db.dispose()


def test_a_backup_without_the_key_fingerprint_is_refused(people, data_paths):
    people.customers.create_customer(people.leader, DRAFT)
    backup = BackupService(data_paths, people.db).backup_now().path
    with closing(sqlite3.connect(backup)) as conn, conn:
        conn.execute("DELETE FROM app_meta WHERE key = 'master_key_fingerprint'")
    people.db.dispose()
    with pytest.raises(RestoreError, match="master key"):
        restore_database(data_paths, backup)
