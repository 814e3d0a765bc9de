"""The queue dock: the live figures and the estimator's view on the "Now" tab, the trade-off
and day-plan charts on their own tabs (the dock is narrow).  A timer polls the source (it
never blocks), a throttle redraws at most ~7 times a second, Erlang sweeps run on the pool."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.callqueue.sources import QueueSource
from agentdesk.callqueue.tracker import QueueSnapshot, QueueTracker
from agentdesk.changes import Changes
from agentdesk.errors import KnownError, ValidationError
from agentdesk.services.forecast import DayForecast, ForecastService
from agentdesk.staffing.interval import IntervalInputs, service_curve
from agentdesk.staffing.plan import plan_day
from agentdesk.ui.errors import error_text
from agentdesk.ui.queue.day_plan_chart import DayPlanChart
from agentdesk.ui.queue.estimate import EstimatePanel
from agentdesk.ui.queue.figures import SYMBOLS, LiveFigures
from agentdesk.ui.queue.throttle import Throttle
from agentdesk.ui.queue.trade_off_chart import ServiceLevelChart
from agentdesk.ui.queue.words import (
    COLOURS,
    STALE_COLOUR,
    QueueWords,
    clock_text,
    minute_text,
)
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
POLL_MS = 250
CURVE_MARGIN = 8  # agents shown either side of the needed and predicted counts
PACE_AFTER_S = 300  # without a forecast, judge the pace once this much of the interval is gone
PACE_MIN_CALLS = 5


class QueueDock(QWidget):
    """Emits ``forecast_requested`` when the Forecast… button is pressed."""

    forecast_requested = Signal()

    def __init__(
        self,
        source: QueueSource,
        settings: QueueSettings,
        forecast: ForecastService,
        tasks: TaskRunner,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queueDock")
        self.source, self.settings, self._forecast, self._tasks = source, settings, forecast, tasks
        tasks.changed.connect(self._on_changes)  # a forecast saved or imported anywhere
        self._clock = clock
        self._words = QueueWords(self)
        self.tracker = QueueTracker(settings.interval_s, settings.answer_seconds)
        self.snapshot = QueueSnapshot()
        self.day_forecast: DayForecast | None = None
        self._forecast_day: date | None = None
        self._curve_key: tuple | None = None
        self._generation = 0
        self.figures = LiveFigures(self._words)
        self.figures.says_stale = False  # the headline above the tabs says it, once
        self.estimate = EstimatePanel(self._words)
        self.estimate.agents_changed.connect(self._on_estimate_agents_changed)
        self.trade_off = ServiceLevelChart()
        self.day_plan = DayPlanChart()
        self.headline = QLabel(objectName="queueHeadline")
        self.headline.setWordWrap(True)
        self.problem = QLabel(objectName="queueProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.forecast_button = QPushButton(self.tr("For&ecast…"), objectName="queueForecast")
        self.forecast_button.clicked.connect(self.forecast_requested)
        self.tabs = QTabWidget(objectName="queueTabs")
        self._build()
        self.throttle = Throttle(self.redraw, parent=self)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def _build(self) -> None:
        now = QWidget()
        column = QVBoxLayout(now)
        column.addWidget(self.figures)
        column.addWidget(self.estimate)
        column.addWidget(self.problem)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(now)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the what-if, not the frame
        day = QWidget()
        day_layout = QVBoxLayout(day)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day_plan, 1)
        day_layout.addWidget(self.forecast_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(scroll, self.tr("Now"))
        self.tabs.addTab(self.trade_off, self.tr("Trade-off"))
        self.tabs.addTab(day, self.tr("Day"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs)

    def sizeHint(self) -> QSize:
        # Wrapped labels and charts would ask for twice this; the dock shares a narrow side
        # with the playbook, and the call workspace needs the middle.
        return QSize(280, 460)

    # -- running ---------------------------------------------------------------------------
    def start(self) -> None:
        self.poll()
        self.timer.start()

    def shutdown(self) -> None:
        self.timer.stop()
        self.throttle.stop()
        self.source.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def poll(self) -> None:
        """Take what the source has (never waits), then ask for a redraw."""
        records = self.source.poll()
        if records:
            self.tracker.apply(records, self._clock())
        self.throttle.request()  # also without records: staleness grows with time

    def _on_changes(self, changes: Changes) -> None:
        if changes & Changes.FORECAST:
            self.reload_forecast()

    def reload_forecast(self) -> None:
        """The forecast was changed (or the day turned): read it again."""
        self._forecast_day = None
        self.redraw()

    # -- drawing ---------------------------------------------------------------------------
    def redraw(self) -> None:
        now = self._clock()
        local = now.astimezone()
        if local.date() != self._forecast_day:
            self._load_forecast(local.date())
        self.snapshot = snap = self.tracker.snapshot(now)
        self.figures.show_snapshot(snap, now, self.settings)
        source = self.source
        self.figures.show_source(
            self._words.source(source.kind, source.where, source.status),
            source.parser.malformed,
            source.parser.last_problem,
        )
        live = snap.has_data and not self.figures.stale
        inputs, basis = self._current_inputs(snap, local, live)
        self.estimate.set_inputs(inputs, basis)
        self.estimate.set_staffed(snap.staffed if live else None)
        minute = local.hour * 60 + local.minute + local.second / 60
        self.day_plan.mark_now(minute, snap.staffed if live else None)
        self._request_curve()
        self._show_headline(snap, live)

    def _show_headline(self, snap: QueueSnapshot, live: bool) -> None:
        """One line above the tabs, for a dock too short to show the whole Now tab."""
        e = self.estimate
        if not live:
            text, colour = self.figures.stale_label.text(), STALE_COLOUR
        else:
            text = (
                self.tr("%1 waiting, longest %2")
                .replace("%1", str(snap.waiting))
                .replace("%2", clock_text(snap.longest_wait_s if snap.waiting else 0))
            )
            colour = None
            if e.verdict is not None and e.requirement is not None and e.following_live:
                text = (
                    self.tr("%1 %2 · agents %3 of %4 needed")
                    .replace("%1", SYMBOLS[e.verdict])
                    .replace("%2", text)
                    .replace("%3", str(snap.staffed))
                    .replace("%4", str(e.requirement.required_agents))
                )
                colour = COLOURS[e.verdict]
        self.headline.setText(text)
        self.headline.setStyleSheet(
            f"font-weight: 600; color: {colour.name()};" if colour else "font-weight: 600;"
        )

    def _current_inputs(
        self, snap: QueueSnapshot, local: datetime, live: bool
    ) -> tuple[IntervalInputs | None, str]:
        """This interval's calls and handle time: the stored forecast, else the simulator's
        rates, else the live pace once enough of the interval has gone."""
        s = self.settings
        minute = local.hour * 60 + local.minute
        slot = self.day_forecast.slot_at(minute) if self.day_forecast else None
        try:
            if slot is not None and self.day_forecast is not None:
                if slot.calls <= 0:
                    return None, self.tr("Forecast for %1: no calls").replace("%1", slot.label)
                interval_s = self.day_forecast.interval_minutes * 60.0
                inputs = replace(s.inputs(slot.calls, slot.aht_s), interval_s=interval_s)
                return inputs, self._words.basis(self.tr("Forecast for %1"), slot.label, inputs)
            nominal = self.source.nominal()
            if nominal is not None:
                inputs = s.inputs(*nominal)
                return inputs, self._words.basis(self.tr("Simulator rates"), "", inputs)
            if live and snap.interval_start is not None:
                gone = (local - snap.interval_start).total_seconds()
                if gone >= PACE_AFTER_S and snap.offered >= PACE_MIN_CALLS:
                    calls = round(snap.offered * s.interval_s / gone)
                    inputs = s.inputs(calls, snap.aht_s)
                    return inputs, self._words.basis(self.tr("No forecast; live pace"), "", inputs)
        except ValidationError as error:
            return None, str(error)
        return None, self.tr("No forecast for %1, and too few calls to judge the pace").replace(
            "%1", minute_text(minute - minute % s.interval_minutes)
        )

    # -- the trade-off curve: swept on the CPU pool, the marker moved here -----------------
    def _on_estimate_agents_changed(self, agents: int) -> None:
        if self.trade_off.in_range(agents):
            self.trade_off.mark_agents(agents)
        else:
            self._request_curve()

    def _request_curve(self) -> None:
        inputs, need = self.estimate.inputs, self.estimate.requirement
        if inputs is None or need is None:
            if self._curve_key is not None:
                self._curve_key = None
                self.trade_off.show_curve((), None)
            return
        agents = self.estimate.agents
        key = self._curve_key
        if key is not None and key[0] == inputs and self.trade_off.in_range(agents):
            return
        low = max(1, min(need.required_agents, agents) - CURVE_MARGIN)
        high = max(need.required_agents, agents) + CURVE_MARGIN
        self._curve_key = (inputs, low, high)
        self._generation += 1
        generation, target = self._generation, inputs.target_service_level
        self._tasks.run_cpu(
            lambda: service_curve(inputs, range(low, high + 1)),
            lambda points: self._on_curve(generation, points, target),
            self._on_failed,
        )

    def _on_curve(self, generation: int, points, target: float) -> None:
        if generation != self._generation:
            return  # a newer sweep is on its way
        self.trade_off.agents = self.estimate.agents
        self.trade_off.show_curve(points, target)

    # -- the day plan ----------------------------------------------------------------------
    def _load_forecast(self, day: date) -> None:
        self._forecast_day = day
        self._tasks.run_query(
            lambda: self._forecast.day(day, self.settings.interval_minutes),
            self._on_forecast_loaded,
            self._on_failed,
        )

    def _on_forecast_loaded(self, forecast: DayForecast) -> None:
        self.day_forecast = forecast
        intervals = forecast.plan_intervals(self.settings)
        starts = [s.start_minute for s in forecast.slots]
        self._tasks.run_cpu(
            lambda: plan_day(intervals),
            lambda rows: self._on_plan(rows, starts, forecast.interval_minutes),
            self._on_failed,
        )

    def _on_plan(self, rows, starts: list[int], interval: int) -> None:
        self.day_plan.show_plan(rows, starts, interval)
        self.throttle.request()

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            log.error("queue dock: background work failed", exc_info=exc)
            return
        self.problem.setText(error_text(exc))
        self.problem.show()
