"""Master-key rotation: re-wrap data keys (notes stay as they are), re-index, re-chain audit.

Order, so an interruption at any point leaves everything readable:
1. the new key is stashed in a *pending* slot next to the current one;
2. one database transaction re-computes blind indexes, re-MACs the audit chain and records
   the new fingerprint;
3. each data-key copy is re-wrapped in its own transaction;
4. the new key replaces the current one; the pending slot is cleared.
``finish_interrupted_rotation`` (called at unlock) completes 3–4 or discards 1, from whichever
point was reached.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from agentdesk.errors import KnownError
from agentdesk.models.audit import AppMeta, AuditEntry
from agentdesk.models.customer import Customer
from agentdesk.paths import DataPaths
from agentdesk.services.audit import HEAD_KEY, AuditLog, _entry_bytes
from agentdesk.services.vault import VaultService
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import LOCAL_ONLY
from agentdesk.vault.audit_chain import GENESIS_MAC, audit_key, chain_mac
from agentdesk.vault.blind_index import BlindIndexer, readable_blind_indexes
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.envelope import rewrap_data_key
from agentdesk.vault.errors import DecryptionError
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keystore import KeyringKeyStore, KeyStore, new_master_key

FINGERPRINT_KEY = "master_key_fingerprint"


@dataclass(frozen=True)
class RotationReport:
    keys_rewrapped: int
    customers_reindexed: int
    audit_entries: int


class RotationError(KnownError):
    pass


def _rewrap(old: bytes, new: bytes):
    """Each data key from ``old`` to ``new``; one that ``old`` does not open (pulled from
    the team database, where a member's role can plant noise, or damaged in one copy: the
    other copy is re-wrapped and repairs it) is kept as it is. It was unreadable before and
    stays so; it must not stop the rotation, which would leave a workstation unable to
    follow its team's new key for good."""

    def transform(owner: str, wrapped: bytes) -> bytes:
        try:
            return rewrap_data_key(old, new, wrapped, uuid.UUID(owner))
        except (DecryptionError, ValueError):
            return wrapped

    return transform


def pending_keyring_store(paths: DataPaths) -> KeyStore:
    """The keyring slot that holds a new key while a rotation is under way."""
    return KeyringKeyStore(paths.root / ".rotation-pending")


def pending_key_file(paths: DataPaths, like: PassphraseKeyFile | None = None) -> PassphraseKeyFile:
    params = getattr(like, "_params", None) if like is not None else None
    path = paths.root / "master-key.pending.json"
    return PassphraseKeyFile(path, params=params) if params else PassphraseKeyFile(path)


def check_rotation(
    db: Database,
    vault: VaultService,
    keyring_store: KeyStore,
    *,
    current_passphrase: str | None = None,
    new_passphrase: str | None = None,
) -> None:
    """What rotate_master_key would refuse, checked before anything changes (a team rotation
    runs this before committing the server's side, so a refusal here leaves both unchanged)."""
    if not AuditLog(vault.audit_key).verify(db).ok:
        raise RotationError(
            "The audit log fails verification; rotating the key would hide that. "
            "Investigate first.",
            code="rotation.audit_broken",
        )
    if not _keyring_holds(keyring_store, vault._master) and not (
        current_passphrase or new_passphrase
    ):
        raise RotationError(
            "The key is kept in a passphrase file: give the passphrase.",
            code="rotation.needs_passphrase",
        )


def rotate_master_key(
    paths: DataPaths,
    db: Database,
    vault: VaultService,
    *,
    keyring_store: KeyStore,
    key_file: PassphraseKeyFile,
    pending_store: KeyStore | None = None,
    pending_file: PassphraseKeyFile | None = None,
    new_passphrase: str | None = None,
    current_passphrase: str | None = None,
    new_key: bytes | None = None,
) -> RotationReport:
    """Replace the master key; the data keys are re-wrapped, never the notes re-encrypted.

    ``new_key``: the key to switch to (a team replica adopting its team's rotated key);
    by default a fresh one."""
    check_rotation(
        db,
        vault,
        keyring_store,
        current_passphrase=current_passphrase,
        new_passphrase=new_passphrase,
    )
    old = vault._master
    new = new_key or new_master_key()
    in_keyring = _keyring_holds(keyring_store, old)
    if in_keyring:
        pending = pending_store or pending_keyring_store(paths)
        pending.save(new)
    else:
        # The pending file uses the passphrase that opens the data folder now, so a crash
        # at any point is finished at the next unlock with the passphrase the user knows.
        unlock_with = current_passphrase or new_passphrase
        pending_file = pending_file or pending_key_file(paths, key_file)
        pending_file.create(unlock_with, key=new, replace=True)

    customers, entries = _switch_database(db, vault, new)
    keys = vault.keys.rewrap(
        _rewrap(old, new),
        key_fingerprint(old),
        key_fingerprint(new),
    )
    AuditLog(audit_key(new)).anchor(db, vault.keys, rewind=True)  # the anchor is keyed too
    if in_keyring:
        keyring_store.save(new)
        pending.delete()
    else:
        key_file.create(unlock_with, key=new, replace=True)
        pending_file.path.unlink(missing_ok=True)
        if new_passphrase and new_passphrase != unlock_with:
            key_file.change_passphrase(unlock_with, new_passphrase)
    return RotationReport(keys, customers, entries)


def _keyring_holds(store: KeyStore, key: bytes) -> bool:
    try:
        return store.load() == key
    except KnownError:
        return False


def _switch_database(db: Database, vault: VaultService, new: bytes) -> tuple[int, int]:
    """Blind indexes and audit MACs under the new key, and its fingerprint: one transaction."""
    indexer = BlindIndexer(new, vault.indexer.default_region)
    new_audit = audit_key(new)
    with db.write() as s:
        # A team replica: every other replica and the server re-index for themselves; these
        # updates are not changes to send (LOCAL_ONLY keeps them out of the sync outbox).
        s.info[LOCAL_ONLY] = True
        customers = list(s.scalars(select(Customer)))
        for row in customers:
            found = readable_blind_indexes(lambda r=row: vault.cipher(r.id), indexer, row)
            for column, value in (found or {}).items():  # none: nobody can read it anyway
                setattr(row, column, value)
        prev = GENESIS_MAC
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        for entry in entries:
            entry.mac = chain_mac(new_audit, prev, _entry_bytes(entry))
            prev = entry.mac
        head = s.get(AppMeta, HEAD_KEY)
        if head is not None and entries:
            head.value = AuditLog(new_audit)._head_value(entries[-1].seq, prev)
        s.merge(AppMeta(key=FINGERPRINT_KEY, value=key_fingerprint(new)))
        AuditLog(new_audit).append(s, None, "key.rotated", None, customers=len(customers))
    return len(customers), len(entries) + 1


def finish_key_file_rotation(
    db_fingerprint: str | None,
    key_file: PassphraseKeyFile,
    pending_file: PassphraseKeyFile,
    vault_keys,
    passphrase: str,
) -> bytes | None:
    """Key-file mode after a crash mid-rotation: the new key if the database switched to it.

    Both files open with the same passphrase (see rotate_master_key). Returns None when the
    pending key is not the one the database expects (the rotation never switched: the caller
    keeps the current key and the pending file is dropped).
    """
    if db_fingerprint is None or not pending_file.exists():
        return None
    current = key_file.unlock(passphrase)
    pending = pending_file.unlock(passphrase)
    if key_fingerprint(pending) != db_fingerprint:
        pending_file.path.unlink(missing_ok=True)
        return None
    vault_keys.rewrap(
        _rewrap(current, pending),
        key_fingerprint(current),
        key_fingerprint(pending),
    )
    key_file.create(passphrase, key=pending, replace=True)
    pending_file.path.unlink(missing_ok=True)
    return pending


def finish_interrupted_rotation(
    db_fingerprint: str | None,
    keyring_store: KeyStore,
    key_file: PassphraseKeyFile,
    pending_store: KeyStore,
    vault_keys,
    current: bytes | None,
    pending: bytes | None,
) -> bytes | None:
    """After a crash mid-rotation: the key that matches the database, with stores repaired."""
    if pending is None or current is None or db_fingerprint is None:
        return None
    if key_fingerprint(current) == db_fingerprint:
        pending_store.delete()  # stopped before the database switched: forget the new key
        return current
    if key_fingerprint(pending) != db_fingerprint:
        return None
    vault_keys.rewrap(
        _rewrap(current, pending),
        key_fingerprint(current),
        key_fingerprint(pending),
    )
    keyring_store.save(pending)
    pending_store.delete()
    return pending
