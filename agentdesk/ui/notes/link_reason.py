"""Asks why a caller's record may be opened when the calling number is not on it (#15 8)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.call_access import LINK_REASONS


class LinkReasonDialog(QDialog):
    """Emits ``reason_chosen(code)`` (one of ``LINK_REASONS``) when accepted; no default."""

    reason_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link this record to the call?"))
        labels = {
            "identity-checked": self.tr(
                "The caller answered the security questions for this record"
            ),
            "number-withheld": self.tr(
                "The number is withheld; the caller answered the security questions"
            ),
            "new-number": self.tr(
                "The caller rings from a new number and answered the security questions"
            ),
        }
        intro = QLabel(
            self.tr(
                "The phone number on this record is not the number calling. Open it only for "
                "the caller's own record. Your reason is kept in the audit log."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code in LINK_REASONS:
            button = QRadioButton(labels[code])
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Link and open"))
        self.ok.setEnabled(False)
        self.group.buttonToggled.connect(lambda *_: self.ok.setEnabled(True))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def accept(self) -> None:
        chosen = [code for code, button in self.buttons.items() if button.isChecked()]
        if not chosen:
            return
        super().accept()
        self.reason_chosen.emit(chosen[0])
