"""KPI figures from plain rows: totals per representative, distributions, CSV (O1, O4)."""

from __future__ import annotations

import csv
import io
import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from agentdesk.csv_cells import safe_cell

PERCENTILES = (50, 80, 90, 95)
_NICE_WIDTHS = (10, 15, 20, 30, 60, 90, 120, 180, 300, 600, 900, 1800, 3600)


@dataclass(frozen=True)
class Totals:
    """Sums and counts for one representative (or the team) over a date range."""

    handled: int = 0
    talk: float = 0.0
    hold: float = 0.0
    wrap: float = 0.0
    held: int = 0  # contacts with any hold
    transferred: int = 0
    warm: int = 0
    cold: int = 0
    fcr_yes: int = 0
    fcr_known: int = 0
    messages: int = 0
    callbacks_open: int = 0
    callbacks_overdue: int = 0
    adherence_sum: float = 0.0
    adherence_n: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Figures:
    """What the dashboard shows per row; None where there is nothing to divide by."""

    key: str  # account id, or "" for the team
    name: str
    handled: int
    aht: float | None
    talk: float | None
    hold: float | None
    wrap: float | None
    hold_rate: float | None
    hold_length: float | None
    transfer_rate: float | None
    warm_share: float | None  # of transfers whose kind is known
    fcr: float | None
    messages: int
    callbacks_open: int
    callbacks_overdue: int
    adherence: float | None
    p90: float | None = None  # handle time; the mean alone hides long calls (O4)

    @classmethod
    def of(cls, key: str, name: str, t: Totals, handles: Sequence[float] = ()) -> Figures:
        """Figures from totals; ``handles`` (the handle times, any order) gives ``p90``."""
        n = t.handled
        return cls(
            key=key,
            name=name,
            handled=n,
            aht=_share(t.talk + t.hold + t.wrap, n),
            talk=_share(t.talk, n),
            hold=_share(t.hold, n),
            wrap=_share(t.wrap, n),
            hold_rate=_share(t.held, n),
            hold_length=_share(t.hold, t.held),
            transfer_rate=_share(t.transferred, n),
            warm_share=_share(t.warm, t.warm + t.cold),
            fcr=_share(t.fcr_yes, t.fcr_known),
            messages=t.messages,
            callbacks_open=t.callbacks_open,
            callbacks_overdue=t.callbacks_overdue,
            adherence=_share(t.adherence_sum, t.adherence_n),
            p90=percentile(sorted(handles), 90),
        )


def percentile(ordered: Sequence[float], p: float) -> float | None:
    """Linear interpolation between closest ranks (as spreadsheets' PERCENTILE.INC)."""
    if not ordered:
        return None
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def nice_width(spread: float, bins: int = 12) -> float:
    """A round bin width (seconds) so about ``bins`` bins cover ``spread``."""
    target = spread / bins if spread > 0 else 0
    return float(next((w for w in _NICE_WIDTHS if w >= target), _NICE_WIDTHS[-1]))


@dataclass(frozen=True)
class Bin:
    low: float
    high: float | None  # None: open-ended last bin
    count: int


@dataclass(frozen=True)
class Distribution:
    """Handle times: averages hide problems (O4), so percentiles and a histogram."""

    count: int
    mean: float | None
    percentiles: tuple[tuple[int, float | None], ...]
    bins: tuple[Bin, ...]

    def p(self, which: int) -> float | None:
        return dict(self.percentiles)[which]


def distribution(values: Iterable[float], bins: int = 12) -> Distribution:
    """Percentiles of ``values`` and a histogram with round widths up to about p95."""
    ordered = sorted(values)
    pct = tuple((p, percentile(ordered, p)) for p in PERCENTILES)
    if not ordered:
        return Distribution(0, None, pct, ())
    width = nice_width(dict(pct)[95] or ordered[-1], bins)
    edges = [bisect_left(ordered, i * width) for i in range(1, bins + 1)]
    counts = [b - a for a, b in zip([0, *edges], [*edges, len(ordered)], strict=True)]
    shown = [Bin(i * width, (i + 1) * width if i < bins else None, c) for i, c in enumerate(counts)]
    while len(shown) > 1 and shown[-1].count == 0:  # no empty tail
        shown.pop()
    return Distribution(len(ordered), sum(ordered) / len(ordered), pct, tuple(shown))


def to_csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """RFC 4180 CSV (CRLF, quotes doubled) that spreadsheets open safely."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()
