"""Find text a widget cannot show whole: labels, buttons, check boxes, tabs, group titles.

Charts (QChartView) are checked by ``chart_clipping.py``: their texts are not widgets.
A text is clipped when the widget is narrower than the text needs (its size hint) while it is
on screen. Word-wrapped and rich-text labels grow in height instead, and ElidedLabel elides on
purpose with the whole text in its tooltip, so those are left alone.
"""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QToolButton,
    QWidget,
)

from agentdesk.ui.common.elided import ElidedLabel
from agentdesk.ui.queue.trade_off_chart import ChartLegend
from tests.helpers.chart_clipping import clipped_chart_texts, clipped_legend_entries

SLACK = 1  # rounding of fractional font metrics


def _describe(widget: QWidget, text: str) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return f"{' < '.join(names)}: {text!r}"


def clipped_texts(root: QWidget, *, placeholders: bool = False) -> list[str]:
    """Every text under ``root`` (visible widgets only) that does not fit its widget; with
    ``placeholders``, the grey hints in empty line edits too (they may run out of room and
    still be understood, so they are checked only on request)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, ElidedLabel):
            continue
        if isinstance(widget, QChartView):  # titles, axes and legends are scene items
            found.extend(clipped_chart_texts(widget))
            continue
        if isinstance(widget, ChartLegend):  # rich text that wraps only between entries
            found.extend(clipped_legend_entries(widget))
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or widget.textFormat() == 1 or "<" in text:
                continue
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            need = widget.minimumSizeHint().width()
            if need > widget.width() + SLACK:
                found.append(_describe(widget, text))
        elif isinstance(widget, QToolButton):
            if widget.text() and widget.sizeHint().width() > widget.width() + SLACK:
                found.append(_describe(widget, widget.text()))
        elif isinstance(widget, QAbstractButton):
            full = getattr(widget, "full_label", None)  # buttons that elide to fit
            if full is not None:
                if "…" in widget.text() and "…" not in full:
                    found.append(_describe(widget, f"{full} (shown as {widget.text()!r})"))
            elif widget.text() and widget.sizeHint().width() > widget.width() + SLACK:
                found.append(_describe(widget, widget.text()))
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
            if text and widget.sizeHint().width() > widget.width() + SLACK:
                need = widget.fontMetrics().horizontalAdvance(text) + 40
                if need > widget.width():
                    found.append(_describe(widget, text))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() + SLACK < widget.tabSizeHint(i).width() and (
                    widget.elideMode() != 0 or widget.usesScrollButtons()
                ):
                    found.append(_describe(widget, widget.tabText(i)))
        elif isinstance(widget, QLineEdit) and placeholders:
            hint = widget.placeholderText()
            room = widget.width() - 12  # the frame and text margins
            if hint and not widget.text() and widget.fontMetrics().horizontalAdvance(hint) > room:
                found.append(_describe(widget, hint))
        elif isinstance(widget, QGroupBox):
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.title() and need > widget.width():
                found.append(_describe(widget, widget.title()))
    return found
