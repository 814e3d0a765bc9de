"""File ▸ Join a team database… (a standalone workstation, team leaders): this workstation
becomes one of the team's (services/workstation_join.py, on the database worker), then the
app starts again so that any team account can log in."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from agentdesk import limits
from agentdesk.ui.errors import error_text
from agentdesk.ui.team.server_dialog import TeamServerDialog


class TeamJoinDialog(TeamServerDialog):
    """The team database's address and a team account with its password (any account of
    the team: the same as `agentdesk team join --url … --user …`)."""

    joined = Signal(object)  # the JoinReport

    def __init__(
        self,
        joining,
        tasks,
        who,
        busy: Callable[[], list[str]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, "teamJoinUrl", parent)
        self.setObjectName("teamJoinDialog")
        self.setWindowTitle(self.tr("Join a team database"))
        self._joining, self._who, self._busy_reasons = joining, who, busy
        self.url.setPlaceholderText("postgresql://server/agentdesk?sslmode=require")
        self.account = QLineEdit(objectName="teamJoinAccount")
        self.account.setMaxLength(limits.USERNAME)
        self.password.setObjectName("teamJoinPassword")
        self.password.setMaxLength(limits.PASSWORD)
        self.add_field(self.tr("Team database &address:"), self.url)
        self.add_field(self.tr("Team &account:"), self.account)
        self.add_field(self.tr("&Password:"), self.password)
        # Asked only where the key is kept in the passphrase file (no keyring): it stays the
        # same, and the file then holds the team key.
        self.passphrase = QLineEdit(objectName="teamJoinPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(self.tr("This workstation's pass&phrase:"), self.passphrase)
        self.form.setRowVisible(self.passphrase, False)
        # Tab follows the form from top to bottom (the shared fields were made first).
        chain = (self.url, self.account, self.password, self.passphrase)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.note.setText(
            self.tr(
                "This workstation becomes one of the team's. Its own accounts (yours too), "
                "knowledge articles, canned responses, transfer directory and forecast are "
                "replaced by the team's, and its key by the team key; its audit log goes to "
                "the team database. A workstation that holds customer data cannot join: "
                "start a team database from it instead. When the join is done, agentdesk "
                "starts again and any team account can log in."
            )
        )
        # A warning, set apart from the form: it says what this workstation loses.
        self.note.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #e0a800; padding: 6px; }"
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Refused at once when it could never work here (customer data, already joined).
        who = self._who
        self._tasks.run_query(lambda: self._joining.check(who), self._checked, self._refused)

    def _checked(self, check) -> None:
        self.form.setRowVisible(self.passphrase, check.needs_passphrase)
        self.adjustSize()

    def _refused(self, exc: BaseException) -> None:
        self.error.show_error(error_text(exc))
        self.adjustSize()
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)

    def _on_ok(self) -> None:
        reasons = self._busy_reasons()
        if reasons:
            self.error.show_error(self.tr("Finish first: %1").replace("%1", " ".join(reasons)))
            return
        if self.address_missing():
            return
        joining, who = self._joining, self._who
        url, name = self.url.text().strip(), self.account.text().strip()
        password, passphrase = self.password.text(), self.passphrase.text() or None
        self.passphrase.clear()
        self.run(
            lambda: joining.join(who, url, name, password, passphrase),
            self._done,
            self.tr(
                "Joining: checking the team account, switching this workstation to the team "
                "key and downloading the team's data…"
            ),
        )

    def _done(self, report) -> None:
        self.joined.emit(report)
        self.accept()


def install_team_join_action(window, services, data) -> None:
    """File ▸ Join a team database…: team leaders on a workstation not yet joined. Once
    joined, the session ends and the app starts again (MainWindow.restart_requested)."""
    from agentdesk.team import config
    from agentdesk.ui.team.controller import workstation_join

    action = window.actions_by_id["team_join"]

    def refresh(who) -> None:
        joined = config.load(services.paths.root) is not None
        action.setVisible(not joined and who is not None and who.is_team_leader)

    def joined(_report) -> None:
        action.setVisible(False)
        window.actions_by_id["team_init"].setVisible(False)
        window.restart_requested.emit()

    def open_dialog() -> None:
        dialog = TeamJoinDialog(
            workstation_join(services, data),
            services.tasks,
            window.identity,
            busy=window.quit_reasons,
            parent=window,
        )
        dialog.joined.connect(joined)
        dialog.open()

    action.triggered.connect(open_dialog)
    window.identity_changed.connect(refresh)
    refresh(getattr(window, "identity", None))


class FinishJoinDialog(TeamServerDialog):
    """At start-up, in a folder whose join stopped before the team's data arrived: a team
    account and its password download it (instead of offering a first account here)."""

    finished_join = Signal(object)  # the JoinReport

    def __init__(self, joining, tasks, url: str, parent: QWidget | None = None) -> None:
        super().__init__(tasks, "teamFinishJoinUrl", parent)
        self.setObjectName("teamFinishJoinDialog")
        self.setWindowTitle(self.tr("Finish joining the team database"))
        self._joining = joining
        self.url.setText(url)
        self.url.setCursorPosition(0)  # the server's name shows, not the end of the address
        self.url.setReadOnly(True)  # the team database this folder joined
        self.account = QLineEdit(objectName="teamFinishJoinAccount")
        self.account.setMaxLength(limits.USERNAME)
        self.password.setObjectName("teamFinishJoinPassword")
        self.password.setMaxLength(limits.PASSWORD)
        self.add_field(self.tr("Team database &address:"), self.url)
        self.add_field(self.tr("Team &account:"), self.account)
        self.add_field(self.tr("&Password:"), self.password)
        QWidget.setTabOrder(self.account, self.password)
        self.note.setText(
            self.tr(
                "This workstation joined a team database, but the team's data has not "
                "arrived yet, so nobody can log in here. Log in with any team account to "
                "download it; agentdesk then starts again."
            )
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.account.setFocus()  # the address is already there

    def _on_ok(self) -> None:
        joining = self._joining
        name, password = self.account.text().strip(), self.password.text()
        self.run(
            lambda: joining.finish_join(name, password),
            self._done,
            self.tr("Downloading the team's data…"),
        )

    def _done(self, report) -> None:
        self.finished_join.emit(report)
        self.accept()
