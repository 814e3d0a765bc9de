"""Absence phrasing (T8): say where a colleague is — away from the desk, out of the office
until … — and never why; a warning appears when the words give a reason away."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from agentdesk.flows.message import reason_words
from agentdesk.ui.procedures.base import script_label


class AbsenceHelper(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self.kind = QComboBox(objectName="absenceKind")
        self.kind.addItem(self.tr("— colleague's absence —"), "")
        self.kind.addItem(self.tr("away from the desk"), "away")
        self.kind.addItem(self.tr("out of the office until…"), "out_until")
        self.until = QLineEdit(objectName="absenceUntil")
        self.until.setMaxLength(100)  # "tomorrow at 9:00"; it goes into one sentence
        self.until.setPlaceholderText(self.tr("when they are back, e.g. Monday 9:00"))
        self.phrase = script_label("absencePhrase")
        self.warning = QLabel(objectName="absenceWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: 600;")
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.until, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.phrase)
        layout.addWidget(self.warning)
        self.kind.currentIndexChanged.connect(self._show)
        self.until.textChanged.connect(self._show)
        self._show()

    def set_name(self, name: str) -> None:
        self._name = name.strip()
        self._show()

    def _show(self) -> None:
        kind = self.kind.currentData()
        self.until.setVisible(kind == "out_until")
        who = self._name or self.tr("My colleague")
        until = self.until.text().strip()
        text = ""
        if kind == "away":
            text = self.tr("%1 is away from the desk at the moment. May I take a message?")
        elif kind == "out_until":
            text = (
                self.tr("%1 is out of the office until %2. May I take a message?")
                if until
                else self.tr("%1 is out of the office at the moment. May I take a message?")
            )
        self.phrase.setText(text.replace("%1", who).replace("%2", until))
        self.phrase.setVisible(bool(text))
        said = reason_words(until) if kind == "out_until" else ()
        self.warning.setVisible(bool(said))
        if said:
            self.warning.setText(
                self.tr("Say when they are back, never why (“%1”).").replace("%1", said[0])
            )
