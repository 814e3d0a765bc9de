"""The review queue window: filters, the queue, and the interaction opened beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from agentdesk.errors import KnownError
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.identity import Identity
from agentdesk.services.review import InteractionReview, QueueFilter, QueueItem, ReviewService
from agentdesk.services.surveys import SurveyService
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.review.detail import InteractionPanel, table
from agentdesk.ui.review.filters import QueueFilterBar
from agentdesk.ui.review.models import ReviewQueueTableModel
from agentdesk.ui.review.table import sorting_proxy
from agentdesk.ui.review.words import ReviewWords
from agentdesk.ui.tasks import TaskRunner


class ReviewQueueWindow(QWidget):
    """Team leaders only (the services refuse anyone else). Enter opens the chosen row."""

    queue_loaded = Signal(int)
    interaction_opened = Signal(object)

    def __init__(
        self,
        review: ReviewService,
        feedback: FeedbackService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
        *,
        surveys: SurveyService | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reviewQueueWindow")
        self.setWindowTitle(self.tr("Review queue — agentdesk"))
        self._review, self._tasks, self.who = review, tasks, who
        self._words = ReviewWords(self)
        self.filters = QueueFilterBar(self._words)
        self.filters.filter_changed.connect(self.load)
        self.model = ReviewQueueTableModel(self._words, self)
        self.proxy = sorting_proxy(self.model, self)
        # The causes of upset take what room is left (shortened, in full in the tooltip); the
        # representative's name is never squeezed to "R…".
        self.view = table(self.proxy, self.model.UPSET_COLUMN)
        self.view.setObjectName("reviewQueue")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.activated.connect(self._on_row_activated)
        self.summary = QLabel(objectName="queueSummary")
        self.error = ErrorLabel()
        self.panel = InteractionPanel(review, feedback, tasks, who, self._words, surveys=surveys)
        self.panel.feedback_sent.connect(lambda _fid: self._after_change())
        self.panel.marked_reviewed.connect(lambda _iid: self._after_change())
        self.panel.calibrated.connect(lambda _iid: self._after_change())

        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view, 1)
        box.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setSizes([780, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filters.agent.setFocus)
        open_fitted(self, QSize(1280, 760))

    def start(self) -> None:
        """Load the filter choices, then the queue."""
        self._tasks.run_query(
            lambda who=self.who: self._review.options(who), self._on_options, self._on_failed
        )

    def _on_options(self, options) -> None:
        self.filters.set_options(options)
        self.load(self.filters.current())

    def load(self, wanted: QueueFilter) -> None:
        self._tasks.run_query(
            lambda who=self.who: self._review.queue(who, wanted), self._on_queue, self._on_failed
        )

    def _on_queue(self, items: list[QueueItem]) -> None:
        self.error.clear_error()
        self.model.set_rows(items)
        overdue = sum(1 for i in items if i.overdue)
        text = self.tr("Interactions: %1").replace("%1", str(len(items)))
        if overdue:
            late = self.tr("overdue (not reviewed within three days): %1")
            text += " · " + late.replace("%1", str(overdue))
        self.summary.setText(text)
        if items and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.queue_loaded.emit(len(items))

    def _on_row_activated(self, index: QModelIndex) -> None:
        item = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open(item.interaction_id)

    def open(self, interaction_id: str) -> None:
        self._tasks.run_query(
            lambda who=self.who: self._review.open_interaction(who, interaction_id),
            self._on_opened,
            self._on_failed,
        )

    def _on_opened(self, review: InteractionReview) -> None:
        self.panel.show_review(review)
        rows = self.model.rows()
        row = next(
            (n for n, i in enumerate(rows) if i.interaction_id == review.item.interaction_id), None
        )
        if row is not None:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self.interaction_opened.emit(review)

    def _after_change(self) -> None:
        current = self.panel.current
        self.load(self.filters.current())
        if current is not None:
            self.open(current.item.interaction_id)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))
