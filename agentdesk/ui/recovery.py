"""Recovery at start and while running: offer drafts back, scheduled backups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from agentdesk.services.backups import BackupService
from agentdesk.services.drafts import DraftService
from agentdesk.services.identity import Identity
from agentdesk.services.recovery import open_or_restore
from agentdesk.ui.call.drafts_notice import DraftsNotice
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 15 * 60 * 1000


def check_drafts(
    notice: DraftsNotice,
    drafts: DraftService,
    who: Identity,
    open_note: Callable[[str], None],
    tasks: TaskRunner,
    open_message: Callable[[], None] | None = None,
) -> None:
    """Look for work a crash left unsaved (on the database worker), then offer it in the
    window's notice (not a modal box: the keys stay with the window)."""
    tasks.run_query(
        lambda: drafts.pending_drafts(who),
        lambda pending: notice.offer(pending, open_note, open_message),
        lambda exc: log.warning("drafts not checked: %s", exc.__class__.__name__),
    )


class BackupScheduler(QObject):
    """Asks the backup service every quarter hour whether a backup is due (on the db worker)."""

    def __init__(self, backups: BackupService, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._backups = backups
        self._tasks = tasks
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        self._tasks.run_bulk(
            lambda: self._backups.backup_if_due(datetime.now(UTC)),
            lambda done: done and log.info("scheduled backup written"),
            lambda exc: log.warning("scheduled backup failed: %s", exc.__class__.__name__),
        )


def build_or_recover(paths, build):
    """Open the data folder; on a damaged database ask whether to restore the newest good
    backup (the service restores; the damaged file is kept aside)."""
    return open_or_restore(paths, build, _ask_restore)


def _ask_restore(exc: Exception, backup: Path) -> bool:
    title = QMessageBox.tr("agentdesk: damaged database")
    text = (
        QMessageBox.tr(
            "%1\n\nRestore the newest good backup, %2? The damaged file is kept in the backups "
            "folder; anything saved after that backup is not in it."
        )
        .replace("%1", error_text(exc))
        .replace("%2", backup.name)
    )
    return QMessageBox.question(None, title, text) == QMessageBox.StandardButton.Yes
