"""First start on an empty data folder: the organisation and the first team leader."""

from __future__ import annotations

from dataclasses import replace

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

from agentdesk import limits
from agentdesk.errors import KnownError, ValidationError
from agentdesk.services.accounts import AccountService
from agentdesk.services.identity import Identity
from agentdesk.services.settings import SettingsService
from agentdesk.settings import MAX_TEXT
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner


class FirstRunDialog(QDialog):
    """Creates the first team-leader account; emits ``created`` with the logged-in identity."""

    created = Signal(object)

    def __init__(
        self,
        accounts: AccountService,
        settings: SettingsService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._settings = settings
        self._tasks = tasks
        self.identity: Identity | None = None
        self.setWindowTitle(self.tr("Welcome to agentdesk"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "This data folder is new. Name your organisation and create the first "
                "team-leader account. Team leaders add everyone else on the command line: "
                "agentdesk user add NAME --role representative (see the README)."
            )
        )
        intro.setWordWrap(True)
        current = settings.current()
        self.organisation = QLineEdit(current.organisation, objectName="organisation")
        self.department = QLineEdit(current.department, objectName="department")
        self.username = QLineEdit(objectName="username")
        self.display_name = QLineEdit(objectName="display_name")
        self.password = QLineEdit(objectName="password")
        self.repeat = QLineEdit(objectName="repeat")
        for edit, most in (
            (self.organisation, MAX_TEXT),
            (self.department, MAX_TEXT),
            (self.username, limits.USERNAME),
            (self.display_name, limits.DISPLAY_NAME),
            (self.password, limits.PASSWORD),
            (self.repeat, limits.PASSWORD),
        ):
            edit.setMaxLength(most)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.organisation.setPlaceholderText(self.tr("e.g. Northwind Energy"))
        self.department.setPlaceholderText(self.tr("e.g. Customer Care"))
        self.username.setPlaceholderText(self.tr("e.g. anna.rossi"))
        self.password.setPlaceholderText(self.tr("at least 8 characters"))

        form = QFormLayout()
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("Your &name"), self.display_name)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Repeat password"), self.repeat)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        self.buttons.accepted.connect(self._on_submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.organisation.setFocus()

    def _on_submit(self) -> None:
        org, dept = self.organisation.text().strip(), self.department.text().strip()
        user, name = self.username.text().strip(), self.display_name.text().strip()
        password = self.password.text()
        missing = [
            (label, widget)
            for label, value, widget in (
                (self.tr("organisation"), org, self.organisation),
                (self.tr("user name"), user, self.username),
                (self.tr("password"), password, self.password),
            )
            if not value
        ]
        if missing:
            names = ", ".join(label for label, _ in missing)
            self.error.show_error(self.tr("Please fill in: %1.").replace("%1", names))
            missing[0][1].setFocus()
            return
        if password != self.repeat.text():
            self.error.show_error(self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.buttons.setEnabled(False)

        def work() -> Identity:
            settings = replace(self._settings.current(), organisation=org, department=dept)
            self._settings.save(settings)
            return self._accounts.create_first_team_leader(user, name or user, password)

        self._tasks.run_mutation(work, self._on_success, self._on_failure)

    def _on_success(self, identity: Identity) -> None:
        self.identity = identity
        self.created.emit(identity)
        self.accept()

    def _on_failure(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))
        if isinstance(exc, ValidationError):
            target = {
                "username": self.username,
                "password": self.password,
                "display_name": self.display_name,
            }.get(exc.field or "")
            if target is not None:
                target.setFocus()
