"""What to read back before a message is saved (T6): the caller's name spelled phonetically,
the number digit by digit, the promised action; and the caller's confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from agentdesk.flows.message import ReadBack
from agentdesk.ui.procedures.base import heading, script_label
from agentdesk.ui.procedures.callback_panel import spoken_number


class ReadBackBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readBackBox")
        self.text = script_label("messageReadBack")
        self.text.setAccessibleName(self.tr("Read back to the caller"))
        self.confirmed = QCheckBox(
            self.tr("&Read back — the caller confirmed it"), objectName="readBackConfirmed"
        )
        self.note = QLabel(objectName="readBackNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Read it back before you save")))
        layout.addWidget(self.text)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.note)

    def show_read_back(self, said: ReadBack) -> None:
        lines = [self.tr("Let me read that back to you.")]
        if said.name:
            name = self.tr("Your name: %1").replace("%1", said.letters)
            lines.append(name + (f" — {said.spelled}" if said.spelled else ""))
        if said.number_groups:
            number = self.tr("Your number: %1").replace("%1", spoken_number(said.number_groups))
            if said.extension:
                number += self.tr(", extension %1").replace("%1", " ".join(said.extension))
            lines.append(number)
        if said.to_whom:
            lines.append(self.tr("The message is for %1.").replace("%1", said.to_whom))
        if said.promised:
            lines.append(self.tr("What happens next: %1").replace("%1", said.promised))
        lines.append(self.tr("Is that all correct?"))
        self.text.setText("\n".join(lines))

    def set_confirmed(self, on: bool, note: str = "") -> None:
        self.confirmed.blockSignals(True)
        self.confirmed.setChecked(on)
        self.confirmed.blockSignals(False)
        self.note.setText(note)
        self.note.setVisible(bool(note))
