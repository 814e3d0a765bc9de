"""Backups with SQLite's online backup API: written, synced, verified, named and rotated.

Only the main database is copied. The wrapped data keys (keys.sqlite3 and its mirror) are
never copied, so erasing a customer (destroying their keys) also makes every backup of their
rows unreadable; a restore therefore uses the live key files (see docs/durability.md).

Backups carry no blind indexes (phone, e-mail, surname, import markers): those are keyed by
the master key, which outlives an erasure, so an index left in a backup would let someone
with the master key confirm a guessed phone number or name of an erased customer. The copy is
scrubbed, secure-deleted and vacuumed before it is checked; a restore rebuilds the indexes
from the decrypted values at the next unlock (services/upkeep.py).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from agentdesk.errors import KnownError

PREFIX = "agentdesk-"
SUFFIX = ".sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
FINGERPRINT_KEY = "master_key_fingerprint"  # the app_meta row services/keys.py writes
ENCRYPTED_TABLES = ("customer", "interaction", "message", "draft", "feedback")
INDEXES_ABSENT_KEY = "blind_indexes_absent"  # app_meta row in a backup: rebuild after restore
# Columns holding keyed hashes of personal data: never in a backup.
BLIND_INDEX_COLUMNS = {"customer": ("phone_bidx", "email_bidx", "surname_bidx", "import_bidx")}
_NAME = re.compile(r"^agentdesk-(\d{8}T\d{12}Z)-([A-Za-z0-9_-]*)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupError(KnownError):
    """A backup could not be written, or a file cannot be restored; ``code`` says which."""


# What each backup failure says in English (error_texts/storage.py words the same codes).
BACKUP_TEXTS = {
    "backup.db_unreadable": "The database could not be read ({reason}).",
    "backup.unwritable": "The backup could not be written ({reason}).",
    "backup.integrity": "The backup failed its integrity check and was discarded.",
    "backup.check_after_write": "The backup failed its check after writing and was discarded.",
    "backup.file_unreadable": "The backup file cannot be read ({reason}).",
    "backup.not_sqlite": "The file is not an agentdesk backup (not a SQLite database).",
    "backup.truncated": "The backup file is incomplete (truncated); it cannot be restored.",
    "backup.cannot_open": "The backup file cannot be opened.",
    "backup.damaged": "The backup file is damaged; it cannot be restored.",
    "backup.file_integrity": "The backup file failed its integrity check; it cannot be restored.",
}


def backup_error(code: str, **params: object) -> BackupError:
    return BackupError(BACKUP_TEXTS[code].format(**params), code=code, **params)


@dataclass(frozen=True)
class BackupReport:
    """What a read-only look at a backup file found (it was healthy, or BackupError)."""

    path: Path
    size: int
    revision: str | None
    fingerprint: str | None  # master-key fingerprint the backup's data was written under
    encrypted_rows: int = 0  # rows sealed under some master key (customers, calls, …)


@dataclass(frozen=True)
class BackupFile:
    """A backup in the backups folder, known by its name (nothing opened)."""

    path: Path
    taken_at: datetime
    reason: str


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database consistently (WAL included), sync it, verify the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise backup_error("backup.db_unreadable", reason=exc.__class__.__name__) from None
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            _scrub_blind_indexes(dst)
            # A backup is one self-contained file: no -wal beside it to lose or mismatch.
            dst.execute("PRAGMA journal_mode = DELETE")
            ok = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise backup_error("backup.unwritable", reason=exc.__class__.__name__) from None
    finally:
        src.close()
    if ok != ("ok",):
        tmp.unlink(missing_ok=True)
        raise backup_error("backup.integrity")
    try:
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise backup_error("backup.unwritable", reason=exc.strerror) from None
    try:
        inspect_backup(target)  # read back from disk: what we wrote is what we can restore
    except BackupError:
        target.unlink(missing_ok=True)
        raise backup_error("backup.check_after_write") from None
    return target


def _scrub_blind_indexes(conn: sqlite3.Connection) -> None:
    """Remove every blind index from the copy, leaving no trace in the file (see above)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    # The journal stays in memory: old pages must not be written to a file beside the copy.
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    with conn:
        for table, columns in BLIND_INDEX_COLUMNS.items():
            if table in tables:
                sets = ", ".join(f"{c} = NULL" for c in columns)
                conn.execute(f"UPDATE {table} SET {sets}")  # fixed names, never input
        if "app_meta" in tables:
            conn.execute(
                "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, '1')",
                (INDEXES_ABSENT_KEY,),
            )
    conn.execute("VACUUM")  # rewrites the file: no freed page keeps an old index entry


def inspect_backup(path: Path) -> BackupReport:
    """Check a backup read-only: header, length, full integrity check, revision, key."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise backup_error("backup.file_unreadable", reason=exc.strerror) from None
    if len(header) < 100 or header[:16] != SQLITE_HEADER:
        raise backup_error("backup.not_sqlite")
    if _looks_truncated(header, size):
        raise backup_error("backup.truncated")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise backup_error("backup.cannot_open") from None
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = fingerprint = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if "app_meta" in tables:
            row = conn.execute(
                "SELECT value FROM app_meta WHERE key = ?", (FINGERPRINT_KEY,)
            ).fetchone()
            fingerprint = row[0] if row else None
        encrypted = sum(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # fixed names
            for t in ENCRYPTED_TABLES
            if t in tables
        )
    except sqlite3.DatabaseError:
        raise backup_error("backup.damaged") from None
    finally:
        conn.close()
    if rows != [("ok",)]:
        raise backup_error("backup.file_integrity")
    return BackupReport(path, size, revision, fingerprint, encrypted)


def _looks_truncated(header: bytes, size: int) -> bool:
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        return True
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is only trusted when written by the same change (SQLite's rule).
    trusted = header[92:96] == header[24:28]
    return trusted and pages > 0 and size < pages * page_size


def backup_name(reason: str, now: datetime | None = None) -> str:
    when = (now or datetime.now(UTC)).astimezone(UTC)
    stamp = f"{when.year:04d}" + when.strftime(_STAMP.removeprefix("%Y"))  # %Y is not padded
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in reason)
    return f"{PREFIX}{stamp}-{safe[:40]}{SUFFIX}"


def unique_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``…-2``, ``…-3`` when that name is taken (two backups at once)."""
    path = folder / name
    stem = name.removesuffix(SUFFIX)
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return path


def parse_backup_name(name: str) -> BackupFile | None:
    match = _NAME.match(name)
    if match is None:
        return None
    taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return BackupFile(Path(name), taken, match.group(2))


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first by the time in their name (nothing opened)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is not None and entry.is_file():
            found.append(BackupFile(entry, parsed.taken_at, parsed.reason))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def backup_group(reason: str) -> str:
    """Safety copies (before an upgrade or a restore) rotate apart from the regular ones."""
    return "safety" if reason.startswith("before-") else "regular"


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` backups of each group; returns the files removed."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    seen: dict[str, int] = {}
    removed = []
    for backup in list_backups(folder):
        group = backup_group(backup.reason)
        seen[group] = seen.get(group, 0) + 1
        if seen[group] > keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
