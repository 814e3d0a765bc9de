"""Rows of a pulled page whose parent this replica does not have: left out before the commit.

The server's foreign keys hold there, but any member's role writes the change log as well as
the rows, so she chooses what the others pull: a note about a customer she added without
logging it reached every replica without its customer, the replica's deferred foreign key
failed the page's commit, and the same page failed at every try: every workstation's pull
stopped for good. Honest pages never hold such a row (a parent's change is logged in the same
or an earlier transaction, so it is applied first or with it), so a page is checked only after
its commit failed on a foreign key (replica.apply_page applies it again with this check).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, delete, exists, select

from agentdesk.sync.tables import SYNCED_TABLES, key_column, parse_row_id, table

log = logging.getLogger(__name__)
CHUNK = 500


def drop_orphans(conn: Connection, by_table: Mapping[str, Sequence[str]]) -> int:
    """Delete this page's rows (``by_table``: row ids by table) that name a parent missing
    here, parents' tables first so a row left out takes its own children with it; returns
    how many. Inside the page's transaction, before its commit."""
    dropped = 0
    for name in SYNCED_TABLES:
        row_ids = by_table.get(name)
        if not row_ids:
            continue
        tbl = table(name)
        pk = key_column(tbl)
        ids = [parse_row_id(tbl, r) for r in row_ids]
        for fk in tbl.foreign_keys:
            column, parent = fk.parent, fk.column
            for start in range(0, len(ids), CHUNK):
                orphans = (
                    select(pk)
                    .where(pk.in_(ids[start : start + CHUNK]), column.is_not(None))
                    .where(~exists().where(parent == column))
                )
                found = list(conn.execute(orphans).scalars())
                if found:
                    conn.execute(delete(tbl).where(pk.in_(found)))
                    dropped += len(found)
    if dropped:
        log.warning("left out %d pulled row(s) whose parent this replica does not have", dropped)
    return dropped
