"""Hypothesis strategies for one row of any synced table, every column of its own type."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st
from sqlalchemy import Table

# Columns a CHECK constraint limits to a few values.
CHECKED = {
    ("account", "role"): st.sampled_from(["representative", "team-leader"]),
    ("article_feedback", "kind"): st.sampled_from(["helpful", "out_of_date"]),
}
_ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8))]
)


def _text(length: int | None):
    chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
    return st.text(chars, max_size=min(length or 40, 40))


def _value(tbl: Table, column):
    if (tbl.name, column.name) in CHECKED:
        return CHECKED[(tbl.name, column.name)]
    kind = type(column.type).__name__
    if kind == "Uuid":
        return st.uuids()
    if kind == "UTCDateTime":
        return st.datetimes(
            min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1), timezones=_ZONES
        )
    if kind == "Date":
        return st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))
    if kind == "Integer":
        return st.integers(-(2**31) + 1, 2**31 - 1)
    if kind == "Boolean":
        return st.booleans()
    if kind == "Float":
        return st.floats(allow_nan=False, allow_infinity=False, width=64)
    if kind in ("String", "Text"):
        return _text(getattr(column.type, "length", None))
    if kind == "LargeBinary":
        return st.binary(max_size=64)
    if kind == "JSON":
        return st.lists(_text(12), max_size=3)
    raise AssertionError(f"no strategy for {tbl.name}.{column.name} ({kind})")


def rows(tbl: Table, min_size: int = 1, max_size: int = 3):
    """Rows of ``tbl`` (dicts by column name) with distinct primary keys."""
    fields = {}
    for column in tbl.columns:
        value = _value(tbl, column)
        fields[column.name] = value if not column.nullable else st.none() | value
    (pk,) = tbl.primary_key.columns
    return st.lists(
        st.fixed_dictionaries(fields),
        min_size=min_size,
        max_size=max_size,
        unique_by=lambda row: row[pk.name],
    )
