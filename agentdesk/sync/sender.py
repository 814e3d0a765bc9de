"""Sending the outbox to the team database: runs of entries under their route's role
(agentdesk.sync.push), each run one server transaction with a savepoint per change."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from agentdesk.models.base import utcnow
from agentdesk.storage.datakeys import DataKeyStore
from agentdesk.storage.session import Database
from agentdesk.sync import replica, server
from agentdesk.sync.conflicts import conflict_columns, encode_value
from agentdesk.sync.push import AuthorRoutes, Credentials, Route
from agentdesk.sync.report import Refusal, SyncReport
from agentdesk.sync.server import Cursor
from agentdesk.sync.tables import KEY_OWNER_COLUMN

log = logging.getLogger(__name__)


class OutboxSender:
    """One push round's sending, for a SyncEngine (which owns the audit chain and pull)."""

    def __init__(
        self,
        db: Database,
        keys: DataKeyStore,
        server_engine: Engine,
        workstation_id: uuid.UUID,
        *,
        guard: Callable[[Any], None],
        same_value: Callable[[str, str, str, Any, Any], bool],
        credentials: Credentials | None,
    ) -> None:
        self._db = db
        self._keys = keys
        self._server = server_engine
        self.workstation_id = workstation_id
        self._guard = guard
        self._same = same_value
        self._credentials = credentials

    def send(self, batch: int, report: SyncReport) -> dict[str, int]:
        """Every outbox entry, oldest first; returns what was left waiting, per author."""
        routes = AuthorRoutes(self._credentials)
        after, after_wait = 0, False
        try:
            while True:
                entries = replica.read_outbox(self._db, batch, after)
                if not entries:
                    break
                after = entries[-1].id
                start = 0
                while start < len(entries):  # runs of one route each, in local order
                    route = routes.route(entries[start].author, after_wait)
                    end = start + 1
                    while end < len(entries) and (
                        routes.route(entries[end].author, after_wait) == route
                    ):
                        end += 1
                    waited = self._run(entries[start:end], route, routes, report)
                    after_wait = after_wait or waited
                    start = end
        finally:
            routes.close()
        return dict(routes.waiting)

    def _run(self, entries: list, route: Route, routes: AuthorRoutes, report: SyncReport) -> bool:
        """One run under its route's role; True if any of it waits for its author."""
        if route.author is None:
            return self._batch(entries, report, self._server, route.final, routes)
        try:
            engine = routes.engine(route.author)
            assert engine is not None
            if not routes.vouched(route.author, engine):
                # Not a representative's role on the server (a team leader's, whatever the
                # account rows here say): her secret is forgotten, her changes wait for her.
                log.warning("a kept push secret is not a representative's: forgotten")
                routes.refused_login(route.author)
                return self._batch(entries, report, self._server, False, routes)
            return self._batch(entries, report, engine, route.final, routes)
        except OperationalError:
            # Refused by the server while this member's own login works (checked so, not by
            # the message, which the server words in its own language): her password changed
            # or she was removed. Otherwise the server is away: the round fails as ever.
            if not self._reachable():
                raise
            routes.refused_login(route.author)
            return self._batch(entries, report, self._server, False, routes)

    def _reachable(self) -> bool:
        try:
            with self._server.connect():
                return True
        except OperationalError:
            return False

    def _batch(
        self,
        entries: list[replica.OutboxEntry],
        report: SyncReport,
        engine: Engine,
        final: bool,
        routes: AuthorRoutes,
    ) -> bool:
        """One server transaction under ``engine``'s role. A refusal is final (recorded,
        shown) when ``final``; otherwise the entry stays in the outbox for its author."""
        rows = replica.read_rows(self._db, entries)
        refused: list[Refusal] = []
        waiting: list[replica.OutboxEntry] = []
        with engine.begin() as conn:
            self._guard(conn)
            for entry in entries:
                values = rows.get(entry.row_key)
                if entry.op == "upsert" and values is None:
                    continue  # deleted locally since; the delete follows in the outbox
                savepoint = conn.begin_nested()
                try:
                    fresh = server.record_change(
                        conn,
                        entry.change_id,
                        self.workstation_id,
                        entry.table_name,
                        entry.row_id,
                        entry.op,
                        entry.columns,
                    )
                    if not fresh:
                        report.duplicates += 1
                    elif entry.op == "upsert":
                        self._push_key(conn, entry.table_name, values)
                        report.conflicts += self._keep_concurrent(conn, entry, values)
                        server.upsert_row(conn, entry.table_name, values, entry.columns)
                        report.pushed += 1
                    else:
                        server.delete_row(conn, entry.table_name, entry.row_id)
                        report.pushed += 1
                    savepoint.commit()
                except (IntegrityError, ProgrammingError) as exc:
                    # Refused by a constraint, a grant or a row policy: the server says no.
                    savepoint.rollback()
                    if not final:
                        waiting.append(entry)
                        routes.wait(entry.author, 1)
                        continue
                    reason = type(exc.orig).__name__ if exc.orig is not None else "refused"
                    refused.append(Refusal(entry.table_name, entry.row_id, reason, entry.op))
            server.notify(conn, self.workstation_id)
        # Refused changes are kept (sync_refusal) and shown until acknowledged.
        kept = {e.id for e in waiting}
        replica.drop_outbox(self._db, [e.id for e in entries if e.id not in kept], refused)
        report.refused.extend(refused)
        return bool(waiting)

    def _keep_concurrent(self, conn, entry: replica.OutboxEntry, values: dict) -> int:
        """Fields this update changes that another workstation changed too, unseen here: this
        later write wins; the value it replaces becomes a conflict record."""
        watched = conflict_columns(entry.table_name, entry.columns or ())
        if not watched or entry.base is None:
            return 0
        others = server.concurrent_edits(
            conn, entry.table_name, entry.row_id, self.workstation_id, Cursor.parse(entry.base)
        )
        clash = {c: origin for c, origin in others.items() if c in watched}
        if not clash:
            return 0
        current = server.fetch_rows(conn, entry.table_name, [entry.row_id]).get(entry.row_id)
        if current is None:
            return 0
        kept = 0
        now = utcnow()
        for column, origin in sorted(clash.items()):
            if self._same(entry.table_name, entry.row_id, column, current[column], values[column]):
                continue  # both wrote the same value: nothing to choose between
            server.record_conflict(
                conn,
                {
                    "id": uuid.uuid4(),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                    "table_name": entry.table_name,
                    "row_id": entry.row_id,
                    "column_name": column,
                    "kept_value": encode_value(current[column]),
                    "kept_origin": origin,
                    "won_origin": self.workstation_id,
                    "confirmed_by": None,
                    "confirmed_at": None,
                },
            )
            kept += 1
        return kept

    def _push_key(self, conn, table_name: str, values: dict) -> None:
        """The wrapped key travels before the ciphertext it unlocks, in the same transaction."""
        column = KEY_OWNER_COLUMN.get(table_name)
        if column is None:
            return
        entry = self._keys.entry(values[column])
        if entry is not None:
            server.put_key(conn, entry)
