"""The workstation's side of sync: its identity, cursor, outbox and applying pulled rows."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update

from agentdesk.changes import Changes
from agentdesk.models.audit import AppMeta
from agentdesk.models.sync import SyncOutbox
from agentdesk.storage.session import Database
from agentdesk.sync.server import Change, Cursor
from agentdesk.sync.tables import (
    CHANGES,
    KEY_DESTROYING,
    LOCAL_COLUMNS,
    NOT_UPDATED,
    key_column,
    parse_row_id,
    synced_columns,
    table,
)

WORKSTATION_KEY = "sync_workstation_id"
CURSOR_KEY = "sync_cursor"
OUTBOX = SyncOutbox.__table__
META = AppMeta.__table__


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    change_id: uuid.UUID
    table_name: str
    row_id: str
    op: str
    columns: list[str] | None

    @property
    def row_key(self) -> tuple[str, str]:
        return self.table_name, self.row_id


def _meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(META.c.value).where(META.c.key == key)).scalar()


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(META).where(META.c.key == key))
    conn.execute(insert(META).values(key=key, value=value))


def workstation_id(db: Database) -> uuid.UUID:
    """This replica's id in the change log (made once, kept in the database)."""
    with db.engine.begin() as conn:
        found = _meta(conn, WORKSTATION_KEY)
        if found is None:
            found = str(uuid.uuid4())
            _set_meta(conn, WORKSTATION_KEY, found)
    return uuid.UUID(found)


def cursor(db: Database) -> Cursor:
    with db.engine.connect() as conn:
        return Cursor.parse(_meta(conn, CURSOR_KEY))


def read_outbox(db: Database, limit: int) -> list[OutboxEntry]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(OUTBOX).order_by(OUTBOX.c.id).limit(limit))
        return [
            OutboxEntry(r.id, r.change_id, r.table_name, r.row_id, r.op, r.columns) for r in rows
        ]


def read_rows(db: Database, entries: Sequence[OutboxEntry]) -> dict[tuple[str, str], dict]:
    """Current local values of the rows the upserts name (absent: deleted since)."""
    wanted: dict[str, set[str]] = {}
    for e in entries:
        if e.op == "upsert":
            wanted.setdefault(e.table_name, set()).add(e.row_id)
    found: dict[tuple[str, str], dict] = {}
    with db.engine.connect() as conn:
        for name, ids in wanted.items():
            tbl = table(name)
            pk = key_column(tbl)
            values = [parse_row_id(tbl, i) for i in ids]
            for start in range(0, len(values), 500):
                query = select(tbl).where(pk.in_(values[start : start + 500]))
                for row in conn.execute(query).mappings():
                    found[(name, str(row[pk.name]))] = dict(row)
    return found


def drop_outbox(db: Database, ids: Sequence[int]) -> None:
    with db.engine.begin() as conn:
        for start in range(0, len(ids), 500):
            conn.execute(delete(OUTBOX).where(OUTBOX.c.id.in_(ids[start : start + 500])))


def _pending_columns(conn: Connection, keys: set[tuple[str, str]]) -> dict:
    """Columns with local changes not yet pushed, per row (None: the whole row)."""
    if not keys:
        return {}
    pending: dict[tuple[str, str], set[str] | None] = {}
    ids = sorted({row_id for _, row_id in keys})
    for start in range(0, len(ids), 500):
        rows = conn.execute(
            select(OUTBOX.c.table_name, OUTBOX.c.row_id, OUTBOX.c.op, OUTBOX.c.columns).where(
                OUTBOX.c.row_id.in_(ids[start : start + 500])
            )
        )
        for r in rows:
            key = (r.table_name, r.row_id)
            if key not in keys:
                continue
            if r.op != "upsert" or r.columns is None:
                pending[key] = None
            elif key not in pending or pending[key] is not None:
                pending[key] = (pending.get(key) or set()) | set(r.columns)
    return pending


def apply_page(
    db: Database,
    changes: Sequence[Change],
    rows: dict[str, dict[str, dict]],
    new_cursor: Cursor,
    me: uuid.UUID,
    destroy_keys: Callable[[str], None],
) -> Changes:
    """Bring pulled rows into the replica in one transaction with the new cursor.

    A row absent from ``rows`` was deleted on the server (erasure, retention): it is deleted
    here too and the keys tied to it destroyed, whatever is waiting locally.
    """
    flags = Changes.NONE
    theirs = [c for c in changes if c.origin != me]
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        pending = _pending_columns(conn, {(c.table_name, c.row_id) for c in theirs})
        done: set[tuple[str, str]] = set()
        for change in theirs:
            key = (change.table_name, change.row_id)
            if key in done:
                continue
            done.add(key)
            tbl = table(change.table_name)
            pk = key_column(tbl)
            ident = parse_row_id(tbl, change.row_id)
            row = rows.get(change.table_name, {}).get(change.row_id)
            if row is None:
                if change.table_name in KEY_DESTROYING:
                    destroy_keys(change.row_id)
                conn.execute(delete(tbl).where(pk == ident))
                conn.execute(
                    delete(OUTBOX).where(
                        OUTBOX.c.table_name == change.table_name,
                        OUTBOX.c.row_id == change.row_id,
                    )
                )
                flags |= CHANGES[change.table_name]
                continue
            mine = pending.get(key, set())
            if mine is None:
                continue  # a whole-row local change is on its way; it comes back after push
            values = {c: row[c] for c in synced_columns(tbl)}
            exists = conn.execute(select(pk).where(pk == ident)).first() is not None
            if exists:
                changed = {
                    c: v
                    for c, v in values.items()
                    if c != pk.name and c not in mine and c not in NOT_UPDATED
                }
                if changed:
                    conn.execute(update(tbl).where(pk == ident).values(**changed))
            else:
                for column in LOCAL_COLUMNS.get(change.table_name, ()):
                    top = conn.execute(select(func.max(tbl.c[column]))).scalar() or 0
                    values[column] = top + 1
                conn.execute(insert(tbl).values(**values))
            flags |= CHANGES[change.table_name]
        _set_meta(conn, CURSOR_KEY, str(new_cursor))
    return flags
