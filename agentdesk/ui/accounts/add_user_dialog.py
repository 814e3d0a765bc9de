"""File ▸ Add a user… (team leaders, standalone workstations): a new account from the app.

On a workstation joined to a team database, members are added through File ▸ Team
database… ▸ Administration instead (each member is also a role on the server); this action
is hidden there.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.accounts.passwords import MIN_PASSWORD_LENGTH
from agentdesk.changes import Changes
from agentdesk.errors import KnownError
from agentdesk.services.accounts import AccountService, AccountSummary
from agentdesk.services.identity import Identity, Role
from agentdesk.ui.common.forms import ErrorLabel, secret_field
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner


class AddUserDialog(QDialog):
    """``added(username)`` after an account was made; the form empties for the next one."""

    added = Signal(str)

    def __init__(
        self,
        accounts: AccountService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user — agentdesk"))
        self._accounts, self._tasks, self.who = accounts, tasks, who
        intro = QLabel(
            self.tr(
                "A new account for this workstation. Tell the person their user name and "
                "password in private; they can change the password after logging in."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(objectName="newUserName")
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("e.g. rita.rossi"))
        self.display = QLineEdit(objectName="newUserDisplay")
        self.display.setMaxLength(limits.DISPLAY_NAME)
        self.display.setPlaceholderText(self.tr("the name callers hear, e.g. Rita Rossi"))
        self.role = QComboBox(objectName="newUserRole")
        self.role.addItem(self.tr("Representative"), Role.REPRESENTATIVE.value)
        self.role.addItem(self.tr("Team leader"), Role.TEAM_LEADER.value)
        self.password = secret_field("newUserPassword")
        self.password.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.repeat = secret_field("newUserRepeat")
        form = QFormLayout()
        for text, field in (
            (self.tr("User &name:"), self.username),
            (self.tr("&Display name:"), self.display),
            (self.tr("R&ole:"), self.role),
            (self.tr("&Password:"), self.password),
            (self.tr("Re&peat password:"), self.repeat),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.add_button = QPushButton(self.tr("&Add user"), objectName="addUser")
        self.add_button.setDefault(True)
        self.result = QLabel(objectName="addUserResult")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("color: #1b6e20;")
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        open_fitted(self, QSize(480, 420))

    def add(self) -> None:
        self.error.clear_error()
        self.result.clear()
        if self.password.text() != self.repeat.text():
            self.error.show_error(self.tr("The two passwords differ; type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        who, name = self.who, self.username.text()
        display = self.display.text().strip() or name
        password, role = self.password.text(), Role(self.role.currentData())
        self.add_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda: self._accounts.add_user(who, name, display, password, role)[0],
            self._on_added,
            self._on_failed,
            changes=Changes.ACCOUNTS,
        )

    def _on_added(self, summary: AccountSummary) -> None:
        self.add_button.setEnabled(True)
        for field in (self.username, self.display, self.password, self.repeat):
            field.clear()
        self.result.setText(
            self.tr("Added %1 (%2): they can log in at this workstation now.")
            .replace("%1", summary.display_name)
            .replace("%2", summary.username)
        )
        self.username.setFocus()
        self.added.emit(summary.username)

    def _on_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.password.clear()
        self.repeat.clear()
        self.error.show_error(error_text(exc))
        field = getattr(exc, "field", None)
        focus = {"username": self.username, "display_name": self.display}.get(field, self.password)
        focus.setFocus()


def install_add_user(window, accounts: AccountService, tasks: TaskRunner, joined: bool) -> None:
    """File ▸ Add a user… for team leaders of a standalone workstation (hidden when joined:
    the team database's Administration adds members there)."""
    action = window.actions_by_id["add_user"]
    action.setVisible(not joined)

    def open_dialog() -> None:
        dialog = AddUserDialog(accounts, tasks, window.identity, window)
        dialog.open()

    action.triggered.connect(open_dialog)
    window.identity_changed.connect(lambda who: action.setEnabled(who.is_team_leader))
    action.setEnabled(window.identity.is_team_leader)
