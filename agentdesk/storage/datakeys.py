"""Wrapped data keys, kept apart from the main database so erasure reaches every backup.

Backups of the main database hold ciphertext only. A customer's data key lives here, wrapped
by the master key, in two copies (primary and mirror, written in turn) so one damaged file
loses nothing. Erasing a customer deletes their keys from both copies: every backup of the
main database then holds ciphertext nobody can open, whoever has the master key.
The schema is fixed and tiny, so it is created here rather than by alembic.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Column,
    Engine,
    LargeBinary,
    MetaData,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from agentdesk.storage import bulk
from agentdesk.storage.engine import checkpoint, make_engine, relaxed
from agentdesk.storage.keystore_health import heal_key_stores
from agentdesk.storage.session import db_error_code, storage_error

_meta = MetaData()
data_key = Table(
    "data_key",
    _meta,
    Column("owner_id", String(36), primary_key=True),  # customer or interaction id
    Column("kind", String(20), nullable=False),
    Column("customer_id", String(36), index=True),  # whose erasure destroys this key
    Column("wrapped", LargeBinary, nullable=False),
)
store_meta = Table(
    "store_meta",
    _meta,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)
# Erasure journal: written (with the keys' deletion, in one transaction a copy) BEFORE the
# customer's rows are deleted. Never backed up, so a crash after it or a restore of an older
# backup is caught at the next start and the erasure completed (services/upkeep.py).
erased = Table(
    "erased",
    _meta,
    Column("customer_id", String(36), primary_key=True),
    Column("at", String(40), nullable=False),
)
# Restores waiting to be written into the audit log (the log needs the open vault).
restore_log = Table(
    "restore_log",
    _meta,
    Column("id", String(36), primary_key=True),
    Column("at", String(40), nullable=False),
    Column("source", String(300), nullable=False),
    Column("audited", String(1), nullable=False, default="0"),
)

# This workstation's own secrets, wrapped by the master key like data keys but never sent to
# the team database and never replaced by anything pulled from it (pulled keys go to
# data_key only): the secret that lets this workstation append to its audit chain there.
local_secret = Table(
    "local_secret",
    _meta,
    Column("owner_id", String(36), primary_key=True),  # the workstation id (wrapping AD)
    Column("wrapped", LargeBinary, nullable=False),
)

# Audit entries recorded where the vault (and so the audit key) was not open, e.g. by
# `agentdesk user add`; the next unlock writes them into the audit log (services/upkeep.py).
audit_pending = Table(
    "audit_pending",
    _meta,
    Column("id", String(36), primary_key=True),
    Column("at", String(40), nullable=False),
    Column("action", String(40), nullable=False),
    Column("details", String(2000), nullable=False),
    Column("done", String(1), nullable=False, default="0"),
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
        # A missing or damaged copy is rebuilt from the intact one first (#15 item 10).
        self.repairs = heal_key_stores(primary, mirror)
        self._engines = [make_engine(f"sqlite:///{p}") for p in (primary, mirror)]
        self._paths = (primary, mirror)
        # The audit anchor as this process last wrote or read it, per copy (a hint only).
        self._anchor_seen: list[str | None] = [None, None]
        for engine in self._engines:
            with _translated():
                _meta.create_all(engine)

    @contextmanager
    def _each(self) -> Iterator[Iterable[Engine]]:
        with _translated():
            yield self._engines

    def put(
        self, owner_id: uuid.UUID, kind: str, customer_id: uuid.UUID | None, wrapped: bytes
    ) -> None:
        row = {
            "owner_id": str(owner_id),
            "kind": kind,
            "wrapped": wrapped,
            "customer_id": str(customer_id) if customer_id else None,
        }
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(delete(data_key).where(data_key.c.owner_id == row["owner_id"]))
                    conn.execute(insert(data_key).values(**row))

    def candidates(self, owner_id: uuid.UUID) -> list[WrappedKey]:
        """The owner's wrapped key as each readable copy holds it (primary first)."""
        found = []
        with _translated():
            for engine in self._engines:
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
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    bulk.insert_rows(conn, data_key, rows, _PUT)

    def get(self, owner_id: uuid.UUID) -> bytes | None:
        with _translated():
            for engine in self._engines:
                try:
                    with engine.connect() as conn:
                        found = conn.execute(
                            select(data_key.c.wrapped).where(data_key.c.owner_id == str(owner_id))
                        ).scalar()
                except DBAPIError:
                    continue  # damaged primary: the mirror answers
                if found is not None:
                    return found
        return None

    def entry(self, owner_id: uuid.UUID | str) -> WrappedKey | None:
        """The whole stored entry (kind and customer link too), for the team database."""
        with _translated():
            for engine in self._engines:
                try:
                    with engine.connect() as conn:
                        row = conn.execute(
                            select(data_key).where(data_key.c.owner_id == str(owner_id))
                        ).first()
                except DBAPIError:
                    continue
                if row is not None:
                    return WrappedKey(row.owner_id, row.kind, row.customer_id, row.wrapped)
        return None

    def link_customer(self, owner_id: uuid.UUID, customer_id: uuid.UUID | None) -> None:
        """Tie an interaction's key to the customer whose erasure must destroy it."""
        value = str(customer_id) if customer_id else None
        with self._each() as engines:
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
        with self._each() as engines:
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
        with self._each() as engines:
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
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    found = data_key.c.owner_id.in_(ids) & (data_key.c.kind == kind)
                    counts.append(conn.execute(delete(data_key).where(found)).rowcount)
                checkpoint(engine)
        return max(counts)

    def set_audit_anchor(self, value: str) -> None:
        """Where the audit log stood, kept away from the database and its backups (#15 6)."""
        with self._each() as engines:
            for i, engine in enumerate(engines):
                with engine.begin() as conn:
                    _set_meta(conn, "audit_anchor", value)
                self._anchor_seen[i] = value

    def advance_audit_anchor(self, value: str, replaces: Callable[[str | None], bool]) -> None:
        """Set the anchor in each copy where ``replaces(current value)`` says so, reading and
        writing in one transaction (two processes appending never move it backwards).

        Without the commit fsync: called after each audited database commit, which was
        fsync'd first, so a power cut can leave the anchor behind the log, never ahead of it.
        """
        is_anchor = store_meta.c.key == "audit_anchor"
        with self._each() as engines:
            for i, engine in enumerate(engines):
                with relaxed(engine).begin() as conn:
                    seen = self._anchor_seen[i]
                    if seen is not None and replaces(seen):
                        # Usually the copy still holds what this process wrote last: one
                        # statement, no read (it changes nothing if someone else wrote since).
                        moved = conn.execute(
                            update(store_meta)
                            .where(is_anchor, store_meta.c.value == seen)
                            .values(value=value)
                        ).rowcount
                        if moved:
                            self._anchor_seen[i] = value
                            continue
                    current = conn.execute(select(store_meta.c.value).where(is_anchor)).scalar()
                    if replaces(current):
                        _set_meta(conn, "audit_anchor", value)
                        current = value
                    self._anchor_seen[i] = current

    def audit_anchor(self) -> str | None:
        with _translated():
            for engine in self._engines:
                try:
                    with engine.connect() as conn:
                        found = conn.execute(
                            select(store_meta.c.value).where(store_meta.c.key == "audit_anchor")
                        ).scalar()
                except DBAPIError:
                    continue
                if found:
                    return found
        return None

    def erased_customers(self) -> set[str]:
        """Every customer id ever erased here (either copy)."""
        found: set[str] = set()
        with _translated():
            for engine in self._engines:
                try:
                    with engine.connect() as conn:
                        found |= {r[0] for r in conn.execute(select(erased.c.customer_id))}
                except DBAPIError:
                    continue
        return found

    def pending_restores(self) -> list[tuple[str, str, str]]:
        """Restores not yet in the audit log: (id, at, source)."""
        with _translated(), self._engines[0].connect() as conn:
            rows = conn.execute(
                select(restore_log.c.id, restore_log.c.at, restore_log.c.source).where(
                    restore_log.c.audited == "0"
                )
            ).all()
        return [tuple(r) for r in rows]

    def pending_audit(self) -> list[tuple[str, str, str, str]]:
        """Entries recorded without the vault, not yet in the audit log: (id, at, action,
        details as JSON)."""
        with _translated(), self._engines[0].connect() as conn:
            rows = conn.execute(
                select(
                    audit_pending.c.id,
                    audit_pending.c.at,
                    audit_pending.c.action,
                    audit_pending.c.details,
                ).where(audit_pending.c.done == "0")
            ).all()
        return [tuple(r) for r in rows]

    def pending_audit_done(self, entry_id: str) -> None:
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        update(audit_pending)
                        .where(audit_pending.c.id == entry_id)
                        .values(done="1")
                    )

    def restore_audited(self, restore_id: str) -> None:
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        update(restore_log)
                        .where(restore_log.c.id == restore_id)
                        .values(audited="1")
                    )

    def local_secret(self, owner_id: uuid.UUID) -> bytes | None:
        """A secret of this workstation's own, wrapped (primary first, the mirror if needed)."""
        with _translated():
            for engine in self._engines:
                try:
                    with engine.connect() as conn:
                        found = conn.execute(
                            select(local_secret.c.wrapped).where(
                                local_secret.c.owner_id == str(owner_id)
                            )
                        ).scalar()
                except DBAPIError:
                    continue
                if found is not None:
                    return found
        return None

    def put_local_secret(self, owner_id: uuid.UUID, wrapped: bytes) -> None:
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        delete(local_secret).where(local_secret.c.owner_id == str(owner_id))
                    )
                    conn.execute(
                        insert(local_secret).values(owner_id=str(owner_id), wrapped=wrapped)
                    )

    def forget_local_secret(self, owner_id: uuid.UUID) -> None:
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        delete(local_secret).where(local_secret.c.owner_id == str(owner_id))
                    )

    def local_secret_ids(self) -> set[str]:
        """The owners of the secrets kept (primary copy)."""
        with _translated(), self._engines[0].connect() as conn:
            return set(conn.execute(select(local_secret.c.owner_id)).scalars())

    def all_keys(self) -> list[WrappedKey]:
        with _translated(), self._engines[0].connect() as conn:
            rows = conn.execute(select(data_key)).all()
        return [WrappedKey(r.owner_id, r.kind, r.customer_id, r.wrapped) for r in rows]

    def rewrap(self, transform, from_fingerprint: str, to_fingerprint: str) -> int:
        """Re-wrap every key in each copy still under ``from_fingerprint``; one transaction a
        copy, so an interruption leaves each copy wholly old or wholly new. Returns keys done.
        """
        done = 0
        with self._each() as engines:
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
                    _set_meta(conn, "fingerprint", to_fingerprint)
                    done = max(done, len(rows))
        return done

    def set_fingerprint(self, fingerprint: str) -> None:
        with self._each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    _set_meta(conn, "fingerprint", fingerprint)

    def count(self) -> int:
        return len(self.all_keys())

    def dispose(self) -> None:
        for engine in self._engines:
            engine.dispose()


def _owned(owner_id: str, kind: str):
    return (data_key.c.owner_id == owner_id) & (data_key.c.kind == kind)


def _set_meta(conn, key: str, value: str) -> None:
    conn.execute(delete(store_meta).where(store_meta.c.key == key))
    conn.execute(insert(store_meta).values(key=key, value=value))


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        raise storage_error(db_error_code(exc.orig)) from exc
