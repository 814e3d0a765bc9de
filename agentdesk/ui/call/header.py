"""The top of a call: status, who is calling, their number, the timers, End call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.state import Phase
from agentdesk.ui.call.timer import CallTimer
from agentdesk.ui.common.elided import ElidedLabel

_STATUS_STYLE = "border-radius: 4px; padding: 2px 8px; font-weight: 600; color: white;"


class CallHeader(QWidget):
    """``end_requested`` when End call is clicked (Ctrl+E is the window's action)."""

    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(objectName="callStatus")
        # One line however long the name: shortened with "…", all of it in the tooltip.
        self.who = ElidedLabel(objectName="callerName")
        self.who.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.detail = QLabel(objectName="callDetail")
        self.detail.setStyleSheet("color: palette(placeholder-text);")
        self.detail.setWordWrap(True)
        self.timer = CallTimer()
        self.end_button = QPushButton(self.tr("End call (Ctrl+E)"), objectName="endCall")
        self.end_button.setToolTip(self.tr("The conversation is over: go to the wrap-up"))
        self.end_button.clicked.connect(self.end_requested)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.setHorizontalSpacing(12)
        centre = Qt.AlignmentFlag.AlignVCenter
        # The name gets the whole first row beside the button; the timer sits under the
        # button, so a narrow centre (wide docks) never squeezes the caller's name.
        layout.addWidget(self.status, 0, 0, 2, 1, centre)
        layout.addWidget(self.who, 0, 1)
        layout.addWidget(self.end_button, 0, 2, centre | Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.detail, 1, 1)
        layout.addWidget(self.timer, 1, 2, centre | Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(1, 1)

    def show_call(
        self, engine: CallEngine, customer_name: str, number: str | None, channel: str
    ) -> None:
        in_call = engine.phase == Phase.IN_CALL
        if in_call and engine.on_hold:
            self.status.setText(self.tr("On hold"))
            colour = "#1f5fa8"
        else:
            self.status.setText(self.tr("In call") if in_call else self.tr("After-call work"))
            colour = "#1b6e20" if in_call else "#8a5300"
        self.status.setStyleSheet(f"background: {colour}; {_STATUS_STYLE}")
        caller = (
            engine.render("{caller_name}")
            or " ".join(str(engine.fields.get(p) or "") for p in ("first_name", "surname")).strip()
        )
        if customer_name:
            who = self.tr("Customer: %1").replace("%1", customer_name)
            if caller and caller not in customer_name:
                who += f" ({caller})"
        elif caller:
            who = self.tr("Caller: %1").replace("%1", caller)
        else:
            who = self.tr("Caller not identified yet")
        self.who.setText(who)
        channel_text = self.tr("Chat") if channel == "chat" else self.tr("Phone")
        parts = [engine.flow.title, channel_text] + ([number] if number else [])
        self.detail.setText("  ·  ".join(parts))
        self.end_button.setVisible(in_call)
        self.timer.set_engine(engine)

    def clear(self) -> None:
        self.timer.set_engine(None)
