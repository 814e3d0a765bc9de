"""Queue sources behind one interface: poll() returns the records that arrived since the last
call, at once and without waiting.  A file that is appended to, the simulator, or nothing;
the local socket source lives in ui/queue (it needs Qt's event loop)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from agentdesk.callqueue.feed import FeedParser, FeedRecord, LineAssembler
from agentdesk.callqueue.simulator import QueueSimulator, SimulationParams

# On first opening a long feed file only its tail is read: the newest snapshot is what
# matters, and a day's worth of history would block the first poll.
START_WINDOW = 256 * 1024
# Read at most this much per poll, so a burst cannot stall the caller; the rest comes next.
MAX_READ = 1024 * 1024


class QueueSource(Protocol):
    """What the queue dock polls.  kind: "file", "socket", "simulator" or "none"."""

    kind: str
    where: str  # the path, socket name or "" (words for the user)
    parser: FeedParser  # malformed-line count and the last problem

    @property
    def status(self) -> str:
        """A code: "none", "missing", "unreadable", "reading", "listening", "running"."""
        ...

    def poll(self) -> list[FeedRecord]: ...

    def nominal(self) -> tuple[float, float] | None:
        """(calls per interval, AHT) the source is built to produce; simulator only."""
        ...

    def close(self) -> None: ...


class NoSource:
    """No feed set up: the dock still estimates from the forecast."""

    kind = "none"
    where = ""
    status = "none"

    def __init__(self) -> None:
        self.parser = FeedParser()

    def poll(self) -> list[FeedRecord]:
        return []

    def nominal(self) -> tuple[float, float] | None:
        return None

    def close(self) -> None:
        pass


class FileFeedSource:
    """Tails a JSON-lines file that a phone system appends to.

    The file is opened for each poll and closed again (so the writer can rotate it on any
    system); the read position is kept between polls.  A shorter file than the position
    means it was truncated: reading starts over at the top.  A different file at the path
    (renamed away and recreated) means it was rotated: the new one is read from its start.
    """

    kind = "file"

    def __init__(
        self, path: Path, *, start_window: int = START_WINDOW, max_read: int = MAX_READ
    ) -> None:
        self.path = Path(path)
        self.where = str(path)
        self.parser = FeedParser()
        self.status = "missing"
        self.truncations = 0
        self.rotations = 0
        self._start_window = start_window
        self._max_read = max_read
        self._lines = LineAssembler()
        self._identity: tuple[int, int] | None = None
        self._position = 0
        self._skip_partial = False

    def poll(self) -> list[FeedRecord]:
        try:
            stream = open(self.path, "rb")  # noqa: SIM115 (closed below, in every case)
        except FileNotFoundError:
            self.status = "missing"
            return []
        except OSError:
            self.status = "unreadable"
            return []
        with stream:
            try:
                info = os.fstat(stream.fileno())
                identity = (info.st_dev, info.st_ino)
                if self._identity is None:
                    self._start_in_tail(stream, info.st_size)
                elif identity != self._identity:
                    self.rotations += 1
                    self._restart()
                elif info.st_size < self._position:
                    self.truncations += 1
                    self._restart()
                self._identity = identity
                stream.seek(self._position)
                data = stream.read(self._max_read)
            except OSError:
                self.status = "unreadable"
                return []
        self.status = "reading"
        self._position += len(data)
        return self._records(data)

    def _start_in_tail(self, stream, size: int) -> None:
        self._position = max(0, size - self._start_window)
        if self._position:
            stream.seek(self._position - 1)
            self._skip_partial = stream.read(1) != b"\n"  # the window began mid-line
            self.parser.numbered = False  # line numbers would count from the window
        self._lines.reset(self._position)

    def _restart(self) -> None:
        self._position = 0
        self._skip_partial = False
        self._lines.reset(0)
        self.parser.restart()

    def _records(self, data: bytes) -> list[FeedRecord]:
        out = []
        for line, offset in self._lines.feed(data):
            if self._skip_partial:
                self._skip_partial = False
                continue
            record = self.parser.parse(line, offset)
            if record is not None:
                out.append(record)
        return out

    def nominal(self) -> tuple[float, float] | None:
        return None

    def close(self) -> None:
        pass


class SimulatorSource:
    """The simulator on a clock: each poll runs it up to clock() (an injected clock in tests).

    It starts ``warm_up`` before the first poll so the demo opens on a busy queue.  A clock
    that jumps more than ``max_catch_up`` ahead (a laptop woke up) restarts it instead of
    replaying hours of calls.
    """

    kind = "simulator"
    where = ""
    status = "running"

    def __init__(
        self,
        params: SimulationParams,
        clock: Callable[[], datetime],
        *,
        seed: int = 0,
        warm_up: timedelta = timedelta(minutes=10),
        max_catch_up: timedelta = timedelta(hours=1),
    ) -> None:
        self.params = params
        self.parser = FeedParser()
        self._clock = clock
        self._seed = seed
        self._warm_up = warm_up
        self._max_catch_up = max_catch_up
        self.simulator = QueueSimulator(params, clock() - warm_up, seed)

    def poll(self) -> list[FeedRecord]:
        now = self._clock()
        if now - self.simulator.now > self._max_catch_up:
            agents = self.simulator.agents
            self.simulator = QueueSimulator(self.params, now - self._warm_up, self._seed)
            self.simulator.set_agents(agents)
        return self.simulator.advance(now)

    def nominal(self) -> tuple[float, float] | None:
        return self.params.calls_per_interval, self.params.aht_s

    def close(self) -> None:
        pass
