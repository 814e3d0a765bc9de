"""Short sessions for services: one per call, committed or rolled back as a whole."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from agentdesk.errors import KnownError
from agentdesk.storage.engine import reader, relaxed


class StorageError(KnownError):
    """The database could not be written or read (full disk, locked, read-only, corrupt)."""


class Database:
    """Owns the engine and hands out sessions; services are its only users."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(reader(engine), expire_on_commit=False)
        self._relaxed = sessionmaker(relaxed(engine), expire_on_commit=False)

    def listen_sessions(self, name: str, fn) -> None:
        """Attach a session event (e.g. the sync outbox) to every session this database makes."""
        for maker in (self._write, self._read, self._relaxed):
            event.listen(maker, name, fn)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE on SQLite), committed on success.

        ``durable=False`` skips the fsync at commit (WAL, synchronous=NORMAL): the write
        survives a crash but maybe not a power cut. Only for records whose loss in that rare
        case harms nobody, such as the audit entry of a lookup.
        """
        maker = self._write if durable else self._relaxed
        with _translated(), maker.begin() as session:
            session.info["durable"] = durable  # read by after-commit hooks (audit anchor)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction; nothing is committed."""
        with _translated(), self._read() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated() -> Iterator[None]:
    """Turn driver failures users can act on into StorageError with a plain sentence."""
    try:
        yield
    except (OperationalError, DBAPIError) as exc:
        raise StorageError(describe_db_error(exc.orig)) from exc
    except OSError as exc:
        raise StorageError(describe_os_error(exc)) from exc


def describe_db_error(orig: BaseException | None) -> str:
    text = str(orig).lower() if orig is not None else ""
    if "locked" in text or "busy" in text:
        return "The database is busy in another window or program; try again in a moment."
    if "disk is full" in text or "database or disk is full" in text:
        return "The disk is full: nothing was saved. Free some space and save again."
    if "readonly" in text or "read-only" in text:
        return "The data folder is read-only: nothing was saved."
    if "malformed" in text or "not a database" in text:
        return "The database file is damaged; it was not changed. Restore a backup."
    if "unable to open" in text:
        return "The database file cannot be opened (missing folder or no permission)."
    if isinstance(orig, sqlite3.IntegrityError):
        return "The change conflicts with data already stored."
    return "The database reported an error; nothing was saved."


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "The disk is full: nothing was saved. Free some space and save again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "The data folder is read-only: nothing was saved."
    return f"The data folder could not be used ({exc.strerror or exc.__class__.__name__})."
