"""GUI-thread CPU per call step change, in the real main window: what a step change costs in
one piece, the working measure behind the stall benchmark (wall-clock gaps on a shared
machine are mostly other processes; ``time.thread_time()`` counts only this thread's work).

The call goes to the reason step, then out to each of its ways on and back, ``--rounds``
times, then resolve, closing and back. Each change is timed from the choice to the end of
the layout and paint it posts; between changes the window is left idle until whatever it
builds ahead is built (a representative reads the step before answering), and that idle
work is not counted. No slowed storage, no background jobs. It also times one full garbage
collection with the window built, with and without the start-up objects frozen.

    QT_QPA_PLATFORM=offscreen python benchmarks/step_cpu_bench.py [--rounds 6]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gui_stall_bench import CALLER, build
from machine import cpu_model, load_average
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT_AND_BACK = ("message", "hold", "transfer", "callback", "verify", "complaint", "data_request")


def drain() -> None:
    """The layout and paint a step change posts (posted events only: a timer's work, such
    as a slice of building ahead, runs in a turn of its own in the app and is not counted)."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents()


def full_collections() -> str:
    """What one full garbage collection costs the GUI thread with the main window built: with
    every object walked, and with the objects alive at login frozen (ui/heap.py)."""
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    walked = len(gc.get_objects())
    costs = []
    for freeze in (False, True):
        if freeze:
            gc.freeze()
        start = time.thread_time()
        gc.collect()
        costs.append((time.thread_time() - start) * 1e3)
    if not frozen:  # older code did not freeze: leave the heap as it was
        gc.unfreeze()
    return (
        f"one full garbage collection: {costs[0]:.1f} ms CPU walking {walked} objects, "
        f"{costs[1]:.1f} ms with them frozen"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args(argv)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    from agentdesk.ui.call.workspace import CallWorkspace

    costs: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="agentdesk-steps-") as tmp:
        services, _data, _leader, _rep, _cid, window = build(Path(tmp) / "data", 0)
        window.resize(1280, 800)
        window.show()
        ws = window.findChild(CallWorkspace)
        QTest.qWait(1500)
        collections = full_collections()

        def idle() -> None:
            QTest.qWait(60)
            ready = getattr(ws.view, "ready", None)  # building ahead (absent in older code)
            for _ in range(150):
                if ready is None or ready.idle:
                    return
                QTest.qWait(20)

        def timed(label: str, action: Callable[[], object]) -> None:
            idle()
            start = time.thread_time()
            action()
            drain()
            costs.setdefault(label, []).append((time.thread_time() - start) * 1e3)

        started = ws._on_started  # the call's start, timed where the window shows it

        def on_started(start) -> None:
            before = time.thread_time()
            started(start)
            drain()
            costs.setdefault("call start", []).append((time.thread_time() - before) * 1e3)

        ws._on_started = on_started
        ws.new_call(CALLER)
        while ws.call is None:
            QTest.qWait(10)

        def go(target: str) -> None:
            steps = ws.engine.step.transitions
            index = next(i for i, t in enumerate(steps) if t.to == target)
            timed(target, lambda: ws.view._on_chosen(index, True))  # moving on anyway

        for step in ("name", "notes", "need"):
            go(step)
        for _ in range(args.rounds):
            for step in OUT_AND_BACK:
                go(step)
                go("need")
            for step in ("resolve", "closing", "need"):
                go(step)
        window.close()
        services.tasks.shutdown()
        services.db.dispose()
    print(f"machine: {cpu_model()}; load {load_average()}; Python {sys.version.split()[0]}")
    print(collections)
    print("GUI-thread CPU per step change (ms): to step: median, max, n")
    for label, values in costs.items():
        print(f"  {label:13s} {statistics.median(values):5.1f} {max(values):5.1f} {len(values):3d}")
    changes = [v for label, vs in costs.items() if label != "call start" for v in vs]
    print(
        f"all step changes: median {statistics.median(changes):.1f} ms, "
        f"p95 {sorted(changes)[round(0.95 * (len(changes) - 1))]:.1f} ms, "
        f"max {max(changes):.1f} ms, n={len(changes)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
