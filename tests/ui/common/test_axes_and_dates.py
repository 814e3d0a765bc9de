"""Chart axes with whole-number ticks for counts and clock labels that fit; dates in the
locale's own format (never "12-06" or the C locale's "6 12 2026")."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from agentdesk.review.kpi import Bin, Distribution
from agentdesk.ui.common.axes import count_ticks, duration_label, label_every
from agentdesk.ui.common.locale_text import (
    date_format,
    date_text,
    datetime_text,
    day_month_format,
)
from agentdesk.ui.review.charts import AdherenceTrendChart, HandleTimeChart


@given(st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_count_ticks_are_whole_round_steps_covering_the_top(top):
    high, step = count_ticks(top)
    assert isinstance(high, int) and isinstance(step, int) and step >= 1
    assert high >= top and high % step == 0 and high // step <= 6
    assert str(step).strip("0") in ("1", "2", "5")


def test_small_counts_tick_one_by_one():
    assert count_ticks(0) == (1, 1) and count_ticks(2) == (2, 1) and count_ticks(7) == (8, 2)


def test_durations_read_as_clock_times():
    assert [duration_label(s) for s in (0, 10, 90, 3600 + 65)] == [
        "0:00",
        "0:10",
        "1:30",
        "1:01:05",
    ]
    assert label_every(13, 600, 40) == 1 and label_every(13, 200, 40) == 3


def histogram(width: float, counts: list[int], open_ended: bool = True) -> Distribution:
    bins = [
        Bin(i * width, None if open_ended and i == len(counts) - 1 else (i + 1) * width, c)
        for i, c in enumerate(counts)
    ]
    return Distribution(sum(counts), None, (), tuple(bins))


def test_histogram_counts_have_whole_ticks_and_bands_clock_labels(qtbot):
    chart = HandleTimeChart()
    qtbot.addWidget(chart)
    chart.resize(520, 400)
    chart.show()
    chart.show_distribution(histogram(10, [0, 1, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1]))
    y = chart.y_axis
    assert (y.min(), y.max(), y.tickInterval(), y.labelFormat()) == (0, 2, 1, "%d")
    assert chart.labels[:3] == ["0:00", "0:10", "0:20"]  # not "0.166667" minutes
    assert all(":" in label for label in chart.shown_edges())


def test_histogram_labels_thin_out_instead_of_being_cut(qtbot):
    chart = HandleTimeChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 400)
    chart.show()
    chart.show_distribution(histogram(300, [3] * 12, open_ended=False))
    wide = chart.shown_edges()
    assert len(wide) == 13 and wide[-1] == "1:00:00"
    chart.resize(360, 260)
    qtbot.waitUntil(lambda: len(chart.shown_edges()) < 13)
    narrow = chart.shown_edges()
    assert narrow[0] == "0:00" and set(narrow) <= set(wide)
    metrics_room = chart.chart().plotArea().width()
    font = chart.x_axis.labelsFont()
    from PySide6.QtGui import QFontMetrics

    widest = max(QFontMetrics(font).horizontalAdvance(e) for e in narrow)
    assert widest * len(narrow) < metrics_room  # each label has room for itself


def test_trend_axis_uses_the_locale_date(qtbot):
    chart = AdherenceTrendChart()
    qtbot.addWidget(chart)
    assert chart.chart().axes()[0].format() == day_month_format()


def test_locale_dates():
    moment = dt.datetime(2026, 12, 6, 17, 5, tzinfo=dt.UTC)
    c, uk, us = QLocale(QLocale.Language.C), QLocale("en_GB"), QLocale("en_US")
    local = moment.astimezone()
    assert date_text(moment, c) == local.strftime("%Y-%m-%d")  # not "6 12 2026"
    assert date_text(moment, uk) == local.strftime("%d/%m/%Y")
    assert date_text(moment, us) == f"{local.month}/{local.day}/{local.year}"
    assert datetime_text(moment, c) == local.strftime("%Y-%m-%d %H:%M")
    assert "yyyy" in date_format(QLocale("it_IT")) and day_month_format(uk) == "dd/MM"


def test_day_plan_small_counts_whole_ticks_and_hours_that_fit(qtbot):
    """One agent needed: the y axis reads 0, 1, 2 (not "0, 0, 1, 1"); in a narrow dock the
    hour labels thin out rather than being cut to "10:…"."""
    from agentdesk.staffing.plan import PlanRow
    from agentdesk.ui.queue.day_plan_chart import DayPlanChart

    chart = DayPlanChart()
    qtbot.addWidget(chart)
    chart.resize(700, 320)
    chart.show()
    starts = [8 * 60 + 30 * i for i in range(20)]
    rows = [PlanRow(f"{s}", 2.0, 0.1, 1, 1, 1.0, 0.0, 0.0, 0.1, 0.0) for s in starts]
    chart.show_plan(rows, starts, 30)
    y = next(a for a in chart.view.chart().axes() if a is not chart.x_axis)
    assert (y.min(), y.max(), y.tickInterval(), y.labelFormat()) == (0, 2, 1, "%d")
    wide = chart.x_axis.tickInterval()
    chart.resize(230, 320)
    qtbot.waitUntil(lambda: chart.x_axis.tickInterval() > wide)
    labels = (chart.x_axis.max() - chart.x_axis.min()) / chart.x_axis.tickInterval() + 1
    from PySide6.QtGui import QFontMetrics

    width = QFontMetrics(chart.x_axis.labelsFont()).horizontalAdvance("00:00")
    assert labels * width < chart.view.width()
