"""Push and pull between one workstation's SQLite replica and the team database.

Qt-free and blocking: the app runs it on a worker thread (never the GUI thread), tests and
benchmarks call it directly. Each push is one server transaction; each pulled page is one
local transaction together with its cursor, so a crash anywhere repeats work, never loses it.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from agentdesk.storage import bulk
from agentdesk.storage.datakeys import DataKeyStore
from agentdesk.storage.session import Database
from agentdesk.sync import push, replica, server
from agentdesk.sync.outbox import install
from agentdesk.sync.report import SyncReport
from agentdesk.sync.sender import OutboxSender
from agentdesk.sync.server import Cursor
from agentdesk.sync.tables import KEY_OWNER_COLUMN
from agentdesk.team import rekey

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_PAGE = 2000
# A replica far behind (a new workstation's first sync, a day offline) pulls in pages that
# double up to this size: fewer, larger SQLite transactions, each writing a touched index page
# once for many rows rather than once per 2,000 (benchmarks/sync_bench.py, initial sync).
# Bounded so that one page holds the replica's write lock for about a second at most.
PULL_PAGE_MAX = 10000


class SyncEngine:
    """One replica's sync with one team database."""

    def __init__(
        self,
        db: Database,
        keys: DataKeyStore,
        server_engine: Engine,
        *,
        forget_keys: Callable[[uuid.UUID], None] | None = None,
        fingerprint: Callable[[], str] | None = None,
        on_key_changed: Callable[[], None] | None = None,
        same_value: Callable[[str, str, str, Any, Any], bool] | None = None,
        audit_secret: Callable[[uuid.UUID], bytes],
        credentials: push.Credentials | None = None,
    ) -> None:
        """``fingerprint`` gives the key this replica wraps data keys with: every push and
        pull checks it against the member's on the server (a rotated team key is adopted by
        ``on_key_changed`` before anything else moves). ``same_value`` tells whether two
        stored values of a column are the same (ciphertexts: decrypted, see conflicts.py).
        ``audit_secret`` gives this workstation's secret for its audit chain on the server
        (``VaultService.workstation_secret``): without it nothing can be added there.
        ``credentials``: the logged-in member and the secrets colleagues left behind, to
        send each change under its author's role (None: everything under this engine's)."""
        install(db)
        self.db = db
        self._db = db
        self._keys = keys
        self._server = server_engine
        self.server = server_engine
        self._forget = forget_keys
        self._fingerprint = fingerprint
        self._on_key_changed = on_key_changed
        self._same = same_value or (lambda _t, _r, _c, a, b: a == b)
        self._audit_secret = audit_secret
        self._credentials = credentials
        self.workstation_id = replica.workstation_id(db)

    # Push.

    def push(self, batch: int = PUSH_BATCH) -> SyncReport:
        """Send every outbox entry, oldest first, in batches of one server transaction each."""
        report = SyncReport()
        if not replica.audit_registered(self._db):
            # Before the first change reveals this workstation's id. A refusal does not hold
            # the changes back: the audit push below reports it.
            with contextlib.suppress(server.AuditCredentialError):
                self.register()
        report.waiting = OutboxSender(
            self._db,
            self._keys,
            self._server,
            self.workstation_id,
            guard=self._guard,
            same_value=self._same,
            credentials=self._credentials,
        ).send(batch, report)
        self._push_audit(batch)
        return report

    def _push_audit(self, batch: int) -> None:
        """This workstation's audit chain to the server, after the changes it records."""
        while True:
            entries = replica.audit_to_send(self._db, batch)
            if not entries:
                return
            secret = self._audit_secret(self.workstation_id)
            proof = replica.first_audit_mac(self._db)
            with self._server.begin() as conn:
                self._guard(conn)
                server.put_audit(conn, self.workstation_id, secret, entries, proof)
            replica.audit_sent(self._db, entries[-1]["seq"])

    def register(self) -> None:
        """Register this workstation's audit secret on the server (or check it, when it is
        registered already): at ``team join`` before the first pull, and before the first
        push, so no change reveals this workstation's id before its chain is claimed. A
        workstation that sent audit entries before registrations existed proves it holds its
        chain with its first entry's MAC."""
        secret = self._audit_secret(self.workstation_id)
        proof = replica.first_audit_mac(self._db)
        with self._server.begin() as conn:
            self._guard(conn)
            server.put_audit(conn, self.workstation_id, secret, [], proof)
        replica.set_audit_registered(self._db)

    def _guard(self, conn) -> None:
        """No key rotation until this transaction ends, and none happened unnoticed."""
        if self._fingerprint is None:
            return
        rekey.hold_shared(conn)
        rekey.check_key(conn, self._fingerprint())

    # Pull.

    def pull(self, page: int | None = None) -> SyncReport:
        """Apply every finished change after this replica's cursor, page by page (of
        ``page`` changes; by default PULL_PAGE, doubling while pages come full).

        A reader thread fetches the next page from the server while this one is applied
        locally, so the server's work and SQLite's overlap (a first sync of a large team waits
        for each only once). Pages are applied in order, each together with its cursor: a
        failure anywhere leaves the replica at the last applied page, as before."""
        report = SyncReport()
        pages: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()

        def read_all() -> None:
            try:
                after = replica.cursor(self._db)
                size = page or PULL_PAGE
                while not stop.is_set():
                    found = self._read_page(after, size)
                    pages.put(found)
                    if found is None or len(found[0]) < size:
                        if found is not None:
                            pages.put(None)
                        return
                    after = found[0][-1].cursor
                    if page is None:
                        size = min(2 * size, PULL_PAGE_MAX)
            except BaseException as exc:  # handed to the applying thread, raised there
                pages.put(exc)

        reader = threading.Thread(target=read_all, name="agentdesk-pull-reader", daemon=True)
        with bulk.fewer_collections():
            reader.start()
            return self._apply_pages(pages, stop, reader, report)

    def _apply_pages(self, pages: queue.Queue, stop, reader, report: SyncReport) -> SyncReport:
        """The applying side of ``pull``: pages from the reader, in order, until the last."""
        try:
            while True:
                item = pages.get()
                if item is None:
                    return report
                if isinstance(item, BaseException):
                    raise item
                changes, theirs, rows, keys = item
                # Keys first: a replica never holds ciphertext whose key it was not given.
                self._keys.put_many(keys)
                report.changes |= replica.apply_page(
                    self._db, changes, rows, changes[-1].cursor, self.workstation_id, self._destroy
                )
                report.pulled += len(theirs)
        finally:
            stop.set()
            while reader.is_alive():  # a reader blocked on the full queue gets to finish
                try:
                    pages.get_nowait()
                except queue.Empty:
                    reader.join(0.05)

    def _read_page(self, after: Cursor, page: int):
        """One page from the server: changes, theirs, their rows, their keys (None: none)."""
        with self._server.connect() as conn:
            self._guard(conn)
            changes = server.read_changes(conn, after, page)
            if not changes:
                conn.rollback()
                return None
            theirs = [c for c in changes if c.origin != self.workstation_id and c.usable]
            by_table: dict[str, set[str]] = {}
            for c in theirs:
                by_table.setdefault(c.table_name, set()).add(c.row_id)
            rows = {name: server.fetch_rows(conn, name, ids) for name, ids in by_table.items()}
            owners = [
                str(values[KEY_OWNER_COLUMN[name]])
                for name, found in rows.items()
                if name in KEY_OWNER_COLUMN
                for values in found.values()
            ]
            keys = server.fetch_keys(conn, owners)
            conn.rollback()
        return changes, theirs, rows, keys

    def _destroy(self, kind: str, owner_id: str) -> None:
        if kind == "customer":
            self._keys.destroy_customer(uuid.UUID(owner_id))
        else:
            self._keys.destroy_owners([uuid.UUID(owner_id)], kind=kind)
        if self._forget is not None:
            self._forget(uuid.UUID(owner_id))

    def dispose_server(self) -> None:
        self._server.dispose()

    def sync(self) -> SyncReport:
        """Push, then pull: one round (after adopting a rotated team key, if there is one)."""
        try:
            return self._round()
        except rekey.TeamKeyChangedError:
            if self._on_key_changed is None:
                raise
            self._on_key_changed()
            return self._round()
        finally:
            self.settle()

    def settle(self) -> None:
        """Kept secrets follow what waits (agentdesk.sync.push.settle), whatever the round
        did; a failure here must not hide the round's own."""
        try:
            push.settle(self._db, self._credentials)
        except Exception as exc:
            log.warning("push secrets not settled: %s", type(exc).__name__)

    def _round(self) -> SyncReport:
        pushed = self.push()
        pulled = self.pull()
        pulled.pushed, pulled.duplicates = pushed.pushed, pushed.duplicates
        pulled.refused = pushed.refused
        pulled.conflicts = pushed.conflicts
        pulled.waiting = pushed.waiting
        return pulled
