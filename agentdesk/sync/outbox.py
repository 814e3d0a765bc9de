"""Record every change to a synced row in the outbox, inside the transaction that makes it.

Installed on a team replica's sessions (``install(db)``). ORM flushes (add, change, delete)
are seen in ``after_flush``; ORM bulk statements (``session.execute(update(...))`` and friends)
in ``do_orm_execute``, before they run, so the ids they touch are known. Core statements run
on a bare connection are not recorded: the sync engine applies pulled changes that way.

Each entry names its author, the account the service acted for (``set_author``, called by the
audit log's ``append`` with the service's ``who``): taken from the call itself, never from who
is logged in when the write runs, so a write still pending when the desk changes hands keeps
its author. Entries flushed before the author is known are claimed at commit.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session

from agentdesk.models.audit import AppMeta
from agentdesk.models.base import utcnow
from agentdesk.models.sync import SyncOutbox
from agentdesk.storage.session import Database
from agentdesk.sync.tables import SYNCED, key_column

OUTBOX = SyncOutbox.__table__
META = AppMeta.__table__
CURSOR_KEY = "sync_cursor"  # app_meta: the last change pulled (agentdesk.sync.replica)
WRITTEN = "sync_outbox_written"  # session.info flag: this transaction has something to push
LOCAL_ONLY = "sync_local_only"  # session.info flag: writes every replica makes for itself
AUTHOR = "sync_author"  # session.info: the username this transaction's changes are by
_NOBODY = uuid.UUID(int=0)  # services.identity.SYSTEM's account id
_UNCLAIMED = "sync_unclaimed"  # session.info: change ids flushed before the author was known


def install(db: Database) -> None:
    """From now on, every write through ``db`` keeps the outbox (idempotent)."""
    if getattr(db, "_outbox_installed", False):
        return
    db.listen_sessions("after_flush", _after_flush)
    db.listen_sessions("do_orm_execute", _before_bulk)
    db.listen_sessions("before_commit", _claim)
    db.listen_sessions("after_soft_rollback", _forget_unclaimed)
    db._outbox_installed = True  # type: ignore[attr-defined]


def set_author(session: Session, who: Any) -> None:
    """This transaction's changes are ``who``'s: an Identity or a username (the first account
    named wins: one service call acts for one account). The system's own identity (the nil
    account id: bundled content, command-line imports) and None name nobody."""
    if who is None or session.info.get(AUTHOR):
        return
    if isinstance(who, str):
        username = who
    elif getattr(who, "account_id", None) == _NOBODY:
        return
    else:
        username = who.username
    if username:
        session.info[AUTHOR] = username


def _record(session: Session, entries: list[dict]) -> None:
    author = session.info.get(AUTHOR)
    for e in entries:
        e["author"] = author
    session.connection().execute(insert(OUTBOX), entries)
    session.info[WRITTEN] = True
    if author is None:
        session.info.setdefault(_UNCLAIMED, []).extend(e["change_id"] for e in entries)


def _claim(session: Session) -> None:
    """Entries flushed before the service named its account get the author now."""
    session.flush()  # commit's own flush comes after this hook: its entries too
    unclaimed = session.info.pop(_UNCLAIMED, None)
    author = session.info.get(AUTHOR)
    if not unclaimed or not author:
        return
    conn = session.connection()
    for start in range(0, len(unclaimed), 500):
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.change_id.in_(unclaimed[start : start + 500]))
            .values(author=author)
        )


def _forget_unclaimed(session: Session, _previous: Any) -> None:
    session.info.pop(_UNCLAIMED, None)


def pending_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(OUTBOX)) or 0


def _entry(
    table: str, row_id: Any, op: str, columns: list[str] | None, base: str | None = None
) -> dict:
    return {
        "change_id": uuid.uuid4(),
        "table_name": table,
        "row_id": str(row_id),
        "op": op,
        "columns": columns,
        "at": utcnow(),
        "base": base,
    }


def _base(session: Session) -> str | None:
    """The pull cursor now: which of the others' changes this edit was made on top of."""
    return (
        session.connection().execute(select(META.c.value).where(META.c.key == CURSOR_KEY)).scalar()
    )


def _row_entry(obj: Any, op: str, columns: list[str] | None, base: str | None) -> dict | None:
    table = getattr(obj, "__table__", None)
    if table is None or table.name not in SYNCED:
        return None
    return _entry(table.name, getattr(obj, key_column(table).key), op, columns, base)


def _changed_columns(obj: Any) -> list[str]:
    state = inspect(obj)
    names = []
    for attr in state.mapper.column_attrs:
        if state.attrs[attr.key].history.has_changes():
            names.extend(c.name for c in attr.columns)
    # Set by the flush itself (onupdate), so never in the history: it changed with the rest.
    if names and "updated_at" in state.mapper.local_table.c:
        names.append("updated_at")
    return sorted(set(names))


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get(LOCAL_ONLY):
        return
    entries = []
    base = _base(session) if session.dirty else None
    for obj in session.new:
        entries.append(_row_entry(obj, "upsert", None, None))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            entries.append(_row_entry(obj, "upsert", _changed_columns(obj), base))
    for obj in session.deleted:
        entries.append(_row_entry(obj, "delete", None, None))
    entries = [e for e in entries if e is not None]
    if entries:
        _record(session, entries)


def _before_bulk(state: ORMExecuteState) -> None:
    if state.session.info.get(LOCAL_ONLY):
        return
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    mapper = state.bind_mapper
    table = mapper.local_table if mapper is not None else None
    if table is None or table.name not in SYNCED:
        return
    pk = key_column(table)
    conn = state.session.connection()
    if state.is_insert:
        params = state.parameters
        rows = params if isinstance(params, list) else [params or {}]
        ids = [row.get(pk.key) for row in rows]
        if any(i is None for i in ids):
            raise RuntimeError(f"a bulk insert into synced table {table.name} must give its ids")
        op = "upsert"
    else:
        where = state.statement.whereclause
        query = select(pk) if where is None else select(pk).where(where)
        ids = list(conn.execute(query).scalars())
        op = "upsert" if state.is_update else "delete"
    if ids:
        _record(state.session, [_entry(table.name, i, op, None) for i in ids])


def enqueue_everything(db: Database) -> int:
    """Queue every synced row for upload (a workstation that starts the team database, or
    joins it with data of its own); parents first. Returns how many rows were queued."""
    from agentdesk.sync.tables import SYNCED_TABLES, table

    queued = 0
    with db.engine.begin() as conn:
        for name in SYNCED_TABLES:
            pk = key_column(table(name))
            ids = list(conn.execute(select(pk)).scalars())
            for start in range(0, len(ids), 1000):
                chunk = ids[start : start + 1000]
                conn.execute(insert(OUTBOX), [_entry(name, i, "upsert", None) for i in chunk])
            queued += len(ids)
    return queued
