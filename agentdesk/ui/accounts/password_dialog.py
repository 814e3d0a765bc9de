"""File ▸ Change password…: the logged-in account's own password, here and on the team
database (the team key re-wrapped there), through the task runner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agentdesk.ui.common.forms import ErrorLabel, secret_field
from agentdesk.ui.errors import error_text


class PasswordDialog(QDialog):
    """Current password, new password twice; ``change(who, old, new)`` runs on the worker."""

    changed = Signal()

    def __init__(
        self,
        change: Callable,
        tasks,
        identity,
        parent: QWidget | None = None,
        *,
        after: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._change, self._tasks, self._identity, self._after = change, tasks, identity, after
        self.setWindowTitle(self.tr("Change password"))
        self.old = secret_field("oldPassword")
        self.new = secret_field("newPassword")
        self.repeat = secret_field("repeatPassword")
        form = QFormLayout()
        for label, field in (
            (self.tr("&Current password"), self.old),
            (self.tr("&New password"), self.new),
            (self.tr("&Repeat new password"), self.repeat),
        ):
            form.addRow(label, field)
            form.labelForField(field).setBuddy(field)
        note = QLabel(
            self.tr(
                "On a workstation joined to a team database the new password works at every "
                "workstation, and the old one nowhere."
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
        old, new = self.old.text(), self.new.text()
        if new != self.repeat.text():
            self.error.show_error(self.tr("The two new passwords differ."))
            self.repeat.setFocus()
            return
        who, change, after = self._identity, self._change, self._after
        self.buttons.setEnabled(False)

        def work():
            result = change(who, old, new)
            if after is not None:
                after(new)  # e.g. the team sync carries on with the new password
            return result

        self._tasks.run_mutation(work, self._done, self._failed)

    def _done(self, _changes) -> None:
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.buttons.setEnabled(True)
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.old.clear()
        self.error.show_error(error_text(exc))


def install_password_action(window, services, data) -> None:
    """File ▸ Change password… for everyone (the team sync, if any, restarts with it)."""
    from agentdesk.ui.team.controller import sync_of, team_service

    team = team_service(services, data)

    def open_dialog() -> None:
        who = window.identity
        sync = sync_of(window)
        after = (lambda new: sync.start_for(who.username, new)) if sync is not None else None
        PasswordDialog(team.change_password, services.tasks, who, parent=window, after=after).open()

    window.actions_by_id["password"].triggered.connect(open_dialog)
