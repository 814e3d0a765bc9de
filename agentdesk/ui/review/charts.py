"""Dashboard charts: the handle-time histogram (O4) and the adherence trend."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFontMetrics, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from agentdesk.review.kpi import Distribution
from agentdesk.services.kpi import TrendPoint
from agentdesk.ui.common.axes import LABEL_PADDING, duration_label, label_every, set_count_axis
from agentdesk.ui.common.chart_title import fit_title, wrapped
from agentdesk.ui.common.locale_text import day_month_format

BAR_COLOUR = QColor("#3b6ea5")
LINE_COLOUR = QColor("#1b6e20")


def _chart(title: str, view: QChartView) -> QChart:
    """A new chart for ``view`` with ``title`` broken into lines that fit it."""
    chart = QChart()
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.setProperty("chart_title", title)
    fit_title(chart, title, view.width())
    return chart


def refit_title(view: QChartView, width: int) -> None:
    """After a resize: the title's lines for the new width."""
    title = view.property("chart_title")
    if view.chart() is not None and isinstance(title, str):
        fit_title(view.chart(), title, width)


class HandleTimeChart(QChartView):
    """Contacts per handle-time band; the last band is open-ended. Band edges are labelled as
    clock times ("0:30", "1:00"), as many as fit; counts have whole-number ticks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handleTimeChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)
        self.labels: list[str] = []  # each band's start, as a clock time
        self.counts: list[int] = []
        self.x_axis = QCategoryAxis()
        self.y_axis = QValueAxis()
        self._edges: list[str] = []
        self._x_title = ""
        self.show_distribution(Distribution(0, None, (), ()))

    def show_distribution(self, dist: Distribution) -> None:
        chart = _chart(self.tr("Handle time: contacts per band"), self)
        self.labels = [duration_label(b.low) for b in dist.bins]
        last = dist.bins[-1] if dist.bins else None
        ends = [duration_label(last.high)] if last is not None and last.high is not None else []
        self._edges = self.labels + ends
        self.counts = [b.count for b in dist.bins]
        bars = QBarSet(self.tr("Contacts"))
        bars.setColor(BAR_COLOUR)
        bars.append([float(c) for c in self.counts])
        series = QBarSeries()
        series.setBarWidth(0.9)
        series.append(bars)
        chart.addSeries(series)
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setGridLineVisible(False)
        open_ended = last is not None and last.high is None
        self._x_title = (
            self.tr("Handle time (min:s); the last band: that long or longer")
            if open_ended
            else self.tr("Handle time (min:s)")
        )
        self.x_axis.setTitleText(self._x_title)
        self.y_axis = QValueAxis()
        set_count_axis(self.y_axis, max(self.counts, default=0))
        self.y_axis.setTitleText(self.tr("Contacts"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self._label_edges()

    def shown_edges(self) -> list[str]:
        """The band edges that carry a label at the current width."""
        return list(self.x_axis.categoriesLabels())

    def _label_edges(self) -> None:
        """Every n-th band edge, n chosen so the labels fit side by side."""
        axis = self.x_axis
        for label in axis.categoriesLabels():
            axis.remove(label)
        n = max(1, len(self.counts))
        axis.setStartValue(-0.5)
        axis.setRange(-0.5, n - 0.5)
        if not self._edges:
            return
        metrics = QFontMetrics(axis.labelsFont())
        widest = (
            max(metrics.horizontalAdvance(e) for e in self._edges) + metrics.averageCharWidth() * 2
        )
        room = self.chart().plotArea().width() or self.width() - 90
        # The axis title in as many lines as the plot's width needs (Italian runs long).
        axis.setTitleText(wrapped(self._x_title, QFontMetricsF(axis.titleFont()), room - 8))
        every = label_every(len(self._edges), room, widest)
        for i, edge in enumerate(self._edges):
            if i % every == 0:
                # Labels sit on category end values; the first edge needs a category that
                # ends exactly at the axis start, so it is nudged by a hair.
                axis.append(edge, i - 0.5 if i else -0.4999)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        refit_title(self, event.size().width())
        self._label_edges()


class AdherenceTrendChart(QChartView):
    """Mean stored adherence score per day, 0–100%."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adherenceTrendChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)
        self.points: list[tuple[dt.date, float]] = []
        self.x_axis: QDateTimeAxis | None = None
        self.show_trend(())

    def show_trend(self, trend: Sequence[TrendPoint]) -> None:
        chart = _chart(self.tr("Script adherence per day"), self)
        series = QLineSeries()
        series.setColor(LINE_COLOUR)
        series.setPointsVisible(True)
        self.points = [(p.day, p.adherence * 100) for p in trend]
        for day, value in self.points:
            series.append(_msecs(day), value)
        chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat(day_month_format())
        if self.points:
            first, last = self.points[0][0], self.points[-1][0]
            if first == last:
                first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
            x.setRange(_datetime(first), _datetime(last))
        self.x_axis = x
        self._fit_days()
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _fit_days(self) -> None:
        """Ticks on whole days, as many as Qt Charts draws whole (at most 8): it cuts a date
        wider than its share of the axis to "..."."""
        x = self.x_axis
        if x is None:
            return
        days = x.min().daysTo(x.max())
        if days <= 0:
            x.setTickCount(2)
            return
        metrics = QFontMetricsF(x.labelsFont())
        label = metrics.horizontalAdvance(x.max().toString(x.format())) + 4
        room = self.chart().plotArea().width() if self.chart() else 0
        room = room or self.width() - 70  # not laid out yet: the y axis takes about this
        fits = [
            n for n in range(min(8, days + 1), 1, -1)
            if days % (n - 1) == 0 and room / n - 2 * LABEL_PADDING >= label
        ]  # fmt: skip
        x.setTickCount(fits[0] if fits else 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        refit_title(self, event.size().width())
        self._fit_days()


def _datetime(day: dt.date) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(_msecs(day))


def _msecs(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, 12).astimezone().timestamp() * 1000)
