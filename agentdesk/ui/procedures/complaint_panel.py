"""The complaint step: the reference to give the customer and the date promised, created as
the step opens (and logged); what it is about, what they want and escalation are the step's
own fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agentdesk.errors import KnownError
from agentdesk.flows import complaint
from agentdesk.flows.engine import CallEngine
from agentdesk.ui.errors import error_text
from agentdesk.ui.procedures.base import ProcedurePanel, heading, script_label


class ComplaintPanel(ProcedurePanel):
    handled_fields = frozenset({complaint.REFERENCE, complaint.DUE})

    def __init__(
        self,
        engine: CallEngine,
        response_days: int,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("complaintPanel", parent)
        self.engine = engine
        try:
            complaint.open_complaint(engine, today or dt.date.today(), response_days)
        except KnownError as exc:
            self.error.show_error(error_text(exc))
        reference = str(engine.fields.get(complaint.REFERENCE) or "–")
        due = engine.fields.get(complaint.DUE)
        when = dt.date.fromisoformat(str(due)).strftime("%A %d %B %Y") if due else "–"
        self.reference = script_label("complaintReference")
        self.reference.setText(
            self.tr("Reference %1 — spell it out: %2")
            .replace("%1", reference)
            .replace("%2", " ".join(reference.replace("-", "")))
        )
        self.due = QLabel(
            self.tr("Answer promised by %1 (%2 days)")
            .replace("%1", when)
            .replace("%2", str(response_days)),
            objectName="complaintDue",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Give the customer the reference and the date")))
        layout.addWidget(self.reference)
        layout.addWidget(self.due)
        layout.addWidget(self.error)
