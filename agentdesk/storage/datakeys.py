"""Wrapped data keys, kept apart from the main database so erasure reaches every backup.

Backups of the main database hold ciphertext only. A customer's data key lives here, wrapped
by the master key, in two copies (primary and mirror, written in turn) so one damaged file
loses nothing. Erasing a customer deletes their keys from both copies: every backup of the
main database then holds ciphertext nobody can open, whoever has the master key.
The files and their tables: storage/keystore_files.py; what they keep for the audit log:
storage/audit_records.py (``DataKeyStore.audit``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from agentdesk.storage import bulk
from agentdesk.storage.audit_records import KeyStoreAuditRecords
from agentdesk.storage.engine import checkpoint
from agentdesk.storage.keystore_files import (
    KeyStoreCopies,
    data_key,
    erased,
    local_secret,
    set_meta,
    store_meta,
    translated,
)

# A key already here (pulled again) is replaced in place: one statement per key.
_PUT = sqlite_insert(data_key).on_conflict_do_update(
    index_elements=[data_key.c.owner_id],
    set_={c: sqlite_insert(data_key).excluded[c] for c in ("kind", "customer_id", "wrapped")},
)


@dataclass(frozen=True)
class WrappedKey:
    owner_id: str
    kind: str
    customer_id: str | None
    wrapped: bytes


class DataKeyStore:
    """Put, get and destroy wrapped data keys in both copies."""

    def __init__(self, primary: Path, mirror: Path) -> None:
        self._copies = KeyStoreCopies(primary, mirror)
        self.repairs = self._copies.repairs  # copies rebuilt from the other at opening
        self.audit = KeyStoreAuditRecords(self._copies)

    def put(
        self, owner_id: uuid.UUID, kind: str, customer_id: uuid.UUID | None, wrapped: bytes
    ) -> None:
        row = {
            "owner_id": str(owner_id),
            "kind": kind,
            "wrapped": wrapped,
            "customer_id": str(customer_id) if customer_id else None,
        }
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(delete(data_key).where(data_key.c.owner_id == row["owner_id"]))
                    conn.execute(insert(data_key).values(**row))

    def candidates(self, owner_id: uuid.UUID) -> list[WrappedKey]:
        """The owner's wrapped key as each readable copy holds it (primary first)."""
        found = []
        with translated():
            for engine in self._copies.engines:
                try:
                    with engine.connect() as conn:
                        row = conn.execute(
                            select(data_key).where(data_key.c.owner_id == str(owner_id))
                        ).first()
                except DBAPIError:
                    continue
                if row is not None:
                    found.append(WrappedKey(row.owner_id, row.kind, row.customer_id, row.wrapped))
        return found

    def repair(self, key: WrappedKey) -> None:
        """Write a key that unwrapped correctly over a damaged copy of it, in both copies."""
        owner = uuid.UUID(key.owner_id)
        customer = uuid.UUID(key.customer_id) if key.customer_id else None
        self.put(owner, key.kind, customer, key.wrapped)

    def put_many(self, entries: Iterable[WrappedKey]) -> None:
        """Store several keys at once (keys pulled from the team database), one transaction
        per copy."""
        rows = [
            {
                "owner_id": k.owner_id,
                "kind": k.kind,
                "customer_id": k.customer_id,
                "wrapped": k.wrapped,
            }
            for k in entries
        ]
        if not rows:
            return
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    bulk.insert_rows(conn, data_key, rows, _PUT)

    def get(self, owner_id: uuid.UUID) -> bytes | None:
        return self._copies.first(
            lambda conn: conn.execute(
                select(data_key.c.wrapped).where(data_key.c.owner_id == str(owner_id))
            ).scalar()
        )

    def entry(self, owner_id: uuid.UUID | str) -> WrappedKey | None:
        """The whole stored entry (kind and customer link too), for the team database."""
        row = self._copies.first(
            lambda conn: conn.execute(
                select(data_key).where(data_key.c.owner_id == str(owner_id))
            ).first()
        )
        return (
            None
            if row is None
            else WrappedKey(row.owner_id, row.kind, row.customer_id, row.wrapped)
        )

    def link_customer(self, owner_id: uuid.UUID, customer_id: uuid.UUID | None) -> None:
        """Tie an interaction's key to the customer whose erasure must destroy it."""
        value = str(customer_id) if customer_id else None
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        update(data_key)
                        .where(data_key.c.owner_id == str(owner_id))
                        .values(customer_id=value)
                    )

    def destroy_customer(self, customer_id: uuid.UUID) -> int:
        """Delete the customer's key and every key tied to them; returns how many."""
        cid = str(customer_id)
        cond = _owned(cid, "customer") | (data_key.c.customer_id == cid)
        counts = []
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    counts.append(conn.execute(delete(data_key).where(cond)).rowcount)
                # Push the deletion out of the WAL into the (secure-deleted) main file.
                checkpoint(engine)
        return max(counts)

    def erase_customer(self, customer_id: uuid.UUID, owners: Iterable[uuid.UUID], at: str) -> int:
        """Record the erasure and destroy the customer's keys (and ``owners``' keys) in one
        transaction per copy; returns how many keys were destroyed. Called BEFORE the rows are
        deleted, so a crash leaves rows nobody can read and a journal entry that completes the
        erasure at the next start."""
        cid = str(customer_id)
        ids = {str(o) for o in owners}
        # Their calls' and messages' keys; never another customer's, whatever id a call or
        # a message was given (a member's role chooses the ids of the rows it adds).
        cond = (
            _owned(cid, "customer")
            | (data_key.c.customer_id == cid)
            | (data_key.c.owner_id.in_(ids) & data_key.c.kind.in_(("interaction", "message")))
        )
        counts = []
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(delete(erased).where(erased.c.customer_id == cid))
                    conn.execute(insert(erased).values(customer_id=cid, at=at))
                    counts.append(conn.execute(delete(data_key).where(cond)).rowcount)
                checkpoint(engine)
        return max(counts)

    def destroy_owners(self, owners: Iterable[uuid.UUID], kind: str) -> int:
        """Destroy the keys of ``owners`` (calls past retention, messages, …) in both copies:
        only keys of ``kind``, the kind of the rows whose ids these are (ids are unique per
        table only, so a message may bear a customer's id; her key is not its key)."""
        ids = [str(o) for o in owners]
        if not ids:
            return 0
        counts = []
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    found = data_key.c.owner_id.in_(ids) & (data_key.c.kind == kind)
                    counts.append(conn.execute(delete(data_key).where(found)).rowcount)
                checkpoint(engine)
        return max(counts)

    def erased_customers(self) -> set[str]:
        """Every customer id ever erased here (either copy)."""
        found: set[str] = set()
        with translated():
            for engine in self._copies.engines:
                try:
                    with engine.connect() as conn:
                        found |= {r[0] for r in conn.execute(select(erased.c.customer_id))}
                except DBAPIError:
                    continue
        return found

    def local_secret(self, owner_id: uuid.UUID) -> bytes | None:
        """A secret of this workstation's own, wrapped (primary first, the mirror if needed)."""
        return self._copies.first(
            lambda conn: conn.execute(
                select(local_secret.c.wrapped).where(local_secret.c.owner_id == str(owner_id))
            ).scalar()
        )

    def put_local_secret(self, owner_id: uuid.UUID, wrapped: bytes) -> None:
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        delete(local_secret).where(local_secret.c.owner_id == str(owner_id))
                    )
                    conn.execute(
                        insert(local_secret).values(owner_id=str(owner_id), wrapped=wrapped)
                    )

    def forget_local_secret(self, owner_id: uuid.UUID) -> None:
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        delete(local_secret).where(local_secret.c.owner_id == str(owner_id))
                    )

    def local_secret_ids(self) -> set[str]:
        """The owners of the secrets kept (primary copy)."""
        with self._copies.primary() as conn:
            return set(conn.execute(select(local_secret.c.owner_id)).scalars())

    def all_keys(self) -> list[WrappedKey]:
        with self._copies.primary() as conn:
            rows = conn.execute(select(data_key)).all()
        return [WrappedKey(r.owner_id, r.kind, r.customer_id, r.wrapped) for r in rows]

    def rewrap(self, transform, from_fingerprint: str, to_fingerprint: str) -> int:
        """Re-wrap every key in each copy still under ``from_fingerprint``; one transaction a
        copy, so an interruption leaves each copy wholly old or wholly new. Returns keys done.
        """
        done = 0
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    current = conn.execute(
                        select(store_meta.c.value).where(store_meta.c.key == "fingerprint")
                    ).scalar()
                    if current != from_fingerprint:
                        continue
                    rows = conn.execute(select(data_key.c.owner_id, data_key.c.wrapped)).all()
                    for owner_id, wrapped in rows:
                        conn.execute(
                            update(data_key)
                            .where(data_key.c.owner_id == owner_id)
                            .values(wrapped=transform(owner_id, wrapped))
                        )
                    # The workstation's own secrets follow the key in the same transaction.
                    own = conn.execute(select(local_secret.c.owner_id, local_secret.c.wrapped))
                    for owner_id, wrapped in own.all():
                        conn.execute(
                            update(local_secret)
                            .where(local_secret.c.owner_id == owner_id)
                            .values(wrapped=transform(owner_id, wrapped))
                        )
                    set_meta(conn, "fingerprint", to_fingerprint)
                    done = max(done, len(rows))
        return done

    def set_fingerprint(self, fingerprint: str) -> None:
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    set_meta(conn, "fingerprint", fingerprint)

    def count(self) -> int:
        return len(self.all_keys())

    def dispose(self) -> None:
        self._copies.dispose()


def _owned(owner_id: str, kind: str):
    return (data_key.c.owner_id == owner_id) & (data_key.c.kind == kind)
