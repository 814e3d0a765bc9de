"""Does the window freeze mid-call when storage is slow? GUI heartbeat gaps during a scripted call.

A whole call is driven through the real main window by keyboard (greeting, name, hold, a
message, notes typed key by key and saved, wrap-up) with real worker threads, while:
- every database commit is delayed 200 ms by a hook on the engine (a slow disk, a busy lock);
- a backup and a knowledge-base import of ``--articles`` changed articles run in the
  background, queued again each time they finish, for the whole call.
A 5 ms timer on the GUI thread records every gap between its ticks: a gap is time the window
could not answer a key. Target: no gap over 50 ms, p99 <= 20 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_stall_bench.py [--runs 3] [--delay-ms 200]
    python benchmarks/gui_stall_bench.py --heartbeat-only 15   # the machine's own floor
    python benchmarks/gui_stall_bench.py --runs 1 --profile gui.prof   # cProfile, GUI thread

Keys are sent every ``--key-ms`` (default 40 ms, a fast typist) and each wait for the window
(a call to start, a step to change) is part of the script, so a stalled window also makes the
script take longer.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import cpu_model, load_average
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

Key = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
HEARTBEAT_MS = 5
SETTLE_MS = 1500
CALLER = "+44 1632 960123"

ARTICLE = (
    """---
id: bench-{i}
title: Benchmark article {i} about meter readings
tags: [bench, meter, billing]
category: Billing
language: en
updated: 2026-11-26
---
## Reading the meter {i}

Ask for the reading, compare it with the estimate, and explain the bill line by line.
"""
    + "Explain the estimate, the reading and the next bill. " * 40
)


class Heartbeat:
    """A precise 5 ms timer on the GUI thread; ``gaps`` are milliseconds between ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        # GUI-thread CPU time (ms) spent inside each gap: a long gap with little CPU is the
        # machine (scheduler, other processes, the interpreter lock), not the window's work.
        self.cpu: list[float] = []
        self._last = 0
        self._last_cpu = 0.0
        # (index of the gap in progress, label): what happened in which gap (step changes).
        self.marks: list[tuple[int, str]] = []

    def mark(self, label: str) -> None:
        self.marks.append((len(self.gaps), label))

    def step_costs(self) -> list[tuple[str, float, float]]:
        """(label, wall ms, GUI-thread CPU ms) of the gap each mark fell in plus the next
        one (the layout and paint a step change posts usually run just after the tick)."""
        costs = []
        for i, label in self.marks:
            if i + 1 < len(self.gaps):
                costs.append(
                    (label, self.gaps[i] + self.gaps[i + 1], self.cpu[i] + self.cpu[i + 1])
                )
        return costs

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now, cpu = self.clock.nsecsElapsed(), time.thread_time()
        self.gaps.append((now - self._last) / 1e6)
        self.cpu.append((cpu - self._last_cpu) * 1e3)
        self._last, self._last_cpu = now, cpu


class Driver:
    """Runs a script generator on the event loop: it yields a delay (ms) or a condition."""

    def __init__(self, script: Iterator, key_ms: int, timeout_s: float = 120.0) -> None:
        self.script = script
        self.key_ms = key_ms
        self.deadline = time.monotonic() + timeout_s
        self.error: BaseException | None = None
        self.done = False

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        try:
            item = next(self.script)
        except StopIteration:
            self.done = True
            return
        except BaseException as exc:  # reported by the caller
            self.error, self.done = exc, True
            return
        if callable(item):
            self._wait(item)
        else:
            QTimer.singleShot(int(item), self._next)

    def _wait(self, condition: Callable[[], bool]) -> None:
        if condition():
            QTimer.singleShot(self.key_ms, self._next)
        elif time.monotonic() > self.deadline:
            where = getattr(condition, "__qualname__", "?")
            self.error, self.done = TimeoutError(f"{where} never came true"), True
        else:
            QTimer.singleShot(10, lambda: self._wait(condition))


def focus():
    widget = QApplication.focusWidget()
    if widget is None:
        raise AssertionError("nothing has keyboard focus")
    return widget


def press(key, modifier=NO):
    QTest.keyClick(focus(), key, modifier)


def call_script(window, ws, notes, key_ms: int) -> Iterator:
    """The call, one key per yield (a delay between keys lets the event loop run)."""

    def keys(*pairs):
        for key, modifier in pairs:
            press(key, modifier)
            yield key_ms

    def typing(text: str):
        for ch in text:
            QTest.keyClicks(focus(), ch)
            yield key_ms

    def until(name: str, condition: Callable[[], bool]):
        condition.__qualname__ = name
        return condition

    def step_is(step_id: str):
        def check() -> bool:
            return ws.call is not None and ws.view.step_panel.step.id == step_id

        check.__qualname__ = f"step {step_id} (now {ws.call and ws.view.step_panel.step.id})"
        return check

    window.activateWindow()
    ws.idle.answer.setFocus()
    yield key_ms
    ws.new_call(CALLER)  # the softphone's screen pop: the caller's card opens in the notes
    yield step_is("greeting")
    yield from keys(
        (Key.Key_Space, NO), (Key.Key_Tab, NO), (Key.Key_Space, NO), (Key.Key_Tab, NO),
        (Key.Key_Space, NO), (Key.Key_Return, CTRL),
    )  # fmt: skip
    yield step_is("name")
    yield from typing("Ngozi")
    yield from keys((Key.Key_Tab, NO))
    yield from typing("Okafor")
    yield from keys((Key.Key_Tab, NO), (Key.Key_Down, NO), (Key.Key_Tab, NO), (Key.Key_Space, NO))
    yield from keys((Key.Key_Return, CTRL))
    yield step_is("notes")
    yield from keys((Key.Key_Space, NO), (Key.Key_Return, CTRL))
    yield step_is("need")
    yield from typing("Meter reading looks wrong")
    # A message for a colleague, started from anywhere, then back to the reason (a draft).
    yield from keys((Key.Key_M, CTRL_SHIFT))
    yield step_is("message")
    yield from typing("Priya Shah")
    yield from keys((Key.Key_Tab, NO))
    yield from typing("Ngozi Okafor")
    yield from keys((Key.Key_N, ALT))
    yield step_is("need")
    # Hold: ask, agreed, thanked, back on the line.
    yield from keys((Key.Key_O, ALT))
    yield step_is("hold")
    yield from typing("check the meter history")
    yield from keys((Key.Key_A, ALT))
    yield 150  # Alt+letter animates the button press
    yield from keys((Key.Key_Space, NO))
    for letter in (Key.Key_T, Key.Key_L):
        yield from keys((letter, ALT))
        yield 150
    yield from keys((Key.Key_Return, CTRL))
    yield step_is("resolve")
    yield from typing("Explained the estimated reading")
    yield from keys((Key.Key_Return, CTRL))
    yield step_is("closing")
    yield from keys((Key.Key_Space, NO), (Key.Key_Tab, NO), (Key.Key_Space, NO))
    yield from keys((Key.Key_Return, CTRL))
    yield until("wrap-up shown", lambda: ws.phase == "wrap_up" and ws.view.wrap_up is not None)
    yield until("caller's card open", lambda: notes.card is not None)
    # Notes, typed key by key in the notes panel and saved with Ctrl+Return.
    wrap_focus = focus()
    notes.editor.setFocus()
    yield key_ms
    yield from typing("Caller reports an estimated reading; explained the meter history.")
    saved: list[object] = []
    notes.note_saved.connect(saved.append)
    yield from keys((Key.Key_Return, CTRL))
    yield until("note saved", lambda: bool(saved))
    # Wrap-up: tag the customer type and save.
    finished: list[str] = []
    ws.call_finished.connect(finished.append)
    wrap_focus.setFocus()
    yield key_ms
    yield from keys((Key.Key_Down, NO), (Key.Key_Space, NO), (Key.Key_Return, CTRL))
    yield until("call finished", lambda: bool(finished))


def build(root: Path, delay_ms: int):
    from agentdesk.accounts.passwords import ScryptParams
    from agentdesk.paths import DataPaths
    from agentdesk.services.customer_types import CustomerDraft
    from agentdesk.services.identity import Role
    from agentdesk.services.keys import unlock_vault
    from agentdesk.ui.app import build_services, build_workstation
    from agentdesk.ui.services import build_data_services
    from agentdesk.vault.keyfile import PassphraseKeyFile
    from agentdesk.vault.keyfile import ScryptParams as KeyFileParams
    from agentdesk.vault.keystore import MemoryKeyStore

    paths = DataPaths(root).ensure()
    services = build_services(
        paths,
        keyring_store=MemoryKeyStore(),
        key_file=PassphraseKeyFile(paths.key_file, params=KeyFileParams(n=2**10, r=8, p=1)),
        params=ScryptParams(n=2**8, r=8, p=1),
    )
    vault = unlock_vault(
        paths, services.db, ask_passphrase=None,
        keyring_store=services.keyring_store, key_file=services.key_file,
    )  # fmt: skip
    data = build_data_services(services, vault)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    cid, _ = data.customers.create_customer(leader, CustomerDraft(surname="Okafor", phone=CALLER))
    # The injected slow storage: every commit waits, holding SQLite's write lock.
    event.listen(services.db.engine, "commit", lambda _conn: time.sleep(delay_ms / 1000))
    window = build_workstation(services, rep, data).window
    try:  # as the app does once the main window is shown (ui/launch.py)
        from agentdesk.ui.heap import freeze_startup_heap
    except ImportError:  # older code, for before / after comparisons
        pass
    else:
        freeze_startup_heap()
    return services, data, leader, rep, cid, window


def one_run(args: argparse.Namespace) -> Heartbeat:
    from agentdesk.services.backups import BackupService
    from agentdesk.ui.call.workspace import CallWorkspace
    from agentdesk.ui.notes.dock import NotesPanel

    with tempfile.TemporaryDirectory(prefix="agentdesk-stall-") as tmp:
        root = Path(tmp) / "data"
        articles = Path(tmp) / "articles"
        articles.mkdir()
        services, _data, leader, _rep, _cid, window = build(root, args.delay_ms)
        window.resize(1280, 800)
        window.show()
        ws = window.findChild(CallWorkspace)
        notes = window.findChild(NotesPanel)
        tasks = services.tasks
        # The first layout and paint of a freshly shown window is start-up, not a call:
        # let it settle before the heartbeat starts.
        QTest.qWait(SETTLE_MS)
        # Background work as the app schedules it (on the bulk lane where there is one), for
        # the whole call: a backup and a KB import of changed articles, queued again as soon
        # as they finish (each its own job, so other work can run in between).
        bulk = getattr(tasks, "run_bulk", tasks.run_mutation)
        backups = BackupService(services.paths, services.db)
        rounds: list[int] = []
        stop = threading.Event()

        def one_round() -> None:
            backups.backup_now("bench")
            for i in range(args.articles):
                text = ARTICLE.replace("{i}", str(i)) + f"\nRound {len(rounds)}.\n"
                (articles / f"bench-{i}.md").write_text(text)
            services.kb.import_dir(leader, articles)

        def again(_result: object) -> None:
            rounds.append(1)
            if not stop.is_set():
                bulk(one_round, again)

        bulk(one_round, again)
        beat = Heartbeat()

        def on_moved() -> None:
            panel = ws.view.step_panel
            beat.mark(panel.step.id if panel is not None else ws.phase)

        ws.view.moved.connect(on_moved)
        driver = Driver(call_script(window, ws, notes, args.key_ms), args.key_ms)
        profile = cProfile.Profile() if args.profile else None
        beat.start()
        driver.start()
        started = time.monotonic()
        if profile is not None:
            profile.enable()  # this thread only: the GUI thread's own work
        while not driver.done:
            QTest.qWait(HEARTBEAT_MS)
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)
        beat.stop()
        stop.set()
        elapsed = time.monotonic() - started
        if driver.error is not None:
            raise driver.error
        # Let the background round in progress finish before the folder goes away.
        done_rounds = len(rounds)
        while len(rounds) == done_rounds and time.monotonic() - started < 300:
            QTest.qWait(20)
        window.close()
        tasks.shutdown()
        services.db.dispose()
        print(
            f"  run: {len(beat.gaps)} beats in {elapsed:.1f} s, max gap {max(beat.gaps):.0f} ms,"
            f" {done_rounds} background rounds (backup + import) during it",
            flush=True,
        )
        worst = sorted(zip(beat.gaps, beat.cpu, strict=True), reverse=True)[:5]
        print(
            "  worst gaps (wall / GUI-thread CPU ms): "
            + ", ".join(f"{g:.0f}/{c:.0f}" for g, c in worst),
            flush=True,
        )
        print(
            "  step changes (wall / GUI-thread CPU ms, the gap with the change and the next): "
            + ", ".join(f"{label} {g:.0f}/{c:.0f}" for label, g, c in beat.step_costs()),
            flush=True,
        )
        ready = getattr(ws.view, "ready", None)  # panels built ahead (absent in older code)
        if ready is not None:
            print(f"  step changes that found their panel built ahead: {ready.hits}", flush=True)
        return beat


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--delay-ms", type=int, default=200, help="added to every commit")
    parser.add_argument("--key-ms", type=int, default=40, help="time between keys")
    parser.add_argument("--articles", type=int, default=400, help="articles in the KB import")
    parser.add_argument(
        "--profile",
        metavar="FILE",
        help="cProfile the GUI thread during the call (slows it) and write the stats to FILE",
    )
    parser.add_argument(
        "--heartbeat-only",
        type=float,
        default=0,
        metavar="SECONDS",
        help="only the heartbeat, no window and no call: what this machine's load alone costs",
    )
    args = parser.parse_args(argv)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.heartbeat_only:
        beat = Heartbeat()
        beat.start()
        QTest.qWait(int(args.heartbeat_only * 1000))
        beat.stop()
        gaps = beat.gaps
        print(f"machine: {cpu_model()}; load {load_average()}; heartbeat only")
        print(
            f"  gaps: median {percentile(gaps, 50):.1f} ms, p95 {percentile(gaps, 95):.1f} ms, "
            f"p99 {percentile(gaps, 99):.1f} ms, max {max(gaps):.0f} ms, "
            f"{sum(1 for g in gaps if g > 50)} over 50 ms"
        )
        return 0
    print(f"machine: {cpu_model()}; load {load_average()}; Python {sys.version.split()[0]}")
    print(
        f"storage: +{args.delay_ms} ms per commit; background: backup + import of "
        f"{args.articles} articles; keys every {args.key_ms} ms; heartbeat {HEARTBEAT_MS} ms"
    )
    worst: list[float] = []
    for _ in range(args.runs):
        gaps = one_run(args).gaps
        worst.append(max(gaps))
        p50, p95, p99 = (percentile(gaps, p) for p in (50, 95, 99))
        over = sum(1 for g in gaps if g > 50)
        print(
            f"  gaps: median {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms, "
            f"max {max(gaps):.0f} ms, {over} over 50 ms",
            flush=True,
        )
    print(f"worst gap over {args.runs} runs: {max(worst):.0f} ms (median of run maxima "
          f"{statistics.median(worst):.0f} ms)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
