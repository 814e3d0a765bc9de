"""Chart titles that wrap: Qt Charts cuts a title too wide for its chart to "...", and a chart
in a dock or a third of a dialog is narrow, so the title is broken into lines that fit.

A title is plain text; it is shown as HTML lines (Qt Charts draws titles as rich text).
Call ``fit_title`` whenever the title or the chart's width changes (``show_*``, resizeEvent).
"""

from __future__ import annotations

import html

from PySide6.QtCharts import QChart
from PySide6.QtGui import QFontMetricsF

PADDING = 24  # Qt Charts' layout keeps about this much beside the title (measured, Qt 6.11)


def title_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` in as few lines as fit ``width``, broken between words (a single word wider
    than the room keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def wrapped(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` as HTML lines that fit ``width`` (axis titles: Qt Charts draws them as HTML)."""
    lines = title_lines(text, metrics, width) if width > 0 else [text]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def fit_title(chart: QChart, text: str, width: float) -> None:
    """Show ``text`` as ``chart``'s title, broken into lines that fit ``width`` pixels (the
    view's width: the chart's own is not laid out yet when it was just built)."""
    margins = chart.margins()
    room = width - margins.left() - margins.right() - PADDING
    chart.setTitle(wrapped(text, QFontMetricsF(chart.titleFont()), room))
    chart.setProperty("plain_title", text)


def plain_title(chart: QChart) -> str:
    """The title as text, whether or not ``fit_title`` broke it into lines."""
    text = chart.property("plain_title")
    return text if isinstance(text, str) else chart.title()
