"""Tailing a feed file: appended lines, partial lines, truncation, rotation, a long file."""

from __future__ import annotations

import os

from agentdesk.callqueue.feed import AgentsLine
from agentdesk.callqueue.sources import FileFeedSource


def agents(n: int) -> bytes:
    return b'{"ts": "2026-05-04T08:00:00Z", "type": "agents", "available": %d, "busy": 0}\n' % n


def append(path, data: bytes) -> None:
    with open(path, "ab") as stream:
        stream.write(data)


def available(records) -> list[int]:
    assert all(isinstance(r, AgentsLine) for r in records)
    return [r.available for r in records]


def test_a_missing_file_is_waited_for(tmp_path) -> None:
    source = FileFeedSource(tmp_path / "feed.jsonl")
    assert source.poll() == []
    assert source.status == "missing"
    append(tmp_path / "feed.jsonl", agents(1))
    assert available(source.poll()) == [1]
    assert source.status == "reading"


def test_appended_lines_arrive_once_and_partial_lines_wait(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    append(path, agents(1) + agents(2))
    source = FileFeedSource(path)
    assert available(source.poll()) == [1, 2]
    assert source.poll() == []
    line = agents(3)
    append(path, line[:20])
    assert source.poll() == []  # no newline yet: the writer is half-way through
    append(path, line[20:] + agents(4))
    assert available(source.poll()) == [3, 4]
    assert source.parser.malformed == 0


def test_malformed_lines_are_skipped_and_counted_by_line(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    append(path, agents(1) + b"{oops\n" + b"\n" + agents(2) + b'{"type": "agents"}\n')
    source = FileFeedSource(path)
    assert available(source.poll()) == [1, 2]
    assert source.parser.malformed == 2
    problem = source.parser.last_problem
    assert (problem.code, problem.field, problem.line) == ("missing", "ts", 5)
    assert problem.offset == len(agents(1)) * 2 + len(b"{oops\n\n")


def test_a_truncated_file_is_read_again_from_the_top(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    append(path, agents(1) + agents(2) + agents(3))
    source = FileFeedSource(path)
    assert available(source.poll()) == [1, 2, 3]
    with open(path, "wb") as stream:  # truncated in place, same file
        stream.write(agents(7))
    assert available(source.poll()) == [7]
    assert (source.truncations, source.rotations) == (1, 0)


def test_a_rotated_file_is_followed_to_the_new_one(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    append(path, agents(1))
    source = FileFeedSource(path)
    assert available(source.poll()) == [1]
    os.replace(path, tmp_path / "feed.jsonl.1")
    assert available(source.poll()) == []  # gone for a moment: nothing, no error
    append(path, agents(8) + agents(9) + agents(10))
    assert available(source.poll()) == [8, 9, 10]
    assert (source.truncations, source.rotations) == (0, 1)


def test_a_long_file_is_read_from_its_tail(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    append(path, b"".join(agents(n) for n in range(1000)))
    source = FileFeedSource(path, start_window=len(agents(999)) * 3 + 5)
    # The window starts 5 bytes before the end of a line: that part is skipped, not counted.
    assert available(source.poll()) == [997, 998, 999]
    assert source.parser.malformed == 0
    append(path, b"junk\n")
    source.poll()
    assert source.parser.last_problem.line is None  # lines are not numbered from mid-file
    assert source.parser.last_problem.offset == path.stat().st_size - 5
    exact = FileFeedSource(path, start_window=len(agents(999)) * 2 + 5)  # starts on a line
    assert available(exact.poll()) == [998, 999]


def test_a_burst_is_read_over_several_polls(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    append(path, b"".join(agents(n) for n in range(100)))
    source = FileFeedSource(path, max_read=1000)
    seen: list[int] = []
    for _ in range(20):
        seen += available(source.poll())
    assert seen == list(range(100))
