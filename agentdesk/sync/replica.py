"""The workstation's side of sync: its identity, cursor, outbox and applying pulled rows."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from agentdesk.changes import Changes
from agentdesk.models.audit import AppMeta, AuditEntry
from agentdesk.models.base import utcnow
from agentdesk.models.sync import SyncConflict, SyncOutbox, SyncRefusal
from agentdesk.storage import bulk
from agentdesk.storage.engine import large_cache
from agentdesk.storage.session import Database
from agentdesk.sync.orphans import drop_orphans
from agentdesk.sync.outbox import CURSOR_KEY
from agentdesk.sync.server import Change, Cursor
from agentdesk.sync.tables import (
    CHANGES,
    KEY_DESTROYING,
    KEY_KIND,
    LOCAL_COLUMNS,
    NOT_UPDATED,
    key_column,
    parse_row_id,
    synced_columns,
    table,
)

log = logging.getLogger(__name__)
WORKSTATION_KEY = "sync_workstation_id"
OUTBOX = SyncOutbox.__table__
REFUSALS = SyncRefusal.__table__
CONFLICTS = SyncConflict.__table__
META = AppMeta.__table__
AUDIT = AuditEntry.__table__
AUDIT_SENT_KEY = "sync_audit_seq"  # app_meta: the last audit entry the server has
AUDIT_REGISTERED_KEY = "sync_audit_registered"  # app_meta: "1" once the server knows our secret


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    change_id: uuid.UUID
    table_name: str
    row_id: str
    op: str
    columns: list[str] | None
    base: str | None = None
    author: str | None = None  # the account whose change it is (None: the system's)

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


def read_outbox(db: Database, limit: int, after: int = 0) -> list[OutboxEntry]:
    """The oldest ``limit`` entries after local order ``after`` (entries left waiting for
    their author stay in the outbox; the push reads on past them)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(OUTBOX).where(OUTBOX.c.id > after).order_by(OUTBOX.c.id).limit(limit)
        )
        return [
            OutboxEntry(
                r.id, r.change_id, r.table_name, r.row_id, r.op, r.columns, r.base, r.author
            )
            for r in rows
        ]


def waiting_authors(db: Database) -> dict[str | None, int]:
    """How many outbox entries each author has waiting (None: the system's)."""
    with db.engine.connect() as conn:
        rows = conn.execute(select(OUTBOX.c.author, func.count()).group_by(OUTBOX.c.author))
        return {author: n for author, n in rows}


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


def audit_to_send(db: Database, limit: int) -> list[dict]:
    """This workstation's audit entries the server does not have yet, oldest first."""
    with db.engine.connect() as conn:
        after = int(_meta(conn, AUDIT_SENT_KEY) or 0)
        rows = conn.execute(
            select(AUDIT).where(AUDIT.c.seq > after).order_by(AUDIT.c.seq).limit(limit)
        )
        return [dict(r) for r in rows.mappings()]


def first_audit_mac(db: Database) -> bytes | None:
    """The MAC of this workstation's first audit entry: its proof of holding its chain."""
    with db.engine.connect() as conn:
        found = conn.execute(select(AUDIT.c.mac).where(AUDIT.c.seq == 1)).scalar()
    return bytes(found) if found is not None else None


def audit_registered(db: Database) -> bool:
    with db.engine.connect() as conn:
        return _meta(conn, AUDIT_REGISTERED_KEY) == "1"


def set_audit_registered(db: Database) -> None:
    with db.engine.begin() as conn:
        _set_meta(conn, AUDIT_REGISTERED_KEY, "1")


def audit_sent(db: Database, seq: int) -> None:
    with db.engine.begin() as conn:
        _set_meta(conn, AUDIT_SENT_KEY, str(seq))


def drop_outbox(db: Database, ids: Sequence[int], refused: Sequence = ()) -> None:
    """Sent: out of the outbox; refused ones (``table_name``, ``row_id``, ``op``, ``reason``)
    recorded in the same transaction, so none is lost between the two."""
    with db.engine.begin() as conn:
        for start in range(0, len(ids), 500):
            conn.execute(delete(OUTBOX).where(OUTBOX.c.id.in_(ids[start : start + 500])))
        if refused:
            conn.execute(
                insert(REFUSALS),
                [
                    {
                        "table_name": r.table_name,
                        "row_id": r.row_id,
                        "op": r.op,
                        "reason": r.reason[:64],
                        "at": utcnow(),
                    }
                    for r in refused
                ],
            )


def open_refusals(db: Database) -> list[str]:
    """Table names of refused changes nobody has acknowledged yet (one per refusal)."""
    with db.engine.connect() as conn:
        return list(
            conn.execute(
                select(REFUSALS.c.table_name).where(REFUSALS.c.acknowledged_at.is_(None))
            ).scalars()
        )


def _pending_columns(conn: Connection, keys: set[tuple[str, str]]) -> dict:
    """Columns with local changes not yet pushed, per row (None: the whole row)."""
    if not keys:
        return {}
    # Inside the page's write transaction: nothing can join the outbox until it ends. A
    # small outbox (a first sync has none) is read whole rather than searched for each row.
    waiting = conn.execute(select(func.count()).select_from(OUTBOX)).scalar()
    if not waiting:
        return {}
    query = select(OUTBOX.c.table_name, OUTBOX.c.row_id, OUTBOX.c.op, OUTBOX.c.columns)
    if waiting <= len(keys):
        found = list(conn.execute(query))
    else:
        ids = sorted({row_id for _, row_id in keys})
        found = []
        for start in range(0, len(ids), 500):
            found += conn.execute(query.where(OUTBOX.c.row_id.in_(ids[start : start + 500])))
    pending: dict[tuple[str, str], set[str] | None] = {}
    for r in found:
        key = (r.table_name, r.row_id)
        if key not in keys:
            continue
        if r.op != "upsert" or r.columns is None:
            pending[key] = None
        elif key not in pending or pending[key] is not None:
            pending[key] = (pending.get(key) or set()) | set(r.columns)
    return pending


def _apply_table(
    conn: Connection,
    name: str,
    row_ids: list[str],
    found: dict[str, dict],
    pending: dict,
    destroy_keys: Callable[[str, str], None],
    careful: bool = False,
) -> Changes:
    """Upsert the server's current rows of one table; rows gone from the server are deleted.
    ``careful``: a row that would break a unique key held here is left out (see apply_page)."""
    tbl = table(name)
    pk = key_column(tbl)
    for row_id in row_ids:
        if row_id in found:
            continue
        if name in KEY_DESTROYING:  # the key of this kind its id owns (see KEY_KIND)
            destroy_keys(KEY_KIND[name], row_id)
        conn.execute(delete(tbl).where(pk == parse_row_id(tbl, row_id)))
        conn.execute(delete(OUTBOX).where(OUTBOX.c.table_name == name, OUTBOX.c.row_id == row_id))
        if name in KEY_DESTROYING:  # an erased customer's kept values go with it
            kept = CONFLICTS.c.table_name == name, CONFLICTS.c.row_id == row_id
            conn.execute(delete(CONFLICTS).where(*kept))
    # A whole-row local change is on its way: that row comes back after the push.
    live = [
        row_id
        for row_id in row_ids
        if row_id in found and pending.get((name, row_id), ()) is not None
    ]
    as_stored = bulk.stored(pk, conn.dialect)
    keys = [as_stored(found[row_id][pk.name]) for row_id in live]
    here = bulk.existing(conn, pk, keys)
    columns = synced_columns(tbl)
    inserts = []
    for key, row_id in zip(keys, live, strict=True):
        values = found[row_id]
        if key in here:
            mine = pending.get((name, row_id), ())
            changed = {
                c: values[c]
                for c in columns
                if c != pk.name and c not in mine and c not in NOT_UPDATED
            }
            if changed:
                stmt = update(tbl).where(pk == values[pk.name]).values(**changed)
                conn.execute(stmt.prefix_with("OR IGNORE") if careful else stmt)
        else:
            inserts.append(values)  # the server's row: every column the replica has
    if inserts:
        for column in LOCAL_COLUMNS.get(name, ()):
            top = conn.execute(select(func.max(tbl.c[column]))).scalar() or 0
            for offset, values in enumerate(inserts, start=1):
                values[column] = top + offset
        # One executemany for the page, through the driver.
        bulk.insert_rows(
            conn, tbl, inserts, insert(tbl).prefix_with("OR IGNORE") if careful else None
        )
    return CHANGES[name] if row_ids else Changes.NONE


def apply_page(
    db: Database,
    changes: Sequence[Change],
    rows: dict[str, dict[str, dict]],
    new_cursor: Cursor,
    me: uuid.UUID,
    destroy_keys: Callable[[str, str], None],
) -> Changes:
    """Bring pulled rows into the replica in one transaction with the new cursor.

    A row absent from ``rows`` was deleted on the server (erasure, retention): it is deleted
    here too and the keys tied to it destroyed, whatever is waiting locally.
    """
    args = (db, changes, rows, new_cursor, me, destroy_keys)
    try:
        return _apply_page(*args, careful=False)
    except IntegrityError as exc:
        if not any(word in str(exc.orig) for word in ("FOREIGN KEY", "UNIQUE")):
            raise
        # Any member's role writes the rows and the change log: a row whose parent was never
        # logged (orphans.py) failed the commit, or a row took a place a row here holds (the
        # next number of a colleague's call events, while his own waited). The page again,
        # leaving those out (logged), so it stops no pull; only then: an honest page never
        # needs it, a first sync pays nothing.
        log.warning("a pulled page broke a key of this replica; applied leaving those rows out")
        return _apply_page(*args, careful=True)


def _apply_page(
    db: Database,
    changes: Sequence[Change],
    rows: dict[str, dict[str, dict]],
    new_cursor: Cursor,
    me: uuid.UUID,
    destroy_keys: Callable[[str, str], None],
    *,
    careful: bool,
) -> Changes:
    flags = Changes.NONE
    theirs = [c for c in changes if c.origin != me and c.usable]
    with db.engine.connect() as conn, large_cache(conn), conn.begin():
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        pending = _pending_columns(conn, {(c.table_name, c.row_id) for c in theirs})
        latest: dict[tuple[str, str], Change] = {}
        for change in theirs:
            latest.setdefault((change.table_name, change.row_id), change)
        by_table: dict[str, list[str]] = {}
        for name, row_id in latest:
            by_table.setdefault(name, []).append(row_id)
        for name, row_ids in by_table.items():
            found = rows.get(name, {})
            flags |= _apply_table(conn, name, row_ids, found, pending, destroy_keys, careful)
        if careful:
            drop_orphans(conn, by_table)
        _set_meta(conn, CURSOR_KEY, str(new_cursor))
    return flags
