"""Service level and occupancy against the number of agents (O2: as service rises, occupancy
falls), with the target and the agents in the prediction marked."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agentdesk.staffing.interval import CurvePoint
from agentdesk.ui.common.chart_title import fit_title, plain_title

LEVEL_COLOUR = QColor("#1f5fa8")
OCCUPANCY_COLOUR = QColor("#b35900")
TARGET_COLOUR = QColor("#6b6b6b")
MARK_COLOUR = QColor("#202020")


def pen(colour: QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine, width: float = 2.0) -> QPen:
    p = QPen(colour)
    p.setWidthF(width)
    p.setStyle(style)
    return p


# Legend samples drawn with line characters in the series' colours and styles.
SOLID, DASHED, DOTTED, DASH_DOT, POINT = "━━", "╍╍", "┈┈", "┄┄", "●"


def new_chart(title: str) -> QChart:
    """A chart whose ``title`` ChartPanel.set_chart fits to the panel's width."""
    chart = QChart()
    chart.setProperty("plain_title", title)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().hide()  # QLegend cannot wrap in a narrow dock: ChartLegend below does
    return chart


class ChartLegend(QLabel):
    """A legend that wraps: each entry a sample in the series' colour and line style.

    Lines break between entries only; the widest entry is the label's minimum width, so a
    dock is never made narrower than an entry (the clipping test checks each one).
    """

    def __init__(self, entries: list[tuple[str, QColor, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.set_entries(entries)

    def set_entries(self, entries: list[tuple[str, QColor, str]]) -> None:
        self.entries = entries
        # The texts as shown that cannot break across lines.
        self.pieces = [f"{sample} {name}" for name, _colour, sample in entries]
        self.setText(
            " &nbsp; ".join(
                f"<span style='white-space:nowrap'><span style='color:{colour.name()}'>"
                f"{sample}</span> {html.escape(name)}</span>"
                for name, colour, sample in entries
            )
        )


class ChartPanel(QWidget):
    """A chart view with its legend underneath."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(220, 200)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: nothing to type into
        self.legend: ChartLegend | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.view, 1)

    def set_legend(self, entries: list[tuple[str, QColor, str]]) -> None:
        if self.legend is None:
            self.legend = ChartLegend(entries)
            self._layout.addWidget(self.legend)
        self.legend.set_entries(entries)

    def set_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        fit_title(chart, plain_title(chart), self.view.width())
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        chart = self.view.chart()
        if chart is not None:  # a narrow dock: the title in as many lines as it needs
            fit_title(chart, plain_title(chart), self.view.width())


class ServiceLevelChart(ChartPanel):
    """show_curve() when the interval's inputs change; mark_agents() as the what-if moves.

    Lines differ in style as well as colour (solid, dashed, dotted) for colour-blind readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("serviceLevelChart", parent)
        self.set_legend(
            [
                (self.tr("Service level"), LEVEL_COLOUR, SOLID),
                (self.tr("Occupancy"), OCCUPANCY_COLOUR, DASHED),
                (self.tr("Target"), TARGET_COLOUR, DOTTED),
                (self.tr("Agents in the prediction"), MARK_COLOUR, DASH_DOT),
            ]
        )
        self.points: list[CurvePoint] = []
        self.agents: int | None = None
        self.show_curve((), None)

    def show_curve(self, points: Sequence[CurvePoint], target: float | None) -> None:
        chart = new_chart(self.tr("Service level and occupancy by agents"))
        self.points = list(points)
        self.level_series = QLineSeries(name=self.tr("Service level"))
        self.level_series.setPen(pen(LEVEL_COLOUR))
        self.occupancy_series = QLineSeries(name=self.tr("Occupancy"))
        self.occupancy_series.setPen(pen(OCCUPANCY_COLOUR, Qt.PenStyle.DashLine))
        self.target_series = QLineSeries(name=self.tr("Target"))
        self.target_series.setPen(pen(TARGET_COLOUR, Qt.PenStyle.DotLine, 1.5))
        self.mark_series = QLineSeries(name=self.tr("Agents in the prediction"))
        self.mark_series.setPen(pen(MARK_COLOUR, Qt.PenStyle.DashDotLine, 1.5))
        self.mark_point = QScatterSeries()
        self.mark_point.setMarkerSize(9)
        self.mark_point.setColor(MARK_COLOUR)
        for p in self.points:
            self.level_series.append(p.agents, p.service_level * 100)
            self.occupancy_series.append(p.agents, p.occupancy * 100)
        low = self.points[0].agents if self.points else 0
        high = self.points[-1].agents if self.points else 1
        if target is not None and self.points:
            self.target_series.append(low, target * 100)
            self.target_series.append(high, target * 100)
        x = QValueAxis()
        x.setRange(low, max(high, low + 1))
        x.setLabelFormat("%d")
        x.setTickType(QValueAxis.TickType.TicksDynamic)
        x.setTickAnchor(0)
        x.setTickInterval(max(1, round((high - low) / 6)))
        x.setTitleText(self.tr("Agents"))
        y = QValueAxis()
        y.setRange(0, 100)
        y.setTickCount(6)
        y.setLabelFormat("%d%%")
        for series in (
            self.level_series,
            self.occupancy_series,
            self.target_series,
            self.mark_series,
            self.mark_point,
        ):
            chart.addSeries(series)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x)
            series.attachAxis(y)
        self.set_chart(chart)
        if self.agents is not None:
            self.mark_agents(self.agents)

    def in_range(self, agents: int) -> bool:
        return bool(self.points) and self.points[0].agents <= agents <= self.points[-1].agents

    def mark_agents(self, agents: int) -> None:
        """Move the marker to ``agents`` (only the marker series change: cheap)."""
        self.agents = agents
        point = next((p for p in self.points if p.agents == agents), None)
        if point is None:
            self.mark_series.clear()
            self.mark_point.clear()
            return
        self.mark_series.replace([QPointF(agents, 0), QPointF(agents, 100)])
        self.mark_point.replace([QPointF(agents, point.service_level * 100)])
