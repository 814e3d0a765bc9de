"""Restore a backup over the data folder's database: checked first, current copy kept, atomic.

A restore never touches the key files: the restored rows are opened with the live data keys,
so a customer erased after the backup was taken stays unreadable (their keys are gone).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from agentdesk.errors import KnownError
from agentdesk.paths import DataPaths
from agentdesk.storage.backup import (
    FINGERPRINT_KEY,
    BackupError,
    BackupReport,
    backup_name,
    backup_sqlite,
    fsync_dir,
    fsync_file,
    inspect_backup,
    list_backups,
    unique_path,
)
from agentdesk.storage.migrate import known_revisions


class RestoreError(KnownError):
    """The backup was not restored; the current database is as it was."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    revision: str | None
    safety_copy: Path | None  # the database as it was just before the restore
    erased_since: tuple[str, ...]  # customers in the backup whose keys are destroyed


def current_fingerprint(paths: DataPaths) -> str | None:
    """The master-key fingerprint of this data folder: key store first, then the database."""
    for store in paths.data_keys:
        found = _read_value(store, "SELECT value FROM store_meta WHERE key = 'fingerprint'")
        if found:
            return found
    return _read_value(
        paths.database, "SELECT value FROM app_meta WHERE key = ?", (FINGERPRINT_KEY,)
    )


def check_restorable(report: BackupReport, fingerprint: str | None) -> None:
    """Raise RestoreError unless this backup can be opened by this data folder's keys."""
    if report.revision is None:
        raise RestoreError(
            "The file is not an agentdesk backup (it has no schema version).",
            code="restore.no_schema",
        )
    if report.revision not in known_revisions():
        raise RestoreError(
            f"The backup was made by a newer version of agentdesk (schema {report.revision}); "
            "install that version or newer to restore it.",
            code="restore.too_new",
            revision=report.revision,
        )
    if report.fingerprint is None and report.encrypted_rows:
        # Every database holding encrypted data records its key; one without is not ours, or
        # had the record removed to slip past this check (#15 item 14).
        raise RestoreError(
            "The backup does not say which master key its data was written under; "
            "it cannot be restored.",
            code="restore.no_key_record",
        )
    if report.fingerprint is not None and report.fingerprint != fingerprint:
        raise RestoreError(
            "The backup was made under a different master key than this data folder's "
            "(another data folder, or before a key rotation); its data could not be opened here.",
            code="restore.other_key",
        )


def newest_good_backup(paths: DataPaths) -> Path | None:
    """The newest backup that passes every check, read-only; None when there is none."""
    fingerprint = current_fingerprint(paths)
    for candidate in list_backups(paths.backups):
        try:
            check_restorable(inspect_backup(candidate.path), fingerprint)
        except KnownError:
            continue
        return candidate.path
    return None


def restore_database(
    paths: DataPaths, source: Path, *, now: datetime | None = None
) -> RestoreResult:
    """Replace the database with ``source``; nothing may have the database open.

    Order: check the backup, copy the current database aside, copy the backup beside the
    database and sync it, fold the current WAL in (which also proves no one has it open),
    then rename over it. A crash at any point leaves either the old or the new database.
    """
    source = Path(source)
    target = paths.database
    if target.exists() and source.exists() and os.path.samefile(source, target):
        raise RestoreError(
            "That file is the database itself; choose a backup.", code="restore.same_file"
        )
    report = inspect_backup(source)
    check_restorable(report, current_fingerprint(paths))
    paths.backups.mkdir(parents=True, exist_ok=True)
    when = now or datetime.now(UTC)
    safety = _keep_current(paths, when) if target.exists() else None
    tmp = target.with_name(f".{target.name}.restore-{uuid.uuid4().hex[:8]}")
    try:
        shutil.copyfile(source, tmp)
        fsync_file(tmp)
        inspect_backup(tmp)  # the copy on this disk, not just the source, is sound
        with _quiesced(target):
            os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise RestoreError(
            f"The backup could not be copied ({exc.strerror}).",
            code="restore.copy_failed",
            reason=exc.strerror,
        ) from None
    except BackupError as exc:
        raise RestoreError(
            f"The copy of the backup is not sound: {exc}", code="restore.copy_unsound", problem=exc
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
    _journal_restore(paths, source, when)
    return RestoreResult(source, report.revision, safety, erased_customers(paths))


def journal_audit(paths: DataPaths, action: str, **details: object) -> None:
    """Record an audit entry in the key store for the next unlock to write into the log
    (the log needs the audit key, which only the open vault has)."""
    import json

    row = (
        str(uuid.uuid4()),
        datetime.now(UTC).isoformat(),
        action,
        json.dumps(details, sort_keys=True)[:2000],
    )
    for store in paths.data_keys:
        try:
            conn = sqlite3.connect(store)
        except sqlite3.Error:
            continue
        try:
            with conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS audit_pending (id VARCHAR(36) NOT NULL, "
                    "at VARCHAR(40) NOT NULL, action VARCHAR(40) NOT NULL, "
                    "details VARCHAR(2000) NOT NULL, done VARCHAR(1) NOT NULL, PRIMARY KEY (id))"
                )
                conn.execute("INSERT INTO audit_pending VALUES (?, ?, ?, ?, '0')", row)
        except sqlite3.DatabaseError:
            continue
        finally:
            conn.close()


def _journal_restore(paths: DataPaths, source: Path, when: datetime) -> None:
    """Record the restore in the key store (never backed up, so never rolled back); the next
    unlock writes it into the audit log, where the restored database cannot have it yet."""
    row = (str(uuid.uuid4()), when.isoformat(), source.name[:300])
    for store in paths.data_keys:
        try:
            conn = sqlite3.connect(store)
        except sqlite3.Error:
            continue
        try:
            with conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS restore_log (id VARCHAR(36) NOT NULL, "
                    "at VARCHAR(40) NOT NULL, source VARCHAR(300) NOT NULL, "
                    "audited VARCHAR(1) NOT NULL, PRIMARY KEY (id))"
                )
                conn.execute("INSERT INTO restore_log VALUES (?, ?, ?, '0')", row)
        except sqlite3.DatabaseError:
            continue
        finally:
            conn.close()


def _keep_current(paths: DataPaths, when: datetime) -> Path:
    """A verified copy of the current database; if it is damaged, its raw files instead."""
    name = backup_name("before-restore", when)
    try:
        return backup_sqlite(paths.database, unique_path(paths.backups, name))
    except BackupError:
        pass
    # Damaged: keep the files as they are for whoever investigates (not a restorable backup).
    damaged = paths.backups / f"damaged-{name.removeprefix('agentdesk-')}"
    try:
        shutil.copyfile(paths.database, damaged)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{paths.database}{suffix}")
            if side.exists():
                shutil.copyfile(side, Path(f"{damaged}{suffix}"))
        fsync_file(damaged)
    except OSError as exc:
        raise RestoreError(
            f"The current database could not be copied aside ({exc.strerror}); "
            "nothing was changed.",
            code="restore.aside_failed",
            reason=exc.strerror,
        ) from None
    return damaged


@contextlib.contextmanager
def _quiesced(target: Path):
    """Fold the WAL into the database and hold it exclusively while it is replaced.

    Switching to journal_mode=DELETE only succeeds when no other connection is open, and
    SQLite itself then removes -wal and -shm, so a stale WAL can never be replayed onto
    the restored file. A damaged database that SQLite cannot switch is moved aside as is.
    """
    if not target.exists():
        yield
        return
    try:
        conn = sqlite3.connect(target, timeout=0.5, isolation_level=None)
    except sqlite3.Error:
        conn = None
    try:
        if conn is not None:
            try:
                mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                if mode != "delete":
                    raise sqlite3.OperationalError("database is locked")
                conn.execute("BEGIN EXCLUSIVE")
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise RestoreError(
                        "The database is open in agentdesk or another program; close it and "
                        "try again. Nothing was changed.",
                        code="restore.database_open",
                    ) from None
                _set_aside_side_files(target)
            except sqlite3.DatabaseError:
                _set_aside_side_files(target)
        else:
            _set_aside_side_files(target)
        if conn is not None and os.name == "nt":  # Windows cannot rename over an open file
            conn.close()
            conn = None
        yield
    finally:
        if conn is not None:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            conn.close()


def _set_aside_side_files(target: Path) -> None:
    """Rename -wal/-shm/-journal of a damaged database; already copied by _keep_current."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{target}{suffix}")
        if side.exists():
            os.replace(side, side.with_name(f".{side.name}.old-{stamp}"))


def erased_customers(paths: DataPaths) -> tuple[str, ...]:
    """Customers in the database whose data key no longer exists (erased after a backup)."""
    ids = _read_all(paths.database, "SELECT id FROM customer")
    keys: set[str] = set()
    for store in paths.data_keys:
        keys |= {_norm(v) for v in _read_all(store, "SELECT owner_id FROM data_key")}
    return tuple(sorted(_norm(i) for i in ids if _norm(i) not in keys))


def _norm(value: object) -> str:
    # SQLAlchemy's Uuid on SQLite stores 32 hex digits; the key store keeps str(uuid).
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(value)


def _read_value(path: Path, sql: str, params: tuple = ()) -> str | None:
    rows = _read_all(path, sql, params)
    return str(rows[0]) if rows and rows[0] is not None else None


def _read_all(path: Path, sql: str, params: tuple = ()) -> list:
    """First column of every row, read-only; [] when the file or table is missing/damaged."""
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return [r[0] for r in conn.execute(sql, params).fetchall()]
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()
