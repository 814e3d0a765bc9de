"""Chart axes people can read: whole-number ticks for counts, clock labels for durations,
and no more labels than fit."""

from __future__ import annotations

import math

from PySide6.QtCharts import QValueAxis

_STEPS = (1, 2, 5)


def count_ticks(top: float, most: int = 6) -> tuple[int, int]:
    """(axis maximum, step) for counts up to ``top``: whole steps of 1, 2, 5, 10, 20, 50, ...
    with at most ``most`` intervals, the maximum a multiple of the step and ≥ ``top``."""
    top = max(1, math.ceil(top))
    scale = 1
    while True:
        for base in _STEPS:
            step = base * scale
            if math.ceil(top / step) <= most:
                return math.ceil(top / step) * step, step
        scale *= 10


def set_count_axis(axis: QValueAxis, top: float, most: int = 6) -> int:
    """Range 0..a round maximum with a tick at every whole step; returns the maximum."""
    high, step = count_ticks(top, most)
    axis.setRange(0, high)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMinorTickCount(0)
    axis.setLabelFormat("%d")
    return high


def duration_label(seconds: float) -> str:
    """ "0:30", "4:00", "1:05:00": minutes and seconds, hours when needed."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def label_every(count: int, room: float, label_width: float) -> int:
    """Label every n-th of ``count`` evenly spaced places so labels ``label_width`` wide
    (pixels, with their gap) fit in ``room`` pixels."""
    if count <= 1 or room <= 0:
        return 1
    per = room / count
    return max(1, math.ceil(label_width / per)) if per > 0 else count


# Qt Charts gives each tick label the axis' width divided by the number of ticks, less this
# padding either side (horizontalaxis.cpp), and cuts a wider label to "...".
LABEL_PADDING = 4


def ticks_that_fit(span: float, room: float, label_width: float, steps=(1, 2, 5, 10)) -> float:
    """The smallest of ``steps`` whose ticks over ``span`` leave each label ``label_width``
    pixels of the ``room`` the axis has; the largest step when none does."""
    for step in steps:
        ticks = math.floor(span / step + 1e-9) + 1
        if room / ticks - 2 * LABEL_PADDING >= label_width:
            return step
    return steps[-1]
