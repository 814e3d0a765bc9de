"""Key rotation re-wraps data keys; an interruption at any point leaves everything readable."""

from __future__ import annotations

import pytest

from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.customers import CustomerService
from agentdesk.services.keys import unlock_vault
from agentdesk.services.rotation import rotate_master_key
from agentdesk.vault.keyfile import PassphraseKeyFile, ScryptParams
from agentdesk.vault.keystore import MemoryKeyStore

DRAFT = CustomerDraft(first_name="Ada", surname="Lovelace", phone="020 7946 0222")


def reopen(paths, db, store, pending):
    vault = unlock_vault(paths, db, ask_passphrase=None, keyring_store=store, pending_store=pending)
    return vault, CustomerService(db, vault, AuditLog(vault.audit_key))


def test_rotation_keeps_everything_readable_and_changes_the_key(people, data_paths, db):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    people.notes.add_note(people.leader, cid, "note before rotation", permission_given=True)
    with db.read() as s:
        from agentdesk.models.customer import Note

        body_before = s.query(Note.body_ct).scalar()
    old_key = people.store.load()
    pending = MemoryKeyStore()
    report = rotate_master_key(
        data_paths,
        db,
        people.vault,
        keyring_store=people.store,
        key_file=PassphraseKeyFile(data_paths.key_file, params=ScryptParams(n=2**10)),
        pending_store=pending,
    )
    assert report.keys_rewrapped >= 1 and report.customers_reindexed == 1
    assert people.store.load() != old_key and pending.load() is None
    people.vault.keys.dispose()
    vault, customers = reopen(data_paths, db, people.store, pending)
    card = customers.open_card(people.leader, cid)
    assert card.notes[0].text == "note before rotation"
    assert [m.id for m in customers.lookup(people.leader, "+44 20 7946 0222")] == [cid]
    assert AuditLog(vault.audit_key).verify(db).ok
    with db.read() as s:
        assert s.query(Note.body_ct).scalar() == body_before  # notes were not re-encrypted


def test_interrupted_after_the_database_switched_is_completed_at_next_start(
    people, data_paths, db, monkeypatch
):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    pending = MemoryKeyStore()
    boom = RuntimeError("power cut")

    def fail(*args, **kwargs):
        raise boom

    monkeypatch.setattr(people.vault.keys, "rewrap", fail)
    with pytest.raises(RuntimeError):
        rotate_master_key(
            data_paths,
            db,
            people.vault,
            keyring_store=people.store,
            key_file=PassphraseKeyFile(data_paths.key_file),
            pending_store=pending,
        )
    monkeypatch.undo()
    people.vault.keys.dispose()
    assert pending.load() is not None
    _vault, customers = reopen(data_paths, db, people.store, pending)
    assert customers.open_card(people.leader, cid).surname == "Lovelace"
    assert pending.load() is None


def test_interrupted_before_the_database_switched_keeps_the_old_key(
    people, data_paths, db, monkeypatch
):
    cid, _ = people.customers.create_customer(people.leader, DRAFT)
    old_key = people.store.load()
    pending = MemoryKeyStore()
    monkeypatch.setattr(
        "agentdesk.services.rotation._switch_database",
        lambda *a: (_ for _ in ()).throw(RuntimeError("crash")),
    )
    with pytest.raises(RuntimeError):
        rotate_master_key(
            data_paths,
            db,
            people.vault,
            keyring_store=people.store,
            key_file=PassphraseKeyFile(data_paths.key_file),
            pending_store=pending,
        )
    people.vault.keys.dispose()
    _vault, customers = reopen(data_paths, db, people.store, pending)
    assert people.store.load() == old_key and pending.load() is None
    assert customers.open_card(people.leader, cid).surname == "Lovelace"


def test_rotation_refused_when_the_audit_log_was_tampered(people, data_paths, db):
    import sqlite3

    people.customers.create_customer(people.leader, DRAFT)
    conn = sqlite3.connect(data_paths.database)
    conn.execute("UPDATE audit_entry SET actor = 'x' WHERE seq = 1")
    conn.commit()
    conn.close()
    from agentdesk.services.rotation import RotationError

    with pytest.raises(RotationError, match="audit log"):
        rotate_master_key(
            data_paths,
            db,
            people.vault,
            keyring_store=people.store,
            key_file=PassphraseKeyFile(data_paths.key_file),
            pending_store=MemoryKeyStore(),
        )


class NoKeyring(MemoryKeyStore):
    def load(self):
        from agentdesk.vault.errors import KeyUnavailableError

        raise KeyUnavailableError("no-secure-backend")

    save = load


def test_key_file_rotation_interrupted_after_the_switch_is_finished_at_unlock(
    data_paths, db, monkeypatch, fast_params
):
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.rotation import pending_key_file

    cheap = ScryptParams(n=2**10)
    key_file = PassphraseKeyFile(data_paths.key_file, params=cheap)
    pending_file = pending_key_file(data_paths, key_file)

    def ask(_request):
        return "correct horse"

    vault = unlock_vault(
        data_paths,
        db,
        ask_passphrase=ask,
        keyring_store=NoKeyring(),
        key_file=key_file,
        pending_file=pending_file,
    )
    leader = AccountService(db, params=fast_params).create_first_team_leader(
        "lead", "Lead", "leader-pass"
    )
    customers = CustomerService(db, vault, AuditLog(vault.audit_key))
    cid, _ = customers.create_customer(leader, DRAFT)
    monkeypatch.setattr(vault.keys, "rewrap", lambda *a: (_ for _ in ()).throw(OSError("cut")))
    with pytest.raises(OSError):
        rotate_master_key(
            data_paths,
            db,
            vault,
            keyring_store=NoKeyring(),
            key_file=key_file,
            pending_file=pending_file,
            current_passphrase="correct horse",
        )
    monkeypatch.undo()
    vault.keys.dispose()
    assert pending_file.exists()
    again = unlock_vault(
        data_paths,
        db,
        ask_passphrase=ask,
        keyring_store=NoKeyring(),
        key_file=key_file,
        pending_file=pending_file,
    )
    service = CustomerService(db, again, AuditLog(again.audit_key))
    assert service.open_card(leader, cid).surname == "Lovelace"
    assert not pending_file.exists()
    again.keys.dispose()
    third = unlock_vault(
        data_paths,
        db,
        ask_passphrase=ask,
        keyring_store=NoKeyring(),
        key_file=key_file,
        pending_file=pending_file,
    )
    assert third.fingerprint == again.fingerprint
    third.keys.dispose()
