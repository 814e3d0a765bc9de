"""Interactive work never waits behind bulk work: real worker threads, a bulk job held open."""

from __future__ import annotations

import threading

from agentdesk.ui.tasks import ImmediateExecutor, TaskRunner


def test_a_search_answers_while_a_backup_holds_the_bulk_lane(qtbot):
    tasks = TaskRunner()
    release = threading.Event()
    order: list[str] = []
    try:
        tasks.run_bulk(lambda: release.wait(10), lambda _ok: order.append("backup"))
        tasks.run_bulk(lambda: "import", order.append)
        with qtbot.waitSignal(tasks._relay.finished, timeout=2000):
            tasks.run_query(lambda: "search", order.append)
        qtbot.waitUntil(lambda: order == ["search"])
        mutation_done: list[str] = []
        tasks.run_mutation(lambda: "note saved", mutation_done.append)
        qtbot.waitUntil(lambda: mutation_done == ["note saved"])
        assert order == ["search"]  # the bulk lane is still held
        release.set()
        qtbot.waitUntil(lambda: order == ["search", "backup", "import"])  # bulk keeps its order
    finally:
        release.set()
        tasks.shutdown()


def test_each_lane_runs_on_its_own_thread(qtbot):
    tasks = TaskRunner()
    names: dict[str, str] = {}
    try:
        for lane in ("run_query", "run_bulk", "run_cpu"):
            getattr(tasks, lane)(
                threading.current_thread, lambda t, lane=lane: names.__setitem__(lane, t.name)
            )
        qtbot.waitUntil(lambda: len(names) == 3)
    finally:
        tasks.shutdown()
    assert names["run_query"].startswith("agentdesk-db")
    assert names["run_bulk"].startswith("agentdesk-bulk")
    assert names["run_cpu"].startswith("agentdesk-cpu")


def test_tests_that_run_inline_get_an_inline_bulk_lane_too():
    tasks = TaskRunner(ImmediateExecutor(), ImmediateExecutor())
    future = tasks.run_bulk(threading.current_thread, lambda _t: None)
    assert future.result() is threading.main_thread()
