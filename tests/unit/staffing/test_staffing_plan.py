"""Forecast CSV in, day plan out: line-numbered problems, good rows still planned."""

from __future__ import annotations

import io
import math

from agentdesk.staffing.interval import IntervalInputs, required_agents
from agentdesk.staffing.plan import (
    PLAN_COLUMNS,
    ForecastInterval,
    PlanDefaults,
    plan_day,
    read_forecast,
    write_plan,
)

DEFAULTS = PlanDefaults(interval_s=1800.0, aht_s=180.0, target=(0.8, 20.0))


def test_good_and_bad_rows_are_sorted_by_line():
    text = (
        "# forecast for Monday\n"
        "start,calls,aht,patience\n"
        "08:00,100,,\n"
        "\n"
        "08:30,abc,,\n"
        "09:00,120,3m,2m\n"
        "09:30,-4,,\n"
        "10:00,80,90 parsecs,\n"
        "10:30,0,,\n"
        "11:00,10,,,extra\n"
    )
    intervals, found = read_forecast(text, DEFAULTS, source="monday.csv")
    assert all(p.code.startswith(("staffing.", "csv.")) for p in found)  # worded from codes
    problems = [str(p) for p in found]
    assert [i.label for i in intervals] == ["08:00", "09:00", "10:30"]
    assert [i.line for i in intervals] == [3, 6, 9]
    assert intervals[1].inputs is not None and intervals[1].inputs.patience_s == 120.0
    assert intervals[2].inputs is None  # no calls: nobody needed, not an error
    assert [p.split(":")[1] for p in problems] == ["5", "7", "8", "10"]
    assert problems[0] == "monday.csv:5: calls: expected a number like 120, got 'abc'."
    assert "Calls offered must be a number above 0" in problems[1]
    assert "aht: expected a duration" in problems[2]
    assert "5 values but the header names 4 columns" in problems[3]


def test_header_problems_stop_the_file():
    intervals, problems = read_forecast("start,calls,colour\n08:00,5,red\n", DEFAULTS, "f.csv")
    assert intervals == []
    assert list(map(str, problems)) == [
        "f.csv:1: Unknown column 'colour'; expected some of start, calls, interval, aht, "
        "target, shrinkage, max_occupancy, patience, max_abandon."
    ]
    _, problems = read_forecast("start,volume\n", PlanDefaults(), "f.csv")
    assert list(map(str, problems)) == [
        "f.csv:1: No 'interval' column and no --interval given.",
        "f.csv:1: No 'aht' column and no --aht given.",
        "f.csv:1: No 'target' column and no --target given.",
    ]
    _, problems = read_forecast("", DEFAULTS, "f.csv")
    assert list(map(str, problems)) == [
        "f.csv:1: The file is empty; expected a header row with 'calls'."
    ]


def test_quoted_newlines_keep_line_numbers_right():
    text = 'start,calls\n"08:00\nMonday",10\n09:00,x\n'
    intervals, problems = read_forecast(text, DEFAULTS, "f.csv")
    assert intervals[0].label == "08:00\nMonday"
    assert (problems[0].file, problems[0].line) == ("f.csv", 4)
    assert str(problems[0]).startswith("f.csv:4:")


def test_per_row_columns_override_the_defaults():
    text = "calls,interval,target,shrinkage,max_occupancy\n50,15m,90/10,35%,0.8\n"
    (interval,), problems = read_forecast(text, DEFAULTS)
    assert problems == []
    inputs = interval.inputs
    assert inputs is not None
    assert (inputs.interval_s, inputs.target_service_level, inputs.answer_time_s) == (
        900.0,
        0.9,
        10.0,
    )
    assert (inputs.shrinkage, inputs.max_occupancy) == (0.35, 0.8)


def _day() -> list[ForecastInterval]:
    day = []
    for i in range(96):
        hour = i / 4
        calls = 400 * (0.02 + math.exp(-(((hour - 11) / 2.5) ** 2)))
        calls = 0.0 if hour < 6 else round(calls, 1)
        inputs = IntervalInputs(calls, 900, 300, 0.8, 20, 0.9, 0.3, 120) if calls else None
        day.append(ForecastInterval(f"{i:02d}", i + 2, calls, inputs))
    return day


def test_day_plan_gives_the_same_answers_as_one_interval_at_a_time():
    day = _day()
    rows = plan_day(day)
    assert len(rows) == 96
    for row, item in zip(rows, day, strict=True):
        if item.inputs is None:
            assert (row.required_agents, row.scheduled_staff, row.load) == (0, 0, 0.0)
            continue
        alone = required_agents(item.inputs)
        assert (row.required_agents, row.scheduled_staff) == (
            alone.required_agents,
            alone.scheduled_staff,
        )
        assert row.service_level >= 0.8


def test_written_plan_has_one_row_per_interval():
    rows = plan_day(_day()[40:44])
    stream = io.StringIO()
    write_plan(rows, stream)
    lines = stream.getvalue().splitlines()
    assert lines[0] == ",".join(PLAN_COLUMNS)
    assert len(lines) == 5
    first = lines[1].split(",")
    assert first[0] == "40" and int(first[3]) == rows[0].required_agents
