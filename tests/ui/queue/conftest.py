"""The queue dock on its own: an injected wall clock, a fake forecast service, inline tasks."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.changes import Changes
from agentdesk.services.forecast import DayForecast, ForecastSlotItem
from agentdesk.services.identity import Identity, Role, require_team_leader
from agentdesk.ui.queue.dock import QueueDock
from tests.helpers.app import inline_tasks

# 10:40 local time on a Monday: the 10:30 interval is a third gone.
NOW = datetime(2026, 5, 4, 10, 40).astimezone()
LEADER = Identity(uuid.uuid4(), "lead", "Lea Leader", Role.TEAM_LEADER)
REP = Identity(uuid.uuid4(), "rep", "Rita Rep", Role.REPRESENTATIVE)


class WallClock:
    """The dock's clock; tests move it on instead of waiting."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class FakeForecast:
    """ForecastService in memory, with the same team-leader rule."""

    def __init__(self) -> None:
        self.days: dict[date, DayForecast] = {}

    def day(self, day: date, interval_minutes: int | None = None) -> DayForecast:
        return self.days.get(day) or DayForecast(day, interval_minutes or 30)

    def save_day(self, who, day, interval_minutes, slots) -> Changes:
        require_team_leader(who, "change_forecast")
        self.days[day] = DayForecast(day, interval_minutes, tuple(slots))
        return Changes.FORECAST


# The figures these tests check were worked out without the occupancy and abandonment caps;
# the tests of the caps (test_queue_cautions.py) pass the shipped defaults.
UNCAPPED = QueueSettings(max_occupancy_percent=0, max_abandon_percent=0)


def morning(calls_at_1030: float = 120) -> tuple[ForecastSlotItem, ...]:
    """08:00 to 12:00; 120 calls at 10:30 need 14 agents with the default settings."""
    calls = [60, 85, 100, 110, 115, calls_at_1030, 100, 90]
    return tuple(ForecastSlotItem(480 + 30 * i, float(c), 180.0) for i, c in enumerate(calls))


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def forecast() -> FakeForecast:
    fake = FakeForecast()
    fake.days[NOW.date()] = DayForecast(NOW.date(), 30, morning())
    return fake


@pytest.fixture
def make_dock(qtbot, clock, forecast):
    docks: list[QueueDock] = []

    def make(source, settings: QueueSettings | None = None, service=None) -> QueueDock:
        dock = QueueDock(source, settings or UNCAPPED, service or forecast, inline_tasks(), clock)
        qtbot.addWidget(dock)
        dock.resize(340, 640)
        dock.show()
        dock.start()
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.shutdown()
