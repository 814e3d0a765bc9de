"""The hold step (T4): the permission script with why and an estimate, the caller's answer, the
call-back offer past the limit, the wait against the estimate with progress prompts and an
overrun alert, and the return with thanks by name. The rules live in flows/hold.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.hold import (
    AGREED,
    CALLBACK,
    DECLINED,
    MAX_REASON_LENGTH,
    HoldProcedure,
    HoldStatus,
    Stage,
)
from agentdesk.flows.procedures import capture_if_declared, go_to_kind
from agentdesk.ui.procedures.base import ProcedurePanel, heading, script_label
from agentdesk.ui.procedures.estimate_box import EstimateBox

REDRAW_MS = 500
ALERT_STYLE = (
    "background: #b00020; color: white; font-weight: 700; padding: 8px; border-radius: 4px;"
)
PROMPT_STYLE = "QWidget#holdPrompt { background: #fff4e0; color: #5c3700; border-radius: 4px; }"


def _literal(text: str) -> str:
    """Typed text inside a script template: braces are not placeholders."""
    return text.replace("{", "{{").replace("}", "}}")


class HoldPanel(ProcedurePanel):
    replaces_script = True  # its own scripts carry the reason, the estimate and the offer
    handled_checks = frozenset({"hold_permission", "thanked_for_waiting"})

    def __init__(
        self,
        engine: CallEngine,
        hold: HoldProcedure,
        clock: Callable[[], float],
        caller_number: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("holdPanel", parent)
        self.engine, self.hold, self._clock = engine, hold, clock
        self._caller_number = caller_number
        self.reason = QLineEdit(objectName="holdReason")
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("check your meter history"))
        self.reason.setMaxLength(500)
        self.estimate = EstimateBox(120)
        self.estimate.setObjectName("holdEstimate")
        self.ask_script = script_label("holdAskScript")
        self.ask_button = QPushButton(self.tr("&Ask the caller"), objectName="holdAsk")
        self.offer_button = QPushButton(self.tr("I &offered a call-back"), objectName="holdOffer")
        self.agree_button = QPushButton(self.tr("Agreed — &put on hold"), objectName="holdAgree")
        self.callback_button = QPushButton(
            self.tr("Pref&ers a call-back"), objectName="holdCallback"
        )
        self.decline_button = QPushButton(self.tr("&Declined"), objectName="holdDecline")
        self.info = QLabel(objectName="holdInfo")
        self.info.setWordWrap(True)
        # While on hold
        self.progress = QLabel(objectName="holdProgress")
        self.progress.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.bar = QProgressBar(objectName="holdBar", textVisible=False)
        self.alert = QLabel(objectName="holdOverrun")
        self.alert.setStyleSheet(ALERT_STYLE)
        self.alert.setWordWrap(True)
        self.prompt = QWidget(objectName="holdPrompt")
        self.prompt.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.prompt.setStyleSheet(PROMPT_STYLE)
        self.prompt_script = script_label("holdPromptScript")
        self.new_estimate = EstimateBox(None)
        self.new_estimate.setObjectName("holdNewEstimate")
        self.report_button = QPushButton(self.tr("&Reported progress"), objectName="holdReport")
        self.thanks_script = script_label("holdThanksScript")
        self.thanked = QCheckBox(self.tr("I &thanked the caller for waiting"), objectName="thanked")
        self.return_button = QPushButton(self.tr("Back on the &line"), objectName="holdReturn")
        self._build()
        self.ask_button.clicked.connect(self._on_ask)
        self.offer_button.clicked.connect(lambda: self._record(self.hold.offer_callback))
        self.agree_button.clicked.connect(self._on_agree)
        self.callback_button.clicked.connect(self._on_callback)
        self.decline_button.clicked.connect(
            lambda: self._record(lambda: self.hold.answer(DECLINED))
        )
        self.report_button.clicked.connect(self._on_report)
        self.return_button.clicked.connect(self._on_return)
        self.reason.textChanged.connect(self._show_ask_script)
        self.estimate.currentTextChanged.connect(self._show_ask_script)
        self._timer = QTimer(self, interval=REDRAW_MS)
        self._timer.timeout.connect(self.refresh)
        seg = hold.segment()
        if seg.stage == Stage.ASKED:  # a resumed call: show what was asked
            self.reason.setText(seg.reason)
            self.estimate.set_seconds(seg.estimate_seconds)
        self.refresh()

    def _build(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("I need to…"), self.reason)
        form.addRow(self.tr("Best estimate"), self.estimate)
        # What the representative says sits on one row (ask, then the call-back offer when the
        # estimate calls for one); the caller's three answers share the next row in equal
        # parts. A two-by-two grid left a lone button beside an empty cell whenever the offer
        # button was not needed (seen at 1366×768).
        asking = QHBoxLayout()
        asking.addWidget(self.ask_button)
        asking.addWidget(self.offer_button)
        asking.addStretch(1)
        answers = QHBoxLayout()
        for button in (self.agree_button, self.callback_button, self.decline_button):
            answers.addWidget(button, 1)
        self.answers = QWidget()
        self.answers.setLayout(answers)
        answers.setContentsMargins(0, 0, 0, 0)
        self.ask_page = QWidget()
        ask = QVBoxLayout(self.ask_page)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.addWidget(heading(self.tr("Ask first, then hold")))
        ask.addLayout(form)
        ask.addWidget(self.ask_script)
        ask.addLayout(asking)
        ask.addWidget(self.answers)
        prompt = QVBoxLayout(self.prompt)
        prompt.addWidget(heading(self.tr("Time to check back with the caller")))
        prompt.addWidget(self.prompt_script)
        prompt.addWidget(QLabel(self.tr("New estimate (optional)")))
        row = QHBoxLayout()
        row.addWidget(self.new_estimate)
        row.addWidget(self.report_button)
        row.addStretch(1)
        prompt.addLayout(row)
        self.hold_page = QWidget()
        holding = QVBoxLayout(self.hold_page)
        holding.setContentsMargins(0, 0, 0, 0)
        holding.addWidget(self.progress)
        holding.addWidget(self.bar)
        holding.addWidget(self.alert)
        holding.addWidget(self.prompt)
        holding.addWidget(heading(self.tr("When you are back")))
        holding.addWidget(self.thanks_script)
        back = QHBoxLayout()
        back.addWidget(self.thanked)
        back.addWidget(self.return_button)
        back.addStretch(1)
        holding.addLayout(back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.ask_page)
        layout.addWidget(self.hold_page)
        layout.addWidget(self.error)

    # -- showing -----------------------------------------------------------------------
    def sync(self) -> None:
        """Built ahead, now shown: the hold as the call has it now."""
        self.refresh()

    def refresh(self) -> None:
        if self._detached:
            self._timer.stop()
            return
        status = self.hold.status(self._clock())
        on_hold = status.stage == Stage.ON_HOLD
        self.ask_page.setVisible(not on_hold)
        self.hold_page.setVisible(on_hold)
        if on_hold:
            self._show_holding(status)
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self._show_asking(status)

    def _show_asking(self, status: HoldStatus) -> None:
        seg, asked = status.segment, status.stage == Stage.ASKED
        self.answers.setVisible(asked)
        must_offer = asked and status.needs_offer and not seg.offered
        self.offer_button.setVisible(must_offer)
        self.agree_button.setEnabled(not must_offer)
        tip = self.words.refusal("callback_offer_needed") if must_offer else ""
        self.agree_button.setToolTip(tip)
        self.ask_button.setText(self.tr("&Ask again") if asked else self.tr("&Ask the caller"))
        info = {
            Stage.DECLINED: self.tr("The caller would rather not hold: carry on with them."),
            Stage.RETURNED: self.tr("Back on the line after %1 (holds in this call: %2).")
            .replace("%1", self.words.clock(status.elapsed))
            .replace("%2", str(status.holds_done)),
            Stage.ASKED: self.tr("Wait for the caller's answer, then record it."),
        }.get(status.stage, "")
        self.info.setText(info)
        self.info.setVisible(bool(info))
        self._show_ask_script()

    def _show_ask_script(self) -> None:
        seconds = self.estimate.seconds()
        how_long = self.words.spoken(seconds) if seconds else self.tr("a moment")
        why = _literal(self.reason.text().strip() or self.tr("look into this")).rstrip(".")
        offer = seconds is not None and self.hold.needs_offer(seconds)
        limit = self.words.spoken(self.hold.callback_after_seconds) if offer else ""
        self.ask_script.setText(self.engine.render(self.words.hold_ask(how_long, why, limit)))

    def _show_holding(self, status: HoldStatus) -> None:
        self.progress.setText(
            self.tr("On hold %1 of about %2")
            .replace("%1", self.words.clock(status.elapsed))
            .replace("%2", self.words.clock(status.estimate))
        )
        self.bar.setMaximum(max(1, int(status.estimate)))
        self.bar.setValue(min(int(status.elapsed), self.bar.maximum()))
        over = status.overrun > 0
        self.alert.setVisible(over)
        if over:
            self.alert.setText(
                self.tr("Past the estimate by %1 — check back with the caller now.").replace(
                    "%1", self.words.clock(status.overrun)
                )
            )
            self.alert.setAccessibleDescription(self.alert.text())
        due = status.report_due or over
        self.prompt.setVisible(due)
        if due:
            more = self.new_estimate.seconds() or max(60.0, status.estimate - status.elapsed)
            script = self.words.hold_progress(self.words.spoken(more))
            self.prompt_script.setText(self.engine.render(script))
        self.thanks_script.setText(
            self.engine.render(self.tr("Thank you for waiting[, {caller_name}]."))
        )

    # -- acting --------------------------------------------------------------------------
    def _record(self, action: Callable[[], object], focus: QWidget | None = None) -> bool:
        done = self.act(action) is not None
        if done:
            self.changed.emit()
            self.refresh()
            target = focus or self.first_focus()
            if target is not None:
                target.setFocus()
        return done

    def _on_ask(self) -> None:
        seconds = self.estimate.seconds()
        if seconds is None:
            self.error.show_error(self.words.refusal("estimate_invalid"))
            self.estimate.setFocus()
            return
        self._record(lambda: self.hold.ask(self.reason.text(), seconds))

    def _on_agree(self) -> None:
        if self._record(lambda: self.hold.answer(AGREED)):
            self._record(self.hold.start, self.thanked)

    def _on_callback(self) -> None:
        reason = self.hold.segment().reason
        if not self._record(lambda: self.hold.answer(CALLBACK)):
            return

        def move() -> None:
            if not self.engine.fields.get("callback_reason"):
                capture_if_declared(self.engine, "callback_reason", reason)
            if self._caller_number and not self.engine.fields.get("callback_number"):
                capture_if_declared(self.engine, "callback_number", self._caller_number)
            go_to_kind(self.engine, "callback")
            return True

        if self.act(move):
            self.flow_moved.emit()

    def _on_report(self) -> None:
        remaining = self.new_estimate.seconds() if self.new_estimate.currentText() else None
        if self._record(lambda: self.hold.check_back(remaining), self.thanked):
            self.new_estimate.set_seconds(None)

    def _on_return(self) -> None:
        used_name = bool(self.engine.render("{caller_name}"))
        thanked = self.thanked.isChecked()
        if self._record(lambda: self.hold.end(thanked=thanked, used_name=used_name)):
            self.thanked.setChecked(False)

    def first_focus(self) -> QWidget | None:
        stage = self.hold.segment().stage
        if stage == Stage.ON_HOLD:
            return self.report_button if self.prompt.isVisible() else self.thanked
        if stage == Stage.ASKED:
            return self.offer_button if self.offer_button.isVisible() else self.agree_button
        return self.reason

    def tab_chain(self) -> list[QWidget]:
        return [
            self.reason, self.estimate, self.ask_button, self.offer_button, self.agree_button,
            self.callback_button, self.decline_button, self.new_estimate, self.report_button,
            self.thanked, self.return_button,
        ]  # fmt: skip

    def commit_all(self) -> bool:
        """The call cannot move on (or end) while the caller still waits on hold."""
        if self._detached or not self.engine.on_hold:
            return True
        self.error.show_error(
            self.tr("The caller is still on hold: take them off hold first (Back on the line).")
        )
        self.return_button.setFocus()
        return False

    def detach(self) -> None:
        super().detach()
        self._timer.stop()
