"""The JSON-lines feed parser: documented lines parse, anything else is skipped and counted."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.callqueue.feed import (
    CALL_TYPES,
    MAX_LINE_BYTES,
    AgentsLine,
    CallLine,
    FeedParser,
    LineAssembler,
    SnapshotLine,
    encode,
    parse_text,
)

SNAPSHOT = (
    '{"ts": "2026-05-04T10:41:07+02:00", "type": "snapshot", "waiting": 3, '
    '"longest_wait_s": 42, "agents_available": 5, "agents_busy": 12, "offered": 120, '
    '"answered": 110, "answered_in_target": 96, "abandoned": 4, '
    '"interval_start": "2026-05-04T10:30:00+02:00", "aht_s": 180.5, "queue": "billing"}'
)
CEST = timezone(timedelta(hours=2))


def test_the_documented_snapshot_line_parses() -> None:
    record = parse_text(SNAPSHOT)
    assert record == SnapshotLine(
        ts=datetime(2026, 5, 4, 10, 41, 7, tzinfo=CEST),
        waiting=3,
        longest_wait_s=42.0,
        agents_available=5,
        agents_busy=12,
        interval_start=datetime(2026, 5, 4, 10, 30, tzinfo=CEST),
        offered=120,
        answered=110,
        answered_in_target=96,
        abandoned=4,
        aht_s=180.5,
    )


def test_event_lines_parse_with_z_or_epoch_timestamps() -> None:
    assert parse_text('{"ts":"2026-05-04T08:00:00Z","type":"call_arrived","call_id":7}') == (
        CallLine("call_arrived", datetime(2026, 5, 4, 8, tzinfo=UTC), "7")
    )
    answered = parse_text('{"ts":1777881600.5,"type":"call_answered","call_id":"a1","wait_s":12.5}')
    assert answered == CallLine(
        "call_answered", datetime.fromtimestamp(1777881600.5, UTC), "a1", 12.5
    )
    assert parse_text('{"ts":"2026-05-04T08:00:00Z","type":"agents","available":2,"busy":3.0}') == (
        AgentsLine(datetime(2026, 5, 4, 8, tzinfo=UTC), 2, 3)
    )


@pytest.mark.parametrize(
    ("line", "code", "field"),
    [
        (b"not json", "not_json", None),
        (b"[1, 2]", "not_object", None),
        (b'{"ts": "2026-05-04T08:00:00Z"}', "missing", "type"),
        (b'{"type": "agents", "available": 1, "busy": 1}', "missing", "ts"),
        (b'{"ts": "2026-05-04T08:00:00Z", "type": "hold"}', "unknown_type", "type"),
        (
            b'{"ts": "2026-05-04T08:00:00", "type": "agents", "available": 1, "busy": 1}',
            "bad_value",
            "ts",
        ),
        (b'{"ts": "yesterday", "type": "agents", "available": 1, "busy": 1}', "bad_value", "ts"),
        (b'{"ts": 1e300, "type": "agents", "available": 1, "busy": 1}', "bad_value", "ts"),
        (b'{"ts": 0, "type": "agents", "available": -1, "busy": 1}', "bad_value", "available"),
        (b'{"ts": 0, "type": "agents", "available": true, "busy": 1}', "bad_value", "available"),
        (b'{"ts": 0, "type": "agents", "available": 1.5, "busy": 1}', "bad_value", "available"),
        (b'{"ts": 0, "type": "agents", "available": 1}', "missing", "busy"),
        (b'{"ts": 0, "type": "call_answered", "call_id": "x", "wait_s": NaN}', "not_json", None),
        (
            b'{"ts": 0, "type": "call_answered", "call_id": "x", "wait_s": "12"}',
            "bad_value",
            "wait_s",
        ),
        (b'{"ts": 0, "type": "call_arrived", "call_id": ""}', "bad_value", "call_id"),
        (b'{"ts": 0, "type": "call_arrived"}', "missing", "call_id"),
        (b'{"ts": 0, "type": "snapshot", "waiting": 1}', "missing", "longest_wait_s"),
        (
            b'{"ts": 0, "type": "agents", "available": 1' + b"0" * 5000 + b', "busy": 1}',
            "not_json",
            None,
        ),
        (b"[" * 60_000, "not_json", None),  # nested too deep for the decoder
        (b'{"ts": 0, "type": "agents", "available": 1, "busy": 1, "x": "\xff"}', "not_utf8", None),
        (None, "too_long", None),
    ],
)
def test_malformed_lines_are_counted_with_the_reason(line, code, field) -> None:
    parser = FeedParser()
    assert parser.parse(b'{"ts": 0, "type": "agents", "available": 1, "busy": 1}') is not None
    assert parser.parse(line, offset=57) is None
    assert (parser.records, parser.malformed) == (1, 1)
    problem = parser.last_problem
    assert (problem.code, problem.field, problem.line, problem.offset) == (code, field, 2, 57)


def test_blank_lines_are_neither_records_nor_malformed() -> None:
    parser = FeedParser()
    assert parser.parse(b"   ") is None
    assert (parser.lines, parser.records, parser.malformed) == (1, 0, 0)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_parser(data: bytes) -> None:
    parser = FeedParser()
    for line in data.split(b"\n"):
        parser.parse(line)
    assert parser.records + parser.malformed <= parser.lines


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["2026-05-04T08:00:00Z", "2026-05-04T08:00:00+05:45", "08:00"]),
)
_KEYS = st.sampled_from(
    ["ts", "type", "waiting", "longest_wait_s", "agents_available", "agents_busy", "offered",
     "answered", "answered_in_target", "abandoned", "interval_start", "aht_s", "call_id",
     "wait_s", "available", "busy", "other"]
)  # fmt: skip
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@given(
    st.dictionaries(_KEYS, _VALUES, max_size=12),
    st.sampled_from(["snapshot", "agents", *CALL_TYPES, "x", 3]),
)
def test_arbitrary_objects_parse_or_are_counted(data: dict, kind) -> None:
    data = {**data, "type": kind}
    parser = FeedParser()
    record = parser.parse(json.dumps(data).encode())
    assert (record is None) == (parser.malformed == 1)


_TIMES = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
_COUNTS = st.integers(min_value=0, max_value=10_000)
_SECONDS = st.floats(min_value=0, max_value=100_000, allow_nan=False)
_RECORDS = st.one_of(
    st.builds(
        SnapshotLine,
        ts=_TIMES,
        waiting=_COUNTS,
        longest_wait_s=_SECONDS,
        agents_available=_COUNTS,
        agents_busy=_COUNTS,
        interval_start=st.none() | _TIMES,
        offered=st.none() | _COUNTS,
        answered=st.none() | _COUNTS,
        answered_in_target=st.none() | _COUNTS,
        abandoned=st.none() | _COUNTS,
        aht_s=st.none() | _SECONDS,
    ),
    st.builds(
        CallLine,
        type=st.sampled_from(CALL_TYPES[1:]),
        ts=_TIMES,
        call_id=st.text(min_size=1, max_size=20),
        wait_s=st.none() | _SECONDS,
    ),
    st.builds(AgentsLine, ts=_TIMES, available=_COUNTS, busy=_COUNTS),
)


@given(_RECORDS)
def test_encoded_records_parse_back_the_same(record) -> None:
    assert parse_text(encode(record)) == record


def test_line_assembler_keeps_partial_lines_and_offsets() -> None:
    lines = LineAssembler()
    assert lines.feed(b'{"a"') == []
    assert lines.pending == 4
    assert lines.feed(b':1}\r\n{"b":2}\n{"c"') == [(b'{"a":1}', 0), (b'{"b":2}', 9)]
    assert lines.feed(b":3}\n") == [(b'{"c":3}', 17)]
    assert lines.pending == 0


def test_line_assembler_drops_overlong_lines_once() -> None:
    lines = LineAssembler(max_bytes=10)
    out = lines.feed(b"x" * 8)
    out += lines.feed(b"y" * 8)
    out += lines.feed(b"z" * 30 + b"\nok\n")
    assert out == [(None, 0), (b"ok", 47)]
    assert MAX_LINE_BYTES == 65536


@given(st.lists(st.binary(max_size=40), max_size=12), st.data())
def test_line_assembler_gives_the_same_lines_however_the_bytes_are_split(chunks, data) -> None:
    stream = b"".join(chunks)
    whole = LineAssembler(max_bytes=10_000).feed(stream)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=6)))
    pieces = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    split = LineAssembler(max_bytes=10_000)
    assert [line for piece in pieces for line in split.feed(piece)] == whole
