"""A representative's coaching feedback: read it, see how long after the call it came, and
acknowledge it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.services.feedback import FeedbackItem, FeedbackService
from agentdesk.services.identity import Identity
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.locale_text import datetime_text
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.review.detail import table
from agentdesk.ui.review.models import FeedbackTableModel
from agentdesk.ui.review.table import sorting_proxy
from agentdesk.ui.review.words import ReviewWords, percent_text
from agentdesk.ui.tasks import TaskRunner


class MyFeedbackWindow(QWidget):
    """Emits ``loaded(count)`` and ``acknowledged(feedback id)``."""

    loaded = Signal(int)
    acknowledged = Signal(str)

    def __init__(
        self,
        feedback: FeedbackService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("myFeedbackWindow")
        self.setWindowTitle(self.tr("My feedback — agentdesk"))
        self._feedback, self._tasks, self.who = feedback, tasks, who
        self._words = ReviewWords(self)
        self.model = FeedbackTableModel(self._words, self)
        self.proxy = sorting_proxy(self.model, self)
        self.view = table(self.proxy, 2)
        self.view.setObjectName("feedbackList")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().currentRowChanged.connect(self._on_chosen)
        self.summary = QLabel(objectName="feedbackSummary")
        self.details = QLabel(objectName="feedbackDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="feedbackText", readOnly=True)
        self.ack_button = QPushButton(self.tr("&Acknowledge"), objectName="acknowledge")
        self.ack_button.setToolTip(self.tr("I have read this feedback (Alt+A)"))
        self.ack_button.clicked.connect(self._on_acknowledge)
        self.error = ErrorLabel()

        reading = QWidget()
        box = QVBoxLayout(reading)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.details)
        box.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.ack_button)
        box.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(reading)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._show(None)
        open_fitted(self, QSize(820, 560))

    def start(self) -> None:
        self._tasks.run_query(
            lambda who=self.who: self._feedback.my_feedback(who), self._on_loaded, self._on_failed
        )

    def _on_loaded(self, items: list[FeedbackItem]) -> None:
        chosen = self.current_item()
        self.model.set_rows(items)
        new = sum(1 for f in items if f.acknowledged_at is None)
        self.summary.setText(
            self.tr("New: %1 · all: %2").replace("%1", str(new)).replace("%2", str(len(items)))
            if items
            else self.tr("No feedback yet. Your team leader's feedback on your calls shows here.")
        )
        keep = next((n for n, f in enumerate(items) if chosen and f.id == chosen.id), 0)
        if items:
            source = self.model.index(keep, 0)
            self.view.setCurrentIndex(self.proxy.mapFromSource(source))
            self.view.setFocus()
        self.loaded.emit(len(items))

    def current_item(self) -> FeedbackItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _on_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_item() if current.isValid() else None)

    def _show(self, item: FeedbackItem | None) -> None:
        self.ack_button.setEnabled(item is not None and item.acknowledged_at is None)
        if item is None:
            self.details.clear()
            self.text.clear()
            return
        w = self._words
        details = self.tr("From %1 on your call of %2 (%3, adherence %4), %5 after the call.")
        for key, value in (
            ("%1", item.author),
            ("%2", datetime_text(item.call_at)),
            ("%3", w.outcome(item.call_outcome)),
            ("%4", percent_text(item.score)),
            ("%5", w.age(item.given_after)),
        ):
            details = details.replace(key, value)
        self.details.setText(details)
        self.text.setPlainText(item.text)

    def _on_acknowledge(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.ack_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda who=self.who: self._feedback.acknowledge(who, item.id),
            lambda _changes: self._on_acknowledged(item.id),
            self._on_failed,
        )

    def _on_acknowledged(self, feedback_id: str) -> None:
        self.acknowledged.emit(feedback_id)
        self.start()

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))
