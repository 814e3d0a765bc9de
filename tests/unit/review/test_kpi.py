"""KPI core: percentiles, histograms, figures from totals, CSV that spreadsheets open safely."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.review.kpi import Figures, Totals, distribution, nice_width, percentile, to_csv


def test_percentiles_interpolate_between_ranks():
    values = [60, 120, 120, 300, 360, 600]
    assert percentile(values, 50) == 210
    assert percentile(values, 95) == pytest.approx(540)
    assert percentile(values, 0) == 60 and percentile(values, 100) == 600
    assert percentile([42], 90) == 42 and percentile([], 50) is None


def test_histogram_uses_round_widths_and_an_open_last_bin():
    values = [30] * 5 + [200] * 3 + [10_000]
    d = distribution(values, bins=12)
    assert d.count == 9 and d.mean == pytest.approx(sum(values) / 9)
    width = d.bins[0].high - d.bins[0].low
    assert width in (10, 15, 20, 30, 60, 90, 120, 180, 300, 600, 900, 1800, 3600)
    assert d.bins[-1].high is None and d.bins[-1].count == 1  # the outlier
    assert sum(b.count for b in d.bins) == 9
    assert nice_width(600, 12) == 60 and nice_width(0) == 10
    empty = distribution([])
    assert empty.count == 0 and empty.bins == () and empty.p(50) is None


def test_figures_divide_only_what_can_be_divided():
    t = Totals(
        handled=4,
        talk=400,
        hold=40,
        wrap=80,
        held=2,
        transferred=1,
        warm=1,
        cold=1,
        fcr_yes=1,
        fcr_known=2,
        adherence_sum=1.5,
        adherence_n=2,
    )
    f = Figures.of("a", "Ann", t, [100, 200, 300, 400])
    assert f.aht == 130 and f.hold_length == 20 and f.warm_share == 0.5 and f.fcr == 0.5
    assert f.adherence == 0.75 and f.p90 == pytest.approx(370)
    none = Figures.of("", "", Totals())
    assert none.aht is None and none.fcr is None and none.p90 is None and none.handled == 0
    assert (t + t).handled == 8 and (t + Totals(callbacks_open=3)).callbacks_open == 3


def test_csv_neutralises_formulas_but_not_numbers():
    text = to_csv(["Name", "AHT"], [["=HYPERLINK(1)", -5.0], ['Ann, "B"', 12.25], [None, 3]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["Name", "AHT"], ["'=HYPERLINK(1)", "-5"], ['Ann, "B"', "12.25"], ["", "3"]]
    assert text.endswith("\r\n")


CELLS = st.one_of(
    st.text(),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.none(),
)


@given(st.lists(st.text(min_size=1), min_size=1, max_size=5), st.data())
def test_csv_round_trips(headers, data):
    rows = data.draw(
        st.lists(st.lists(CELLS, min_size=len(headers), max_size=len(headers)), max_size=6)
    )
    parsed = list(csv.reader(io.StringIO(to_csv(headers, rows), newline="")))
    assert len(parsed) == len(rows) + 1
    for original, back in zip([headers, *rows], parsed, strict=True):
        assert len(back) == len(original)
        for cell, text in zip(original, back, strict=True):
            if cell is None:
                assert text == ""
            elif isinstance(cell, str):
                dangerous = cell.startswith(("=", "+", "-", "@", "\t", "\r"))
                assert text == ("'" + cell if dangerous else cell)
            elif isinstance(cell, int):
                assert int(text) == cell
            else:
                assert float(text) == pytest.approx(cell, abs=1e-4, rel=1e-6)
