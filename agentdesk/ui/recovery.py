"""Recovery at start and while running: offer drafts back, scheduled backups."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from agentdesk.services.backups import BackupService
from agentdesk.services.drafts import DraftService, PendingDraft
from agentdesk.services.identity import Identity
from agentdesk.services.recovery import open_or_restore
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 15 * 60 * 1000


def check_drafts(
    parent: QWidget, drafts: DraftService, who: Identity, open_note, tasks: TaskRunner
) -> None:
    """Look for work a crash left unsaved (on the database worker), then offer it."""
    tasks.run_query(
        lambda: drafts.pending_drafts(who),
        lambda pending: offer_drafts(parent, pending, open_note),
        lambda exc: log.warning("drafts not checked: %s", exc.__class__.__name__),
    )


def offer_drafts(parent: QWidget, everything: list[PendingDraft], open_note) -> QMessageBox | None:
    """After a crash: say what unsaved work exists and open it again on request."""
    notes = [d for d in everything if d.kind == "note"]
    messages = [d for d in everything if d.kind == "message"]
    if not notes and not messages:
        return None
    box = QMessageBox(parent)
    box.setObjectName("draftsOffer")
    box.setWindowTitle(parent.tr("Unsaved work"))
    lines = []
    if notes:
        lines.append(
            parent.tr("Kept %n unsaved note(s) from your last session.", "", len(notes))
        )
    if messages:
        lines.append(parent.tr("A half-typed message was kept: Ctrl+Shift+M opens it."))
    box.setText("\n".join(lines))
    box.setInformativeText(parent.tr("They stay kept until you save or clear them."))
    if notes:
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Close)

    def on_done(result: int) -> None:
        if result == QMessageBox.StandardButton.Open:
            restore_first(notes, open_note)

    box.finished.connect(on_done)
    box.open()
    return box


def restore_first(pending: list[PendingDraft], open_note) -> None:
    """Open the newest draft's customer; the notes panel puts the text back."""
    if pending and pending[0].customer_id:
        open_note(pending[0].customer_id)


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
