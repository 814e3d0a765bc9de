"""Damaged or missing storage files (#15 item 10): refuse what cannot be trusted, recover
from the intact copy when there is one (and repair the other), and say which."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing

import pytest

from agentdesk.errors import KnownError
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.customers import CustomerService
from agentdesk.services.keys import unlock_vault
from agentdesk.storage.open import open_database

DRAFT = CustomerDraft(first_name="Jayson", surname="Okafor", phone="020 7946 0111")


@pytest.fixture
def stored(people, data_paths):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    people.vault.keys.dispose()
    people.db.dispose()
    return cid


def _open(people, data_paths):
    db = open_database(data_paths)
    try:
        vault = unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)
    except BaseException:
        db.dispose()
        raise
    return db, vault


def _read_card(people, db, vault, cid):
    return CustomerService(db, vault, AuditLog(vault.audit_key)).open_card(people.leader, cid)


def test_an_emptied_database_beside_keys_is_refused_not_replaced(people, data_paths, stored):
    for side in ("-wal", "-shm"):
        data_paths.database.with_name(data_paths.database.name + side).unlink(missing_ok=True)
    data_paths.database.write_bytes(b"")
    with pytest.raises(KnownError, match="empty"):
        open_database(data_paths)
    assert data_paths.database.read_bytes() == b""  # nothing created over it
    data_paths.database.unlink()
    with pytest.raises(KnownError, match="missing"):
        open_database(data_paths)


def test_both_key_stores_missing_is_refused_not_everything_erased(people, data_paths, stored):
    for path in data_paths.data_keys:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(data_paths)
    try:
        with pytest.raises(KnownError, match="key stores"):
            unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=people.store)
        assert not any(p.exists() for p in data_paths.data_keys)
    finally:
        db.dispose()


@pytest.mark.parametrize("which", [0, 1], ids=["primary", "mirror"])
def test_one_damaged_key_store_is_rebuilt_from_the_other(people, data_paths, stored, which):
    damaged = data_paths.data_keys[which]
    for suffix in ("-wal", "-shm"):
        damaged.with_name(damaged.name + suffix).unlink(missing_ok=True)
    damaged.write_bytes(b"this is not a key store" * 100)
    db, vault = _open(people, data_paths)
    try:
        assert vault.keys.repairs and damaged.name in vault.keys.repairs[0]
        assert _read_card(people, db, vault, stored).surname == "Okafor"
    finally:
        vault.keys.dispose()
        db.dispose()
    assert list(data_paths.root.glob(f"{damaged.name}.damaged-*"))  # kept for inspection
    with closing(sqlite3.connect(damaged)) as conn:
        assert conn.execute("SELECT count(*) FROM data_key").fetchone()[0] >= 1


def test_a_flipped_bit_in_a_wrapped_key_is_recovered_from_the_mirror(people, data_paths, stored):
    primary = data_paths.data_keys[0]
    with closing(sqlite3.connect(primary)) as conn, conn:
        wrapped = conn.execute(
            "SELECT wrapped FROM data_key WHERE owner_id = ?", (stored,)
        ).fetchone()[0]
        flipped = bytearray(wrapped)
        flipped[20] ^= 0x01
        conn.execute("UPDATE data_key SET wrapped = ? WHERE owner_id = ?", (bytes(flipped), stored))
    db, vault = _open(people, data_paths)
    try:
        assert _read_card(people, db, vault, stored).surname == "Okafor"
        assert [c.wrapped for c in vault.keys.candidates(uuid.UUID(stored))] == [wrapped] * 2
    finally:
        vault.keys.dispose()
        db.dispose()
