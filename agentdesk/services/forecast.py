"""The queue forecast: calls and handle time per interval of a day, imported from CSV or
typed in.  Everyone reads it (the queue dock plans the day from it); only team leaders
change it."""

from __future__ import annotations

import csv
import io
import math
import re
import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from agentdesk.callqueue.settings import INTERVALS, QueueSettings
from agentdesk.changes import Changes
from agentdesk.errors import ValidationError
from agentdesk.models.base import utcnow
from agentdesk.models.forecast import ForecastSlot
from agentdesk.problems import Problem
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.staffing.plan import ForecastInterval, read_forecast
from agentdesk.storage.session import Database

MAX_IMPORT_CHARS = 2_000_000
MAX_CALLS = 1_000_000.0
MAX_AHT_S = 86_400.0
_TIME = re.compile(r"\s*([01]?[0-9]|2[0-3]):([0-5][0-9])(?::00)?\s*")
# Columns read_forecast accepts that a stored forecast does not keep: the settings give them.
_SETTINGS_COLUMNS = ("target", "shrinkage", "max_occupancy", "max-occupancy", "patience")


@dataclass(frozen=True)
class ForecastSlotItem:
    """One interval: local start (minutes after midnight), calls offered, handle time."""

    start_minute: int
    calls: float
    aht_s: float

    @property
    def label(self) -> str:
        return f"{self.start_minute // 60:02d}:{self.start_minute % 60:02d}"


@dataclass(frozen=True)
class DayForecast:
    """A day's forecast; ``slots`` in start order, empty when none is stored."""

    day: date
    interval_minutes: int
    slots: tuple[ForecastSlotItem, ...] = ()

    def slot_at(self, minute: int) -> ForecastSlotItem | None:
        """The slot whose interval holds ``minute`` after midnight."""
        start = minute - minute % self.interval_minutes
        return next((s for s in self.slots if s.start_minute == start), None)

    def plan_intervals(self, settings: QueueSettings) -> list[ForecastInterval]:
        """The day as staffing.plan_day input: the settings give target, shrinkage, patience."""
        out = []
        for number, slot in enumerate(self.slots, 1):
            inputs = None
            if slot.calls > 0:
                inputs = replace(
                    settings.inputs(slot.calls, slot.aht_s),
                    interval_s=self.interval_minutes * 60.0,
                )
            out.append(ForecastInterval(slot.label, number, slot.calls, inputs))
        return out


@dataclass(frozen=True)
class ForecastImport:
    """Good rows are kept even when others are bad; problems name the source and line."""

    slots: tuple[ForecastSlotItem, ...]
    problems: tuple[Problem, ...]


def parse_time(text: str) -> int | None:
    """Minutes after midnight for 08:30, 8:30 or 08:30:00; None if it is not such a time."""
    match = _TIME.fullmatch(text)
    return int(match.group(1)) * 60 + int(match.group(2)) if match else None


# What each problem of a day's slots says (a save shows "Forecast: <it>."; error_texts
# words the same codes as "forecast.<code>").
SLOT_TEXTS = {
    "interval_length": "intervals must be {choices} minutes long",
    "slot_start": "{where}: intervals start every {minutes} minutes",
    "slot_twice": "{where}: appears twice",
    "slot_calls": "{where}: calls must be between 0 and {limit}",
    "slot_aht": "{where}: the handle time must be above 0 and at most a day",
}


@dataclass(frozen=True)
class SlotProblem:
    """One thing to fix in a day's forecast: the rule (a key of SLOT_TEXTS) and its
    parameters; ``str()`` is the English for logs, the command line and import reports."""

    code: str
    params: dict

    def __str__(self) -> str:
        return SLOT_TEXTS[self.code].format(**self.params)

    def problem(self, source: str, line: int) -> Problem:
        """The same as a problem of an imported row (worded as "Forecast: <it>.")."""
        english = f"Forecast: {self}."
        return Problem(f"forecast.{self.code}", self.params, source, line, english=english)


def slot_problems(slots: tuple[ForecastSlotItem, ...], interval_minutes: int) -> list[SlotProblem]:
    """What to fix; empty when the day can be stored."""
    if interval_minutes not in INTERVALS:
        return [SlotProblem("interval_length", {"choices": ", ".join(map(str, INTERVALS))})]
    found = []
    seen: set[int] = set()
    for s in slots:
        where = s.label if 0 <= s.start_minute < 1440 else str(s.start_minute)
        if not 0 <= s.start_minute < 1440 or s.start_minute % interval_minutes:
            found.append(SlotProblem("slot_start", {"where": where, "minutes": interval_minutes}))
        if s.start_minute in seen:
            found.append(SlotProblem("slot_twice", {"where": where}))
        seen.add(s.start_minute)
        if not (math.isfinite(s.calls) and 0 <= s.calls <= MAX_CALLS):
            found.append(SlotProblem("slot_calls", {"where": where, "limit": f"{MAX_CALLS:,.0f}"}))
        if not (math.isfinite(s.aht_s) and 0 < s.aht_s <= MAX_AHT_S):
            found.append(SlotProblem("slot_aht", {"where": where}))
    return found


def parse_forecast_csv(
    text: str, settings: QueueSettings, source: str = "forecast"
) -> ForecastImport:
    """Rows with 'start' (08:30) and 'calls', optionally 'aht' and 'interval' (which must
    match the queue's interval length); parsed by staffing.plan, bad rows by line."""
    if len(text) > MAX_IMPORT_CHARS:
        return ForecastImport((), (Problem("forecast_import.too_large", file=source),))
    text = text.lstrip("\ufeff")
    problems = _header_problems(text, source)
    try:
        rows, found = read_forecast(text, settings.plan_defaults(), source)
    except csv.Error:
        return ForecastImport((), (Problem("csv.invalid", file=source),))
    problems += found
    slots: list[ForecastSlotItem] = []
    seen: set[int] = set()
    for row in rows:
        start = parse_time(row.label)
        if start is None:
            params = {"value": row.label}
            problems.append(Problem("forecast_import.start", params, source, row.line))
            continue
        if row.inputs is not None and row.inputs.interval_s != settings.interval_s:
            minutes = f"{row.inputs.interval_s / 60:g}"
            params = {"minutes": minutes, "queue": settings.interval_minutes}
            problems.append(Problem("forecast_import.interval", params, source, row.line))
            continue
        aht = row.inputs.aht_s if row.inputs is not None else float(settings.default_aht_seconds)
        slot = ForecastSlotItem(start, row.calls, aht)
        bad = slot_problems((slot,), settings.interval_minutes)
        if start in seen:
            bad.append(SlotProblem("slot_twice", {"where": slot.label}))
        if bad:
            problems.append(bad[0].problem(source, row.line))
            continue
        seen.add(start)
        slots.append(slot)
    slots.sort(key=lambda s: s.start_minute)
    return ForecastImport(tuple(slots), tuple(problems))


def _header_problems(text: str, source: str) -> list[Problem]:
    reader = csv.reader(io.StringIO(text))
    try:
        for cells in reader:
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            names = [c.strip().lower() for c in cells]
            line = reader.line_num
            if not {"start", "label", "time"} & set(names):
                return [Problem("forecast_import.no_start", file=source, line=line)]
            return [
                Problem("forecast_import.setting_column", {"name": name}, source, line)
                for name in names
                if name in _SETTINGS_COLUMNS
            ]
    except csv.Error:
        pass  # read_forecast reports it
    return []


class ForecastService:
    def __init__(self, db: Database, audit: AuditLog, default_interval_minutes: int = 30) -> None:
        self._db = db
        self._audit = audit
        self.default_interval_minutes = default_interval_minutes

    def day(self, day: date, interval_minutes: int | None = None) -> DayForecast:
        """The day's forecast (anyone may read it); no slots when none is stored, and then
        the intervals are ``interval_minutes`` (default: the service's) long."""
        with self._db.read() as s:
            rows = s.scalars(
                select(ForecastSlot)
                .where(ForecastSlot.day == day, ForecastSlot.deleted_at.is_(None))
                .order_by(ForecastSlot.start_minute)
            ).all()
            slots = tuple(ForecastSlotItem(r.start_minute, r.calls, r.aht_s) for r in rows)
            interval = (
                rows[0].interval_minutes
                if rows
                else (interval_minutes or self.default_interval_minutes)
            )
        return DayForecast(day, interval, slots)

    def save_day(
        self,
        who: Identity,
        day: date,
        interval_minutes: int,
        slots: tuple[ForecastSlotItem, ...],
    ) -> Changes:
        """Replace the day's forecast with ``slots`` (none: the day has no forecast)."""
        require_team_leader(who, "change_forecast")
        problems = slot_problems(slots, interval_minutes)
        if problems:
            first = problems[0]
            raise ValidationError(
                f"Forecast: {first}.",
                "forecast",
                code=f"forecast.{first.code}",
                params=first.params,
            )
        now = utcnow()
        with self._db.write() as s:
            existing = {
                r.start_minute: r
                for r in s.scalars(select(ForecastSlot).where(ForecastSlot.day == day))
            }
            wanted = {slot.start_minute: slot for slot in slots}
            for start, slot in wanted.items():
                row = existing.get(start)
                if row is None:
                    row = ForecastSlot(id=uuid.uuid4(), day=day, start_minute=start)
                    s.add(row)
                row.interval_minutes = interval_minutes
                row.calls, row.aht_s, row.deleted_at = slot.calls, slot.aht_s, None
            for start, row in existing.items():
                if start not in wanted and row.deleted_at is None:
                    row.deleted_at = now
            self._audit.append(
                s, who, "forecast.saved", None, day=day.isoformat(), intervals=len(slots)
            )
        return Changes.FORECAST

    def import_csv(
        self, who: Identity, day: date, text: str, settings: QueueSettings
    ) -> tuple[ForecastImport, Changes]:
        """Parse and store the good rows as the day's forecast; bad rows come back by line."""
        require_team_leader(who, "import_forecast")
        parsed = parse_forecast_csv(text, settings)
        if not parsed.slots:
            return parsed, Changes.NONE
        return parsed, self.save_day(who, day, settings.interval_minutes, parsed.slots)
