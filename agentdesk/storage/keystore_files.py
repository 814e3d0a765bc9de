"""The key store's files: their tables, and the two copies (primary and mirror) opened,
healed, written in turn and read from the first that answers.

Kept apart from the main database so that erasure reaches every backup (storage/datakeys.py).
The schema is fixed and tiny, so it is created here rather than by alembic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    LargeBinary,
    MetaData,
    String,
    Table,
    delete,
    insert,
)
from sqlalchemy.exc import DBAPIError

from agentdesk.storage.engine import make_engine
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

T = TypeVar("T")


class KeyStoreCopies:
    """The primary and mirror copies of the key store, each a small SQLite file."""

    def __init__(self, primary: Path, mirror: Path) -> None:
        # A missing or damaged copy is rebuilt from the intact one first (#15 item 10).
        self.repairs = heal_key_stores(primary, mirror)
        self.engines = [make_engine(f"sqlite:///{p}") for p in (primary, mirror)]
        for engine in self.engines:
            with translated():
                _meta.create_all(engine)

    @contextmanager
    def each(self) -> Iterator[list[Engine]]:
        """Both copies, to write in turn (primary first); storage errors made known."""
        with translated():
            yield self.engines

    def first(
        self, read: Callable[[Connection], T | None], found: Callable[[T], bool] | None = None
    ) -> T | None:
        """What ``read`` finds in the primary, else in the mirror (a damaged copy is passed
        over); ``found`` says what counts as found (default: not None)."""
        with translated():
            for engine in self.engines:
                try:
                    with engine.connect() as conn:
                        value = read(conn)
                except DBAPIError:
                    continue  # damaged primary: the mirror answers
                if value is not None and (found is None or found(value)):
                    return value
        return None

    @contextmanager
    def primary(self) -> Iterator[Connection]:
        with translated(), self.engines[0].connect() as conn:
            yield conn

    def dispose(self) -> None:
        for engine in self.engines:
            engine.dispose()


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(store_meta).where(store_meta.c.key == key))
    conn.execute(insert(store_meta).values(key=key, value=value))


@contextmanager
def translated() -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        raise storage_error(db_error_code(exc.orig)) from exc
