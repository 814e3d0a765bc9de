"""The team database's side of sync: the change log, row upserts, wrapped keys (PostgreSQL).

Every function takes a connection inside the caller's transaction. The change log is read in
(xid, id) order and only below the oldest running transaction (``pg_snapshot_xmin``), so a
change whose transaction commits after a later one is never skipped.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import JSON, Connection, Text, any_, bindparam, cast, delete, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError

from agentdesk.errors import KnownError
from agentdesk.storage import bulk
from agentdesk.storage.datakeys import WrappedKey
from agentdesk.sync import shapes
from agentdesk.sync.tables import (
    KEY_DESTROYING,
    KEY_KIND,
    NOT_UPDATED,
    key_column,
    names_a_row,
    parse_row_id,
    synced_columns,
    table,
)

NOTIFY_CHANNEL = "agentdesk_sync"


@dataclass(frozen=True)
class Cursor:
    """Position in the change log: the last (transaction id, change id) applied."""

    xid: str = "0"
    id: int = 0

    def __str__(self) -> str:
        return f"{self.xid}:{self.id}"

    @classmethod
    def parse(cls, value: str | None) -> Cursor:
        if not value:
            return cls()
        xid, _, ident = value.partition(":")
        return cls(str(int(xid)), int(ident))


class Change(NamedTuple):
    """One entry of the change log (a tuple: a first sync reads hundreds of thousands)."""

    id: int
    xid: str
    origin: uuid.UUID
    table_name: str
    row_id: str
    op: str

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.xid, self.id)

    @property
    def usable(self) -> bool:
        """Names a synced row: entries no agentdesk wrote are passed over, never applied."""
        return names_a_row(self.table_name, self.row_id)


_READ = text(
    # Ordered by the xid8 column itself: the text form (aliased apart, so ORDER BY cannot pick
    # it up) would put transaction 1000 before 999.
    "SELECT c.id, c.xid::text AS xid_text, c.origin, c.table_name, c.row_id, c.op "
    "FROM sync_change c "
    "WHERE (c.xid, c.id) > (CAST(:xid AS xid8), :id) "
    "AND c.xid < pg_snapshot_xmin(pg_current_snapshot()) "
    "ORDER BY c.xid, c.id LIMIT :n"
)


def read_changes(conn: Connection, after: Cursor, limit: int) -> list[Change]:
    """The next changes after ``after`` whose transactions are all finished, in server order."""
    rows = conn.execute(_READ, {"xid": after.xid, "id": after.id, "n": limit}).all()
    return list(map(Change._make, rows))  # columns in the order of Change's fields


_RECORD = text(
    "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
    "VALUES (:change_id, :origin, :table_name, :row_id, :op, :columns) "
    "ON CONFLICT (change_id) DO NOTHING RETURNING id"
).bindparams(bindparam("columns", type_=JSONB))


def record_change(
    conn: Connection,
    change_id: uuid.UUID,
    origin: uuid.UUID,
    table_name: str,
    row_id: str,
    op: str,
    columns: Sequence[str] | None,
) -> bool:
    """Log a change; False when this change id was delivered before (nothing to do)."""
    found = conn.execute(
        _RECORD,
        {
            "change_id": change_id,
            "origin": origin,
            "table_name": table_name,
            "row_id": row_id,
            "op": op,
            "columns": list(columns) if columns is not None else None,
        },
    ).first()
    return found is not None


def upsert_row(
    conn: Connection, table_name: str, values: dict[str, Any], columns: Sequence[str] | None
) -> None:
    """Insert the row, or set the given columns (all when None): field by field, the later
    write in server order wins."""
    tbl = table(table_name)
    keep = synced_columns(tbl)
    row = {k: v for k, v in values.items() if k in keep}
    pk = key_column(tbl).name
    names = [
        c
        for c in (columns if columns is not None else keep)
        if c in keep and c != pk and c not in NOT_UPDATED
    ]
    if columns is not None:
        # An update: only the changed columns, and no INSERT privilege needed when the row
        # is there (a representative may update their own account row, never create one).
        where = key_column(tbl) == row[pk]
        if names:
            if conn.execute(update(tbl).where(where).values({n: row[n] for n in names})).rowcount:
                return
        elif conn.execute(select(key_column(tbl)).where(where)).first() is not None:
            return
    stmt = pg_insert(tbl).values(**row)
    if names:
        stmt = stmt.on_conflict_do_update(
            index_elements=[pk], set_={n: stmt.excluded[n] for n in names}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=[pk])
    conn.execute(stmt)


def delete_row(conn: Connection, table_name: str, row_id: str) -> None:
    tbl = table(table_name)
    conn.execute(delete(tbl).where(key_column(tbl) == parse_row_id(tbl, row_id)))
    if table_name in KEY_DESTROYING:
        # The key of this row's kind its id owns (ids are unique per table only), and for a
        # customer every key tied to them.
        tied = " OR customer_id = :i" if table_name == "customer" else ""
        conn.execute(
            text(f"DELETE FROM sync_data_key WHERE (owner_id = :i AND kind = :k){tied}"),
            {"i": row_id, "k": KEY_KIND[table_name]},
        )
        conn.execute(
            text("DELETE FROM sync_conflict WHERE table_name = :t AND row_id = :i"),
            {"t": table_name, "i": row_id},
        )


def put_key(conn: Connection, key: WrappedKey) -> None:
    conn.execute(
        text(
            "INSERT INTO sync_data_key (owner_id, kind, customer_id, wrapped) "
            "VALUES (:o, :k, :c, :w) ON CONFLICT (owner_id) DO UPDATE "
            "SET kind = excluded.kind, customer_id = excluded.customer_id, "
            "wrapped = excluded.wrapped"
        ),
        {"o": key.owner_id, "k": key.kind, "c": key.customer_id, "w": key.wrapped},
    )


def fetch_rows(conn: Connection, table_name: str, row_ids: Iterable[str]) -> dict[str, dict]:
    """Current server values of the given rows, by row id text; erased rows are absent."""
    tbl = table(table_name)
    pk = key_column(tbl)
    ids = list(set(row_ids))
    # One array parameter, not thousands of IN parameters: compiled once, sent once; the ids
    # go as text and PostgreSQL parses them. Rows are fetched all at once, not one by one.
    wanted = cast(bindparam("ids", type_=ARRAY(Text)), ARRAY(pk.type))
    # JSON as text, parsed here in the shape agentdesk writes (shapes.py): a member's role
    # can store JSON too deep for the driver's parser, which stopped every pull for good.
    as_json = _json_columns(tbl)
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 5000):
        chunk = {"ids": ids[start : start + 5000]}
        for row in bulk.select_rows(conn, tbl, pk == any_(wanted), chunk, as_json):
            for column in as_json:
                row[column] = shapes.parse(table_name, column, row[column])
            found[str(row[pk.name])] = row
    return found


@functools.cache
def _json_columns(tbl) -> frozenset[str]:
    return frozenset(c.name for c in tbl.columns if isinstance(c.type, JSON))


def fetch_keys(conn: Connection, owner_ids: Iterable[str]) -> list[WrappedKey]:
    ids = sorted(set(owner_ids))
    if not ids:
        return []
    rows = conn.execute(
        text(
            "SELECT owner_id, kind, customer_id, wrapped FROM sync_data_key "
            "WHERE owner_id = ANY(:ids)"
        ),
        {"ids": ids},
    )
    return [WrappedKey(r.owner_id, r.kind, r.customer_id, bytes(r.wrapped)) for r in rows]


def notify(conn: Connection, origin: uuid.UUID) -> None:
    """Wake listening replicas; delivered when the transaction commits."""
    conn.execute(
        text("SELECT pg_notify(:channel, :origin)"),
        {"channel": NOTIFY_CHANNEL, "origin": str(origin)},
    )


# The server's own entries in the change log (conflict records): every replica pulls them,
# the workstation whose push found the conflict included.
SERVER_ORIGIN = uuid.UUID(int=0)

_CONCURRENT = text(
    # The column list as text, parsed here: a member's role can log one too deeply nested
    # for the driver's parser, which stopped every later push of an edit of that row.
    "SELECT c.origin, c.columns::text FROM sync_change c "
    "WHERE c.table_name = :t AND c.row_id = :r AND c.op = 'upsert' AND c.origin <> :me "
    "AND c.origin <> :server AND (c.xid, c.id) > (CAST(:xid AS xid8), :id) "
    "ORDER BY c.xid, c.id"
)


def concurrent_edits(
    conn: Connection, table_name: str, row_id: str, me: uuid.UUID, base: Cursor
) -> dict[str, uuid.UUID | None]:
    """Columns of the row that other workstations changed after ``base`` (what this
    workstation had pulled when it made its edit), with the last origin of each; a change
    of the whole row counts for every column (origin None: not one workstation's field)."""
    found: dict[str, uuid.UUID | None] = {}
    rows = conn.execute(
        _CONCURRENT,
        {
            "t": table_name,
            "r": row_id,
            "me": me,
            "server": SERVER_ORIGIN,
            "xid": base.xid,
            "id": base.id,
        },
    )
    for origin, listed in rows:
        try:
            columns = None if listed is None else json.loads(listed)
        except (ValueError, RecursionError):
            continue  # not a column list (no agentdesk wrote it): names no edit
        if columns is not None and not (
            isinstance(columns, list) and all(isinstance(c, str) for c in columns)
        ):
            continue  # not a column list (no agentdesk wrote it): names no edit
        for column in columns if columns is not None else synced_columns(table(table_name)):
            found[column] = origin
    return found


def record_conflict(conn: Connection, values: dict[str, Any]) -> None:
    """A conflict record, logged under the server's origin so that every replica pulls it."""
    record_change(
        conn, uuid.uuid4(), SERVER_ORIGIN, "sync_conflict", str(values["id"]), "upsert", None
    )
    upsert_row(conn, "sync_conflict", values, None)


class AuditConflictError(KnownError):
    """The server holds a different entry at one of this workstation's audit seqs: forged or
    squatted by someone else. Never treated as sent; a team leader must look (alarm)."""

    code = "sync.audit_conflict"


class AuditCredentialError(KnownError):
    """The team database refused this workstation's secret for its audit chain: registered
    by someone else, or this workstation lost the secret it registered with. Nothing is sent;
    the owner resets the registration after checking (``team audit-reset``)."""

    code = "sync.audit_credential"


_APPEND = text(
    "SELECT agentdesk_audit_append(CAST(:ws AS uuid), CAST(:secret AS bytea), "
    "CAST(:proof AS bytea), CAST(:seqs AS integer[]), CAST(:ids AS uuid[]), "
    "CAST(:ats AS timestamptz[]), "
    "CAST(:actor_ids AS uuid[]), CAST(:actors AS text[]), CAST(:actions AS text[]), "
    "CAST(:customer_ids AS uuid[]), CAST(:details AS jsonb[]), CAST(:macs AS bytea[]))"
)
_REFUSED = ("agentdesk: workstation credential refused", "agentdesk: workstation not registered")


def put_audit(
    conn: Connection,
    workstation: uuid.UUID,
    secret: bytes,
    entries: Sequence[dict],
    proof: bytes | None = None,
) -> None:
    """Add this workstation's audit entries to its chain on the server (MACs as made here),
    through agentdesk_audit_append with the workstation's secret: the only way a member role
    can add to a chain. An identical entry already there is left as it is (a second delivery
    after a crash); a different one raises AuditConflictError and nothing of the batch is kept.
    With no entries, this registers the workstation's secret (first use) or checks it.
    ``proof``, the MAC of this workstation's first audit entry, lets a workstation that sent
    entries before registrations existed register its secret (nobody else can read it)."""
    try:
        differ = conn.execute(
            _APPEND,
            {
                "ws": workstation,
                "secret": secret,
                "proof": proof,
                "seqs": [e["seq"] for e in entries],
                "ids": [e["id"] for e in entries],
                "ats": [e["at"] for e in entries],
                "actor_ids": [e["actor_id"] for e in entries],
                "actors": [e["actor"] for e in entries],
                "actions": [e["action"] for e in entries],
                "customer_ids": [e["customer_id"] for e in entries],
                "details": [json.dumps(e["details"]) for e in entries],
                "macs": [bytes(e["mac"]) for e in entries],
            },
        ).scalar_one()
    except DBAPIError as exc:
        message = getattr(getattr(exc.orig, "diag", None), "message_primary", None) or ""
        if message in _REFUSED:
            raise AuditCredentialError(
                "The team database refused this workstation's audit credential: its audit "
                "entries were not sent; tell a team leader.",
            ) from None
        raise
    if differ:
        raise AuditConflictError(
            f"The team database holds different audit entries for this workstation "
            f"(seq {', '.join(str(s) for s in differ)}): not sent; tell a team leader.",
            seqs=", ".join(str(s) for s in differ),
        )


def audit_chains(conn: Connection) -> dict[uuid.UUID, list[dict]]:
    """Every workstation's chain on the server, each in seq order (team leaders)."""
    rows = conn.execute(
        text(
            "SELECT workstation, seq, id, at, actor_id, actor, action, customer_id, details, "
            "mac FROM audit_chain ORDER BY workstation, seq"
        )
    ).mappings()
    chains: dict[uuid.UUID, list[dict]] = {}
    for r in rows:
        chains.setdefault(r["workstation"], []).append(dict(r))
    return chains
