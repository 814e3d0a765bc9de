"""Feed records in, the queue's current snapshot out: waiting, longest wait, agents,
service level so far in the interval, and when the feed last spoke (staleness)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from agentdesk.callqueue.feed import AgentsLine, CallLine, FeedRecord, SnapshotLine

# Callers whose answer or abandonment never arrived are forgotten after this many; a feed
# that loses events must not make memory grow for ever.
MAX_TRACKED_CALLS = 10_000


@dataclass(frozen=True, slots=True)
class QueueSnapshot:
    """The queue now.  received_at is our clock when the newest line arrived (None: no line
    yet); counts are since interval_start; service level = answered within the target time
    over answered plus abandoned (abandoned callers count as missed, as in staffing)."""

    received_at: datetime | None = None
    feed_time: datetime | None = None
    interval_start: datetime | None = None
    waiting: int = 0
    longest_wait_s: float = 0.0
    agents_available: int = 0
    agents_busy: int = 0
    offered: int = 0
    answered: int = 0
    answered_in_target: int = 0
    abandoned: int = 0
    aht_s: float | None = None
    counts_known: bool = True

    @property
    def has_data(self) -> bool:
        return self.received_at is not None

    @property
    def staffed(self) -> int:
        """Agents logged in to the queue, free or on a call."""
        return self.agents_available + self.agents_busy

    @property
    def service_level(self) -> float | None:
        """Share answered within the target so far; None before any call has been settled."""
        settled = self.answered + self.abandoned
        if not self.counts_known or settled == 0:
            return None
        return min(1.0, self.answered_in_target / settled)

    def age_s(self, now: datetime) -> float | None:
        if self.received_at is None:
            return None
        return max(0.0, (now - self.received_at).total_seconds())

    def is_stale(self, now: datetime, after_s: float) -> bool:
        """No line for longer than after_s (or none at all): the figures are not live."""
        age = self.age_s(now)
        return age is None or age > after_s


class QueueTracker:
    """Applies feed records (snapshot lines or call/agent events) to the queue's state.

    Snapshot lines replace the figures; events adjust them, so a feed may mix both.
    Intervals are aligned to the wall clock of ``tz`` (None: this computer's zone).
    """

    def __init__(self, interval_s: float, answer_time_s: float, tz: tzinfo | None = None) -> None:
        self.interval_s = interval_s
        self.answer_time_s = answer_time_s
        self._tz = tz
        self._received_at: datetime | None = None
        self._feed_time: datetime | None = None
        self._interval_start: datetime | None = None
        self._calls: dict[str, datetime] = {}  # waiting callers seen arriving
        self._base_waiting = 0  # waiting callers counted by the last snapshot line
        self._base_longest = 0.0
        self._base_ts: datetime | None = None
        self._available = self._busy = 0
        self._offered = self._answered = self._in_target = self._abandoned = 0
        self._aht: float | None = None
        self._counts_known = True

    def interval_of(self, ts: datetime) -> datetime:
        """Start of the interval holding ts, on the local wall clock."""
        local = ts.astimezone(self._tz)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        wall = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
        return midnight + timedelta(seconds=math.floor(wall / self.interval_s) * self.interval_s)

    def apply(self, records: Iterable[FeedRecord], received_at: datetime) -> int:
        """Apply records in order; returns how many there were."""
        count = 0
        for record in records:
            count += 1
            if self._feed_time is None or record.ts > self._feed_time:
                self._feed_time = record.ts
            if isinstance(record, SnapshotLine):
                self._apply_snapshot(record)
            elif isinstance(record, CallLine):
                self._apply_call(record)
            elif isinstance(record, AgentsLine):
                self._available, self._busy = record.available, record.busy
        if count:
            self._received_at = received_at
        return count

    def snapshot(self, now: datetime) -> QueueSnapshot:
        """The figures as of ``now`` (our clock): waits keep growing between lines."""
        if self._received_at is None or self._feed_time is None:
            return QueueSnapshot()
        elapsed = max(0.0, (now - self._received_at).total_seconds())
        feed_now = self._feed_time + timedelta(seconds=elapsed)
        longest = 0.0
        if self._base_waiting and self._base_ts is not None:
            longest = self._base_longest + max(0.0, (feed_now - self._base_ts).total_seconds())
        if self._calls:
            oldest = min(self._calls.values())
            longest = max(longest, (feed_now - oldest).total_seconds())
        counts = (self._offered, self._answered, self._in_target, self._abandoned)
        start = self._interval_start
        current = self.interval_of(feed_now)
        if start is None or current > start:
            start, counts = current, (0, 0, 0, 0)  # a new interval with nothing in it yet
        return QueueSnapshot(
            received_at=self._received_at,
            feed_time=self._feed_time,
            interval_start=start,
            waiting=self._base_waiting + len(self._calls),
            longest_wait_s=max(0.0, longest),
            agents_available=self._available,
            agents_busy=self._busy,
            offered=counts[0],
            answered=counts[1],
            answered_in_target=counts[2],
            abandoned=counts[3],
            aht_s=self._aht,
            counts_known=self._counts_known,
        )

    # -- records ---------------------------------------------------------------------------
    def _roll(self, ts: datetime) -> None:
        start = self.interval_of(ts)
        if self._interval_start is None or start > self._interval_start:
            self._interval_start = start
            self._offered = self._answered = self._in_target = self._abandoned = 0

    def _apply_snapshot(self, line: SnapshotLine) -> None:
        self._interval_start = line.interval_start or self.interval_of(line.ts)
        self._calls.clear()
        self._base_waiting, self._base_longest, self._base_ts = (
            line.waiting,
            line.longest_wait_s,
            line.ts,
        )
        self._available, self._busy = line.agents_available, line.agents_busy
        abandoned = line.abandoned or 0
        answered = line.answered
        if answered is None and line.offered is not None:
            answered = max(0, line.offered - abandoned - line.waiting)
        self._counts_known = line.answered_in_target is not None and answered is not None
        self._offered = line.offered or 0
        self._answered = answered or 0
        self._in_target = min(line.answered_in_target or 0, self._answered)
        self._abandoned = abandoned
        if line.aht_s is not None:
            self._aht = line.aht_s

    def _apply_call(self, line: CallLine) -> None:
        self._roll(line.ts)
        if line.type == "call_arrived":
            self._offered += 1
            self._calls.setdefault(line.call_id, line.ts)
            if len(self._calls) > MAX_TRACKED_CALLS:
                del self._calls[next(iter(self._calls))]
            return
        arrival = self._calls.pop(line.call_id, None)
        if arrival is None and self._base_waiting:
            self._base_waiting -= 1
        wait = line.wait_s
        if wait is None and arrival is not None:
            wait = max(0.0, (line.ts - arrival).total_seconds())
        if line.type == "call_abandoned":
            self._abandoned += 1
        elif wait is not None:  # an answer with no known wait stays out of the service level
            self._answered += 1
            self._in_target += wait <= self.answer_time_s
