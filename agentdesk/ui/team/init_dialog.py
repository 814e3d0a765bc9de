"""File ▸ Start a team database… (a standalone workstation, team leaders): `agentdesk team
init` from the app, through TeamService on the task runner's worker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text


class TeamInitDialog(QDialog):
    """The owner's URL (used once, never stored) and the leader's own password."""

    started = Signal(object)  # the first sync's report

    def __init__(self, team, tasks, who, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamInitDialog")
        self._team, self._tasks, self._who = team, tasks, who
        self.setWindowTitle(self.tr("Start a team database"))
        self.url = QLineEdit(objectName="teamOwnerUrl")
        self.url.setPlaceholderText("postgresql://owner:…@server/agentdesk?sslmode=require")
        self.password = QLineEdit(objectName="teamInitPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Owner's address:"), self.url)
        form.addRow(self.tr("&Your password:"), self.password)
        for field in (self.url, self.password):
            form.labelForField(field).setBuddy(field)
        note = QLabel(
            self.tr(
                "Creates the team database from this workstation's data, which is uploaded "
                "encrypted. The owner's password is used once and not kept. Other workstations "
                "then join with `agentdesk team join`."
            )
        )
        note.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _on_ok(self) -> None:
        team, who = self._team, self._who
        url, password = self.url.text().strip(), self.password.text()
        self.password.clear()
        self.buttons.setEnabled(False)
        self.error.clear_error()
        self._tasks.run_mutation(
            lambda: team.init(url, who.username, password), self._done, self._failed
        )

    def _done(self, report) -> None:
        self.url.clear()
        self.buttons.setEnabled(True)
        self.started.emit(report)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(error_text(exc))


def install_team_init_action(window, services, data) -> None:
    """File ▸ Start a team database…: team leaders on a workstation not yet joined."""
    from PySide6.QtCore import QCoreApplication

    from agentdesk.team import config
    from agentdesk.ui.team.controller import team_service

    action = window.actions_by_id["team_init"]

    def refresh(who) -> None:
        joined = config.load(services.paths.root) is not None
        action.setVisible(not joined and who is not None and who.is_team_leader)

    def started(_report) -> None:
        action.setVisible(False)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "TeamInitDialog", "Team database ready: log in again to start syncing."
            )
        )

    def open_dialog() -> None:
        dialog = TeamInitDialog(
            team_service(services, data), services.tasks, window.identity, parent=window
        )
        dialog.started.connect(started)
        dialog.open()

    action.triggered.connect(open_dialog)
    window.identity_changed.connect(refresh)
    refresh(getattr(window, "identity", None))
