"""The JSON-lines queue feed (docs/queue-feed.md): one record per line, parsed without raising.

A phone system appends lines to a file or writes them to a local socket; the built-in
simulator produces the same records.  A malformed line is skipped and counted, never fatal.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

MAX_LINE_BYTES = 64 * 1024
MAX_COUNT = 10_000_000
MAX_SECONDS = 10_000_000.0
# Epoch-second timestamps must fall between 1970 and 3000; anything else is a typo.
_MAX_EPOCH = 32_503_680_000.0
CALL_TYPES = ("call_arrived", "call_answered", "call_abandoned")
_MAX_CALL_ID = 200


@dataclass(frozen=True, slots=True)
class SnapshotLine:
    """The queue as the phone system counts it; counts since interval_start."""

    ts: datetime
    waiting: int
    longest_wait_s: float
    agents_available: int
    agents_busy: int
    interval_start: datetime | None = None
    offered: int | None = None
    answered: int | None = None
    answered_in_target: int | None = None
    abandoned: int | None = None
    aht_s: float | None = None


@dataclass(frozen=True, slots=True)
class CallLine:
    """One caller's moment: type is one of CALL_TYPES; wait_s only on answered/abandoned."""

    type: str
    ts: datetime
    call_id: str
    wait_s: float | None = None


@dataclass(frozen=True, slots=True)
class AgentsLine:
    """Agents logged in to the queue: available (idle) and busy (on a call or wrap-up)."""

    ts: datetime
    available: int
    busy: int


FeedRecord = SnapshotLine | CallLine | AgentsLine


@dataclass(frozen=True, slots=True)
class FeedProblem:
    """Why a line was skipped: a code (the UI words it), the field, where it was."""

    code: str  # not_utf8 | not_json | not_object | unknown_type | missing | bad_value | too_long
    field: str | None = None
    line: int | None = None  # 1-based line number in the stream, when known
    offset: int | None = None  # byte offset of the line's start, when known


class FeedLineError(ValueError):
    def __init__(self, code: str, field: str | None = None) -> None:
        super().__init__(f"{code}: {field}" if field else code)
        self.code = code
        self.field = field


class FeedParser:
    """Parses lines one at a time and keeps count; never raises for any input."""

    def __init__(self) -> None:
        self.lines = 0
        self.records = 0
        self.malformed = 0
        self.last_problem: FeedProblem | None = None
        self.numbered = True  # False when reading began mid-stream: lines are not numbered

    def restart(self) -> None:
        """The stream starts over (a truncated or rotated file): line numbers restart."""
        self.lines = 0
        self.numbered = True

    def parse(self, raw: bytes | None, offset: int | None = None) -> FeedRecord | None:
        """The record on one line (without its newline); None if blank or malformed.

        ``raw`` None stands for a line that was too long to keep (see LineAssembler).
        """
        self.lines += 1
        try:
            if raw is None:
                raise FeedLineError("too_long")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise FeedLineError("not_utf8") from None
            if not text.strip():
                return None
            record = parse_text(text)
        except FeedLineError as error:
            self.malformed += 1
            line = self.lines if self.numbered else None
            self.last_problem = FeedProblem(error.code, error.field, line, offset)
            return None
        self.records += 1
        return record


def parse_text(text: str) -> FeedRecord:
    """One line's record; raises FeedLineError saying what is wrong."""
    if len(text) > MAX_LINE_BYTES:
        raise FeedLineError("too_long")
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise FeedLineError("not_json") from None
    if not isinstance(data, dict):
        raise FeedLineError("not_object")
    return parse_record(data)


def parse_record(data: dict[str, Any]) -> FeedRecord:
    """A decoded JSON object's record; unknown keys are ignored (newer phone systems)."""
    kind = data.get("type")
    if kind is None:
        raise FeedLineError("missing", "type")
    ts = _timestamp(data, "ts")
    if kind == "snapshot":
        return SnapshotLine(
            ts=ts,
            waiting=_count(data, "waiting"),
            longest_wait_s=_seconds(data, "longest_wait_s"),
            agents_available=_count(data, "agents_available"),
            agents_busy=_count(data, "agents_busy"),
            interval_start=_timestamp(data, "interval_start", required=False),
            offered=_count(data, "offered", required=False),
            answered=_count(data, "answered", required=False),
            answered_in_target=_count(data, "answered_in_target", required=False),
            abandoned=_count(data, "abandoned", required=False),
            aht_s=_seconds(data, "aht_s", required=False),
        )
    if kind in CALL_TYPES:
        wait = None if kind == "call_arrived" else _seconds(data, "wait_s", required=False)
        return CallLine(kind, ts, _call_id(data), wait)
    if kind == "agents":
        return AgentsLine(ts, _count(data, "available"), _count(data, "busy"))
    raise FeedLineError("unknown_type", "type")


def encode(record: FeedRecord) -> str:
    """The record as one feed line (no newline): what a phone system would write."""
    if isinstance(record, SnapshotLine):
        data: dict[str, Any] = {"ts": record.ts.isoformat(), "type": "snapshot"}
        for name in SnapshotLine.__slots__:
            value = getattr(record, name)
            if name != "ts" and value is not None:
                data[name] = value.isoformat() if isinstance(value, datetime) else value
    elif isinstance(record, CallLine):
        data = {"ts": record.ts.isoformat(), "type": record.type, "call_id": record.call_id}
        if record.wait_s is not None:
            data["wait_s"] = record.wait_s
    else:
        data = {
            "ts": record.ts.isoformat(),
            "type": "agents",
            "available": record.available,
            "busy": record.busy,
        }
    return json.dumps(data, separators=(",", ":"))


class LineAssembler:
    """Bytes in as they arrive, whole lines out; a partial line waits for its newline.

    A line longer than max_bytes is dropped (reported as None, once) and the bytes up to the
    next newline are discarded, so a runaway writer cannot make the buffer grow without end.
    """

    def __init__(self, max_bytes: int = MAX_LINE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._buffer = bytearray()
        self._offset = 0  # stream offset of the next byte fed
        self._start = 0  # stream offset where the line in the buffer starts
        self._discarding = False

    @property
    def pending(self) -> int:
        """Bytes of a partial line waiting for its newline."""
        return len(self._buffer)

    def reset(self, offset: int = 0) -> None:
        """Forget any partial line; the next byte fed is at ``offset`` in the stream."""
        self._buffer.clear()
        self._offset = self._start = offset
        self._discarding = False

    def feed(self, data: bytes) -> list[tuple[bytes | None, int]]:
        """(line without its newline, or None if too long; offset of its start) per line."""
        out: list[tuple[bytes | None, int]] = []
        base = self._offset
        self._offset += len(data)
        position = 0
        while position < len(data):
            newline = data.find(b"\n", position)
            end = len(data) if newline < 0 else newline
            if not self._discarding:
                self._buffer += data[position:end]
                if len(self._buffer) > self.max_bytes:
                    out.append((None, self._start))
                    self._buffer.clear()
                    self._discarding = True
            if newline < 0:
                break
            if not self._discarding:
                line = bytes(self._buffer)
                out.append((line[:-1] if line.endswith(b"\r") else line, self._start))
            self._buffer.clear()
            self._discarding = False
            position = newline + 1
            self._start = base + position
        return out


def _no_constant(name: str) -> float:
    raise ValueError(name)  # NaN and Infinity are not JSON


def _timestamp(data: dict[str, Any], name: str, *, required: bool = True) -> datetime:
    value = data.get(name)
    if value is None:
        if required:
            raise FeedLineError("missing", name)
        return None  # type: ignore[return-value]
    if isinstance(value, bool):
        raise FeedLineError("bad_value", name)
    if isinstance(value, int | float):
        if not (math.isfinite(value) and 0 <= value < _MAX_EPOCH):
            raise FeedLineError("bad_value", name)
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str) or len(value) > 64:
        raise FeedLineError("bad_value", name)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise FeedLineError("bad_value", name) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise FeedLineError("bad_value", name)  # a time without a UTC offset is ambiguous
    return parsed


def _count(data: dict[str, Any], name: str, *, required: bool = True) -> int:
    value = data.get(name)
    if value is None:
        if required:
            raise FeedLineError("missing", name)
        return None  # type: ignore[return-value]
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise FeedLineError("bad_value", name)
    return value


def _seconds(data: dict[str, Any], name: str, *, required: bool = True) -> float:
    value = data.get(name)
    if value is None:
        if required:
            raise FeedLineError("missing", name)
        return None  # type: ignore[return-value]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FeedLineError("bad_value", name)
    if isinstance(value, int) and abs(value) > MAX_SECONDS:
        raise FeedLineError("bad_value", name)
    value = float(value)
    if not (math.isfinite(value) and 0.0 <= value <= MAX_SECONDS):
        raise FeedLineError("bad_value", name)
    return value


def _call_id(data: dict[str, Any]) -> str:
    value = data.get("call_id")
    if value is None:
        raise FeedLineError("missing", "call_id")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**18:
        return str(value)
    if not isinstance(value, str) or not 0 < len(value) <= _MAX_CALL_ID:
        raise FeedLineError("bad_value", "call_id")
    return value
