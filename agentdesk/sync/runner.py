"""Background sync: a worker thread that pushes and pulls when woken, and a listener thread.

Wake-ups come from local commits that wrote to the outbox, from the team database's
``NOTIFY agentdesk_sync`` (another workstation pushed), and from a polling timer as the
fallback. The GUI never waits for any of it; results arrive through ``on_status`` and
``on_changes`` callbacks on the worker thread (the UI hands them to the GUI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import psycopg
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import KnownError
from agentdesk.sync.engine import SyncEngine
from agentdesk.sync.outbox import WRITTEN, pending_count
from agentdesk.sync.replica import open_refusals
from agentdesk.sync.server import NOTIFY_CHANNEL
from agentdesk.sync.status import SyncState, SyncStatus
from agentdesk.team.rekey import TeamKeyChangedError

log = logging.getLogger(__name__)

POLL_SECONDS = 30.0
RETRY_SECONDS = 5.0


def libpq_params(url: str) -> dict:
    """psycopg connection keywords from a SQLAlchemy URL (sslmode and friends kept)."""
    parsed = make_url(url)
    params = parsed.translate_connect_args(database="dbname", username="user")
    params.update(parsed.query)
    return params


class SyncRunner:
    """Owns the worker and listener threads of one replica's sync."""

    def __init__(
        self,
        engine: SyncEngine,
        server_url: str,
        *,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_changes: Callable[[Changes], None] | None = None,
        poll_seconds: float = POLL_SECONDS,
        retry_seconds: float = RETRY_SECONDS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._engine = engine
        self._url = server_url
        self._on_status = on_status or (lambda _s: None)
        self._on_changes = on_changes or (lambda _c: None)
        self._poll = poll_seconds
        self._retry = retry_seconds
        self._clock = clock
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._offline_since: datetime | None = None
        self.status = SyncStatus(SyncState.SYNCING, pending_count(engine.db))
        engine.db.listen_sessions("after_commit", self._after_local_commit)

    def _after_local_commit(self, session: Session) -> None:
        if session.info.pop(WRITTEN, False):
            self.nudge()

    def nudge(self) -> None:
        """Sync soon (a local change, a notification, a user's "sync now")."""
        self._wake.set()

    def start(self) -> None:
        for target, name in ((self._work, "agentdesk-sync"), (self._listen, "agentdesk-listen")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        self.nudge()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        # The member leaves the desk (logout, lock, another login): changes of hers not yet
        # sent keep her secret here for whoever syncs next (agentdesk.sync.push).
        self._engine.settle()

    def _work(self) -> None:
        wait = 0.0
        while not self._stop.is_set():
            self._wake.wait(wait)
            self._wake.clear()
            if self._stop.is_set():
                return
            wait = self.run_once()

    def run_once(self) -> float:
        """One push and pull; returns how long to wait before the next unprompted round."""
        try:
            report = self._engine.sync()
        except (OperationalError, DBAPIError, OSError) as exc:
            if _is_unreachable(exc):
                self._offline_since = self._offline_since or self._clock()
                self._set(SyncStatus(SyncState.OFFLINE, self._pending(), self._offline_since))
            else:
                log.warning("sync failed: %s", type(exc).__name__)
                self._set(
                    SyncStatus(
                        SyncState.PROBLEM,
                        self._pending(),
                        problem="server-error",
                        detail=type(exc).__name__,
                    )
                )
            return self._retry
        except KnownError as exc:  # e.g. a rotated team key this replica could not adopt
            log.warning("sync refused: %s", type(exc).__name__)
            problem = "key-changed" if isinstance(exc, TeamKeyChangedError) else "refused-here"
            self._set(
                SyncStatus(
                    SyncState.PROBLEM, self._pending(), problem=problem, detail=type(exc).__name__
                )
            )
            return self._retry
        except Exception as exc:  # a bug must not end the sync thread silently
            log.error("sync failed unexpectedly: %s", type(exc).__name__)
            self._set(
                SyncStatus(
                    SyncState.PROBLEM, self._pending(), problem="bug", detail=type(exc).__name__
                )
            )
            return self._retry
        self._offline_since = None
        if report.changes:
            self._on_changes(report.changes)
        waiting = tuple(sorted(a for a in report.waiting if a))
        # Refused changes stay on show until someone acknowledges them (team screen, CLI).
        refused = self._refused()
        if refused:
            tables = sorted(set(refused))
            self._set(
                SyncStatus(
                    SyncState.PROBLEM,
                    self._pending(),
                    self._clock(),
                    problem="refused",
                    detail=f"{len(refused)}: {', '.join(tables)}",
                    waiting_for=waiting,
                )
            )
        else:
            self._set(
                SyncStatus(
                    SyncState.UP_TO_DATE, self._pending(), self._clock(), waiting_for=waiting
                )
            )
        return self._poll

    def _refused(self) -> list[str]:
        try:
            return open_refusals(self._engine.db)
        except Exception:  # the local database answers the status; never fail on it
            return []

    def _pending(self) -> int:
        try:
            return pending_count(self._engine.db)
        except Exception:  # the local database answers the status; never fail on it
            return self.status.pending

    def _set(self, status: SyncStatus) -> None:
        self.status = status
        self._on_status(status)

    def _listen(self) -> None:
        """LISTEN on the team database; reconnect after a failure, until stopped."""
        me = str(self._engine.workstation_id)
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    **libpq_params(self._url), autocommit=True, connect_timeout=5
                ) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self.nudge()  # anything missed while not listening
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5):
                            if note.payload != me:
                                self.nudge()
            except psycopg.Error:
                self._stop.wait(self._retry)


def _is_unreachable(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, psycopg.OperationalError):
        return True
    return isinstance(exc, OperationalError) and "connect" in str(exc).lower()
