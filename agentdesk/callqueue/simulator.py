"""The built-in queue simulator for training and demos: an M/M/n+M call centre.

Poisson arrivals, exponential handle times and exponential patience, one first-in first-out
queue.  It never reads a clock: advance(to) runs the events up to ``to`` and returns the feed
records a phone system would have written, so tests drive it with an injected clock.
"""

from __future__ import annotations

import heapq
import itertools
import math
import random
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from agentdesk.callqueue.feed import AgentsLine, CallLine, FeedRecord
from agentdesk.errors import ValidationError

_ARRIVE, _FINISH, _ABANDON = 0, 1, 2


@dataclass(frozen=True, slots=True)
class SimulationParams:
    """Calls offered per interval (the Poisson mean), handle time, agents, patience."""

    calls_per_interval: float
    interval_s: float
    aht_s: float
    agents: int
    patience_s: float | None = None

    def __post_init__(self) -> None:
        for name in ("calls_per_interval", "interval_s", "aht_s"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0):
                raise ValidationError(
                    f"Simulator: {name} must be above 0.",
                    field=name,
                    code="simulator.not_positive",
                    params={"name": name},
                )
        if self.agents < 0:
            raise ValidationError(
                "Simulator: agents must be 0 or more.", field="agents", code="simulator.agents"
            )
        if self.patience_s is not None and not (
            math.isfinite(self.patience_s) and self.patience_s > 0
        ):
            raise ValidationError(
                "Simulator: patience must be above 0.",
                field="patience_s",
                code="simulator.patience",
            )

    @property
    def arrival_rate(self) -> float:
        """Calls per second."""
        return self.calls_per_interval / self.interval_s


class QueueSimulator:
    """Seeded: the same params, start and seed give the same calls at the same moments."""

    def __init__(self, params: SimulationParams, start: datetime, seed: int = 0) -> None:
        self.params = params
        self._start = start
        self._rng = random.Random(seed)
        self._t = 0.0  # seconds since start
        self._events: list[tuple[float, int, int, int]] = []  # (time, order, kind, caller)
        self._order = itertools.count()
        self._agents = params.agents
        self._busy = 0
        self._queue: deque[int] = deque()  # callers in arrival order (lazily pruned)
        self._waiting: dict[int, float] = {}  # caller -> arrival time, while in the queue
        self._callers = itertools.count(1)
        self._reported: tuple[int, int] | None = None
        self._out: list[FeedRecord] = []  # records not yet returned by advance()
        self._push(self._rng.expovariate(params.arrival_rate), _ARRIVE, 0)

    @property
    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._t)

    @property
    def agents(self) -> int:
        return self._agents

    def set_agents(self, agents: int) -> None:
        """Change the staff (training: "what happens if two people go on a break?").

        Extra agents take waiting callers at once; removed ones finish their call first.
        """
        self._agents = max(0, agents)
        self._serve_queue()  # its answers are returned by the next advance()

    def advance(self, to: datetime) -> list[FeedRecord]:
        """Run every event up to ``to``; the feed records they produce, in time order."""
        horizon = (to - self._start).total_seconds()
        while self._events and self._events[0][0] <= horizon:
            t, _order, kind, caller = heapq.heappop(self._events)
            self._t = t
            if kind == _ARRIVE:
                self._arrive()
            elif kind == _FINISH:
                self._busy -= 1
                self._serve_queue()
            else:
                self._abandon(caller)
        self._t = max(self._t, horizon)
        counts = (max(0, self._agents - self._busy), self._busy)
        if counts != self._reported:
            self._reported = counts
            self._out.append(AgentsLine(self.now, *counts))
        out, self._out = self._out, []
        return out

    # -- events ----------------------------------------------------------------------------
    def _push(self, delay: float, kind: int, caller: int) -> None:
        heapq.heappush(self._events, (self._t + delay, next(self._order), kind, caller))

    def _arrive(self) -> None:
        p = self.params
        caller = next(self._callers)
        self._push(self._rng.expovariate(p.arrival_rate), _ARRIVE, 0)
        self._out.append(CallLine("call_arrived", self.now, f"sim-{caller}"))
        self._waiting[caller] = self._t
        self._queue.append(caller)
        if p.patience_s is not None:
            self._push(self._rng.expovariate(1.0 / p.patience_s), _ABANDON, caller)
        self._serve_queue()

    def _serve_queue(self) -> None:
        while self._queue and self._busy < self._agents:
            caller = self._queue.popleft()
            arrival = self._waiting.pop(caller, None)
            if arrival is None:
                continue  # hung up while waiting
            self._busy += 1
            wait = self._t - arrival
            self._out.append(CallLine("call_answered", self.now, f"sim-{caller}", wait))
            self._push(self._rng.expovariate(1.0 / self.params.aht_s), _FINISH, caller)

    def _abandon(self, caller: int) -> None:
        arrival = self._waiting.pop(caller, None)
        if arrival is not None:
            wait = self._t - arrival
            self._out.append(CallLine("call_abandoned", self.now, f"sim-{caller}", wait))
