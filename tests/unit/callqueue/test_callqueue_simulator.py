"""The simulator: seeded, driven by an injected clock (no sleeping), long-run figures near
the theory (Poisson arrivals, Erlang A waits and abandonment)."""

from __future__ import annotations

import math
import statistics
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.callqueue.feed import AgentsLine, CallLine
from agentdesk.callqueue.simulator import QueueSimulator, SimulationParams
from agentdesk.callqueue.sources import SimulatorSource
from agentdesk.errors import ValidationError
from agentdesk.staffing.interval import IntervalInputs, performance

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
PARAMS = SimulationParams(
    calls_per_interval=120, interval_s=1800, aht_s=180, agents=14, patience_s=120
)
INTERVALS = 120


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def run(params: SimulationParams, seed: int, intervals: int, step_s: float = 30):
    """Per interval: arrivals, answered within 20 s, answered, abandoned."""
    sim = QueueSimulator(params, T0, seed)
    per = [[0, 0, 0, 0] for _ in range(intervals)]
    steps = int(intervals * params.interval_s / step_s)
    for n in range(1, steps + 1):
        for r in sim.advance(T0 + timedelta(seconds=n * step_s)):
            if not isinstance(r, CallLine):
                continue
            k = int((r.ts - T0).total_seconds() // params.interval_s)
            if k >= intervals:
                continue
            if r.type == "call_arrived":
                per[k][0] += 1
            elif r.type == "call_answered":
                per[k][1] += r.wait_s <= 20
                per[k][2] += 1
            else:
                per[k][3] += 1
    return per[1:]  # the first interval starts from an empty centre: left out


@pytest.fixture(scope="module")
def long_run():
    return run(PARAMS, seed=11, intervals=INTERVALS)


def within(samples: list[float], expected: float, errors: float = 4.5) -> bool:
    mean = statistics.fmean(samples)
    standard_error = statistics.stdev(samples) / math.sqrt(len(samples))
    return abs(mean - expected) <= errors * standard_error


def test_arrivals_per_interval_are_poisson_with_mean_lambda_t(long_run) -> None:
    arrivals = [row[0] for row in long_run]
    expected = PARAMS.arrival_rate * PARAMS.interval_s  # λ·T = 120
    assert abs(statistics.fmean(arrivals) - expected) <= 4 * math.sqrt(expected / len(arrivals))
    # Poisson: the variance equals the mean (its sampling error is about λ·√(2/n)).
    assert abs(statistics.variance(arrivals) - expected) <= 4 * expected * math.sqrt(
        2 / len(arrivals)
    )


def test_service_level_and_abandonment_match_erlang_a(long_run) -> None:
    theory = performance(
        IntervalInputs(
            calls=120, interval_s=1800, aht_s=180, target_service_level=0.8,
            answer_time_s=20, patience_s=120,
        ),
        14,
    )  # fmt: skip
    settled = [row[2] + row[3] for row in long_run]
    levels = [row[1] / n for row, n in zip(long_run, settled, strict=True)]
    abandoned = [row[3] / n for row, n in zip(long_run, settled, strict=True)]
    assert within(levels, theory.service_level)
    assert within(abandoned, theory.abandon_rate)


def test_same_seed_same_calls_other_seed_other_calls() -> None:
    def records(seed: int):
        return QueueSimulator(PARAMS, T0, seed).advance(T0 + timedelta(minutes=30))

    assert records(5) == records(5)
    assert records(5) != records(6)


def test_without_patience_nobody_hangs_up_and_with_plenty_of_agents_nobody_waits() -> None:
    params = SimulationParams(60, 1800, 180, agents=40)
    sim = QueueSimulator(params, T0, seed=1)
    records = sim.advance(T0 + timedelta(hours=2))
    calls = [r for r in records if isinstance(r, CallLine)]
    assert not any(r.type == "call_abandoned" for r in calls)
    assert all(r.wait_s == 0 for r in calls if r.type == "call_answered")
    assert records[-1] == AgentsLine(sim.now, 40 - sim._busy, sim._busy)


def test_fewer_agents_leave_callers_waiting_and_more_take_them_at_once() -> None:
    sim = QueueSimulator(SimulationParams(600, 1800, 300, agents=1), T0, seed=2)
    sim.advance(T0 + timedelta(minutes=10))
    assert sim._waiting  # 20 calls a minute for one agent
    sim.set_agents(200)
    records = sim.advance(sim.now)  # no time passes: the new agents answer at once
    assert sum(r.type == "call_answered" for r in records if isinstance(r, CallLine)) > 10
    assert not sim._waiting


def test_the_source_runs_the_simulator_up_to_the_injected_clock() -> None:
    clock = Clock(T0)
    source = SimulatorSource(PARAMS, clock, seed=3, warm_up=timedelta(minutes=10))
    first = source.poll()
    assert first and all(T0 - timedelta(minutes=10) <= r.ts <= T0 for r in first)
    assert source.poll() == []  # the clock has not moved: nothing has happened
    clock.now += timedelta(seconds=90)
    later = source.poll()
    assert all(T0 < r.ts <= clock.now for r in later)
    assert source.nominal() == (120, 180)


def test_a_clock_that_jumps_hours_restarts_the_simulation_instead_of_replaying_it() -> None:
    clock = Clock(T0)
    source = SimulatorSource(PARAMS, clock, seed=3, warm_up=timedelta(minutes=5))
    source.poll()
    clock.now += timedelta(hours=9)
    records = source.poll()
    assert all(r.ts >= clock.now - timedelta(minutes=5) for r in records)
    assert source.simulator.now == clock.now


def test_bad_params_are_refused() -> None:
    with pytest.raises(ValidationError):
        SimulationParams(0, 1800, 180, 10)
    with pytest.raises(ValidationError):
        SimulationParams(100, 1800, 180, 10, patience_s=-1)
