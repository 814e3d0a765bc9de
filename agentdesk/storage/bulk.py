"""Many rows of one table at once, through the driver, inside the caller's transaction.

SQLAlchemy's executemany converts every value of every row through its own per-row machinery
(parameter construction, type processors), which costs more than SQLite's insert itself when a
new workstation pulls hundreds of thousands of rows. Here SQLAlchemy still compiles each
statement (once per table and dialect) and still supplies each column's conversion (its bind
processor, the same function it would call), but the rows go to the driver's executemany as
ready tuples. Same connection, same transaction: a failure rolls back with the rest.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Table,
    Text,
    bindparam,
    cast,
    insert,
    select,
    type_coerce,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import NullType

# While a bulk transfer runs: Python's cyclic garbage collector looks for cycles after every
# 700 new container objects, and the pages of rows in flight (hundreds of thousands of them,
# none in a cycle) make each full pass long: about 30 % of a first sync's CPU. Rows are freed
# by reference counting either way; only the search for cycles is made rarer, then restored.
_GC_FIRST_GENERATION = 100_000
_gc_lock = threading.Lock()
_gc_users = 0
_gc_saved: tuple[int, ...] = ()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Rarer cyclic-garbage passes for the block (process-wide; nested and concurrent blocks
    share one change, undone when the last ends)."""
    global _gc_users, _gc_saved
    with _gc_lock:
        if _gc_users == 0:
            _gc_saved = gc.get_threshold()
            gc.set_threshold(max(_GC_FIRST_GENERATION, _gc_saved[0]), *_gc_saved[1:])
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0:
                gc.set_threshold(*_gc_saved)


# Keys per existence query: well under every backend's bound-parameter limit.
KEYS_PER_QUERY = 500

Processor = Callable[[Any], Any] | None


def bind_processor(column: Column, dialect: Dialect) -> Processor:
    """The function SQLAlchemy applies to a value of ``column`` before the driver sees it."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def driver_rows(rows: Sequence[dict], columns: Sequence[Column], dialect: Dialect) -> list:
    """The rows (dicts by column name) as the driver's value tuples, in ``columns`` order,
    each value converted as SQLAlchemy would (column by column: one loop per column)."""
    converted = []
    for column in columns:
        values = [row[column.name] for row in rows]
        proc = bind_processor(column, dialect)
        converted.append(values if proc is None else list(map(proc, values)))
    return list(zip(*converted, strict=True))


@functools.cache
def _insert(tbl: Table):
    return insert(tbl)


@functools.cache
def _compiled(statement, names: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple]:
    compiled = statement.compile(dialect=dialect, column_keys=list(names))
    order = tuple(compiled.positiontup) if compiled.positional else names
    return compiled.string, order


def insert_rows(conn: Connection, tbl: Table, rows: Sequence[dict], statement=None) -> None:
    """INSERT every row (each a dict with the same keys, every column the table needs), with
    ``insert(tbl)`` or the given INSERT statement of ``tbl`` (e.g. one with ON CONFLICT)."""
    if not rows:
        return
    dialect = conn.dialect
    names = tuple(rows[0])
    sql, order = _compiled(_insert(tbl) if statement is None else statement, names, dialect)
    values = driver_rows(rows, [tbl.c[name] for name in order], dialect)
    if not dialect.positional:
        values = [dict(zip(order, row, strict=True)) for row in values]
    conn.exec_driver_sql(sql, values)


@functools.cache
def _exists_sql(column: Column, dialect: Dialect) -> str:
    params = [bindparam(f"k{i}") for i in range(KEYS_PER_QUERY)]
    compiled = select(column).where(column.in_(params)).compile(dialect=dialect)
    return compiled.string


def existing(conn: Connection, column: Column, keys: Sequence[Any]) -> set:
    """Which of ``keys`` (values of a unique ``column``, in the driver's form: see
    ``stored``) are in its table, in the same form."""
    if not keys:
        return set()
    dialect = conn.dialect
    sql = _exists_sql(column, dialect)
    found: set = set()
    for start in range(0, len(keys), KEYS_PER_QUERY):
        chunk = list(keys[start : start + KEYS_PER_QUERY])
        chunk += [chunk[0]] * (KEYS_PER_QUERY - len(chunk))  # padding repeats a key
        params = tuple(chunk) if dialect.positional else {f"k{i}": k for i, k in enumerate(chunk)}
        found.update(r[0] for r in conn.exec_driver_sql(sql, params))
    return found


def stored(column: Column, dialect: Dialect) -> Callable[[Any], Any]:
    """A function giving the driver's form of a value of ``column`` (as ``existing`` takes
    and returns it)."""
    proc = bind_processor(column, dialect)
    return proc if proc is not None else (lambda value: value)


@functools.cache
def _raw_columns(tbl: Table) -> tuple:
    # Typed NULL: SQLAlchemy hands each value on as the driver gave it, converted below.
    return tuple(type_coerce(c, NullType()).label(c.name) for c in tbl.columns)


def select_rows(
    conn: Connection, tbl: Table, where, params: dict, as_text: frozenset[str] = frozenset()
) -> list[dict]:
    """Every column of the rows of ``tbl`` matching ``where``, as dicts by column name, each
    value converted as SQLAlchemy would (its result processor), column by column. Columns
    named in ``as_text`` come as the database's text of the value, unconverted."""
    dialect = conn.dialect
    columns = [
        cast(c, Text).label(c.name) if c.name in as_text else raw
        for c, raw in zip(tbl.columns, _raw_columns(tbl), strict=True)
    ]
    result = conn.execute(select(*columns).where(where), params)
    description = result.cursor.description
    rows = result.all()
    converted = []
    for i, column in enumerate(tbl.columns):
        values = [row[i] for row in rows]
        if column.name in as_text:
            converted.append(values)
            continue
        proc = column.type.dialect_impl(dialect).result_processor(dialect, description[i][1])
        converted.append(values if proc is None else list(map(proc, values)))
    names = [c.name for c in tbl.columns]
    return [dict(zip(names, values, strict=True)) for values in zip(*converted, strict=True)]
