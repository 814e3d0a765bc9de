"""Reminds the representative when a follow-up falls due, and keeps the counts current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from agentdesk.changes import Changes
from agentdesk.flows.engine import utc_now as utcnow  # the core's clock, not the ORM's
from agentdesk.services.followups import FollowUpService, TaskCounts
from agentdesk.services.identity import Identity
from agentdesk.ui.tasks import TaskRunner

CHECK_MS = 30_000  # a follow-up is due to the minute; half a minute late is fine


class FollowUpReminder(QObject):
    """Emits ``counts_changed(TaskCounts)`` and ``fell_due(list of TaskItem)``."""

    counts_changed = Signal(object)
    fell_due = Signal(list)

    def __init__(
        self,
        service: FollowUpService,
        tasks: TaskRunner,
        who: Identity,
        clock: Callable[[], dt.datetime] = utcnow,
        interval_ms: int = CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._tasks, self.who, self._clock = service, tasks, who, clock
        self._since = clock()
        self.counts = TaskCounts()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        # A follow-up saved anywhere (the list, a wrap-up, a pull from the team database):
        # the counts follow at once rather than at the next half-minute check.
        tasks.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes & Changes.TASKS and self._timer.isActive():
            self.check()

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def set_identity(self, who: Identity) -> None:
        self.who, self._since = who, self._clock()
        self.check()

    def check(self) -> None:
        """Ask for the counts and for what fell due since the last check (off the GUI)."""
        who, since, now = self.who, self._since, self._clock()
        self._since = now
        self._tasks.run_query(
            lambda: (self._service.counts(who), self._service.fallen_due(who, since)),
            self._on_checked,
            lambda _exc: None,  # a locked or closing database: the next check tries again
        )

    def _on_checked(self, result) -> None:
        counts, due = result
        if counts != self.counts:
            self.counts = counts
        self.counts_changed.emit(counts)
        if due:
            self.fell_due.emit(due)
