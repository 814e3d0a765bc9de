"""Dashboard charts: the handle-time histogram (O4) and the adherence trend."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from agentdesk.review.kpi import Distribution
from agentdesk.services.kpi import TrendPoint

BAR_COLOUR = QColor("#3b6ea5")
LINE_COLOUR = QColor("#1b6e20")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class HandleTimeChart(QChartView):
    """Contacts per handle-time band; the last band is open-ended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handleTimeChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.show_distribution(Distribution(0, None, (), ()))

    def show_distribution(self, dist: Distribution) -> None:
        chart = _chart(self.tr("Handle time: contacts per band"))
        # Each band is labelled by the minute it starts at ("3" = from 3:00 to the next label).
        self.labels = [
            f"{b.low / 60:g}" if b.high is not None else f"{b.low / 60:g}+" for b in dist.bins
        ]
        self.counts = [b.count for b in dist.bins]
        bars = QBarSet(self.tr("Contacts"))
        bars.setColor(BAR_COLOUR)
        bars.append([float(c) for c in self.counts])
        series = QBarSeries()
        series.setBarWidth(0.9)
        series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.labels or [""])
        font = x.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        x.setLabelsFont(font)
        x.setTitleText(self.tr("Handle time, minutes (start of band)"))
        y = QValueAxis()
        y.setRange(0, max(self.counts, default=0) or 1)
        y.setTickCount(5)
        y.applyNiceNumbers()
        y.setLabelFormat("%d")
        y.setTitleText(self.tr("Contacts"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class AdherenceTrendChart(QChartView):
    """Mean stored adherence score per day, 0–100%."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adherenceTrendChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)
        self.points: list[tuple[dt.date, float]] = []
        self.show_trend(())

    def show_trend(self, trend: Sequence[TrendPoint]) -> None:
        chart = _chart(self.tr("Script adherence per day"))
        series = QLineSeries()
        series.setColor(LINE_COLOUR)
        series.setPointsVisible(True)
        self.points = [(p.day, p.adherence * 100) for p in trend]
        for day, value in self.points:
            series.append(_msecs(day), value)
        chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat("MM-dd")
        if self.points:
            first, last = self.points[0][0], self.points[-1][0]
            if first == last:
                first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
            x.setRange(_datetime(first), _datetime(last))
            x.setTickCount(min(8, max(2, (last - first).days + 1)))
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


def _datetime(day: dt.date) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(_msecs(day))


def _msecs(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, 12).astimezone().timestamp() * 1000)
