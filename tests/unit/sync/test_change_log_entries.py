"""Which change-log entries a workstation applies: only those naming a synced row. Any
member's role may add to the server's log, so whatever it holds must be passed over, never
raise (a raise stopped every workstation's pull)."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.sync.server import Change
from agentdesk.sync.tables import SYNCED_TABLES, names_a_row


def _change(table_name: str, row_id: str) -> Change:
    return Change(1, "5", uuid.uuid4(), table_name, row_id, "upsert")


@given(st.text(max_size=40), st.text(max_size=300))
def test_any_entry_is_judged_without_raising(table_name, row_id):
    assert _change(table_name, row_id).usable in (True, False)


@given(st.sampled_from(SYNCED_TABLES), st.uuids())
def test_every_synced_row_is_applied(table_name, row):
    assert names_a_row(table_name, str(row))


def test_what_no_agentdesk_writes_is_passed_over():
    assert not names_a_row("nope", str(uuid.uuid4()))
    assert not names_a_row("customer", "not-a-uuid")
    assert not names_a_row("account", "y" * 5000)
    assert not names_a_row("team_member", str(uuid.uuid4()))  # not synced
    # Another spelling of a real id would read as "gone from the server" (deleted, keys
    # destroyed): only the exact text agentdesk writes counts.
    real = uuid.uuid4()
    for spelling in (str(real).upper(), "{" + str(real) + "}", real.hex, f"urn:uuid:{real}"):
        assert not names_a_row("customer", spelling)


def _round_trips(row_id: str) -> bool:
    try:
        return str(uuid.UUID(row_id)) == row_id
    except ValueError:
        return False


_SPELLINGS = st.uuids().flatmap(
    lambda u: st.sampled_from(
        [str(u), str(u).upper(), u.hex, "{" + str(u) + "}", f"urn:uuid:{u}", str(u) + "\n"]
    )
)


@given(st.sampled_from(SYNCED_TABLES), st.one_of(_SPELLINGS, st.text(max_size=60)))
def test_a_row_id_counts_exactly_when_it_is_its_uuid_text(table_name, row_id):
    assert names_a_row(table_name, row_id) == _round_trips(row_id)
