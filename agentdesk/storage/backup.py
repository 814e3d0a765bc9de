"""Backups with SQLite's online backup API, verified after writing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from agentdesk.errors import KnownError


class BackupError(KnownError):
    pass


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database consistently (WAL included) and check the copy's integrity."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            ok = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be written ({exc.__class__.__name__}).") from None
    finally:
        src.close()
    if ok != ("ok",):
        tmp.unlink(missing_ok=True)
        raise BackupError("The backup failed its integrity check and was discarded.")
    tmp.replace(target)
    return target


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)[:40]
    return f"agentdesk-{stamp}-{safe}.sqlite3"
