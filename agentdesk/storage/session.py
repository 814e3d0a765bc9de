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


# What each storage failure says in English (error_texts/storage.py words the same codes).
STORAGE_TEXTS = {
    "storage.busy": "The database is busy in another window or program; try again in a moment.",
    "storage.disk_full": "The disk is full: nothing was saved. Free some space and save again.",
    "storage.read_only": "The data folder is read-only: nothing was saved.",
    "storage.damaged": "The database file is damaged; it was not changed. Restore a backup.",
    "storage.cannot_open": "The database file cannot be opened (missing folder or no permission).",
    "storage.conflict": "The change conflicts with data already stored.",
    "storage.failed": "The database reported an error; nothing was saved.",
    "storage.folder_unusable": "The data folder could not be used ({reason}).",
    "storage.key_stores_damaged": (
        "Both key stores (keys.sqlite3 and keys-mirror.sqlite3) are damaged or missing, "
        "so customer data cannot be opened. Nothing was changed; restore them from a "
        "copy of this data folder."
    ),
}


def storage_error(code: str, **params: object) -> StorageError:
    """The StorageError for ``code``, its English sentence filled from ``params``."""
    return StorageError(STORAGE_TEXTS[code].format(**params), code=code, **params)


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
        raise storage_error(db_error_code(exc.orig)) from exc
    except OSError as exc:
        raise os_storage_error(exc) from exc


def db_error_code(orig: BaseException | None) -> str:
    """Which storage failure a driver error is (a code of STORAGE_TEXTS)."""
    text = str(orig).lower() if orig is not None else ""
    if "locked" in text or "busy" in text:
        return "storage.busy"
    if "disk is full" in text or "database or disk is full" in text:
        return "storage.disk_full"
    if "readonly" in text or "read-only" in text:
        return "storage.read_only"
    if "malformed" in text or "not a database" in text:
        return "storage.damaged"
    if "unable to open" in text:
        return "storage.cannot_open"
    if isinstance(orig, sqlite3.IntegrityError):
        return "storage.conflict"
    return "storage.failed"


def os_storage_error(exc: OSError) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return storage_error("storage.disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return storage_error("storage.read_only")
    return storage_error("storage.folder_unusable", reason=exc.strerror or exc.__class__.__name__)
