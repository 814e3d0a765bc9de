"""Survey results from a survey tool's CSV export: every row checked, problems as
``file:line: message`` (never quoting a cell, which may hold a customer's words).

UTF-8 (BOM or not), ``,`` ``;`` or tab separated. Columns, in any order and case: a way to find
the call (``interaction_id``, or ``caller_number`` and ``time``), then either ``survey`` (csat,
ces or nps) with ``score``, or one column per scale (``csat``, ``ces``, ``nps``) holding the
score; ``comment`` is optional. A time without an offset is taken as UTC.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from agentdesk.errors import DataFileError, ValidationError
from agentdesk.problems import Problem
from agentdesk.surveys.scales import KINDS, check_comment, check_score

MAX_BYTES = 10_000_000
MAX_ROWS = 100_000
_MB = MAX_BYTES // 1_000_000
MAX_CELL = 4_000  # a comment is at most 1,000 characters; anything longer is not a survey
_COLUMNS = {
    "interaction_id": ("interaction_id", "interaction", "call_id", "contact_id"),
    "caller_number": ("caller_number", "phone", "phone_number", "caller", "number", "ani"),
    "time": ("time", "called_at", "call_time", "date", "datetime", "timestamp", "started_at"),
    "survey": ("survey", "kind", "metric", "type"),
    "score": ("score", "rating", "value", "answer"),
    "comment": ("comment", "comments", "verbatim", "feedback", "text"),
    **{kind: (kind,) for kind in KINDS},
}
_ALIASES = {alias: field for field, aliases in _COLUMNS.items() for alias in aliases}
_HEADER_JUNK = re.compile(r"[\s\-.]+")
_INTEGER = re.compile(r"[+-]?[0-9]{1,3}")  # ASCII digits only: "٥" is no score


@dataclass(frozen=True)
class SurveyAnswer:
    """One answer from the file; ``line`` is where its row starts."""

    line: int
    kind: str
    score: int
    comment: str
    interaction_id: uuid.UUID | None
    caller_number: str | None
    at: dt.datetime | None


@dataclass(frozen=True)
class ParsedSurveys:
    answers: tuple[SurveyAnswer, ...]
    problems: tuple[Problem, ...]  # one per bad row, with the file and line


def read_file(path: Path) -> bytes:
    """The file's bytes, refused by its size before any is read (a 2 GB file is not loaded)."""
    if path.stat().st_size > MAX_BYTES:
        raise DataFileError([Problem("import.too_large", {"limit": _MB}, path.name)])
    return path.read_bytes()


def decode(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        raise DataFileError([Problem("import.too_large", {"limit": _MB}, name)])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataFileError([Problem("import.not_utf8", file=name, line=line)]) from None


def parse_survey_csv(text: str, name: str) -> ParsedSurveys:
    """Every good row's answers and every bad row's problem; DataFileError when the file as a
    whole cannot be used (no header, unknown columns, too many rows)."""
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise DataFileError([Problem("import.nul", file=name, line=line)])
    records = _records(text)
    first = next(records, None)
    if first is None:
        raise DataFileError([Problem("import.empty", file=name, line=1)])
    line, header = first
    if isinstance(header, Problem):
        raise DataFileError([header.at(name, line)])
    fields = _header(header, name, line)
    answers: list[SurveyAnswer] = []
    problems: list[Problem] = []
    for count, (line, cells) in enumerate(records, start=1):
        if count > MAX_ROWS:
            limit = f"{MAX_ROWS:,}"
            raise DataFileError([Problem("import.too_many_rows", {"limit": limit}, name, line)])
        if isinstance(cells, Problem):
            problems.append(cells.at(name, line))
            continue
        try:
            answers.extend(_row(fields, cells, line))
        except ValidationError as exc:
            problems.append(Problem.of(exc, name, line))
    return ParsedSurveys(tuple(answers), tuple(problems))


def _records(text: str) -> Iterator[tuple[int, list[str] | Problem]]:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    counts = {d: first.count(d) for d in ",;\t"}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            message = str(exc)
            if "end of data" in message:
                yield start, Problem("csv.unclosed_quote")
                return
            if "field larger than field limit" in message:
                yield start, Problem("csv.value_too_long", {"limit": f"{MAX_CELL:,}"})
                continue
            yield start, Problem("csv.invalid")
            continue
        if any(len(c) > MAX_CELL for c in cells):
            yield start, Problem("csv.value_too_long", {"limit": f"{MAX_CELL:,}"})
            continue
        if any(c.strip() for c in cells):
            yield start, cells


def _header(cells: list[str], name: str, line: int) -> dict[int, str]:
    fields: dict[int, str] = {}
    problems: list[Problem] = []
    for i, raw in enumerate(cells):
        key = _HEADER_JUNK.sub("_", raw.strip().casefold()).strip("_")
        field = _ALIASES.get(key)
        if field is None:
            if key:
                problems.append(Problem("surveys_import.column_unknown", {"column": i + 1}))
            continue
        if field in fields.values():
            problems.append(Problem("csv.column_twice", {"column": i + 1, "name": field}))
        fields[i] = field
    named = set(fields.values())
    if not ("interaction_id" in named or {"caller_number", "time"} <= named):
        problems.append(Problem("surveys_import.no_call_column"))
    long_form = {"survey", "score"} <= named
    wide_form = bool(named & set(KINDS))
    if long_form == wide_form:
        problems.append(Problem("surveys_import.form"))
    if problems:
        raise DataFileError([p.at(name, line) for p in problems])
    return fields


def _row(fields: dict[int, str], cells: list[str], line: int) -> list[SurveyAnswer]:
    values = {f: (cells[i].strip() if i < len(cells) else "") for i, f in fields.items()}
    iid = _interaction(values.get("interaction_id", ""))
    number = values.get("caller_number") or None
    at = _time(values.get("time", "")) if values.get("time") else None
    if iid is None and not (number and at):
        raise ValidationError(
            "No interaction_id, and no caller_number with a time.",
            "call",
            code="surveys_import.no_call",
        )
    comment = check_comment(values.get("comment", ""))
    if "survey" in values:
        kind = values["survey"].casefold()
        if kind not in KINDS:
            choices = ", ".join(KINDS)
            raise ValidationError(
                f"survey: one of {choices}.",
                "survey",
                code="surveys_import.survey",
                choices=choices,
            )
        pairs = [(kind, values.get("score", ""))]
    else:
        pairs = [(k, values[k]) for k in KINDS if values.get(k)]
        if not pairs:
            raise ValidationError(
                "No score in csat, ces or nps.", "score", code="surveys_import.no_score"
            )
    return [
        SurveyAnswer(line, kind, _score(kind, raw), comment, iid, number, at)
        for kind, raw in pairs
    ]


def _interaction(raw: str) -> uuid.UUID | None:
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ValidationError(
            "interaction_id: not an interaction id.",
            "interaction_id",
            code="surveys_import.interaction_id",
        ) from None


def _time(raw: str) -> dt.datetime:
    try:
        if ":" not in raw:  # a date alone would match calls around midnight
            raise ValueError(raw)
        when = dt.datetime.fromisoformat(raw)
        return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise ValidationError(
            "time: a date and time like 2026-12-06 14:05 or 2026-12-06T14:05:00+01:00.",
            "time",
            code="surveys_import.time",
        ) from None


def _score(kind: str, raw: str) -> int:
    if not _INTEGER.fullmatch(raw):
        check_score(kind, None)  # raises, worded for this scale
    return check_score(kind, int(raw))
