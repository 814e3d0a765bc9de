"""Rows read from the team database for a pull (server.fetch_rows, through storage/bulk.py)
are the values SQLAlchemy's own SELECT gives, for every synced table and column type (JSON
columns in the shape agentdesk writes them)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from sqlalchemy import insert, select, text

from agentdesk.sync import server as sync_server
from agentdesk.sync.shapes import SHAPES
from agentdesk.sync.tables import SYNCED_TABLES, key_column, table
from tests.helpers.synced_rows import rows


def _exact(row: dict) -> dict:
    """Values with their types, and datetimes with their offset (== ignores both)."""
    return {
        k: (type(v).__name__, v, v.utcoffset() if isinstance(v, dt.datetime) else None)
        for k, v in row.items()
    }


def _shaped(name: str, row: dict) -> dict:
    """JSON columns in the shape agentdesk writes them (what a pull keeps, shapes.py)."""
    for (table_name, column), shape in SHAPES.items():
        if table_name == name and row[column] is not None:
            row[column] = shape(row[column])
    return row


@pytest.mark.parametrize("name", SYNCED_TABLES)
def test_fetch_rows_gives_what_sqlalchemy_gives(server, name):
    tbl = table(name)
    pk = key_column(tbl)

    @settings(max_examples=10)
    @given(values=rows(tbl, max_size=1))  # one row: no UNIQUE column can collide
    def check(values):
        with server.connect() as conn:
            # Parents are not there: foreign keys unchecked in this never-committed transaction.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(text("SET LOCAL TimeZone = 'America/New_York'"))
            conn.execute(text(f'DELETE FROM "{name}"'))
            conn.execute(insert(tbl), values)
            expected = {
                str(r[pk.name]): _exact(_shaped(name, dict(r)))
                for r in conn.execute(select(tbl)).mappings()
            }
            found = sync_server.fetch_rows(conn, name, [str(v[pk.name]) for v in values])
            assert {k: _exact(v) for k, v in found.items()} == expected
            conn.rollback()

    check()
