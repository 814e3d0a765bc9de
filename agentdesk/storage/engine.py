"""The database engine: SQLite pragmas for durability and concurrency, PostgreSQL unchanged.

This is the only module that knows SQLite-specific pragmas.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 5000

# How a transaction begins on SQLite: writers take the write lock up front so a second
# process waits (busy timeout) instead of failing mid-transaction with "database is locked".
BEGIN_OPTION = "agentdesk_sqlite_begin"
# Durability of a write transaction: FULL (fsync at commit) unless a caller asks for NORMAL.
SYNC_OPTION = "agentdesk_sqlite_sync"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine; for SQLite: WAL, synchronous=FULL, foreign keys, busy timeout."""
    if not is_sqlite(url):
        return create_engine(url, **kwargs)
    # Pooled: opening a connection costs its pragmas and, on the last close, a checkpoint;
    # reusing a few keeps a save at a few milliseconds. check_same_thread=False below lets the
    # database worker and the GUI thread share the pool (never one connection at once).
    kwargs.setdefault("pool_size", 4)
    kwargs.setdefault("pool_pre_ping", False)
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        **kwargs,
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Driver-level autocommit: SQLAlchemy's "begin" event below emits BEGIN itself
    # (the documented pysqlite recipe), so pysqlite never opens transactions on its own.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss,
        # and a representative who saw "saved" must find the note after a power cut.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Temporary tables and sort spills stay in memory, never as clear files on disk.
        cursor.execute("PRAGMA temp_store = MEMORY")
        # Deleted content is overwritten, so erased personal data does not linger in pages.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    # Set per transaction (it cannot change inside one), so a relaxed write never leaves a
    # pooled connection relaxed for the next, durable one.
    sync = "NORMAL" if options.get(SYNC_OPTION) == "NORMAL" else "FULL"
    conn.exec_driver_sql(f"PRAGMA synchronous = {sync}")
    mode = options.get(BEGIN_OPTION, "IMMEDIATE")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN DEFERRED")


def relaxed(engine: Engine) -> Engine:
    """Writes that may be lost in a power cut (not a crash): lookup audit entries only."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{SYNC_OPTION: "NORMAL"})


def reader(engine: Engine) -> Engine:
    """An engine view whose transactions begin DEFERRED: reads never wait for the write lock."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})


def set_sqlite_foreign_keys(conn: Any, enabled: bool) -> None:
    """Switch FK enforcement outside any transaction (SQLite ignores the pragma inside one)."""
    if conn.dialect.name != "sqlite":
        return
    if conn.in_transaction():
        raise RuntimeError("foreign_keys can only change outside a transaction")
    raw = conn.connection.driver_connection
    raw.execute(f"PRAGMA foreign_keys = {'ON' if enabled else 'OFF'}")


# The page cache of a connection while it applies a large write (thousands of rows pulled
# from the team database): room for every index page the write touches, so SQLite neither
# spills dirty pages mid-transaction nor reads them back. Memory only; durability unchanged.
LARGE_CACHE_KIB = 65536


@contextmanager
def large_cache(conn: Any) -> Iterator[None]:
    """A larger page cache on ``conn`` (outside a transaction) for the block, then the
    previous size again (the memory is released)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    before = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = -{LARGE_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(before)}")


def checkpoint(engine: Engine) -> None:
    """Move everything from the WAL into the main file and truncate the WAL (SQLite only)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
