"""The call-back step: number (read back digit by digit), a time window and what it is about;
booking fills the step's fields (the wrap-up makes the task) and logs `callback_booked`."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.flows.callback import (
    FIELDS,
    MAX_REASON_LENGTH,
    CallbackBooking,
    CallbackRequest,
    callback_problems,
)
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.message import number_groups
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.locale_text import datetime_format
from agentdesk.ui.procedures.base import ProcedurePanel, heading, script_label

ISO = "yyyy-MM-ddTHH:mm"


def spoken_number(groups: tuple[str, ...]) -> str:
    """ "020 7946" -> "0 2 0 — 7 9 4 6": each digit said on its own, groups apart."""
    return " — ".join(" ".join(group) for group in groups)


class CallbackPanel(ProcedurePanel):
    handled_fields = frozenset(FIELDS)
    handled_checks = frozenset({"read_back_callback_number"})

    def __init__(
        self,
        engine: CallEngine,
        region: str,
        caller_number: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("callbackPanel", parent)
        self.engine, self.booking = engine, CallbackBooking(engine, region)
        self.region = region
        fields = engine.fields
        self.number = QLineEdit(str(fields.get("callback_number") or caller_number or ""))
        self.number.setObjectName("callbackNumber")
        start = QDateTime.currentDateTime().addSecs(3600)
        start.setTime(QTime(start.time().hour(), 0))
        self.due = self._when("callbackDue", fields.get("callback_due"), start)
        self.until = self._when("callbackUntil", fields.get("callback_until"), start.addSecs(7200))
        self.reason = QLineEdit(str(fields.get("callback_reason") or fields.get("reason") or ""))
        self.number.setMaxLength(limits.PHONE)
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason.setObjectName("callbackReason")
        self.reason.setMaxLength(500)
        self.problems = {k: ErrorLabel() for k in ("number", "due", "until", "reason")}
        self.spoken = script_label("callbackReadBack")
        self.read_back = QCheckBox(
            self.tr("I read the number back; the caller confir&med it"),
            objectName="callbackReadBackDone",
        )
        self.book_button = QPushButton(self.tr("Book the call-&back"), objectName="callbackBook")
        self.booked = QLabel(objectName="callbackBooked")
        self.booked.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget, key in (
            (self.tr("Number to call"), self.number, "number"),
            (self.tr("Call back from"), self.due, "due"),
            (self.tr("Call back by"), self.until, "until"),
            (self.tr("What it is about"), self.reason, "reason"),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.problems[key])
            form.addRow(label, box)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Book the call-back")))
        layout.addLayout(form)
        layout.addWidget(self.spoken)
        layout.addWidget(self.read_back)
        layout.addWidget(self.book_button)
        layout.addWidget(self.booked)
        layout.addWidget(self.error)
        self.number.textChanged.connect(self._show_spoken)
        self.book_button.clicked.connect(self._on_book)
        self._show_spoken()
        self._show_booked()

    def _when(self, name: str, value: object, default: QDateTime) -> QDateTimeEdit:
        edit = QDateTimeEdit(objectName=name)
        edit.setDisplayFormat(datetime_format())
        edit.setCalendarPopup(True)
        parsed = QDateTime.fromString(str(value or ""), ISO)
        edit.setDateTime(parsed if parsed.isValid() else default)
        return edit

    def request(self) -> CallbackRequest:
        return CallbackRequest(
            self.number.text(),
            self.due.dateTime().toString(ISO),
            self.until.dateTime().toString(ISO),
            self.reason.text(),
        )

    def _show_spoken(self) -> None:
        groups = number_groups(self.number.text(), self.region)
        self.spoken.setText(
            self.tr("Read back: %1").replace("%1", spoken_number(groups))
            if groups
            else self.tr("Type the number to read it back digit by digit.")
        )

    def _show_booked(self) -> None:
        booked = [e for e in self.engine.events if e.kind == "callback_booked"]
        self.booked.setVisible(bool(booked))
        if booked:
            data = booked[-1].data
            self.booked.setText(
                self.tr("Booked: %1, %2 to %3. Press Ctrl+Return to go on.")
                .replace("%1", str(data.get("number")))
                .replace("%2", str(data.get("due", "")).replace("T", " "))
                .replace("%3", str(data.get("window_end") or "").replace("T", " "))
            )

    def _on_book(self) -> None:
        request = self.request()
        found = dict(callback_problems(request, self.region))
        for key, label in self.problems.items():
            label.show_error(self.words.refusal(found[key]) if key in found else "")
        if found:
            return
        done = self.act(
            lambda: self.booking.book(request, number_read_back=self.read_back.isChecked())
        )
        if done is not None:
            self.number.setText(str(done.data["number"]))
            self._show_booked()
            self.changed.emit()

    def first_focus(self) -> QWidget | None:
        return self.number if not self.number.text() else self.reason

    def tab_chain(self) -> list[QWidget]:
        return [self.number, self.due, self.until, self.reason, self.read_back, self.book_button]
