"""The queue dock fed by a file the test writes and by the simulator: figures, verdicts in
colour and words, staleness, the what-if control and the charts' points."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.callqueue.simulator import SimulationParams
from agentdesk.callqueue.sources import FileFeedSource, NoSource, SimulatorSource
from agentdesk.callqueue.verdict import Verdict
from agentdesk.services.forecast import DayForecast
from agentdesk.staffing.interval import service_curve
from agentdesk.staffing.plan import plan_day
from agentdesk.ui.queue.words import COLOURS
from tests.ui.queue.conftest import NOW


class Feed:
    """A feed file the test appends to, as a phone system would."""

    def __init__(self, path, clock) -> None:
        self.path, self.clock = path, clock

    def write(self, text: str) -> None:
        with open(self.path, "a", encoding="utf-8") as stream:
            stream.write(text)

    def snapshot(self, busy: int = 12, available: int = 2, **fields) -> None:
        line = {
            "ts": self.clock.now.isoformat(),
            "type": "snapshot",
            "waiting": 3,
            "longest_wait_s": 42,
            "agents_available": available,
            "agents_busy": busy,
            "offered": 40,
            "answered": 35,
            "answered_in_target": 28,
            "abandoned": 2,
            **fields,
        }
        self.write(json.dumps(line) + "\n")


@pytest.fixture
def feed(tmp_path, clock) -> Feed:
    return Feed(tmp_path / "feed.jsonl", clock)


@pytest.fixture
def fed_dock(make_dock, feed):
    feed.snapshot()
    dock = make_dock(FileFeedSource(feed.path))
    return dock


def colour_of(label) -> str:
    return label.styleSheet()


def test_figures_from_a_feed_file(qtbot, fed_dock, feed) -> None:
    f = fed_dock.figures
    qtbot.waitUntil(lambda: f.waiting.text() == "3")
    assert (f.longest.text(), f.available.text(), f.busy.text()) == ("0:42", "2", "12")
    assert f.level.text() == "76% ▲ Just below the target"  # 28 of 37 settled
    assert COLOURS[Verdict.CLOSE].name() in colour_of(f.level)
    assert f.source_label.text() == f"Feed file {feed.path}: reading"
    assert not f.stale_label.isVisible() and f.group.isEnabled()
    feed.write("this is not json\n")
    feed.snapshot(waiting=5, answered_in_target=34)
    qtbot.waitUntil(lambda: f.waiting.text() == "5")
    assert f.level.text() == "92% ✓ Meets the target"
    assert f.skipped.isVisible()
    assert "line 2: not JSON" in f.skipped.text() and "malformed" in f.skipped.text()


def test_staffing_short_of_the_need_turns_amber_then_red_in_words_too(qtbot, fed_dock, feed):
    e = fed_dock.estimate
    qtbot.waitUntil(lambda: e.staffed_label.text() == "14")  # 2 available + 12 busy
    assert e.basis.text() == "Forecast for 10:30: 120 calls, handle time 3:00"
    assert (e.needed.text(), e.schedule.text()) == ("14", "20 (30% shrinkage)")
    assert e.verdict is Verdict.MEETS
    assert e.verdict_label.text() == "✓ Staffed now: 14 — enough to meet the target"
    assert COLOURS[Verdict.MEETS].name() in colour_of(e.verdict_label)
    feed.snapshot(busy=11, available=2)
    qtbot.waitUntil(lambda: e.staffed_label.text() == "13")
    assert e.verdict is Verdict.CLOSE
    assert e.verdict_label.text() == "▲ Staffed now: 13 — just below the target, needs 1 more"
    assert COLOURS[Verdict.CLOSE].name() in colour_of(e.verdict_label)
    feed.snapshot(busy=9, available=0)
    qtbot.waitUntil(lambda: e.staffed_label.text() == "9")
    assert e.verdict is Verdict.SHORT
    assert e.verdict_label.text() == "✗ Staffed now: 9 — well below the target, needs 5 more"
    assert COLOURS[Verdict.SHORT].name() in colour_of(e.verdict_label)
    headline = fed_dock.headline  # the gist above the tabs, for a short dock
    assert headline.text() == "✗ 3 waiting, longest 0:42 · agents 9 of 14 needed"
    assert COLOURS[Verdict.SHORT].name() in colour_of(headline)
    assert e.level.text() == f"{e.prediction.service_level * 100:.0f}%"


def test_a_quiet_feed_is_shown_as_stale_and_since_when(qtbot, fed_dock, feed, clock):
    f, e = fed_dock.figures, fed_dock.estimate
    qtbot.waitUntil(lambda: f.waiting.text() == "3")
    clock.advance(29)
    qtbot.waitUntil(lambda: f.longest.text() == "1:11")  # waits keep growing between lines
    assert not f.stale
    clock.advance(16)
    qtbot.waitUntil(lambda: f.stale)
    assert not f.stale_label.isVisible()  # said once, in the headline above the tabs
    assert f.stale_label.text() == (
        "Stale: no queue data since 10:40:00 (0:45 ago); figures are not live"
    )
    assert not f.group.isEnabled() and f.verdict is None
    assert fed_dock.headline.text() == f.stale_label.text()
    assert e.staffed_label.text() == "–"  # the estimate no longer claims live staffing
    feed.snapshot(busy=10)
    qtbot.waitUntil(lambda: not f.stale)
    assert f.group.isEnabled() and f.busy.text() == "10"


def test_the_what_if_control_changes_the_prediction_at_once(qtbot, fed_dock, feed):
    e = fed_dock.estimate
    feed.snapshot(busy=11, available=1)
    qtbot.waitUntil(lambda: e.agents == 12)
    before = e.prediction
    assert e.verdict is Verdict.SHORT and not e.live.isEnabled()
    qtbot.keyClick(e.what_if, Qt.Key.Key_Plus)
    assert e.agents == 13 and e.prediction.service_level > before.service_level
    qtbot.keyClick(e.what_if, Qt.Key.Key_Plus)
    assert e.agents == 14 and e.verdict is Verdict.MEETS
    assert e.verdict_label.text() == "✓ What-if: 14 — enough to meet the target"
    assert e.level.text() == f"{e.prediction.service_level * 100:.0f}%"
    assert e.asa.text() != "–" and e.live.isEnabled()
    qtbot.keyClick(e, Qt.Key.Key_Minus)  # from anywhere in the panel
    assert e.agents == 13
    feed.snapshot(busy=5, available=1)  # the live staffing moves; the what-if stays put
    qtbot.waitUntil(lambda: e.staffed_label.text() == "6")
    assert e.agents == 13
    qtbot.mouseClick(e.live, Qt.MouseButton.LeftButton)
    assert e.agents == 6 and e.following_live
    assert fed_dock.trade_off.agents == 6


def test_the_charts_show_the_trade_off_and_the_day(qtbot, fed_dock, forecast):
    e, chart = fed_dock.estimate, fed_dock.trade_off
    qtbot.waitUntil(lambda: e.agents == 14 and bool(chart.points))
    inputs = e.inputs
    expected = service_curve(inputs, range(6, 23))  # 8 either side of the 14 needed
    assert chart.points == expected
    assert [(p.x(), p.y()) for p in chart.level_series.points()] == [
        (c.agents, c.service_level * 100) for c in expected
    ]
    assert [p.y() for p in chart.occupancy_series.points()] == [c.occupancy * 100 for c in expected]
    assert [(p.x(), p.y()) for p in chart.target_series.points()] == [(6, 80), (22, 80)]
    assert [(p.x(), p.y()) for p in chart.mark_series.points()] == [(14, 0), (14, 100)]
    qtbot.keyClick(e.what_if, Qt.Key.Key_Minus)
    assert [p.x() for p in chart.mark_point.points()] == [13]
    for _ in range(10):  # out of the swept range: a new sweep around the new count
        qtbot.keyClick(e.what_if, Qt.Key.Key_Minus)
    assert e.agents == 3 and chart.points[0].agents == 1 and chart.in_range(3)

    day = fed_dock.day_plan
    rows = plan_day(
        forecast.days[NOW.date()].plan_intervals(
            QueueSettings(max_occupancy_percent=0, max_abandon_percent=0)
        )
    )
    needed = [(p.x(), p.y()) for p in day.needed_series.points()]
    first, second = rows[0].required_agents, rows[1].required_agents
    assert needed[:4] == [(8.0, first), (8.5, first), (8.5, second), (9.0, second)]
    assert len(needed) == 16 and needed[-1] == (12.0, rows[-1].required_agents)
    staff = [p.y() for p in day.staff_series.points()]
    assert staff[::2] == [r.scheduled_staff for r in rows]
    assert [p.x() for p in day.now_series.points()] == [10 + 40 / 60] * 2
    assert [(p.x(), p.y()) for p in day.staffed_point.points()] == [(10 + 40 / 60, 14)]


def test_the_simulator_feeds_the_dock_on_the_injected_clock(qtbot, make_dock, clock):
    params = SimulationParams(calls_per_interval=900, interval_s=1800, aht_s=180, agents=80)
    source = SimulatorSource(params, clock, seed=4, warm_up=timedelta(minutes=5))
    dock = make_dock(source)
    f = dock.figures
    qtbot.waitUntil(lambda: f.busy.text() not in ("–", "0"))
    assert f.source_label.text() == "Simulated queue (training and demos)"
    offered = dock.snapshot.offered
    assert int(f.busy.text()) + int(f.available.text()) == 80
    clock.advance(120)  # two more minutes of simulated calls, no waiting
    qtbot.waitUntil(lambda: dock.snapshot.offered > offered)
    assert f.busy.text() == str(dock.snapshot.agents_busy)
    assert dock.estimate.staffed_label.text() == "80"


def test_without_a_forecast_the_simulator_rates_or_the_live_pace_are_used(
    qtbot, make_dock, feed, clock
):
    empty = type(
        "Empty", (), {"day": lambda self, d, i=None: DayForecast(d, i or 30)}
    )()  # no forecast stored
    sim = SimulatorSource(QueueSettings().simulation(), clock, seed=1)
    e = make_dock(sim, service=empty).estimate
    qtbot.waitUntil(lambda: e.inputs is not None)
    assert e.basis.text() == "Simulator rates: 120 calls, handle time 3:00"

    feed.snapshot(offered=30, interval_start=(NOW - timedelta(minutes=10)).isoformat())
    e = make_dock(FileFeedSource(feed.path), service=empty).estimate
    qtbot.waitUntil(lambda: e.inputs is not None)
    assert e.basis.text() == "No forecast; live pace: 90 calls, handle time 3:00"


def test_with_nothing_set_up_the_dock_says_so(qtbot, make_dock):
    dock = make_dock(NoSource(), service=None)
    f = dock.figures
    qtbot.waitUntil(lambda: f.stale_label.text() != "")
    assert f.source_label.text().startswith("Not connected to the phone system's queue.")
    assert "queue.json" not in f.source_label.text() and "feed_" not in f.source_label.text()
    assert dock.headline.text() == "No queue data yet: figures are not live"
    assert not f.stale_label.isVisible()  # not a second time inside the Now tab
    assert f.waiting.text() == "–"
    # The forecast still gives the estimate; the what-if starts at the agents needed.
    assert dock.estimate.agents == 14 and dock.estimate.staffed_label.text() == "–"
