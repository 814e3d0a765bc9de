"""An estimate of a wait: pick a usual one or type your own ("4" minutes, "1:30", "90s")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from agentdesk.flows.hold import parse_estimate
from agentdesk.ui.procedures.words import ProcedureWords

CHOICES = (30, 60, 120, 180, 300, 600)


class EstimateBox(QComboBox):
    """Editable combo box; ``seconds()`` is None while the typed text is not a duration."""

    def __init__(self, default: int | None = 120, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        words = ProcedureWords()
        for seconds in CHOICES:
            self.addItem(words.estimate(seconds), seconds)
        self.lineEdit().setPlaceholderText(self.tr("minutes, or m:ss"))
        self.setToolTip(self.tr("Pick an estimate or type one: 4 (minutes), 1:30 or 90s"))
        self.set_seconds(default)

    def seconds(self) -> int | None:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return int(self.itemData(index))
        return parse_estimate(text)

    def set_seconds(self, seconds: int | None) -> None:
        index = self.findData(seconds) if seconds is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText("" if seconds is None else ProcedureWords().estimate(seconds))
