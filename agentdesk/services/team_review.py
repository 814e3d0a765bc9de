"""What the team database asks people to look at: conflicts (team leaders) and changes the
server refused (everyone, for their own workstation).

A conflict is a field edited on two workstations while apart: the later write in server order
won; the value it replaced is shown beside the value now in the record until a team leader
confirms it (or puts it back by editing the record as usual). Both lists are local reads of
this replica: they work offline, like every other screen.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer
from agentdesk.models.directory import DirectoryEntry
from agentdesk.models.kb import Article, CannedResponse
from agentdesk.models.sync import SyncConflict, SyncRefusal
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.sync.conflicts import decode_value
from agentdesk.sync.tables import parse_row_id, table
from agentdesk.vault.errors import DecryptionError

log = logging.getLogger(__name__)
# What a value no agentdesk wrote can raise on the way to the screen.
UNSHOWABLE = (DecryptionError, ValueError, TypeError, KeyError, AttributeError, RecursionError)


@dataclass(frozen=True)
class ConflictItem:
    id: str
    table_name: str  # customer, article, directory_entry, canned_response
    row_id: str
    record: str  # which record: the customer's name, the article's title, ...
    field: str  # the column's code without storage suffix: "phone", "title", ...
    kept: str  # the value that was replaced
    current: str  # the value in the record now
    at: datetime


@dataclass(frozen=True)
class RefusalItem:
    id: int
    table_name: str
    row_id: str
    op: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class TeamCounts:
    open_conflicts: int
    refusals: int


class TeamReviewService:
    def __init__(self, db: Database, vault: VaultService, audit: AuditLog) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit

    def counts(self) -> TeamCounts:
        with self._db.read() as s:
            return TeamCounts(
                s.scalar(select(func.count()).select_from(_open().subquery())) or 0,
                s.scalar(
                    select(func.count())
                    .select_from(SyncRefusal)
                    .where(SyncRefusal.acknowledged_at.is_(None))
                )
                or 0,
            )

    def conflicts(self, who: Identity) -> list[ConflictItem]:
        """Open conflicts, newest first; customer values decrypted (and the viewing audited)."""
        require_team_leader(who, "review_sync_conflicts")
        items = []
        with self._db.write(durable=False) as s:
            for c in s.scalars(_open().order_by(SyncConflict.created_at.desc())):
                row = _record(s, c)
                if row is None:
                    continue  # erased or gone since: nothing left to decide
                try:
                    item = self._item(c, row)
                except KeyDestroyedError:
                    continue
                except UNSHOWABLE:
                    # Not a value agentdesk kept: a member's role may add conflict records
                    # (every push may find one), so one can hold anything. Passed over, never
                    # a list that cannot open.
                    log.warning("a conflict record that cannot be shown was passed over")
                    continue
                if c.table_name == "customer":
                    self._audit.append(s, who, "team.conflict_viewed", row.id, field=c.column_name)
                items.append(item)
        return items

    def confirm(self, who: Identity, conflict_id: str) -> Changes:
        """The team leader has seen it: the record keeps its current value."""
        require_team_leader(who, "confirm_sync_conflicts")
        with self._db.write() as s:
            c = s.get(SyncConflict, uuid.UUID(conflict_id))
            if c is None or c.confirmed_at is not None:
                raise NotFoundError("That conflict is not open any more.", code="team.no_conflict")
            c.confirmed_at = utcnow()
            c.confirmed_by = who.account_id
            customer = uuid.UUID(c.row_id) if c.table_name == "customer" else None
            self._audit.append(
                s,
                who,
                "team.conflict_confirmed",
                customer,
                table=c.table_name,
                field=c.column_name,
            )
        return Changes.TEAM

    def refusals(self, who: Identity) -> list[RefusalItem]:
        with self._db.read() as s:
            rows = s.scalars(
                select(SyncRefusal)
                .where(SyncRefusal.acknowledged_at.is_(None))
                .order_by(SyncRefusal.id)
            )
            return [RefusalItem(r.id, r.table_name, r.row_id, r.op, r.reason, r.at) for r in rows]

    def acknowledge_refusals(self, who: Identity) -> Changes:
        with self._db.write() as s:
            s.execute(
                update(SyncRefusal)
                .where(SyncRefusal.acknowledged_at.is_(None))
                .values(acknowledged_at=utcnow())
            )
        return Changes.TEAM

    def _item(self, c: SyncConflict, row: Any) -> ConflictItem:
        kept = decode_value(c.kept_value)
        current = getattr(row, c.column_name)  # these models map columns by their names
        field = c.column_name.removesuffix("_ct")
        if c.table_name == "customer":
            cipher = self._vault.cipher(row.id)

            def show(value: Any) -> str:
                if value is None:
                    return ""
                if not c.column_name.endswith("_ct"):
                    return _plain(value)
                return _customer_text(field, cipher.decrypt("customer", row.id, field, value))

            name = json.loads(cipher.decrypt("customer", row.id, "name", row.name_ct))
            record = " ".join(p for p in (name.get("first"), name.get("surname")) if p)
            return ConflictItem(
                str(c.id),
                c.table_name,
                c.row_id,
                record,
                field,
                show(kept),
                show(current),
                c.created_at,
            )
        record = getattr(row, "title", None) or getattr(row, "name", None) or c.row_id
        return ConflictItem(
            str(c.id),
            c.table_name,
            c.row_id,
            str(record),
            field,
            _plain(kept),
            _plain(current),
            c.created_at,
        )


def _record(s, c: SyncConflict) -> Any:
    """The record a conflict names, if it names a field of one (None: erased since, or not
    a record and field agentdesk keeps conflicts for)."""
    model = CONFLICT_MODELS.get(c.table_name)
    if model is None or c.column_name not in model.__table__.c:
        return None
    try:
        key = parse_row_id(table(c.table_name), c.row_id)
    except (ValueError, TypeError):
        return None
    return s.get(model, key)


def _open():
    return select(SyncConflict).where(
        SyncConflict.confirmed_at.is_(None), SyncConflict.deleted_at.is_(None)
    )


CONFLICT_MODELS = {
    "customer": Customer,
    "article": Article,
    "directory_entry": DirectoryEntry,
    "canned_response": CannedResponse,
}


SHOWN = 2000  # characters of a value shown; a kept value can be as long as anyone likes


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))[:SHOWN]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)[:SHOWN]


def _customer_text(field: str, text: str) -> str:
    if field == "name":
        name = json.loads(text)
        return " ".join(p for p in (name.get("first"), name.get("surname")) if p)
    if field == "tags":
        return ", ".join(json.loads(text))
    return text
