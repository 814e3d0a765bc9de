"""The status bar's word on the team database: up to date, offline with changes waiting, or
a sync problem. Nothing here blocks: the label only shows what the sync runner reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.sync.status import SyncState, SyncStatus


class TeamStatusLabel(QLabel):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        local_time: Callable[[datetime], datetime] = lambda t: t.astimezone(),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamStatusLabel")
        self._local_time = local_time
        self.show_status(SyncStatus(SyncState.SYNCING))

    def show_status(self, status: SyncStatus) -> None:
        self.setText(self.describe(status))
        self.setToolTip(
            self.tr(
                "Changes made here wait in this workstation's database and are sent "
                "when the team database can be reached; nothing is lost while offline."
            )
        )

    def describe(self, status: SyncStatus) -> str:
        if status.state is SyncState.UP_TO_DATE:
            if status.pending and status.waiting_for:
                # Left by a colleague at this desk while offline: hers to send, at her login.
                return self.tr(
                    "Team database: up to date — %n change(s) waiting for %1 to log in here",
                    "",
                    status.pending,
                ).replace("%1", ", ".join(status.waiting_for))
            if status.pending:
                return self.tr("Team database: sending %n change(s)", "", status.pending)
            return self.tr("Team database: up to date")
        if status.state is SyncState.OFFLINE:
            since = self._local_time(status.since or datetime.now(UTC)).strftime("%H:%M")
            if status.pending:
                return self.tr(
                    "Team database: offline since %1 — %n change(s) waiting", "", status.pending
                ).replace("%1", since)
            return self.tr("Team database: offline since %1").replace("%1", since)
        if status.state is SyncState.PROBLEM:
            if status.problem == "key-changed":
                return self.tr(
                    "Team database: the team key was changed — log in again to keep syncing"
                )
            if status.problem == "refused":
                return self.tr("Team database: sync problem: the server refused %1").replace(
                    "%1", status.detail or ""
                )
            return self.tr("Team database: sync problem: %1").replace(
                "%1", status.detail or status.problem or ""
            )
        return self.tr("Team database: connecting…")
