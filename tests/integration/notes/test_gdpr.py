"""Export, erasure by crypto-shredding, retention, the audit chain, and the key at start."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from datetime import timedelta

import pytest

from agentdesk.errors import NotFoundError, PermissionDeniedError
from agentdesk.models.base import utcnow
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.gdpr import Retention
from agentdesk.services.keys import VaultLockedError, unlock_vault
from agentdesk.vault.envelope import unwrap_data_key
from agentdesk.vault.errors import DecryptionError
from agentdesk.vault.keystore import MemoryKeyStore

DRAFT = CustomerDraft(
    first_name="Jayson", surname="Okafor", phone="+44 20 7946 0111", email="jayson@example.org"
)


def test_export_holds_everything_about_one_customer(people):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    saved, _ = people.notes.add_note(people.leader, cid, "wants a call back", permission_given=True)
    people.notes.edit_note(people.leader, saved.note_id, "wants a call back on Friday")
    other, _ = people.customers.create_customer(people.leader, CustomerDraft(surname="Other"))
    data = people.gdpr.export_customer(people.leader, cid)
    text = json.dumps(data)
    assert data["customer"]["surname"] == "Okafor" and data["customer"]["email"]
    assert data["notes"][0]["text"] == "wants a call back on Friday"
    assert data["notes"][0]["earlier_versions"] == ["wants a call back"]
    assert {"customer.created", "note.added", "customer.viewed"} <= {
        a["action"] for a in data["audit"]
    }
    assert other not in text and "Other" not in text


def test_only_team_leaders_export_or_erase(people):
    cid, _ = people.customers.create_customer(people.rep, DRAFT)
    with pytest.raises(PermissionDeniedError):
        people.gdpr.export_customer(people.rep, cid)
    with pytest.raises(PermissionDeniedError):
        people.gdpr.erase_customer(people.rep, cid)


def test_erasure_shreds_even_copies_of_old_ciphertext(people, data_paths):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    people.notes.add_note(people.leader, cid, "secret marker text", permission_given=True)
    backup = data_paths.root / "copy.sqlite3"
    src = sqlite3.connect(data_paths.database)
    dst = sqlite3.connect(backup)
    src.backup(dst)
    dst.close()
    src.close()
    wrapped_before = people.vault.keys.get(uuid.UUID(cid))
    assert wrapped_before is not None

    people.gdpr.erase_customer(people.leader, cid)

    with pytest.raises(NotFoundError):
        people.gdpr.export_customer(people.leader, cid)
    assert people.customers.lookup(people.leader, "+44 20 7946 0111") == []
    assert people.vault.keys.get(uuid.UUID(cid)) is None
    # The backup still has the ciphertext, but no key for it exists anywhere now.
    old = sqlite3.connect(backup)
    row = old.execute("SELECT name_ct FROM customer").fetchone()
    old.close()
    assert row is not None
    people.vault.forget(uuid.UUID(cid))
    with pytest.raises(Exception, match="destroyed"):
        people.vault.cipher(uuid.UUID(cid))
    for path in data_paths.data_keys:
        assert hashlib.sha256(wrapped_before).digest() not in path.read_bytes()
        assert wrapped_before not in path.read_bytes()
    with people.db.read() as s:
        actions = [a.action for a in people.audit.entries_about(s, uuid.UUID(cid))]
    assert actions[-1] == "customer.erased"


def test_tampering_with_ciphertext_gives_a_clear_error(people, data_paths):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    conn = sqlite3.connect(data_paths.database)
    other = people.customers.create_customer(people.leader, CustomerDraft(surname="Moved"))[0]
    # Copy another customer's name ciphertext onto this row: must fail, not show "Moved".
    conn.execute(
        "UPDATE customer SET name_ct = (SELECT name_ct FROM customer WHERE id = ?) WHERE id = ?",
        (uuid.UUID(other).hex, uuid.UUID(cid).hex),
    )
    conn.commit()

    def stored():
        return conn.execute("SELECT * FROM customer ORDER BY id").fetchall()

    before = stored()
    with pytest.raises(DecryptionError):
        people.customers.open_card(people.leader, cid)
    assert stored() == before
    conn.close()


def test_audit_chain_detects_edits_and_deletions(people, data_paths):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    for _ in range(3):
        people.customers.open_card(people.leader, cid)
    assert people.gdpr.verify_audit().ok
    conn = sqlite3.connect(data_paths.database)
    conn.execute("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 2")
    conn.commit()
    assert people.gdpr.verify_audit().first_broken == 2
    conn.execute("UPDATE audit_entry SET actor = 'lead' WHERE seq = 2")
    conn.execute("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)")
    conn.commit()
    conn.close()
    check = people.gdpr.verify_audit()
    assert not check.ok and check.truncated


def test_retention_purge_removes_old_records_with_counts(people):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    people.notes.add_note(people.leader, cid, "recent", permission_given=True)
    report = people.gdpr.purge(None, Retention(notes_days=30), now=utcnow() + timedelta(days=31))
    assert report.notes == 1 and report.customers == 0
    report = people.gdpr.purge(
        None, Retention(inactive_customers_days=90), now=utcnow() + timedelta(days=91)
    )
    assert report.customers == 1
    with pytest.raises(NotFoundError):
        people.customers.open_card(people.leader, cid)


def test_missing_key_over_existing_data_refuses_and_changes_nothing(people, data_paths, db):
    people.customers.create_customer(people.leader, DRAFT)
    people.vault.keys.dispose()
    db.dispose()  # pooled connections checkpoint on close: settle the files first
    before = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in data_paths.root.glob("*.sqlite3")
    }
    with pytest.raises(VaultLockedError, match="cannot be found") as err:
        unlock_vault(data_paths, db, ask_passphrase=None, keyring_store=MemoryKeyStore())
    assert err.value.state.reason == "key-missing"
    db.dispose()
    after = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in data_paths.root.glob("*.sqlite3")
    }
    assert after == before


def test_wrong_master_key_cannot_unwrap(people):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    wrapped = people.vault.keys.get(uuid.UUID(cid))
    with pytest.raises(DecryptionError):
        unwrap_data_key(b"\x01" * 32, wrapped, uuid.UUID(cid))
