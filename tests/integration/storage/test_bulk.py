"""Rows written through the driver (storage/bulk.py: how a pulled page reaches the replica)
are stored exactly as SQLAlchemy's own INSERT stores them, for every synced table and every
column type; the existence check finds exactly the keys that are there."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, text
from sqlalchemy.exc import IntegrityError

from agentdesk.storage import bulk
from agentdesk.sync.tables import SYNCED_TABLES, key_column, table
from tests.helpers.synced_rows import rows


def _stored(conn, tbl) -> list[tuple]:
    """The rows as SQLite holds them (no conversion on the way out)."""
    return sorted(conn.exec_driver_sql(f'SELECT * FROM "{tbl.name}"').all(), key=repr)


def _insert_both_ways(conn, tbl, values):
    """Stored rows after SQLAlchemy's INSERT, then after bulk.insert_rows (or the error)."""
    outcomes = []
    for write in (
        lambda: conn.execute(insert(tbl), values),
        lambda: bulk.insert_rows(conn, tbl, values),
    ):
        conn.execute(delete(tbl))
        savepoint = conn.begin_nested()
        try:
            write()
            outcomes.append(_stored(conn, tbl))
        except IntegrityError:  # e.g. two equal values in a UNIQUE column: both must refuse
            outcomes.append("refused")
        savepoint.rollback()
    return outcomes


@pytest.mark.parametrize("name", SYNCED_TABLES)
def test_bulk_insert_stores_what_sqlalchemy_stores(db, name):
    tbl = table(name)

    @settings(max_examples=25)
    @given(values=rows(tbl))
    def check(values):
        with db.engine.connect() as conn, conn.begin():
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # parents absent: rolled back
            theirs, ours = _insert_both_ways(conn, tbl, [dict(v) for v in values])
            assert ours == theirs
            conn.rollback()

    check()


@given(present=st.integers(0, 700), absent=st.integers(0, 700))
@settings(max_examples=10)
def test_existing_finds_exactly_the_keys_there(db, present, absent):
    tbl = table("note")
    pk = key_column(tbl)
    here = [uuid.uuid4() for _ in range(present)]
    elsewhere = [uuid.uuid4() for _ in range(absent)]
    as_stored = bulk.stored(pk, db.engine.dialect)
    with db.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        conn.execute(delete(tbl))
        if here:
            conn.execute(
                text(
                    "INSERT INTO note (id, customer_id, author_id, body_ct, permission_given, "
                    "cards_masked, version, created_at, updated_at) VALUES (:id, 'c', 'a', x'00', "
                    "1, 0, 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
                ),
                [{"id": as_stored(k)} for k in here],
            )
        keys = [as_stored(k) for k in here + elsewhere]
        assert bulk.existing(conn, pk, keys) == {as_stored(k) for k in here}
        conn.rollback()
