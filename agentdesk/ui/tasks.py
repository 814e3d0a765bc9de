"""Run service calls off the GUI thread and deliver results back on it.

Two executors: one worker for the database (SQLite has one writer) and a pool for CPU work
(coach, staffing sweeps, reindexing), so slow work never queues ahead of a quick read.
Tests pass ImmediateExecutor to run everything inline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class ImmediateExecutor(Executor):
    """Runs the function at once in the calling thread (tests, tiny jobs)."""

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # delivered to the failure callback
            future.set_exception(exc)
        return future


class _Relay(QObject):
    """Carries a finished future to the GUI thread through a queued signal."""

    finished = Signal(object, object, object)

    @Slot(object, object, object)
    def _deliver(self, future: Future, on_done: Callable, on_fail: Callable | None) -> None:
        exc = future.exception()
        if exc is None:
            on_done(future.result())
        elif on_fail is not None:
            on_fail(exc)
        else:
            log.error("background task failed", exc_info=exc)


class TaskRunner(QObject):
    """run_query / run_mutation on the database worker, run_cpu on the pool."""

    def __init__(
        self,
        db_executor: Executor | None = None,
        cpu_executor: Executor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db_executor or ThreadPoolExecutor(1, thread_name_prefix="agentdesk-db")
        self._cpu = cpu_executor or ThreadPoolExecutor(2, thread_name_prefix="agentdesk-cpu")
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay._deliver)

    def _submit(self, executor: Executor, fn: Callable[[], Any], on_done, on_fail) -> Future:
        future = executor.submit(fn)
        future.add_done_callback(lambda f: self._relay.finished.emit(f, on_done, on_fail))
        return future

    def run_query(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_fail: Callable[[BaseException], None] | None = None,
    ) -> Future:
        return self._submit(self._db, fn, on_done, on_fail)

    run_mutation = run_query

    def run_cpu(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_fail: Callable[[BaseException], None] | None = None,
    ) -> Future:
        return self._submit(self._cpu, fn, on_done, on_fail)

    def shutdown(self) -> None:
        for executor in (self._db, self._cpu):
            executor.shutdown(wait=True, cancel_futures=True)
