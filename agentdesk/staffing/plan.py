"""A day plan: a forecast of many intervals in, agents and staff per interval out, via CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from math import floor

from agentdesk.csv_cells import safe_cell
from agentdesk.errors import ValidationError
from agentdesk.problems import Problem
from agentdesk.staffing.interval import Figures, IntervalInputs, required_figures
from agentdesk.staffing.units import parse_duration, parse_fraction, parse_target


@dataclass(frozen=True, slots=True)
class PlanDefaults:
    """Values for forecast columns that are absent or empty; None means "must be in the file"."""

    interval_s: float | None = None
    aht_s: float | None = None
    target: tuple[float, float] | None = None  # (service level, answer time in seconds)
    shrinkage: float = 0.0
    max_occupancy: float | None = None
    patience_s: float | None = None
    max_abandon: float | None = None

    def inputs(self, calls: float) -> IntervalInputs:
        """The interval's inputs for ``calls`` (interval, handle time and target given)."""
        assert self.interval_s is not None and self.aht_s is not None
        assert self.target is not None
        return IntervalInputs(
            calls=calls,
            interval_s=self.interval_s,
            aht_s=self.aht_s,
            target_service_level=self.target[0],
            answer_time_s=self.target[1],
            max_occupancy=self.max_occupancy,
            shrinkage=self.shrinkage,
            patience_s=self.patience_s,
            max_abandon=self.max_abandon,
        )


# A forecast row (or header) that could not be read: where, and what is wrong.
ForecastProblem = Problem


@dataclass(frozen=True, slots=True)
class ForecastInterval:
    """One forecast row: its label, its source line and its inputs (None: no calls)."""

    label: str
    line: int
    calls: float
    inputs: IntervalInputs | None


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One interval of the day plan: what the queue widget's table and the CSV show."""

    label: str
    calls: float
    load: float
    required_agents: int
    scheduled_staff: int
    service_level: float
    asa_s: float
    wait_probability: float
    occupancy: float
    abandon_rate: float
    mean_wait_s: float = 0.0  # all callers, hung up included (Erlang C: the ASA)


PLAN_COLUMNS = (
    "start",
    "calls",
    "load_erlangs",
    "required_agents",
    "scheduled_staff",
    "service_level",
    "asa_s",
    "wait_probability",
    "occupancy",
    "abandon_rate",
    "mean_wait_s",
)

_KNOWN = (
    "start",
    "calls",
    "interval",
    "aht",
    "target",
    "shrinkage",
    "max_occupancy",
    "patience",
    "max_abandon",
)
_ALIASES = {
    "label": "start",
    "time": "start",
    "volume": "calls",
    "max-occupancy": "max_occupancy",
    "max-abandon": "max_abandon",
}


def plan_day(forecast: Iterable[ForecastInterval]) -> list[PlanRow]:
    """Required agents and scheduled staff for every interval, in order.

    An interval without calls needs nobody.  Each Erlang A search starts from the previous
    interval's answer scaled by the change in load: neighbouring intervals are alike, so
    the search mostly certifies the guess in two evaluations.  Intervals with the same
    inputs as an earlier one (a flat night, say) reuse its answer.
    """
    rows = []
    previous: tuple[float, int] | None = None
    answers: dict[IntervalInputs, tuple[int, int, Figures]] = {}
    for item in forecast:
        inputs = item.inputs
        if inputs is None:
            rows.append(PlanRow(item.label, item.calls, 0.0, 0, 0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0))
            continue
        load = inputs.load
        # Rounded down: a guess one short costs two probes (it fails, the next passes),
        # one too many costs three (it passes, so does the one below, then one more).
        need = answers.get(inputs)
        if need is None:
            guess = None if previous is None else floor(previous[1] * load / previous[0])
            need = answers[inputs] = required_figures(inputs, guess)
        agents, staff, figures = need
        previous = (load, agents)
        rows.append(PlanRow(item.label, inputs.calls, load, agents, staff, *figures))
    return rows


def read_forecast(
    text: str, defaults: PlanDefaults, source: str = "forecast"
) -> tuple[list[ForecastInterval], list[Problem]]:
    """Parse forecast CSV text into intervals, collecting every problem with its line.

    read_forecast_lines gives the same in file order, problems in place.
    """
    found = read_forecast_lines(text, defaults, source)
    return (
        [item for item in found if isinstance(item, ForecastInterval)],
        [item for item in found if isinstance(item, Problem)],
    )


def read_forecast_lines(
    text: str, defaults: PlanDefaults, source: str = "forecast"
) -> list[ForecastInterval | ForecastProblem]:
    """Every forecast row in file order: an interval, or the problem that kept it out.

    A header row, then one row per interval.  Columns (any order, case-insensitive):
    ``start`` (label, e.g. 08:00; optional), ``calls`` (required), and optionally
    ``interval``, ``aht``, ``target``, ``shrinkage``, ``max_occupancy``, ``patience``; a
    column missing or a cell left empty takes the value in `defaults` (the command line).
    Durations as 180s, 30m, 1h or plain seconds; shares as 30% or 0.3; targets as 80/20.
    Blank lines and lines starting with # are skipped.  A row with 0 calls needs nobody.

    Good rows are returned even when others are bad.  A bad header (unknown or missing
    column, or a value needed by every row given nowhere) yields no rows.
    """
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    found: list[ForecastInterval | ForecastProblem] = []

    def unreadable(line: int, problem: Problem) -> None:
        found.append(problem.at(source, line))

    for line, cells in _rows(reader, unreadable):
        if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header, header_problems = _read_header(cells, defaults)
            if header_problems:
                return [p.at(source, line) for p in header_problems]
            continue
        try:
            found.append(_read_row(header, cells, defaults, line))
        except ValidationError as error:
            found.append(Problem.of(error, source, line))
    if header is None:
        found.append(Problem("staffing.empty", file=source, line=1))
    return found


def _rows(reader, unreadable: Callable[[int, Problem], None]) -> Iterable[tuple[int, list[str]]]:
    """(line, cells) of each CSV row; a malformed row (a field over the csv module's limit,
    a stray quote) ends the file with a problem naming the line, never a traceback."""
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            unreadable(reader.line_num, Problem("csv.invalid"))
            return
        yield reader.line_num, cells


def write_plan(rows: Sequence[PlanRow], stream: io.TextIOBase) -> None:
    """Write the day plan as CSV with the PLAN_COLUMNS header."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in PLAN_COLUMNS])
    for r in rows:
        writer.writerow(
            safe_cell(cell)
            for cell in [
                r.label,
                f"{r.calls:g}",
                f"{r.load:.4f}",
                r.required_agents,
                r.scheduled_staff,
                f"{r.service_level:.6f}",
                f"{r.asa_s:.3f}",
                f"{r.wait_probability:.6f}",
                f"{r.occupancy:.6f}",
                f"{r.abandon_rate:.6f}",
                f"{r.mean_wait_s:.3f}",
            ]
        )


def _read_header(cells: list[str], defaults: PlanDefaults) -> tuple[list[str], list[Problem]]:
    names = [_ALIASES.get(c.strip().lower(), c.strip().lower()) for c in cells]
    known = ", ".join(_KNOWN)
    problems = [
        Problem("staffing.column_unknown", {"name": name, "known": known})
        for name in names
        if name not in _KNOWN
    ]
    problems += [
        Problem("staffing.column_twice", {"name": name})
        for name in sorted(set(names))
        if names.count(name) > 1
    ]
    if "calls" not in names:
        problems.append(Problem("staffing.no_calls_column"))
    for column, default, option in (
        ("interval", defaults.interval_s, "--interval"),
        ("aht", defaults.aht_s, "--aht"),
        ("target", defaults.target, "--target"),
    ):
        if column not in names and default is None:
            problems.append(Problem("staffing.no_column", {"name": column, "option": option}))
    return names, problems


_Parser = Callable[[str, str], object]
_PARSERS: dict[str, _Parser] = {
    "interval": parse_duration,
    "aht": parse_duration,
    "target": parse_target,
    "shrinkage": parse_fraction,
    "max_occupancy": parse_fraction,
    "patience": parse_duration,
    "max_abandon": parse_fraction,
}
_FIELDS = {
    "interval": "interval_s",
    "aht": "aht_s",
    "target": "target",
    "shrinkage": "shrinkage",
    "max_occupancy": "max_occupancy",
    "patience": "patience_s",
    "max_abandon": "max_abandon",
}


def _read_row(
    header: list[str], cells: list[str], defaults: PlanDefaults, line: int
) -> ForecastInterval:
    if len(cells) > len(header):
        count, width = len(cells), len(header)
        raise ValidationError(
            f"{count} values but the header names {width} columns; quote values that contain "
            "the delimiter.",
            code="csv.too_many_values",
            count=count,
            width=width,
        )
    values = dict(zip(header, (c.strip() for c in cells), strict=False))
    label = values.get("start", "") or f"line {line}"
    calls_text = values.get("calls", "")
    if not calls_text:
        raise ValidationError(
            "calls: empty; expected the calls offered, e.g. 120.",
            field="calls",
            code="staffing.calls_empty",
        )
    try:
        calls = float(calls_text)
    except ValueError:
        raise ValidationError(
            f"calls: expected a number like 120, got '{calls_text}'.",
            field="calls",
            code="staffing.calls_number",
            params={"value": calls_text},
        ) from None
    overrides = {
        _FIELDS[name]: _PARSERS[name](text, name)
        for name, text in values.items()
        if name in _PARSERS and text
    }
    # replace() costs more than the rest of the row; most rows override nothing.
    settings = replace(defaults, **overrides) if overrides else defaults
    if calls == 0.0:
        return ForecastInterval(label, line, 0.0, None)
    for name, value in (
        ("interval", settings.interval_s),
        ("aht", settings.aht_s),
        ("target", settings.target),
    ):
        if value is None:
            raise ValidationError(
                f"{name}: empty and no --{name} given.",
                field=name,
                code="staffing.value_missing",
                params={"name": name},
            )
    return ForecastInterval(label, line, calls, settings.inputs(calls))
