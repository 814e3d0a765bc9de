"""The day, interval by interval (O4: not a daily average): agents needed on the phones and
staff to schedule above them for shrinkage (O3), with now and the agents staffed marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from agentdesk.staffing.plan import PlanRow
from agentdesk.ui.common.axes import set_count_axis
from agentdesk.ui.queue.trade_off_chart import (
    DASHED,
    DOTTED,
    LEVEL_COLOUR,
    MARK_COLOUR,
    OCCUPANCY_COLOUR,
    POINT,
    SOLID,
    ChartPanel,
    new_chart,
    pen,
)


def steps(starts: Sequence[int], values: Sequence[float], interval: int) -> list[QPointF]:
    """A step line: each interval's value held flat from its start to its end (in hours)."""
    out = []
    for start, value in zip(starts, values, strict=True):
        out.append(QPointF(start / 60, value))
        out.append(QPointF((start + interval) / 60, value))
    return out


class DayPlanChart(ChartPanel):
    """show_plan() when the forecast or settings change; mark_now() every redraw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dayPlanChart", parent)
        self.set_legend(
            [
                (self.tr("Agents needed"), LEVEL_COLOUR, SOLID),
                (self.tr("Staff to schedule (with shrinkage)"), OCCUPANCY_COLOUR, DASHED),
                (self.tr("Now"), MARK_COLOUR, DOTTED),
                (self.tr("Staffed now"), MARK_COLOUR, POINT),
            ]
        )
        self.rows: list[PlanRow] = []
        self.starts: list[int] = []
        self._top = 1.0
        self.show_plan((), (), 30)

    def show_plan(self, rows: Sequence[PlanRow], starts: Sequence[int], interval: int) -> None:
        chart = new_chart(self.tr("Agents needed per interval today"))
        self.rows, self.starts = list(rows), list(starts)
        self.needed_series = QLineSeries(name=self.tr("Agents needed"))
        self.needed_series.setPen(pen(LEVEL_COLOUR))
        self.staff_series = QLineSeries(name=self.tr("Staff to schedule"))
        self.staff_series.setPen(pen(OCCUPANCY_COLOUR, Qt.PenStyle.DashLine))
        self.now_series = QLineSeries(name=self.tr("Now"))
        self.now_series.setPen(pen(MARK_COLOUR, Qt.PenStyle.DotLine, 1.5))
        self.staffed_point = QScatterSeries(name=self.tr("Staffed now"))
        self.staffed_point.setMarkerSize(9)
        self.staffed_point.setColor(MARK_COLOUR)
        self.needed_series.append(steps(starts, [r.required_agents for r in rows], interval))
        self.staff_series.append(steps(starts, [r.scheduled_staff for r in rows], interval))
        first = starts[0] / 60 if starts else 8.0
        last = (starts[-1] + interval) / 60 if starts else 18.0
        self._top = max([r.scheduled_staff for r in rows] + [1]) * 1.15
        x = QValueAxis()
        x.setRange(first, max(last, first + 1))
        x.setTickType(QValueAxis.TickType.TicksDynamic)
        x.setTickAnchor(0)
        x.setLabelFormat("%.0f:00")
        self.x_axis = x
        self._fit_hours()
        x.setTitleText(self.tr("Time of day"))
        y = QValueAxis()
        self._top = set_count_axis(y, self._top, most=5)  # agents: whole numbers
        for series in (self.needed_series, self.staff_series, self.now_series, self.staffed_point):
            chart.addSeries(series)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x)
            series.attachAxis(y)
        self.set_chart(chart)

    def _fit_hours(self) -> None:
        """An hour label every 1, 2, 3, 4 or 6 hours: as many as fit side by side, never
        cut to "10:…" in a narrow dock."""
        x = self.x_axis
        span = max(1.0, x.max() - x.min())
        metrics = QFontMetrics(x.labelsFont())
        label = metrics.horizontalAdvance("00:00") + metrics.averageCharWidth() * 2
        room = max(1, self.view.width() - 70)  # the y axis and its title take the rest
        hours = next((h for h in (1, 2, 3, 4, 6) if (span / h + 1) * label <= room), 6)
        x.setTickInterval(hours)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hours()

    def mark_now(self, minute: float | None, staffed: int | None) -> None:
        """The current time as a vertical line, the agents staffed now as a point."""
        if minute is None or not self.starts:
            self.now_series.clear()
            self.staffed_point.clear()
            return
        hour = minute / 60
        self.now_series.replace([QPointF(hour, 0), QPointF(hour, self._top)])
        if staffed is None:
            self.staffed_point.clear()
        else:
            self.staffed_point.replace([QPointF(hour, staffed)])
