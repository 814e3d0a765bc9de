"""Which tables sync, in what order, with which local-only columns and which data keys."""

from __future__ import annotations

import functools
import re
import uuid

from sqlalchemy import Column, Table

import agentdesk.models  # noqa: F401  (registers every table on Base.metadata)
from agentdesk.changes import Changes
from agentdesk.models.base import Base

# Parents before children, so a first upload or a page of changes meets foreign keys in order.
SYNCED_TABLES: tuple[str, ...] = (
    "account",
    "directory_entry",
    "customer",
    "interaction",
    "interaction_event",
    "task",
    "note",
    "note_version",
    "message",
    "article",
    "article_version",
    "article_view",
    "article_feedback",
    "canned_response",
    "review",
    "feedback",
    "adherence_score",
    "check_calibration",
    "survey_response",
    "forecast_slot",
    "sync_conflict",
)
SYNCED = frozenset(SYNCED_TABLES)

# Columns each replica keeps for itself: the full-text rowid of an article (FTS5 needs an
# integer key; every SQLite copy numbers its own, the server too).
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"article": frozenset({"doc_id"})}

# The ORM's optimistic-lock counter (SyncedMixin.version) guards one replica's own concurrent
# writers; each copy keeps its own count, so it is set when a row is created, never updated.
NOT_UPDATED = frozenset({"version"})

# Rows encrypted with a data key of their own (or, for messages, of the key owner named in a
# column): the wrapped key travels with the row, and deleting the row destroys it.
KEY_OWNER_COLUMN: dict[str, str] = {
    "customer": "id",
    "interaction": "id",
    "message": "key_owner_id",
    "feedback": "id",
}
# Deleting one of these rows (erasure, retention) destroys the key its id owns, when that key
# is of the row's own kind (ids are unique per table only: a member's role can give a call or
# a message a customer's id), and for a customer every key tied to them too.
KEY_KIND: dict[str, str] = {
    "customer": "customer",
    "interaction": "interaction",
    "message": "message",
    "feedback": "feedback",
}
KEY_DESTROYING = frozenset(KEY_KIND)

CHANGES: dict[str, Changes] = {
    "account": Changes.ACCOUNTS,
    "directory_entry": Changes.DIRECTORY,
    "customer": Changes.CUSTOMERS,
    "interaction": Changes.INTERACTIONS,
    "interaction_event": Changes.INTERACTIONS,
    "task": Changes.TASKS,
    "note": Changes.NOTES,
    "note_version": Changes.NOTES,
    "message": Changes.MESSAGES,
    "article": Changes.KB,
    "article_version": Changes.KB,
    "article_view": Changes.KB,
    "article_feedback": Changes.KB,
    "canned_response": Changes.KB,
    "review": Changes.FEEDBACK,
    "feedback": Changes.FEEDBACK,
    "adherence_score": Changes.INTERACTIONS,
    "check_calibration": Changes.INTERACTIONS,
    "survey_response": Changes.INTERACTIONS,
    "forecast_slot": Changes.FORECAST,
    "sync_conflict": Changes.TEAM,
}


def table(name: str) -> Table:
    if name not in SYNCED:
        raise ValueError(f"{name!r} is not a synced table")
    return Base.metadata.tables[name]


@functools.cache
def key_column(tbl: Table) -> Column:
    """The single-column primary key every synced table has."""
    (column,) = tbl.primary_key.columns
    return column


@functools.cache
def _uuid_keyed(tbl: Table) -> bool:
    return key_column(tbl).type.python_type is uuid.UUID


def parse_row_id(tbl: Table, row_id: str) -> object:
    """The primary key value from its text form (outbox and change log keep text)."""
    return uuid.UUID(row_id) if _uuid_keyed(tbl) else row_id


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def names_a_row(table_name: str, row_id: str) -> bool:
    """A synced table and a row id in the exact text form agentdesk writes its key. Any
    member's role may add to the server's change log, so an entry naming anything else is
    passed over: an unknown table stopped every workstation's pull, and another spelling of a
    real id (upper case, braces) read as "gone from the server", so every workstation deleted
    that row and destroyed its keys."""
    if table_name not in SYNCED or not isinstance(row_id, str) or len(row_id) > 200:
        return False
    if _uuid_keyed(table(table_name)):
        # The text str(uuid.UUID(row_id)) gives back unchanged, without making the UUID (a
        # first sync checks hundreds of thousands).
        return _CANONICAL_UUID.fullmatch(row_id) is not None
    return True


def synced_columns(tbl: Table) -> list[str]:
    local = LOCAL_COLUMNS.get(tbl.name, frozenset())
    return [c.name for c in tbl.columns if c.name not in local]
