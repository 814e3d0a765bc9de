"""The customer's verdict on one interaction under review: the answers recorded or imported,
and an entry for one that came in after the call (by phone, e-mail or letter)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.services.identity import Identity
from agentdesk.services.surveys import SurveyService, SurveyView
from agentdesk.surveys.scales import COMMENT_LIMIT, KINDS, RANGES
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner


class VerdictTab(QWidget):
    """Emits ``recorded(interaction id)`` once an answer is stored."""

    recorded = Signal(str)

    def __init__(
        self, surveys: SurveyService, tasks: TaskRunner, who: Identity, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verdictTab")
        self._surveys, self._tasks, self.who = surveys, tasks, who
        self.interaction_id: str | None = None
        self.answers = QLabel(objectName="verdictAnswers")
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.PlainText)
        self.answers.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.kind = QComboBox(objectName="verdictKind")
        for kind in KINDS:
            self.kind.addItem(self.kind_name(kind), kind)
        self.score = QSpinBox(objectName="verdictScore")
        self.comment = QLineEdit(objectName="verdictComment")
        self.comment.setMaxLength(COMMENT_LIMIT)
        self.comment.setPlaceholderText(self.tr("The customer's own words (optional)"))
        self.record_button = QPushButton(self.tr("&Record answer"), objectName="recordVerdict")
        self.record_button.clicked.connect(self.record)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self._on_kind()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Sur&vey"), self.kind)
        form.addRow(self.tr("S&core"), self.score)
        form.addRow(self.tr("Co&mment"), self.comment)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.answers, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        self.show_interaction(None)

    def kind_name(self, kind: str) -> str:
        return {
            "csat": self.tr("CSAT — satisfaction, 1 to 5"),
            "ces": self.tr("CES — effort, 1 to 7 (7: very easy)"),
            "nps": self.tr("NPS — would recommend, 0 to 10"),
        }[kind]

    def _on_kind(self) -> None:
        low, high = RANGES[self.kind.currentData()]
        self.score.setRange(low, high)

    def show_interaction(self, interaction_id: str | None) -> None:
        self.interaction_id = interaction_id
        self.error.clear_error()
        self.record_button.setEnabled(interaction_id is not None)
        if interaction_id is None:
            self.answers.setText("")
            return
        who, surveys = self.who, self._surveys
        self._tasks.run_query(
            lambda: surveys.for_interaction(who, interaction_id),
            lambda views, iid=interaction_id: self._show(iid, views),
            self._on_failed,
        )

    def _show(self, interaction_id: str, views: tuple[SurveyView, ...]) -> None:
        if interaction_id != self.interaction_id:
            return  # another interaction was opened meanwhile
        if not views:
            self.answers.setText(self.tr("No answer from the customer yet."))
            return
        lines = []
        for v in views:
            source = self.tr("imported") if v.source == "imported" else self.tr("entered")
            line = f"{v.kind.upper()} {v.score} ({source})"
            lines.append(f"{line}: “{v.comment}”" if v.comment else line)
        self.answers.setText("\n".join(lines))

    def record(self) -> None:
        iid = self.interaction_id
        if iid is None:
            return
        kind, score, comment = self.kind.currentData(), self.score.value(), self.comment.text()
        who, surveys = self.who, self._surveys
        self.record_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda: surveys.record(who, iid, kind, score, comment),
            lambda _changes: self._on_recorded(iid),
            self._on_failed,
        )

    def _on_recorded(self, interaction_id: str) -> None:
        self.comment.clear()
        self.recorded.emit(interaction_id)
        self.show_interaction(interaction_id)

    def _on_failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(self.interaction_id is not None)
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))
