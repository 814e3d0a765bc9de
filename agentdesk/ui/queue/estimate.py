"""The estimator's view of the current interval: agents needed against staffed, and what a
given number of agents would achieve (what-if: the spin box, or + and - on the keyboard)."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.callqueue.verdict import Verdict, judge_staffing
from agentdesk.staffing.cautions import cautions
from agentdesk.staffing.interval import (
    IntervalInputs,
    Performance,
    Requirement,
    performance,
    required_agents,
)
from agentdesk.ui.queue.figures import SYMBOLS, small_label, value_label
from agentdesk.ui.queue.words import COLOURS, QueueWords, clock_text, percent_text

MAX_AGENTS = 100_000
_PLUS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)


class EstimatePanel(QWidget):
    """Emits ``agents_changed(n)`` whenever the agents the prediction is for change."""

    agents_changed = Signal(int)

    def __init__(self, words: QueueWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self.inputs: IntervalInputs | None = None
        self.requirement: Requirement | None = None
        self.prediction: Performance | None = None
        self.verdict: Verdict | None = None
        self.staffed: int | None = None
        self.following_live = True
        self._setting = False
        self.basis = small_label("queueBasis")
        self.needed = value_label("queueNeeded", self.tr("Agents needed"))
        self.schedule = value_label("queueSchedule", self.tr("Staff to schedule"))
        self.staffed_label = value_label("queueStaffed", self.tr("Agents staffed now"))
        self.what_if = QSpinBox(objectName="queueWhatIf")
        self.what_if.setRange(1, MAX_AGENTS)
        self.what_if.setAccessibleName(self.tr("Agents for the prediction"))
        self.what_if.setToolTip(self.tr("What if this many agents answered calls? (+ and -)"))
        self.what_if.valueChanged.connect(self._on_what_if_value_changed)
        self.what_if.installEventFilter(self)
        self.live = QPushButton(self.tr("Live"), objectName="queueLive")
        self.live.setToolTip(self.tr("Predict for the agents staffed now"))
        self.live.clicked.connect(self.follow_live)
        self.level = value_label("queuePredictedLevel", self.tr("Predicted service level"))
        self.asa = value_label("queueAsa", self.tr("ASA (answered calls)"))
        self.mean_wait = value_label("queueMeanWait", self.tr("Mean wait, all callers"))
        self.mean_wait.setToolTip(
            self.tr("Counts the callers who hung up as well as those answered")
        )
        self.occupancy = value_label("queueOccupancy", self.tr("Occupancy"))
        self.abandoned = value_label("queueAbandoned", self.tr("Abandoned"))
        self.caution_label = QLabel(objectName="queueCaution")
        self.caution_label.setWordWrap(True)
        self.caution_label.setStyleSheet(f"color: {COLOURS[Verdict.SHORT].name()};")
        self.verdict_label = QLabel(objectName="queueVerdict")
        self.verdict_label.setWordWrap(True)
        self._build()
        self._show()

    def _build(self) -> None:
        group = QGroupBox(self.tr("Staffing for this interval"), objectName="queueEstimate")
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.basis)
        form.addRow(self.tr("Agents needed"), self.needed)
        form.addRow(self.tr("Staff to schedule"), self.schedule)
        form.addRow(self.tr("Agents staffed now"), self.staffed_label)
        row = QHBoxLayout()
        row.addWidget(self.what_if, 1)
        row.addWidget(self.live)
        label = QLabel(self.tr("What if"))
        label.setBuddy(self.what_if)
        form.addRow(label, row)
        form.addRow(self.tr("Service level"), self.level)
        # ASA over answered calls and the mean wait of all callers side by side, each named:
        # one row, so the Now tab still fits its dock without scrolling.
        waits = QHBoxLayout()
        waits.setSpacing(4)
        waits.addWidget(self.asa)
        waits.addWidget(QLabel(self.tr("· all callers")))
        waits.addWidget(self.mean_wait)
        waits.addStretch(1)
        form.addRow(self.tr("ASA (answered)"), waits)
        form.addRow(self.tr("Occupancy"), self.occupancy)
        form.addRow(self.tr("Abandoned"), self.abandoned)
        form.addRow(self.verdict_label)
        form.addRow(self.caution_label)
        self._form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(group)

    # -- inputs ----------------------------------------------------------------------------
    @property
    def agents(self) -> int:
        return self.what_if.value()

    def set_inputs(self, inputs: IntervalInputs | None, basis: str) -> None:
        """A new interval, forecast or pace; microseconds of Erlang maths, so done here."""
        self.basis.setText(basis)
        if inputs == self.inputs:
            return
        self.inputs = inputs
        self.requirement = required_agents(inputs) if inputs is not None else None
        if self.following_live and not self.staffed and self.requirement is not None:
            self._set_value(self.requirement.required_agents)
        self._show()

    def set_staffed(self, staffed: int | None) -> None:
        """Agents logged in now (None: no live data); the what-if follows it unless moved."""
        if staffed == self.staffed:
            return
        self.staffed = staffed
        self.staffed_label.setText("–" if staffed is None else str(staffed))
        if self.following_live and staffed:
            self._set_value(staffed)
        self._show()

    def step(self, delta: int) -> None:
        self.what_if.setValue(self.what_if.value() + delta)

    def follow_live(self) -> None:
        self.following_live = True
        if self.staffed:
            self._set_value(self.staffed)
        elif self.requirement is not None:
            self._set_value(self.requirement.required_agents)
        self._show()

    def _set_value(self, value: int) -> None:
        self._setting = True
        try:
            self.what_if.setValue(max(1, value))
        finally:
            self._setting = False

    def _on_what_if_value_changed(self, value: int) -> None:
        if not self._setting:
            self.following_live = False
        self._show()

    # -- keyboard: + and - step the what-if from the spin box or anywhere in the panel -----
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._step_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._step_key(event):
            super().keyPressEvent(event)

    def _step_key(self, event: QKeyEvent) -> bool:
        if event.key() in _PLUS:
            self.step(1)
        elif event.key() == Qt.Key.Key_Minus:
            self.step(-1)
        else:
            return False
        return True

    def _set_caution(self, text: str) -> None:
        """An unsafe plan in words, or nothing (and no room taken: the Now tab is short)."""
        self.caution_label.setText(text)
        form = getattr(self, "_form", None)
        if form is not None:
            form.setRowVisible(self.caution_label, bool(text))  # a hidden row takes no spacing

    # -- showing ---------------------------------------------------------------------------
    def _show(self) -> None:
        inputs, need = self.inputs, self.requirement
        self.live.setEnabled(not self.following_live)
        if inputs is None or need is None:
            self.prediction = self.verdict = None
            for label in (
                self.needed,
                self.level,
                self.asa,
                self.mean_wait,
                self.occupancy,
                self.abandoned,
            ):
                label.setText("–")
            self._set_caution("")
            self.schedule.setText("")
            self.verdict_label.setText(self.tr("No forecast for this interval: nothing to compare"))
            self.verdict_label.setStyleSheet("")
            self.agents_changed.emit(self.agents)
            return
        agents = self.agents
        self.prediction = p = performance(inputs, agents)
        self.needed.setText(str(need.required_agents))
        self.schedule.setText(
            self.tr("%1 (%2 shrinkage)")
            .replace("%1", str(need.scheduled_staff))
            .replace("%2", percent_text(inputs.shrinkage))
        )
        self.level.setText(percent_text(p.service_level))
        self.asa.setText(
            clock_text(p.asa_s) if math.isfinite(p.asa_s) else self.tr("unbounded: queue grows")
        )
        self.mean_wait.setText(
            clock_text(p.mean_wait_s)
            if math.isfinite(p.mean_wait_s)
            else self.tr("unbounded: queue grows")
        )
        self.occupancy.setText(percent_text(p.occupancy))
        self.abandoned.setText(percent_text(p.abandon_rate))
        self._set_caution(
            "\n".join(
                self._words.caution(f)
                for f in cautions(p.occupancy, p.abandon_rate, inputs.shrinkage)
            )
        )
        self.verdict = judge_staffing(
            agents, need.required_agents, p.service_level, inputs.target_service_level
        )
        short_by = max(0, need.required_agents - agents)
        who = (
            self.tr("Staffed now: %1")
            if self.following_live and self.staffed
            else self.tr("What-if: %1")
        ).replace("%1", str(agents))
        self.verdict_label.setText(
            self.tr("%1 %2 — %3")
            .replace("%1", SYMBOLS[self.verdict])
            .replace("%2", who)
            .replace("%3", self._words.staffing(self.verdict, short_by))
        )
        colour = COLOURS[self.verdict].name()
        self.verdict_label.setStyleSheet(
            f"color: {colour}; font-weight: 600; border-left: 4px solid {colour}; "
            "padding-left: 4px;"
        )
        self.agents_changed.emit(agents)
