"""File ▸ Start a team database… (a standalone workstation, team leaders): `agentdesk team
init` from the app, through TeamService on the task runner's worker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from agentdesk.ui.team.server_dialog import TeamServerDialog


class TeamInitDialog(TeamServerDialog):
    """The owner's URL (used once, never stored) and the leader's own password."""

    started = Signal(object)  # the first sync's report

    def __init__(self, team, tasks, who, parent: QWidget | None = None) -> None:
        super().__init__(tasks, "teamOwnerUrl", parent)
        self.setObjectName("teamInitDialog")
        self.setWindowTitle(self.tr("Start a team database"))
        self._team, self._who = team, who
        self.url.setPlaceholderText("postgresql://owner:…@server/agentdesk?sslmode=require")
        self.password.setObjectName("teamInitPassword")
        self.add_field(self.tr("&Owner's address:"), self.url)
        self.add_field(self.tr("&Your password:"), self.password)
        self.note.setText(
            self.tr(
                "Creates the team database from this workstation's data, which is uploaded "
                "encrypted. The owner's password is used once and not kept. Other workstations "
                "then join with File ▸ Join a team database… or `agentdesk team join`."
            )
        )

    def _on_ok(self) -> None:
        if self.address_missing():
            return
        team, who = self._team, self._who
        url, password = self.url.text().strip(), self.password.text()
        self.run(
            lambda: team.init(url, who.username, password),
            self._done,
            self.tr("Creating the team database and uploading this workstation's data…"),
        )

    def _done(self, report) -> None:
        self.url.clear()
        self.started.emit(report)
        self.accept()


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
        window.actions_by_id["team_join"].setVisible(False)  # joined now
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
