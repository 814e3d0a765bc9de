"""One interaction under review: adherence with its evidence, timeline, fields, notes,
messages, earlier feedback, and the team leader's feedback box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.flows.message import MessageDraft
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.identity import Identity
from agentdesk.services.review import InteractionReview, ReviewService
from agentdesk.services.surveys import SurveyService
from agentdesk.ui.common.ctrl_enter import CtrlEnter
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.locale_text import date_text, datetime_text
from agentdesk.ui.errors import error_text
from agentdesk.ui.procedures.words import ProcedureWords
from agentdesk.ui.review.calibration import CalibrationList
from agentdesk.ui.review.models import AdherenceTableModel, TimelineTableModel
from agentdesk.ui.review.table import Column, RowTableModel
from agentdesk.ui.review.verdict_tab import VerdictTab
from agentdesk.ui.review.words import ReviewWords, clock_text, percent_text
from agentdesk.ui.tasks import TaskRunner


def table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class InteractionPanel(QWidget):
    """Emits ``feedback_sent(feedback id)``, ``marked_reviewed(interaction id)`` and
    ``calibrated(interaction id)``."""

    feedback_sent = Signal(str)
    marked_reviewed = Signal(str)
    calibrated = Signal(str)

    def __init__(
        self,
        review: ReviewService,
        feedback: FeedbackService,
        tasks: TaskRunner,
        who: Identity,
        words: ReviewWords,
        parent: QWidget | None = None,
        *,
        surveys: SurveyService | None = None,
    ) -> None:
        super().__init__(parent)
        self._review, self._feedback, self._tasks, self.who = review, feedback, tasks, who
        self._words = words
        self._procedure_words = ProcedureWords(self)
        self.current: InteractionReview | None = None

        self.header = QLabel(objectName="reviewHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setStyleSheet("font-weight: 600;")
        self.adherence = AdherenceTableModel(words, self)
        self.adherence_view = table(self.adherence, 1)
        self.adherence_view.setObjectName("adherenceTable")
        self.adherence_view.selectionModel().currentRowChanged.connect(self._on_item_chosen)
        self.evidence = QLabel(objectName="evidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.calibration = CalibrationList()
        self.calibration.setMaximumHeight(110)
        self.calibration.calibrated.connect(self._on_calibrated)
        adherence_page = QWidget()
        box = QVBoxLayout(adherence_page)
        box.addWidget(self.adherence_view, 1)
        box.addWidget(self.evidence)
        box.addWidget(self.calibration)
        self.timeline = TimelineTableModel(words, self)
        self.timeline_view = table(self.timeline, 3)
        self.fields = RowTableModel(
            [Column(self.tr("Field"), lambda r: r[0]), Column(self.tr("Value"), lambda r: r[1])],
            self,
        )
        self.fields_view = table(self.fields, 1)
        self.notes = QPlainTextEdit(objectName="reviewNotes", readOnly=True)
        self.tabs = QTabWidget(objectName="reviewTabs")
        self.tabs.addTab(adherence_page, self.tr("&Adherence"))
        self.tabs.addTab(self.timeline_view, self.tr("T&imeline"))
        self.tabs.addTab(self.fields_view, self.tr("Fi&elds"))
        self.tabs.addTab(self.notes, self.tr("N&otes and messages"))
        self.verdict = VerdictTab(surveys, tasks, who) if surveys is not None else None
        if self.verdict is not None:
            self.tabs.addTab(self.verdict, self.tr("Customer's &verdict"))

        self.history = QPlainTextEdit(objectName="earlierFeedback", readOnly=True)
        self.history.setMaximumHeight(90)
        self.editor = QPlainTextEdit(objectName="feedbackEditor")
        self.editor.setPlaceholderText(
            self.tr("Feedback for the representative — Ctrl+Enter sends")
        )
        CtrlEnter(self.editor, lambda: self.send_feedback())  # plain Enter: a new line
        self.send_button = QPushButton(self.tr("&Send feedback"), objectName="sendFeedback")
        self.send_button.clicked.connect(self.send_feedback)
        self.reviewed_button = QPushButton(self.tr("&Mark reviewed"), objectName="markReviewed")
        self.reviewed_button.clicked.connect(self._on_mark_reviewed)
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.reviewed_button)
        buttons.addWidget(self.send_button)
        coaching = QWidget()
        lower = QVBoxLayout(coaching)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(QLabel(self.tr("Earlier feedback")))
        lower.addWidget(self.history)
        lower.addWidget(self.editor, 1)
        lower.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(coaching)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        self.show_review(None)

    # -- showing ------------------------------------------------------------------------------
    def show_review(self, review: InteractionReview | None) -> None:
        self.current = review
        enabled = review is not None
        for widget in (self.tabs, self.editor, self.send_button, self.reviewed_button):
            widget.setEnabled(enabled)
        self.error.clear_error()
        if self.verdict is not None:
            self.verdict.show_interaction(review.item.interaction_id if review else None)
        if review is None:
            self.header.setText(self.tr("Choose an interaction in the queue and press Enter."))
            for model in (self.adherence, self.timeline, self.fields):
                model.set_rows([])
            self.notes.clear()
            self.history.clear()
            self.evidence.clear()
            self.calibration.show_checks((), frozenset(), None)
            return
        w, item, result = self._words, review.item, review.adherence
        score = self.tr("Adherence %1 (%2 of %3 items)").replace("%1", percent_text(result.score))
        score = score.replace("%2", str(result.passed)).replace("%3", str(result.applicable))
        self.header.setText(
            " · ".join(
                [
                    item.agent_name,
                    w.channel(item.channel),
                    datetime_text(item.started_at),
                    w.outcome(item.outcome),
                    clock_text(item.handle_seconds),
                    score,
                ]
            )
        )
        self.adherence.set_rows(result.items)
        self.calibration.show_checks(review.ticked, review.not_done, review.flow)
        self.timeline.flow = review.flow
        self.timeline.set_rows(review.timeline)
        self.fields.set_rows([self._field_row(k, v) for k, v in review.fields.items()])
        self.notes.setPlainText(self._notes_text(review))
        self.history.setPlainText(
            "\n\n".join(f"{date_text(f.given_at)} · {f.author}: {f.text}" for f in review.feedback)
            or self.tr("None yet.")
        )
        self.reviewed_button.setEnabled(not item.reviewed)
        first_fail = next((n for n, i in enumerate(result.items) if i.status == "fail"), 0)
        if result.items:
            self.adherence_view.selectRow(first_fail)

    def _field_row(self, field_id: str, value) -> tuple[str, str]:
        flow = self.current.flow if self.current else None
        spec = flow.field_map.get(field_id) if flow is not None else None
        return (spec.label if spec else field_id, self._words.value(value, spec))

    def _notes_text(self, review: InteractionReview) -> str:
        parts = [f"{n.at.astimezone():%H:%M} · {n.author}: {n.text}" for n in review.notes]
        for seq, data in review.messages:
            parts.append(
                self.tr("Message (#%1)").replace("%1", str(seq)) + "\n" + self._message_text(data)
            )
        return "\n\n".join(parts) or self.tr("No notes or messages for this interaction.")

    def _message_text(self, data) -> str:
        """The message as the representative took it, in words; never its internal id or
        the raw record (older logs without the record list the parts taken)."""
        record = data.get("message")
        if isinstance(record, dict):
            draft = MessageDraft.from_dict(record)
            return self._procedure_words.message_text(draft, draft.phone)
        parts = [self._procedure_words.part(p) for p in data.get("parts") or ()]
        lines = [self.tr("Parts taken: %1").replace("%1", ", ".join(parts) or "–")]
        if "read_back" in data:
            lines.append(
                self.tr("Read back to the caller: %1").replace(
                    "%1", self._words.value(bool(data["read_back"]))
                )
            )
        return "\n".join(lines)

    def _on_item_chosen(self, current, _previous) -> None:
        if self.current is None or not current.isValid():
            self.evidence.clear()
            return
        item = self.adherence.row_at(current.row())
        entries = {e.seq: e for e in self.current.timeline}
        lines = [
            f"#{seq}  {clock_text(entries[seq].offset)}  "
            + self._words.event_line(entries[seq].kind, entries[seq].data, self.current.flow)
            for seq in item.evidence
            if seq in entries
        ]
        head = f"{item.practice} · {item.title} — {self._words.status(item.status, item.reason)}"
        if not lines:
            lines = [self.tr("No event in the log shows this item.")]
        self.evidence.setText("\n".join([head, *lines]))

    # -- acting -------------------------------------------------------------------------------
    def send_feedback(self) -> None:
        if self.current is None:
            return
        text, iid = self.editor.toPlainText(), self.current.item.interaction_id
        self.send_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda who=self.who: self._feedback.give_feedback(who, iid, text)[0],
            self._on_sent,
            self._on_failed,
        )

    def _on_sent(self, feedback_id: str) -> None:
        self.send_button.setEnabled(True)
        self.editor.clear()
        self.error.clear_error()
        self.feedback_sent.emit(feedback_id)

    def _on_mark_reviewed(self) -> None:
        if self.current is None:
            return
        iid = self.current.item.interaction_id
        self._tasks.run_mutation(
            lambda who=self.who: self._review.mark_reviewed(who, iid),
            lambda _changes: self.marked_reviewed.emit(iid),
            self._on_failed,
        )

    def _on_calibrated(self, check_id: str, not_done: bool) -> None:
        if self.current is None:
            return
        iid = self.current.item.interaction_id
        self._tasks.run_mutation(
            lambda: self._review.calibrate_check(self.who, iid, check_id, not_done),
            lambda _changes: self.calibrated.emit(iid),
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(self.current is not None)
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))  # the typed feedback stays in the editor
