"""What the open vault finishes before anyone reads data: erasures, indexes, restores, cards.

Run by ``unlock_vault`` (app and command line alike):
0. restores recorded in the key store are written into the audit log, then the log is
   checked against the anchor in the key store (cut back or replaced: recorded in the log);
1. erasures journalled in the key store whose rows are still in the database (a crash
   between destroying the keys and deleting the rows, or a restore of an older backup) are
   completed, and audited;
2. a database restored from a backup (which holds no blind indexes, see storage/backup.py)
   gets its phone, e-mail and surname indexes back, computed from the decrypted values;
3. the card-data sweep (services/card_sweep.py).
"""

from __future__ import annotations

import json
import logging
import uuid

from sqlalchemy import func, select, update

from agentdesk.models.audit import AppMeta, AuditEntry
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer, Note
from agentdesk.services.audit import AuditLog
from agentdesk.services.card_sweep import sweep_card_data
from agentdesk.services.customer_types import note_column
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.backup import INDEXES_ABSENT_KEY
from agentdesk.storage.session import Database
from agentdesk.vault.errors import DecryptionError

log = logging.getLogger(__name__)


def run_upkeep(db: Database, vault: VaultService) -> None:
    audit = AuditLog(vault.audit_key)  # anchored explicitly below, not at each commit
    audit_restores(db, vault, audit)
    # Before anything else is appended: a log cut back since the last anchor (entries
    # deleted, an older copy of the file put back) is found and recorded now (#15 item 6).
    audit.anchor(db, vault.keys)
    audit_pending(db, vault, audit)
    complete_erasures(db, vault, audit)
    rebuild_blind_indexes(db, vault)
    bind_note_versions(db, vault)
    sweep_card_data(db, vault)
    audit.anchor(db, vault.keys)


def complete_erasures(db: Database, vault: VaultService, audit: AuditLog) -> int:
    """Delete the rows of every customer the key store says was erased; returns how many."""
    from agentdesk.services.gdpr import delete_customer_rows, erasure_owners

    erased = vault.keys.erased_customers()
    if not erased:
        return 0
    ids = [uuid.UUID(e) for e in erased]
    with db.read() as s:
        present = list(s.scalars(select(Customer.id).where(Customer.id.in_(ids))))
    for cid in present:
        with db.read() as s:
            owners = erasure_owners(s, cid)
        # Keys made for them after the backup was taken, or missed: destroyed again.
        vault.keys.erase_customer(cid, owners, utcnow().isoformat())
        vault.forget(cid, *owners)
        delete_customer_rows(db, audit, None, cid, "customer.erasure_completed")
    if present:
        log.warning("completed %d interrupted or restored-over erasures", len(present))
    return len(present)


def rebuild_blind_indexes(db: Database, vault: VaultService, *, force: bool = False) -> int:
    """Recompute the lookup indexes a restored backup does not carry; returns customers done."""
    with db.read() as s:
        marker = s.get(AppMeta, INDEXES_ABSENT_KEY)
    if marker is None and not force:
        return 0
    idx = vault.indexer
    done = 0
    with db.write() as s:
        for row in s.scalars(select(Customer)):
            try:
                cipher = vault.cipher(row.id)
                name = json.loads(cipher.decrypt("customer", row.id, "name", row.name_ct))
                phone = (
                    cipher.decrypt("customer", row.id, "phone", row.phone_ct)
                    if row.phone_ct
                    else None
                )
                email = (
                    cipher.decrypt("customer", row.id, "email", row.email_ct)
                    if row.email_ct
                    else None
                )
            except (KeyDestroyedError, DecryptionError):
                continue
            row.phone_bidx = idx.phone(phone) if phone else None
            row.email_bidx = idx.email(email) if email else None
            row.surname_bidx = idx.surname(name["surname"]) if name.get("surname") else None
            done += 1
        row = s.get(AppMeta, INDEXES_ABSENT_KEY)
        if row is not None:
            s.delete(row)
    return done


NOTE_AD_KEY = "note_ad_version"


def bind_note_versions(db: Database, vault: VaultService) -> int:
    """Re-seal note bodies written before their version was bound into the associated data
    (#15 item 13); once. A bulk UPDATE, so the rows' versions stay as they are."""
    with db.read() as s:
        if s.get(AppMeta, NOTE_AD_KEY) is not None:
            return 0
    done = 0
    with db.write() as s:
        for note in s.scalars(select(Note)):
            try:
                cipher = vault.cipher(note.customer_id)
                text = cipher.decrypt("note", note.id, "body", note.body_ct)
            except (KeyDestroyedError, DecryptionError):
                continue  # already bound, or unreadable
            blob = cipher.encrypt("note", note.id, note_column(note.version), text)
            s.execute(update(Note).where(Note.id == note.id).values(body_ct=blob))
            done += 1
        s.merge(AppMeta(key=NOTE_AD_KEY, value="1"))
    return done


def audit_pending(db: Database, vault: VaultService, audit: AuditLog) -> int:
    """Entries recorded without the vault (``agentdesk user add``) go into the log, once."""
    pending = vault.keys.audit.pending_entries()
    for entry_id, at, action, details in pending:
        with db.write() as s:
            audit.append(s, None, action, None, recorded_at=at, **json.loads(details))
        vault.keys.audit.entry_done(entry_id)
    return len(pending)


def audit_restores(db: Database, vault: VaultService, audit: AuditLog) -> int:
    """Write each restore recorded in the key store into the audit log (once)."""
    pending = vault.keys.audit.pending_restores()
    for restore_id, at, source in pending:
        before = audit.anchored(vault.keys)
        with db.write() as s:
            last = s.scalar(select(func.max(AuditEntry.seq))) or 0
            # The restored log ends where the backup did; say how far it went before.
            audit.append(
                s, None, "db.restored", None, restored_at=at, source=source,
                log_entries_before=before, log_entries_restored=last,
            )  # fmt: skip
        audit.anchor(db, vault.keys, rewind=True)
        vault.keys.audit.restore_audited(restore_id)
    return len(pending)
