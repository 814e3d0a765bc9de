"""The workspace between calls: which flow the next call uses, and a waiting call pop."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.flows.schema import Flow


class CallIdlePage(QWidget):
    """ "No call in progress — Ctrl+N"; ``answer_requested`` from its button."""

    answer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("No call in progress — Ctrl+N"), objectName="idleHeading")
        self.heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Answer a call with Ctrl+N: the guided flow starts with the greeting. "
                "Calls from your softphone open here by themselves."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.waiting = QLabel(objectName="waitingCall")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("font-size: 15px; font-weight: 600; color: #8a5300;")
        self.waiting.hide()
        self.flow = QComboBox(objectName="flowChoice")
        self.flow.setAccessibleName(self.tr("Flow for the next call"))
        flow_label = QLabel(self.tr("F&low:"))
        flow_label.setBuddy(self.flow)
        self.answer = QPushButton(self.tr("Answer call (Ctrl+N)"), objectName="answerCall")
        self.answer.clicked.connect(self.answer_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(flow_label)
        row.addWidget(self.flow)
        row.addWidget(self.answer)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.waiting)
        layout.addLayout(row)
        self.followups = QLabel(objectName="idleFollowUps")
        self.followups.setStyleSheet("font-size: 14px; font-weight: 600; color: #8a5300;")
        self.followups.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.followups.hide()
        layout.addWidget(self.followups)
        layout.addStretch(2)

    def set_followups(self, text: str) -> None:
        """What is due today or overdue (O7), or nothing."""
        self.followups.setText(text)
        self.followups.setVisible(bool(text))

    def set_flows(self, flows: Iterable[Flow], default: str) -> None:
        current = self.flow.currentData() or default
        self.flow.clear()
        for flow in sorted(flows, key=lambda f: (f.id != default, f.title)):
            channel = self.tr("chat") if flow.channel == "chat" else self.tr("phone")
            self.flow.addItem(
                self.tr("%1 (%2)").replace("%1", flow.title).replace("%2", channel), flow.id
            )
        self.flow.setCurrentIndex(max(0, self.flow.findData(current)))

    def selected_flow(self) -> str | None:
        return self.flow.currentData()

    def set_waiting(self, number: str | None) -> None:
        self.waiting.setText(
            self.tr("Call waiting from %1 — Ctrl+N answers it.").replace("%1", number)
            if number
            else ""
        )
        self.waiting.setVisible(bool(number))
