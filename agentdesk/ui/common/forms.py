"""Small pieces shared by forms: an inline error line that screen readers announce (and that
never moves the controls under the pointer when it goes away), a password field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


class ErrorLabel(QLabel):
    """Red text under a form; empty and hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        self.setAccessibleName(self.tr("Error"))
        self.hide()

    def show_error(self, text: str) -> None:
        show_inline(self, text)

    def clear_error(self) -> None:
        self.show_error("")


def show_inline(label: QLabel, text: str) -> None:
    """Show ``text`` in an inline message line, or take it away.

    Once a message has been shown, its room is kept when it goes (the label is hidden, not
    collapsed): the check boxes and fields below stay where the pointer is about to click.
    """
    if text:
        label.setText(text)
        label.setVisible(True)
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        return
    if label.isVisible():
        label.setMinimumHeight(max(label.minimumHeight(), label.height()))
    label.setText("")
    label.setVisible(False)


def secret_field(name: str) -> QLineEdit:
    """A line edit that shows dots for what is typed (passwords, passphrases)."""
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field
