"""Erlang A against a seeded discrete-event simulation of the same M/M/n+M queue."""

from __future__ import annotations

import heapq
import math
import random
import statistics
from collections import deque

import pytest

from agentdesk.staffing.erlang import erlang_b
from agentdesk.staffing.erlang_a import erlang_a_point

CALLS = 400_000
WARM_UP = 5_000
BATCHES = 40


def simulate(
    agents: int, load: float, theta: float, answer_time: float, seed: int
) -> dict[str, list[float]]:
    """Per-batch means of waited, abandoned, answered-within-t and time in queue.

    Handle times have mean 1, so arrivals come at rate `load`; patience has mean 1/theta.
    FIFO; a caller whose patience runs out leaves the queue, which is applied lazily: an
    agent that frees up skips callers whose deadline has passed (they left at it).
    """
    rng = random.Random(seed)
    free = agents
    busy_until: list[float] = []  # finish times of busy agents
    queue: deque[tuple[float, float, int]] = deque()  # (arrival, deadline, caller)
    results: list[tuple[bool, bool, bool, float]] = [(False, False, False, 0.0)] * CALLS
    now = 0.0
    next_arrival = rng.expovariate(load)
    caller = 0

    def start_service(at: float) -> None:
        heapq.heappush(busy_until, at + rng.expovariate(1.0))

    while caller < CALLS or queue:
        if busy_until and (busy_until[0] <= next_arrival or caller >= CALLS):
            now = heapq.heappop(busy_until)
            free += 1
            while queue:
                arrival, deadline, who = queue.popleft()
                if deadline <= now:
                    results[who] = (True, True, False, deadline - arrival)
                    continue
                results[who] = (True, False, now - arrival <= answer_time, now - arrival)
                free -= 1
                start_service(now)
                break
            if caller >= CALLS and not busy_until:
                break
            continue
        now = next_arrival
        next_arrival = now + rng.expovariate(load)
        if free > 0:
            free -= 1
            start_service(now)
            results[caller] = (False, False, True, 0.0)
        else:
            queue.append((now, now + rng.expovariate(theta), caller))
        caller += 1
    for arrival, deadline, who in queue:  # still waiting at the end: they leave at deadline
        results[who] = (True, True, False, deadline - arrival)
    kept = results[WARM_UP:]
    size = len(kept) // BATCHES
    batches: dict[str, list[float]] = {"wait": [], "abandon": [], "service": [], "asa": []}
    for b in range(BATCHES):
        chunk = kept[b * size : (b + 1) * size]
        batches["wait"].append(sum(r[0] for r in chunk) / size)
        batches["abandon"].append(sum(r[1] for r in chunk) / size)
        batches["service"].append(sum(r[2] for r in chunk) / size)
        batches["asa"].append(sum(r[3] for r in chunk) / size)
    return batches


@pytest.mark.parametrize(
    ("agents", "load", "theta", "answer_time"),
    [
        (10, 9.5, 0.5, 0.2),  # near the load, patient callers
        (8, 10.0, 2.0, 0.1),  # overloaded, impatient callers
    ],
)
def test_formulas_agree_with_simulation(agents, load, theta, answer_time):
    point = erlang_a_point(agents, load, theta, answer_time, erlang_b(agents, load))
    batches = simulate(agents, load, theta, answer_time, seed=20240611 + agents)
    for key, expected in (
        ("wait", point.wait_probability),
        ("abandon", point.abandon_probability),
        ("service", point.service_level),
        ("asa", point.asa),
    ):
        values = batches[key]
        mean = statistics.fmean(values)
        error = statistics.stdev(values) / math.sqrt(len(values))
        # 4.5 standard errors of the batch means: a real formula error of 1% would show.
        assert abs(mean - expected) <= 4.5 * error, (key, mean, expected, error)
        assert error < 0.01  # the run is long enough to mean something
