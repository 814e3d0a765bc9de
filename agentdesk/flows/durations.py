"""Talk, hold and wrap-up time of a call, computed from its event log (O1 metrics)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agentdesk.flows.events import (
    CALL_ENDED,
    CALL_RESUMED,
    CALL_STARTED,
    HOLD_ENDED,
    HOLD_STARTED,
    WRAP_UP_SAVED,
    CallEvent,
    parse_wall,
)

# Within this many seconds of the wall clock, a monotonic gap across a restart is trusted.
_SAME_BOOT_TOLERANCE = 2.0


@dataclass(frozen=True)
class Durations:
    """Seconds. ``talk`` excludes hold; ``wrap_up`` is after-call work; ``handle`` the sum."""

    talk: float = 0.0
    hold: float = 0.0
    wrap_up: float = 0.0
    hold_count: int = 0

    @property
    def handle(self) -> float:
        return self.talk + self.hold + self.wrap_up


def timeline(events: Sequence[CallEvent]) -> tuple[list[float], float]:
    """A continuous time for each event, and the offset of the last clock epoch.

    The monotonic clock restarts with the machine; at each `call_resumed` the gap since the
    event before is bridged by the monotonic delta when it agrees with the wall clock (same
    boot), else by the wall-clock delta.
    """
    times: list[float] = []
    offset = 0.0
    for i, event in enumerate(events):
        if event.kind == CALL_RESUMED and i > 0:
            prev = events[i - 1]
            mono = event.at - prev.at
            try:
                wall = (parse_wall(event.wall) - parse_wall(prev.wall)).total_seconds()
            except ValueError:
                wall = 0.0
            gap = mono if mono >= 0 and abs(mono - wall) <= _SAME_BOOT_TOLERANCE else wall
            offset = times[-1] + max(0.0, gap) - event.at
        t = event.at + offset
        times.append(max(t, times[-1]) if times else t)
    return times, offset


def compute_durations(events: Sequence[CallEvent], now: float | None = None) -> Durations:
    """Durations so far; ``now`` (the engine clock) closes intervals still open."""
    times, offset = timeline(events)
    now_t = now + offset if now is not None else (times[-1] if times else 0.0)
    if times:
        now_t = max(now_t, times[-1])
    start = end = saved = None
    holds: list[tuple[float, float | None]] = []
    for event, t in zip(events, times, strict=True):
        if event.kind == CALL_STARTED and start is None:
            start = t
        elif event.kind == CALL_ENDED and end is None:
            end = t
        elif event.kind == WRAP_UP_SAVED and saved is None:
            saved = t
        elif event.kind == HOLD_STARTED and end is None and (not holds or holds[-1][1] is not None):
            holds.append((t, None))
        elif event.kind == HOLD_ENDED and holds and holds[-1][1] is None:
            holds[-1] = (holds[-1][0], t)
    if start is None:
        return Durations()
    call_end = end if end is not None else now_t
    hold = sum(min(e if e is not None else call_end, call_end) - s for s, e in holds)
    wrap = ((saved if saved is not None else now_t) - end) if end is not None else 0.0
    return Durations(
        talk=max(0.0, call_end - start - hold),
        hold=max(0.0, hold),
        wrap_up=max(0.0, wrap),
        hold_count=len(holds),
    )
