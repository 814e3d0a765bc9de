"""The queue forecast: stored per day, team leaders write, everyone reads; CSV bad rows by line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.changes import Changes
from agentdesk.errors import PermissionDeniedError, ValidationError
from agentdesk.models.forecast import ForecastSlot
from agentdesk.problems import UNTRANSLATED
from agentdesk.services.forecast import ForecastSlotItem, parse_forecast_csv
from agentdesk.staffing.plan import plan_day

DAY = date(2026, 5, 4)
SETTINGS = QueueSettings()
CSV = """\ufeffstart,calls,aht
# Monday 4 May, from the workforce planning sheet
08:00,60,180s
08:30,85,3m
09:00,110,
9:30,x,180
10:00,120,180
10:15,100,180
10:30,0,
10:00,90,180
11:00,1e9,180
"""


def slots(*rows) -> tuple[ForecastSlotItem, ...]:
    return tuple(ForecastSlotItem(start, calls, aht) for start, calls, aht in rows)


def test_only_team_leaders_change_it_and_everyone_reads_it(env) -> None:
    day = slots((480, 60, 180), (510, 85, 200))
    with pytest.raises(PermissionDeniedError):
        env.forecast.save_day(env.rep, DAY, 30, day)
    with pytest.raises(PermissionDeniedError):
        env.forecast.import_csv(env.rep, DAY, CSV, SETTINGS)
    assert env.forecast.save_day(env.leader, DAY, 30, day) == Changes.FORECAST
    stored = env.forecast.day(DAY)
    assert (stored.day, stored.interval_minutes, stored.slots) == (DAY, 30, day)
    assert stored.slot_at(8 * 60 + 44) == day[1] and stored.slot_at(9 * 60) is None
    assert env.forecast.day(date(2026, 5, 5), 15).slots == ()
    assert env.forecast.day(date(2026, 5, 5), 15).interval_minutes == 15
    recent = [r.action for r in env.audit.recent(env.db, env.leader)]
    assert "forecast.saved" in recent


def test_saving_a_day_again_replaces_it(env) -> None:
    env.forecast.save_day(env.leader, DAY, 30, slots((480, 60, 180), (510, 85, 180)))
    env.forecast.save_day(env.leader, DAY, 30, slots((510, 90, 170)))
    assert env.forecast.day(DAY).slots == slots((510, 90, 170))
    env.forecast.save_day(env.leader, DAY, 30, slots((480, 61, 180), (510, 90, 170)))
    assert env.forecast.day(DAY).slots == slots((480, 61, 180), (510, 90, 170))
    with env.db.read() as s:  # removed slots were tombstoned and brought back, never duplicated
        rows = s.scalars(select(ForecastSlot).where(ForecastSlot.day == DAY)).all()
        assert len(rows) == 2 and all(r.deleted_at is None for r in rows)
        assert {r.start_minute: r.version for r in rows}[480] == 3
    env.forecast.save_day(env.leader, DAY, 30, ())
    assert env.forecast.day(DAY).slots == ()


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (slots((485, 60, 180)), "start every 30 minutes"),
        (slots((480, 60, 180), (480, 70, 180)), "appears twice"),
        (slots((480, -1, 180)), "calls must be between"),
        (slots((480, 10, 0)), "handle time must be above 0"),
        (slots((1440, 10, 180)), "start every 30 minutes"),
    ],
)
def test_bad_days_are_refused_with_a_reason(env, day, message) -> None:
    with pytest.raises(ValidationError, match=message):
        env.forecast.save_day(env.leader, DAY, 30, day)
    with pytest.raises(ValidationError, match="intervals must be"):
        env.forecast.save_day(env.leader, DAY, 25, ())


def test_csv_import_keeps_good_rows_and_reports_bad_ones_by_line(env) -> None:
    result, changes = env.forecast.import_csv(env.leader, DAY, CSV, SETTINGS)
    assert changes == Changes.FORECAST
    assert result.slots == slots(
        (480, 60, 180), (510, 85, 180), (540, 110, 180), (600, 120, 180), (630, 0, 180)
    )
    assert tuple(map(str, result.problems)) == (
        "forecast:6: calls: expected a number like 120, got 'x'.",
        "forecast:8: Forecast: 10:15: intervals start every 30 minutes.",
        "forecast:10: Forecast: 10:00: appears twice.",
        "forecast:11: Forecast: 11:00: calls must be between 0 and 1,000,000.",
    )
    assert [p.code for p in result.problems] == [
        "staffing.calls_number",
        "forecast.slot_start",
        "forecast.slot_twice",
        "forecast.slot_calls",
    ]
    assert env.forecast.day(DAY).slots == result.slots


def test_csv_problems_with_the_whole_file(env) -> None:
    def problems(text: str, settings: QueueSettings = SETTINGS) -> tuple[str, ...]:
        found = parse_forecast_csv(text, settings, "f.csv").problems
        assert all(p.code != UNTRANSLATED and p.file == "f.csv" for p in found)
        return tuple(map(str, found))

    assert (
        problems("calls\n10\n")[0] == "f.csv:1: No 'start' column; it holds each interval's time."
    )
    assert problems("start,calls,target\n08:00,10,90/10\n") == (
        "f.csv:1: Column 'target' is not kept with the forecast; the queue settings give it.",
    )
    assert problems("start,calls,interval\n08:00,10,15m\n") == (
        "f.csv:2: interval: 15 min differs from the queue's 30-minute intervals.",
    )
    assert problems("start,calls\nnoon,10\n") == (
        "f.csv:2: start: expected a time like 08:30, got 'noon'.",
    )
    assert problems("start,calls\n08:00,1\x00\n")[0].startswith("f.csv")
    assert problems("") == ("f.csv:1: The file is empty; expected a header row with 'calls'.",)
    assert problems("x" * 2_000_001) == ("f.csv: The file is too large to be a forecast.",)
    fifteen = replace(SETTINGS, interval_minutes=15)
    assert parse_forecast_csv("start,calls\n08:15,10\n", fifteen).slots[0].start_minute == 495
    _result, changes = env.forecast.import_csv(env.leader, DAY, "start,calls\nx,1\n", SETTINGS)
    assert changes == Changes.NONE and env.forecast.day(DAY).slots == ()


def test_a_stored_day_plans_with_the_queue_settings(env) -> None:
    env.forecast.save_day(env.leader, DAY, 30, slots((480, 0, 180), (510, 120, 180)))
    rows = plan_day(env.forecast.day(DAY).plan_intervals(SETTINGS))
    # 14 agents would leave 6.1% of callers hanging up, above the default 5% cap.
    assert [(r.label, r.required_agents) for r in rows] == [("08:00", 0), ("08:30", 15)]
    assert rows[1].scheduled_staff == 22  # 15 agents at 30% shrinkage
