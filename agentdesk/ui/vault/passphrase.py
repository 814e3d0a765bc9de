"""Asks for the key-file passphrase when no secure keyring can hold the master key."""

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

from agentdesk import limits
from agentdesk.ui.common.forms import ErrorLabel

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    """``create`` asks twice and explains; ``unlock`` asks once.

    The dialog stays on screen while the vault opens: ``submitted`` carries the passphrase, the
    session answers with ``refuse`` (wrong passphrase: try again here) or closes the dialog once
    the next window is up. A dialog that closed first would leave the app with no window at all
    while the key is derived, and Qt quits an app whose last window closed.
    """

    submitted = Signal(str)

    def __init__(
        self, mode: str, why: str, problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("agentdesk — key passphrase"))
        self.setMinimumWidth(460)
        reason = QLabel(why)
        reason.setWordWrap(True)
        reason.setObjectName("reason")
        self._reason = reason
        if mode == "create":
            what = self.tr(
                "Choose a passphrase (at least 8 characters). It protects every customer "
                "record in this data folder: without it nobody can read them, you included."
            )
        else:
            what = self.tr("Enter the passphrase to open this data folder.")
        explain = QLabel(what)
        explain.setWordWrap(True)
        self.first = QLineEdit(objectName="passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(objectName="repeat")
        self.first.setMaxLength(limits.PASSWORD)
        self.second.setMaxLength(limits.PASSWORD)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        if mode == "create":
            form.addRow(self.tr("&Repeat"), self.second)
        else:
            self.second.hide()
        self.error = ErrorLabel()
        if problem:
            self.error.show_error(problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(reason)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first.setFocus()

    def _on_ok(self) -> None:
        text = self.first.text()
        if len(text) < MIN_LENGTH:
            self.error.show_error(self.tr("Use at least 8 characters."))
            return
        if self.mode == "create" and text != self.second.text():
            self.error.show_error(self.tr("The two entries differ."))
            self.second.clear()
            self.second.setFocus()
            return
        self.passphrase = text
        self.error.clear_error()
        self.set_busy(True)
        self.submitted.emit(text)

    def set_busy(self, busy: bool) -> None:
        """While the key is derived (a second or two), nothing can be typed or pressed twice.
        Read-only, not disabled: a disabled field hands the focus to Cancel, and the next
        space typed ahead would end the app."""
        for widget in (self.first, self.second):
            widget.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Opening…") if busy else self.tr("OK")
        )

    def set_reason(self, why: str) -> None:
        """Shown before the keyring was asked (the first window): its precise answer, once known."""
        if why:
            self._reason.setText(why)

    def refuse(self, problem: str) -> None:
        """The vault said no: say why, and let the user type it again in the same dialog."""
        self.passphrase = None
        self.set_busy(False)
        self.setWindowTitle(self.tr("agentdesk — key passphrase: try again"))
        self.error.show_error(problem)
        self.first.clear()
        self.second.clear()
        self.first.setFocus()
