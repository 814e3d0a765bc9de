"""Find chart text that Qt Charts cut short or drew outside the chart: titles, axis titles,
axis labels and legend entries.

Qt Charts draws its words as text items in the view's scene, not as widgets, so the widget
walk in ``clipping.py`` never sees them. What it draws is what is checked: Qt shortens a
title, an axis title, a tick label or a legend label that has no room to "..." (agentdesk's own
texts use "…"), and a text placed past the chart's edge is cut by the view. Each text is also
measured against the room the chart gives it (an axis title against the plot area's side, the
chart title against the chart's width), so a text is caught even before Qt's layout shortens it.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsTextItem

from agentdesk.ui.queue.trade_off_chart import ChartLegend

SLACK = 1.0  # rounding of fractional font metrics and positions
QT_ELLIPSIS = "..."  # what Qt Charts puts at the end of a shortened text
_TEXT_ITEM = 8  # QGraphicsTextItem.Type
TITLE_ROOM = 20  # what Qt Charts' layout keeps beside a chart title (measured, Qt 6.11)


def _text_items(view: QChartView) -> list[QGraphicsTextItem]:
    """The chart's visible, non-empty text items. Qt Charts' own subclasses come back from
    ``items()`` as plain QGraphicsItem: their QGraphicsObject pointer is the text item's."""
    found = []
    for item in view.scene().items():
        if item.type() != _TEXT_ITEM or not item.isVisible():
            continue
        obj = item.toGraphicsObject()
        text = (
            obj
            if isinstance(obj, QGraphicsTextItem)
            else shiboken6.wrapInstance(shiboken6.getCppPointer(obj)[0], QGraphicsTextItem)
        )
        if text.toPlainText().strip():
            found.append(text)
    return found


def _name(view) -> str:
    w, names = view, []
    while w is not None and len(names) < 3:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(names)


def _measured(view: QChartView) -> list[str]:
    """Titles wider than the room the chart gives them, measured with their own fonts."""
    chart = view.chart()
    found = []
    plot = chart.plotArea()
    room = chart.size().width() - chart.margins().left() - chart.margins().right() - TITLE_ROOM
    metrics = QFontMetricsF(chart.titleFont())
    for line in chart.title().split("<br>"):  # a title broken into lines (chart_title.py)
        line = html.unescape(line)
        if line and metrics.horizontalAdvance(line) > room + SLACK:
            found.append(f"chart title {line!r} wider than the chart ({room:.0f} px)")
    for axis in chart.axes():
        if not axis.titleText() or not axis.isTitleVisible() or not axis.isVisible():
            continue
        vertical = axis.orientation() == Qt.Orientation.Vertical
        room = plot.height() if vertical else plot.width()
        for line in axis.titleText().split("<br>"):  # Qt Charts draws axis titles as HTML
            text = html.unescape(line)
            if QFontMetricsF(axis.titleFont()).horizontalAdvance(text) > room + SLACK:
                side = "height" if vertical else "width"
                found.append(f"axis title {text!r} longer than the plot's {side} ({room:.0f} px)")
    legend = chart.legend()
    if legend.isVisible():
        metrics = QFontMetricsF(legend.font())
        for marker in legend.markers():
            if marker.isVisible() and marker.label():
                width = metrics.horizontalAdvance(marker.label())
                if width > chart.size().width() + SLACK:
                    found.append(f"legend label {marker.label()!r} wider than the chart")
    return found


def clipped_legend_entries(legend: ChartLegend) -> list[str]:
    """The queue charts' own legend (a word-wrapped label under the chart, ui/queue): each
    piece it shows that cannot break across lines must fit the label's width."""
    if not legend.isVisible() or legend.width() <= 0:
        return []
    metrics = QFontMetricsF(legend.font())
    room = legend.contentsRect().width() - 2 * legend.margin()
    return [
        f"{_name(legend)}: legend text {piece!r} cut ({room} px of room)"
        for piece in legend.pieces
        if metrics.horizontalAdvance(piece) > room + SLACK
    ]


def clipped_chart_texts(view: QChartView) -> list[str]:
    """What in ``view``'s chart is shortened, measured too long, or drawn past its edge."""
    chart = view.chart()
    if chart is None or not view.isVisible() or view.width() <= 0:
        return []
    where = _name(view)
    found = [f"{where}: {problem}" for problem in _measured(view)]
    edge = chart.sceneBoundingRect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    for item in _text_items(view):
        text = item.toPlainText()
        if text.endswith(QT_ELLIPSIS):
            found.append(f"{where}: shortened by Qt Charts to {text!r}")
        elif not edge.contains(item.sceneBoundingRect()):
            found.append(f"{where}: {text!r} drawn past the chart's edge")
    return found
