"""Adherence scoring after calls: driven by the application-wide ``changed`` signal."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agentdesk.changes import Changes

if TYPE_CHECKING:
    from agentdesk.services.identity import Identity
    from agentdesk.services.review import ReviewService
    from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class AdherenceScorer(QObject):
    """Scores the signed-in representative's finished calls on the bulk lane whenever a
    mutation says calls moved (Changes.INTERACTIONS: a call ended or its wrap-up was saved),
    so the dashboard's trend never has to decrypt event logs. One run at a time; a change
    during a run asks for one more run after it."""

    def __init__(
        self, tasks: TaskRunner, review: ReviewService, who: Identity, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._review = review
        self._who = who
        self._running = False
        self._again = False
        tasks.changed.connect(self._on_tasks_changed)

    def set_identity(self, who: Identity) -> None:
        self._who = who

    def score(self) -> None:
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        who, review = self._who, self._review  # read now: a re-login meanwhile is not mixed in
        self._tasks.run_bulk(lambda: review.score_unscored(who), self._on_done, self._on_failed)

    def _on_tasks_changed(self, changes: Changes) -> None:
        if changes & Changes.INTERACTIONS:
            self.score()

    def _on_done(self, _result: object) -> None:
        self._running = False
        if self._again:
            self.score()

    def _on_failed(self, exc: BaseException) -> None:
        self._running = False
        log.warning("adherence not scored: %s", exc.__class__.__name__)
