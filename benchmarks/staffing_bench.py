"""Staffing estimator speed: required agents per interval and a 96-interval day, vs pyworkforce."""

# Run: python benchmarks/staffing_bench.py [--quick] [--record-pyworkforce]
# The last table times a whole week plan as whole processes: `agentdesk staffing --plan` on a
# 336-interval CSV against a script giving pyworkforce the same rows (needs pyworkforce).
# pyworkforce (`pip install pyworkforce`, the optional "bench" extra) is timed on the same
# inputs when installed; without it the comparison is skipped.  --record-pyworkforce prints
# the table of pyworkforce answers that tests/unit/staffing/test_staffing_erlang_c.py holds.

from __future__ import annotations

import argparse
import gc
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import cpu_model  # benchmarks/machine.py

from agentdesk.staffing.interval import IntervalInputs, required_agents
from agentdesk.staffing.plan import ForecastInterval, plan_day

LOADS = [0.1, 0.5, 1, 2, 5, 10, 20, 50, 100, 1000, 10000]
AHT_S = 180.0
INTERVAL_S = 1800.0
TARGET = (0.8, 20.0)


def machine() -> str:
    cpu = cpu_model()
    load = " ".join(f"{v:.2f}" for v in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"platform: {platform.platform()}\n"
        f"cpu: {cpu} ({os.cpu_count()} logical CPUs)\n"
        f"python: {platform.python_implementation()} {platform.python_version()}\n"
        f"load average at start (1/5/15 min): {load}"
    )


def timings(
    call: Callable[[], object], repeats: int, budget_s: float, cpu: list[int] | None = None
) -> list[int]:
    """Nanoseconds per call (time.perf_counter_ns), stopping early past the time budget.

    With `cpu`, also collects the thread's CPU time per call (time.thread_time_ns): on a
    shared machine the wall clock also counts time spent waiting for a core.
    """
    call()  # warm-up: imports, caches
    samples = []
    deadline = time.perf_counter() + budget_s
    gc.disable()  # collections landing in one sample would say nothing about the maths
    try:
        for _ in range(repeats):
            cpu_start = time.thread_time_ns()
            start = time.perf_counter_ns()
            call()
            samples.append(time.perf_counter_ns() - start)
            if cpu is not None:
                cpu.append(time.thread_time_ns() - cpu_start)
            if time.perf_counter() > deadline and len(samples) >= 5:
                break
    finally:
        gc.enable()
    return samples


def p95(samples: list[int]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def fmt(ns: float) -> str:
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e3:.1f} µs"


def interval_inputs(load: float, patience_s: float | None = None) -> IntervalInputs:
    calls = load * INTERVAL_S / AHT_S
    return IntervalInputs(calls, INTERVAL_S, AHT_S, TARGET[0], TARGET[1], patience_s=patience_s)


def day(peak_calls: float) -> list[ForecastInterval]:
    """96 quarter-hours, quiet nights, peaks at 10:30 and 15:00; AHT 300 s, 80/20, 90% max
    occupancy, 30% shrinkage, average patience 120 s (so every interval is Erlang A)."""
    intervals = []
    for i in range(96):
        hour = i / 4
        shape = (
            0.03
            + math.exp(-(((hour - 10.5) / 2.2) ** 2))
            + 0.8 * math.exp(-(((hour - 15) / 2.5) ** 2))
        )
        calls = round(peak_calls * shape, 1)
        inputs = IntervalInputs(calls, 900, 300, 0.8, 20, 0.9, 0.3, 120)
        intervals.append(
            ForecastInterval(f"{int(hour):02d}:{i % 4 * 15:02d}", i + 2, calls, inputs)
        )
    return intervals


def pyworkforce_call(load: float) -> Callable[[], object] | None:
    try:
        from pyworkforce.queuing import ErlangC
    except ImportError:
        return None
    calls = load * INTERVAL_S / AHT_S

    def call() -> object:
        erlang = ErlangC(
            transactions=calls, aht=AHT_S / 60, asa=TARGET[1] / 60, interval=INTERVAL_S / 60
        )
        return erlang.required_positions(service_level=TARGET[0], max_occupancy=1.0)

    return call


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--record-pyworkforce", action="store_true", help="print the test table")
    options = parser.parse_args()
    if options.record_pyworkforce:
        return record_pyworkforce()
    repeats = 300 if options.quick else 3000
    print("## Machine\n")
    print("```\n" + machine() + "\n```\n")
    print(
        f"Required agents for one interval, Erlang C, AHT {AHT_S:g} s, {INTERVAL_S / 60:g}-min "
        f"interval, target {TARGET[0]:.0%}/{TARGET[1]:g} s; time.perf_counter_ns per call, "
        f"up to {repeats} calls per load (pyworkforce: up to 10 s per load).\n"
    )
    print(
        "| load (Erlangs) | agents | agentdesk median | p95 | pyworkforce median | p95 "
        "| speed-up (median) | CPU time: agentdesk / pyworkforce | Erlang A median "
        "(patience 120 s) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    missing_reference = False
    for load in LOADS:
        inputs = interval_inputs(load)
        agents = required_agents(inputs).required_agents
        ours_cpu: list[int] = []
        ours = timings(lambda inputs=inputs: required_agents(inputs), repeats, 5.0, ours_cpu)
        with_patience = interval_inputs(load, 120.0)
        erlang_a = timings(lambda i=with_patience: required_agents(i), repeats // 3, 5.0)
        reference = pyworkforce_call(load)
        if reference is None:
            missing_reference = True
            theirs_cells = "n/a | n/a | n/a | n/a"
        else:
            theirs_cpu: list[int] = []
            theirs = timings(reference, 200 if load < 1000 else 20, 10.0, theirs_cpu)
            speed_up = statistics.median(theirs) / statistics.median(ours)
            ratio = f"{speed_up:,.0f}×" if speed_up >= 10 else f"{speed_up:.1f}×"
            cpu_ratio = f"{fmt(statistics.median(ours_cpu))} / {fmt(statistics.median(theirs_cpu))}"
            theirs_cells = (
                f"{fmt(statistics.median(theirs))} | {fmt(p95(theirs))} | {ratio} | {cpu_ratio}"
            )
        print(
            f"| {load:,} | {agents:,} | {fmt(statistics.median(ours))} | {fmt(p95(ours))} | "
            f"{theirs_cells} | {fmt(statistics.median(erlang_a))} |"
        )
    if missing_reference:
        print("\npyworkforce is not installed (`pip install pyworkforce`): comparison skipped.")
    print("\n96-interval day plan (Erlang A in every interval; see `day()` for the profile):\n")
    print("| peak calls / 15 min | peak load (Erlangs) | median | p95 | CPU-time median |")
    print("|---:|---:|---:|---:|---:|")
    for peak in (400, 3000, 30000):
        forecast = day(peak)
        peak_load = max(f.inputs.load for f in forecast if f.inputs is not None)
        cpu: list[int] = []
        samples = timings(lambda f=forecast: plan_day(f), 50 if options.quick else 300, 20.0, cpu)
        print(
            f"| {peak:,} | {peak_load:,.0f} | {fmt(statistics.median(samples))} | "
            f"{fmt(p95(samples))} | {fmt(statistics.median(cpu))} |"
        )
    week_plan(3 if options.quick else 7)
    load = " ".join(f"{v:.2f}" for v in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"\nload average at end: {load}")
    return 0


def week_csv() -> str:
    """336 half-hours, weekdays busier than the weekend; the busiest at 10,000 Erlangs."""
    shapes = []
    for day_index in range(7):
        weight = 1.0 if day_index < 5 else 0.45
        for half in range(48):
            hour = half / 2
            shapes.append(
                weight
                * (
                    0.02
                    + math.exp(-(((hour - 10.5) / 2.2) ** 2))
                    + 0.8 * math.exp(-(((hour - 15) / 2.5) ** 2))
                )
            )
    peak = max(shapes)
    lines = ["start,calls"]
    for i, shape in enumerate(shapes):
        erlangs = 10_000 * shape / peak
        lines.append(f"d{i // 48 + 1} {i % 48 // 2:02d}:{i % 2 * 30:02d},{erlangs * 10:.1f}")
    return "\n".join(lines) + "\n"


# The same rows through pyworkforce, as a whole process: read the CSV, write the agents.
PYWORKFORCE_WEEK = """
import csv, sys
from pyworkforce.queuing import ErlangC
with open(sys.argv[1], newline="") as f, open(sys.argv[2], "w") as out:
    for row in csv.DictReader(f):
        found = ErlangC(transactions=float(row["calls"]), aht=3, asa=20 / 60, interval=30)
        positions = found.required_positions(service_level=0.8, max_occupancy=1.0)
        out.write(f"{row['start']},{positions['raw_positions']}\\n")
"""


def week_plan(runs: int) -> None:
    """`agentdesk staffing --plan` on a 336-interval week against pyworkforce, whole processes."""
    print(
        "\nWeek plan as a whole process: 336 half-hour intervals peaking at 10,000 Erlangs, "
        "AHT 180 s, 80/20, Erlang C; wall time from start to exit, runs alternated:\n"
    )
    try:
        import pyworkforce  # noqa: F401
    except ImportError:
        print("pyworkforce is not installed (`pip install pyworkforce`): comparison skipped.")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "week.csv").write_text(week_csv())
        ours_cmd = [
            sys.executable, "-m", "agentdesk", "staffing", "--plan", "week.csv",
            "--interval", "30m", "--aht", "180s", "--target", "80/20", "--out", "ours.csv",
        ]  # fmt: skip
        theirs_cmd = [sys.executable, "-c", PYWORKFORCE_WEEK, "week.csv", "theirs.csv"]
        # As installed: bytecode cached (pip compiles it), so no run pays for compiling.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        times: dict[str, list[float]] = {"agentdesk": [], "pyworkforce": []}
        for run in range(runs + 1):
            for name, cmd in (("agentdesk", ours_cmd), ("pyworkforce", theirs_cmd)):
                start = time.perf_counter()
                subprocess.run(cmd, cwd=folder, check=True, stdout=subprocess.DEVNULL, env=env)
                if run:  # the first round warms the caches
                    times[name].append(time.perf_counter() - start)
        ours_agents = [
            line.split(",")[3] for line in (folder / "ours.csv").read_text().splitlines()[1:]
        ]
        theirs_agents = [
            line.split(",")[1] for line in (folder / "theirs.csv").read_text().splitlines()
        ]
    agree = sum(a == b for a, b in zip(ours_agents, theirs_agents, strict=True))
    print("| process | median | worst |")
    print("|---|---:|---:|")
    for name, samples in times.items():
        median, worst = statistics.median(samples) * 1e3, max(samples) * 1e3
        print(f"| {name} | {median:,.0f} ms | {worst:,.0f} ms |")
    speed_up = statistics.median(times["pyworkforce"]) / statistics.median(times["agentdesk"])
    print(
        f"\nagentdesk is {speed_up:.1f}× faster (medians); required agents agree in "
        f"{agree} of {len(ours_agents)} intervals."
    )


def record_pyworkforce() -> int:
    try:
        from pyworkforce.queuing import ErlangC
    except ImportError:
        print("pyworkforce is not installed: pip install pyworkforce", file=sys.stderr)
        return 1
    for calls in (1, 5, 12, 25, 50, 100, 250, 500, 1000, 2500, 10000, 30000, 100000):
        for target, answer_s in ((0.8, 20), (0.9, 15), (0.5, 60), (0.95, 10)):
            for aht_s, interval_min in ((180, 30), (300, 15)):
                erlang = ErlangC(
                    transactions=calls, aht=aht_s / 60, asa=answer_s / 60, interval=interval_min
                )
                found = erlang.required_positions(service_level=target, max_occupancy=1.0)
                row = (calls, interval_min, aht_s, target, answer_s, found["raw_positions"])
                print(f"    {(*row, round(found['service_level'], 12))},")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
