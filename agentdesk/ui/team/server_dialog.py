"""What the team database's set-up dialogs share (Start a team database…, Join a team
database…): the server's address, a password, a note on what will happen, progress while the
work runs on the database worker, and the error line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text


class TeamServerDialog(QDialog):
    """The fields are added by each dialog (``add_field``); ``run`` does the work on the
    database worker with every control held still, and never lets the password stay."""

    def __init__(self, tasks, url_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = False
        self.setMinimumWidth(560)  # a server address with its sslmode fits
        self.url = QLineEdit(objectName=url_name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.note = QLabel(objectName="teamServerNote")
        self.note.setWordWrap(True)
        self.progress = QProgressBar(objectName="teamServerProgress")
        self.progress.setRange(0, 0)  # busy: the server's answer has no known length
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.progress_text = QLabel(objectName="teamServerProgressText")
        self.progress_text.setWordWrap(True)
        self.progress_text.hide()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_field(self, label: str, field: QWidget) -> None:
        self.form.addRow(label, field)
        self.form.labelForField(field).setBuddy(field)

    def _on_ok(self) -> None:  # each dialog's own submit
        raise NotImplementedError

    def address_missing(self) -> bool:
        """An empty address is said as such, not sent (it came back "Wrong user name or
        password", which sent a team leader to retype the right password)."""
        if self.url.text().strip():
            return False
        self.error.show_error(
            self.tr("Type the team database's address first: postgresql://…@server/agentdesk")
        )
        self.adjustSize()
        self.url.setFocus()
        return True

    def run(self, work: Callable[[], Any], done: Callable[[Any], None], doing: str) -> None:
        """``work`` on the database worker; ``done`` with its result, or the error shown."""
        self.password.clear()
        self._hold(True, doing)
        self.error.clear_error()

        def succeeded(result: Any) -> None:
            self._hold(False, "")
            done(result)

        def failed(exc: BaseException) -> None:
            self._hold(False, "")
            self.error.show_error(error_text(exc))
            self.adjustSize()  # room for the error: the note above must not be squeezed
            self.password.setFocus()  # cleared: it is typed again

        self._tasks.run_mutation(work, succeeded, failed)

    def _hold(self, busy: bool, doing: str) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)
        for i in range(self.form.rowCount()):
            item = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                item.widget().setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_text.setText(doing)
        self.progress_text.setVisible(busy)
        self.adjustSize()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.url.setFocus()  # typing starts at the top (not on OK, as Qt would choose)

    def reject(self) -> None:
        if self._busy:
            return  # the server is being changed: Esc must not hide what is under way
        super().reject()
