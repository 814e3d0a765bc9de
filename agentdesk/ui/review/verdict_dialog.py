"""Call > Customer's verdict on the last call: the representative (or team leader) records what
the customer answered once the call is wrapped up (the same entry as in the review)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from agentdesk.services.identity import Identity
from agentdesk.services.surveys import SurveyService
from agentdesk.ui.review.verdict_tab import VerdictTab
from agentdesk.ui.tasks import TaskRunner


class VerdictDialog(QDialog):
    def __init__(
        self, surveys: SurveyService, tasks: TaskRunner, who: Identity, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verdictDialog")
        self.setWindowTitle(self.tr("Customer's verdict on the last call"))
        self.setMinimumWidth(460)
        self.tab = VerdictTab(surveys, tasks, who)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab)
        layout.addWidget(buttons)


def install_verdict_entry(window, surveys: SurveyService, tasks: TaskRunner, workspace) -> None:
    """The action follows the last call wrapped up in this session (none after a new login)."""
    action = window.actions_by_id["last_call_verdict"]
    last: dict[str, str | None] = {"iid": None}

    def remember(interaction_id: str) -> None:
        last["iid"] = interaction_id or None
        action.setEnabled(last["iid"] is not None)

    def open_dialog() -> None:
        if last["iid"] is None:
            return
        dialog = VerdictDialog(surveys, tasks, window.identity, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.tab.show_interaction(last["iid"])
        dialog.open()
        dialog.tab.score.setFocus()

    action.setEnabled(False)
    workspace.call_finished.connect(remember)
    window.identity_changed.connect(lambda _who: remember(""))
    action.triggered.connect(open_dialog)
