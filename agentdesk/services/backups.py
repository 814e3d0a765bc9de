"""Backups on a schedule: due after an interval, written and verified, rotated, offered back.

The app calls ``backup_if_due(now)`` from a timer on the database worker; the time of the
last backup is kept in app_meta. A wall clock that jumps back makes a backup due at once,
so a clock fixed after running fast never leaves a long gap without backups.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agentdesk.errors import KnownError
from agentdesk.models.audit import AppMeta
from agentdesk.paths import DataPaths
from agentdesk.storage.backup import (
    BackupFile,
    backup_name,
    backup_sqlite,
    list_backups,
    rotate_backups,
    unique_path,
)
from agentdesk.storage.restore import newest_good_backup
from agentdesk.storage.session import Database

LAST_BACKUP_KEY = "last_backup_at"
DEFAULT_INTERVAL = timedelta(hours=4)
# A stored time this far in the future means the clock went back: back up now.
CLOCK_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class BackupDone:
    path: Path
    taken_at: datetime
    size: int
    removed: tuple[Path, ...]  # older backups rotated out


class BackupService:
    """Backups of the main database (ciphertext only: the key files are never copied)."""

    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        *,
        keep: int = 7,
        interval: timedelta = DEFAULT_INTERVAL,
    ) -> None:
        if keep < 1:
            raise ValueError("keep at least one backup")
        if interval <= timedelta(0):
            raise ValueError("the backup interval must be positive")
        self._paths = paths
        self._db = db
        self.keep = keep
        self.interval = interval

    def backup_now(self, reason: str = "manual", now: datetime | None = None) -> BackupDone:
        """Write a verified backup into the backups folder, rotate, remember the time."""
        if not self._db.is_sqlite:
            raise KnownError(
                "A server database is backed up by its server, not by agentdesk.",
                code="backup.server_database",
            )
        now = (now or datetime.now(UTC)).astimezone(UTC)
        target = unique_path(self._paths.backups, backup_name(reason, now))
        backup_sqlite(self._paths.database, target)
        removed = rotate_backups(self._paths.backups, self.keep)
        with self._db.write() as s:
            s.merge(AppMeta(key=LAST_BACKUP_KEY, value=now.isoformat()))
        return BackupDone(target, now, target.stat().st_size, tuple(removed))

    def is_due(self, now: datetime) -> bool:
        last = self.last_backup_at()
        if last is None:
            return True
        if now < last - CLOCK_SLACK:
            return True
        return now - last >= self.interval

    def backup_if_due(self, now: datetime) -> BackupDone | None:
        """The scheduled backup: written when the interval has passed, else None."""
        if not self._db.is_sqlite or not self.is_due(now):
            return None
        return self.backup_now("scheduled", now)

    def last_backup_at(self) -> datetime | None:
        with self._db.read() as s:
            row = s.get(AppMeta, LAST_BACKUP_KEY)
            value = row.value if row else None
        if value is None:
            return None
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return None  # unreadable: treated as never, so a backup is made
        return when if when.tzinfo else when.replace(tzinfo=UTC)

    def backups(self) -> list[BackupFile]:
        """Backups on disk, newest first (by the time in their names; nothing opened)."""
        return list_backups(self._paths.backups)

    def newest_good_backup(self) -> Path | None:
        return newest_good_backup(self._paths)
