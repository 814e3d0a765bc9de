"""Cold start to the first window: agentdesk against a bare PySide6 empty QMainWindow.

Run: python benchmarks/startup_bench.py [--runs N] [--platform offscreen|xcb]

Each run is a new process, from `python -m agentdesk` to the moment its first window (the
passphrase, first-run or login dialog) is on screen, as reported by the start-up probe
(agentdesk/ui/probe.py, AGENTDESK_QUIT_AT_FIRST_WINDOW=1); the bare program does the same with
an empty QMainWindow and the same probe logic. Runs alternate between the two so that both see
the same machine. Two agentdesk cases: the usual start (a data folder in use: a team leader's
account and the master key in its passphrase-protected key file, set up before the runs, so
the first window is the passphrase dialog whether or not the machine has a keyring) and the
first start (an empty data folder: the database is created and migrated). Bytecode is cached
as in an installed copy (one warm-up run each). Wall time per run; CPU time (user + system)
up to the first window, from the probe, and for the whole process (agentdesk goes on loading
its storage layer and services behind the first window until the probe ends it). The target
is agentdesk's usual start <= 2x the bare program.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import cpu_model, load_average  # benchmarks/machine.py

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"first window: QMainWindow [cpu {time.process_time():.3f}]", flush=True)
        QApplication.exit(0)

probe = Probe(app)
app.installEventFilter(probe)
window = QMainWindow()
window.show()
sys.exit(app.exec())
"""


# A data folder in use, on any machine: the master key in the key file (as on a machine without
# a secure keyring; the keyring is never written) and one account.
SET_UP = """
import sys
from agentdesk.paths import DataPaths
from agentdesk.services.accounts import AccountService
from agentdesk.services.keys import unlock_vault
from agentdesk.storage.open import open_database
from agentdesk.vault.errors import KeyUnavailableError

class NoKeyring:
    def load(self):
        raise KeyUnavailableError("no-secure-backend")
    save = delete = load

paths = DataPaths(__import__("pathlib").Path(sys.argv[1])).ensure()
db = open_database(paths)
unlock_vault(paths, db, ask_passphrase=lambda request: "benchmark passphrase",
             keyring_store=NoKeyring())
AccountService(db).create_first_team_leader("lead", "Team Leader", "leader password")
assert paths.key_file.exists()
"""


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall seconds to the first-window line, CPU seconds to it (from the probe) and of the
    whole process, and the line (without the CPU figure)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    wall = time.perf_counter() - start
    proc.wait(timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if not line.startswith("first window: ") or " [cpu " not in line:
        raise SystemExit(f"no first window from {cmd[-1]!r}: {line!r} (exit {proc.returncode})")
    line, _, first_cpu = line.rpartition(" [cpu ")
    return wall, float(first_cpu.rstrip("]")), cpu, line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per case (default 9)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen)")
    options = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM=options.platform, AGENTDESK_QUIT_AT_FIRST_WINDOW="1")
    with tempfile.TemporaryDirectory() as tmp:
        used = Path(tmp) / "used"
        subprocess.run([sys.executable, "-c", SET_UP, str(used)], env=env, check=True)
        app = [sys.executable, "-m", "agentdesk", "--data-dir"]
        cases = {
            "bare PySide6 QMainWindow": lambda i: [sys.executable, "-c", BARE],
            "agentdesk, usual start": lambda i: [*app, str(used)],
            "agentdesk, first start": lambda i: [*app, str(Path(tmp) / f"new-{i}")],
        }
        for make in cases.values():  # warm-up: bytecode, the used data folder
            run_once(make("warm"), env)
        walls: dict[str, list[float]] = {name: [] for name in cases}
        firsts: dict[str, list[float]] = {name: [] for name in cases}
        cpus: dict[str, list[float]] = {name: [] for name in cases}
        lines: dict[str, str] = {}
        for i in range(options.runs):
            for name, make in cases.items():
                wall, first_cpu, cpu, line = run_once(make(i), env)
                walls[name].append(wall)
                firsts[name].append(first_cpu)
                cpus[name].append(cpu)
                lines[name] = line.removeprefix("first window: ")

    print("## Machine\n")
    print(
        f"```\ncpu: {cpu_model()} ({os.cpu_count()} logical CPUs)\n"
        f"python: {sys.version.split()[0]}\nQt platform: {options.platform}\n"
        f"load average at end: {load_average()}\n```\n"
    )
    print(f"{options.runs} runs per case, alternated; seconds from process start to the first")
    print("window on screen.\n")
    print(
        "| case | first window | wall median | wall worst | × bare (wall median) "
        "| CPU to first window | × bare (CPU) | CPU whole process |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    bare = statistics.median(walls["bare PySide6 QMainWindow"])
    bare_cpu = statistics.median(firsts["bare PySide6 QMainWindow"])
    for name in cases:
        median = statistics.median(walls[name])
        first_cpu = statistics.median(firsts[name])
        print(
            f"| {name} | {lines[name]} | {median:.3f} | {max(walls[name]):.3f} | "
            f"{median / bare:.1f}× | {first_cpu:.3f} | {first_cpu / bare_cpu:.1f}× | "
            f"{statistics.median(cpus[name]):.3f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
