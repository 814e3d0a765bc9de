"""The identity check (G1): how many of the step's questions the caller has answered, and
"Verified" / "Could not verify", each recorded in the call log before the call moves on."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.errors import KnownError
from agentdesk.flows import verify
from agentdesk.flows.engine import CallEngine
from agentdesk.ui.errors import error_text
from agentdesk.ui.procedures.base import ProcedurePanel, heading


class VerifyPanel(ProcedurePanel):
    handled_fields = frozenset({verify.FIELD})

    def __init__(self, engine: CallEngine, parent: QWidget | None = None) -> None:
        super().__init__("verifyPanel", parent)
        self.engine = engine
        self.count = QLabel(objectName="verifyCount")
        self.count.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.hint = QLabel(
            self.tr(
                "Tick each answer that matches the account. Never read the answer out; "
                "until the caller passes, only their name is shown."
            )
        )
        self.hint.setWordWrap(True)
        self.verified = QPushButton(self.tr("&Identity verified"), objectName="verifyPassed")
        self.verified.clicked.connect(self.confirm)
        self.failed_button = QPushButton(self.tr("Could not v&erify"), objectName="verifyFailed")
        self.failed_button.clicked.connect(self.fail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.failed_button)
        buttons.addWidget(self.verified)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check the caller's identity")))
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.on_checks_changed()

    def on_checks_changed(self) -> None:
        state = verify.verification(self.engine)
        self.count.setText(
            self.tr("%1 of %2 needed answers match")
            .replace("%1", str(state.matched))
            .replace("%2", str(state.required))
        )
        self.verified.setEnabled(state.enough)

    def first_focus(self) -> QWidget | None:
        return None

    def tab_chain(self) -> list[QWidget]:
        return [self.failed_button, self.verified]

    def confirm(self) -> None:
        self._record(verify.confirm, passed=True)

    def fail(self) -> None:
        self._record(verify.fail, passed=False)

    def _record(self, action, *, passed: bool) -> None:
        try:
            action(self.engine)
        except KnownError as exc:
            self.error.show_error(error_text(exc))
            return
        self.changed.emit()
        for option in self.engine.options():
            needs = verify.FIELD in option.transition.guard.requires
            if option.enabled and needs == passed:
                self.engine.take(option.index)
                self.flow_moved.emit()
                return
