"""Run service calls off the GUI thread and deliver results back on it.

Three lanes, so slow work never queues ahead of what a person waits for:
- interactive (``run_query`` / ``run_mutation``): one worker for what a key or click asks for
  (search, opening a card, saving a note); SQLite has one writer, so one thread keeps order;
- bulk (``run_bulk``): one worker for the purge at login, backups, KB imports, adherence
  scoring. Bulk services commit in short transactions, so an interactive write waits at most
  for one of them, never for the whole job;
- cpu (``run_cpu``): a pool for pure computation (coach, staffing sweeps).
Tests pass ImmediateExecutor to run everything inline.

Every mutation's ``Changes`` (returned by the service, alone, in a tuple, or named with
``changes=``) is announced once on ``TaskRunner.changed`` after its own callback: the one
application-wide signal each screen listens to, refreshing only what the flags say (Anki's
OpChanges).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from agentdesk.changes import Changes
from agentdesk.errors import KnownError

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
    delivered = Signal()  # after each future's callbacks (or its drop), on the GUI thread

    @Slot(object, object, object)
    def _deliver(self, future: Future, on_done: Callable, on_fail: Callable | None) -> None:
        try:
            self._call_back(future, on_done, on_fail)
        finally:
            self.delivered.emit()

    def _call_back(self, future: Future, on_done: Callable, on_fail: Callable | None) -> None:
        if future.cancelled():  # dropped at shutdown: nobody waits for it any more
            return
        exc = future.exception()
        if exc is None:
            on_done(future.result())
        elif on_fail is not None:
            on_fail(exc)
        elif isinstance(exc, KnownError):
            log.warning("background task refused: %s", exc.__class__.__name__)
        else:  # nobody expected it: the crash reporter logs it (no personal data) and says so
            sys.excepthook(type(exc), exc, exc.__traceback__)


def changes_in(result: Any) -> Changes:
    """The Changes a service call returned: itself, inside a tuple, or a report's ``changes``."""
    if isinstance(result, Changes):
        return result
    carried = getattr(result, "changes", None)
    if isinstance(carried, Changes):
        return carried
    if isinstance(result, tuple):
        found = Changes.NONE
        for item in result:
            if isinstance(item, Changes):
                found |= item
        return found
    return Changes.NONE


class TaskRunner(QObject):
    """run_query / run_mutation on the interactive worker, run_bulk on the bulk worker,
    run_cpu on the pool. ``bulk_executor`` defaults to its own thread (or to ``db_executor``
    when that is an ImmediateExecutor, so tests stay inline)."""

    changed = Signal(object)  # Changes: what a finished mutation changed (GUI thread)
    settled = Signal()  # the last task in flight was delivered: none is running or queued

    def __init__(
        self,
        db_executor: Executor | None = None,
        cpu_executor: Executor | None = None,
        parent: QObject | None = None,
        *,
        bulk_executor: Executor | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db_executor or ThreadPoolExecutor(1, thread_name_prefix="agentdesk-db")
        self._cpu = cpu_executor or ThreadPoolExecutor(2, thread_name_prefix="agentdesk-cpu")
        if bulk_executor is None and isinstance(db_executor, ImmediateExecutor):
            bulk_executor = db_executor
        self._bulk = bulk_executor or ThreadPoolExecutor(1, thread_name_prefix="agentdesk-bulk")
        self._closed = False
        self._in_flight = 0  # submitted, callbacks not yet run (a window retires when 0)
        self._count_lock = threading.Lock()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay._deliver)
        self._relay.delivered.connect(self._on_delivered)

    def _submit(self, executor: Executor, fn: Callable[[], Any], on_done, on_fail) -> Future:
        if self._closed:  # the app is quitting: a late refresh has nowhere to go
            future: Future = Future()
            future.cancel()
            return future
        with self._count_lock:
            self._in_flight += 1
        try:
            future = executor.submit(fn)
        except BaseException:
            self._on_delivered()
            raise
        future.add_done_callback(lambda f: self._relay.finished.emit(f, on_done, on_fail))
        return future

    def busy(self) -> bool:
        """Whether a task is running or queued, or its callbacks have not run yet."""
        with self._count_lock:
            return self._in_flight > 0

    def _on_delivered(self) -> None:
        with self._count_lock:
            self._in_flight -= 1
            idle = self._in_flight == 0
        if idle:
            self.settled.emit()

    def run_query(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_fail: Callable[[BaseException], None] | None = None,
    ) -> Future:
        return self._submit(self._db, fn, on_done, on_fail)

    def run_mutation(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_fail: Callable[[BaseException], None] | None = None,
        *,
        changes: Changes = Changes.NONE,
    ) -> Future:
        """A write on the interactive worker; its Changes go out on ``changed`` after
        ``on_done`` (``changes`` adds flags a caller knows but the result does not carry)."""
        return self._submit(self._db, fn, self._announcing(on_done, changes), on_fail)

    def _announcing(self, on_done: Callable[[Any], None], changes: Changes) -> Callable:
        def done(result: Any) -> None:
            on_done(result)
            found = changes | changes_in(result)
            if found:
                self.changed.emit(found)

        return done

    def run_bulk(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_fail: Callable[[BaseException], None] | None = None,
    ) -> Future:
        """Long storage work (purge, backup, import, scoring): never ahead of a keystroke."""
        return self._submit(self._bulk, fn, self._announcing(on_done, Changes.NONE), on_fail)

    def run_cpu(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_fail: Callable[[BaseException], None] | None = None,
    ) -> Future:
        return self._submit(self._cpu, fn, on_done, on_fail)

    def shutdown(self) -> None:
        """Finish what a person asked to be saved; drop queued bulk and CPU work."""
        self._closed = True
        self._db.shutdown(wait=True, cancel_futures=False)
        for executor in (self._bulk, self._cpu):
            executor.shutdown(wait=True, cancel_futures=True)
