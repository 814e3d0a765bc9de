"""Drafts: saved encrypted, offered back exactly as typed, cleared, gone with the customer."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.drafts import DraftService, draft_key_owner, encode_payload
from agentdesk.services.identity import Identity, Role


@pytest.fixture
def drafts(people):
    return DraftService(people.db, people.vault)


def _customer(people, surname="Okafor"):
    cid, _ = people.customers.create_customer(people.leader, CustomerDraft(surname=surname))
    return cid


def test_a_note_draft_comes_back_exactly_and_is_encrypted(people, drafts, data_paths):
    cid = _customer(people)
    typed = {"text": "Wants a call back — Friday ☎ after 3pm\n\tline two", "permission": True}
    drafts.save_draft(people.rep, "note", cid, typed, customer_id=cid)
    [pending] = drafts.pending_drafts(people.rep)
    assert pending.payload == typed
    assert (pending.kind, pending.ref, pending.customer_id) == ("note", cid, cid)
    assert drafts.draft(people.rep, "note", cid).payload == typed
    raw = data_paths.database.read_bytes() + _wal(data_paths)
    assert b"call back" not in raw and b"Friday" not in raw


def _wal(paths):
    wal = paths.database.with_name(paths.database.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_saving_again_overwrites_and_newest_comes_first(people, drafts):
    drafts.save_draft(people.rep, "message", "m1", {"body": "Dear"})
    drafts.save_draft(people.rep, "message", "m2", {"body": "Hello"})
    drafts.save_draft(people.rep, "message", "m1", {"body": "Dear Mr Okafor"})
    pending = drafts.pending_drafts(people.rep)
    assert [(d.ref, d.payload["body"]) for d in pending] == [
        ("m1", "Dear Mr Okafor"),
        ("m2", "Hello"),
    ]
    with people.db.read() as s:
        assert s.execute(sqlite_count("draft")).scalar() == 2


def sqlite_count(table):
    return text(f"SELECT count(*) FROM {table}")


def test_newest_first_does_not_trust_the_wall_clock(people, drafts, monkeypatch):
    import agentdesk.services.drafts as module

    times = iter([datetime(2030, 1, 1, tzinfo=UTC), datetime(2020, 1, 1, tzinfo=UTC)])
    monkeypatch.setattr(module, "utcnow", lambda: next(times))
    drafts.save_draft(people.rep, "message", "first", {"body": "a"})
    drafts.save_draft(people.rep, "message", "second", {"body": "b"})  # clock went back
    assert [d.ref for d in drafts.pending_drafts(people.rep)] == ["second", "first"]


def test_clear_and_discard_really_delete(people, drafts):
    drafts.save_draft(people.rep, "message", "m1", {"body": "x"})
    drafts.save_draft(people.rep, "call", "c1", {"field": "reason", "text": "y"})
    drafts.clear(people.rep, "message", "m1")
    drafts.clear(people.rep, "message", "m1")  # nothing there: no error
    [left] = drafts.pending_drafts(people.rep)
    drafts.discard(people.rep, left.id)
    drafts.discard(people.rep, left.id)
    assert drafts.pending_drafts(people.rep) == []
    with people.db.read() as s:
        assert s.execute(sqlite_count("draft")).scalar() == 0


def test_each_account_sees_only_its_own_drafts(people, drafts):
    drafts.save_draft(people.rep, "message", "m1", {"body": "rep's"})
    drafts.save_draft(people.leader, "message", "m1", {"body": "leader's"})
    assert [d.payload["body"] for d in drafts.pending_drafts(people.rep)] == ["rep's"]
    [theirs] = drafts.pending_drafts(people.leader)
    drafts.discard(people.rep, theirs.id)  # not the rep's: nothing happens
    assert len(drafts.pending_drafts(people.leader)) == 1


def test_erasing_the_customer_removes_the_draft_and_its_key(people, drafts, data_paths):
    cid = _customer(people)
    other = _customer(people, "Other")
    drafts.save_draft(people.rep, "note", cid, {"text": "about to be erased"}, customer_id=cid)
    drafts.save_draft(people.rep, "note", other, {"text": "stays"}, customer_id=other)
    drafts.save_draft(people.rep, "message", "m1", {"body": "no customer"})
    copy = data_paths.root / "copy.sqlite3"
    with (
        closing(sqlite3.connect(data_paths.database)) as src,
        closing(sqlite3.connect(copy)) as dst,
    ):
        src.backup(dst)
    owner = draft_key_owner(people.rep.account_id, uuid.UUID(cid))
    assert people.vault.keys.get(owner) is not None

    people.gdpr.erase_customer(people.leader, cid)

    assert {d.ref for d in drafts.pending_drafts(people.rep)} == {other, "m1"}
    assert people.vault.keys.get(owner) is None  # the copy's ciphertext opens nowhere now
    with closing(sqlite3.connect(copy)) as old:
        assert old.execute("SELECT count(*) FROM draft").fetchone() == (3,)
    assert drafts.delete_for_customer(other) == 1
    assert [d.ref for d in drafts.pending_drafts(people.rep)] == ["m1"]


def test_old_drafts_are_purged(people, drafts, monkeypatch):
    import agentdesk.services.drafts as module

    monkeypatch.setattr(module, "utcnow", lambda: datetime(2026, 1, 1, tzinfo=UTC))
    drafts.save_draft(people.rep, "message", "old", {"body": "forgotten"})
    monkeypatch.undo()
    drafts.save_draft(people.rep, "message", "new", {"body": "today"})
    assert drafts.purge(datetime(2026, 6, 1, tzinfo=UTC)) == 1
    assert [d.ref for d in drafts.pending_drafts(people.rep)] == ["new"]


def test_a_draft_for_a_missing_customer_is_refused(people, drafts):
    with pytest.raises(NotFoundError):
        drafts.save_draft(people.rep, "note", "x", {"text": "t"}, customer_id=str(uuid.uuid4()))


@pytest.mark.parametrize(
    ("kind", "ref", "payload"),
    [
        ("", "r", {}),
        ("Note", "r", {}),
        ("note", "has space", {}),
        ("note", "x" * 65, {}),
        ("note", "r", {"n": float("nan")}),
        ("note", "r", {1: "not text key"}),
        ("note", "r", {"t": ("tuple",)}),
        ("note", "r", {"b": b"bytes"}),
        ("note", "r", ["not", "a", "mapping"]),
        ("note", "r", {"t": "x" * 1_000_001}),
    ],
)
def test_what_cannot_come_back_exactly_is_refused(kind, ref, payload):
    # Refused before any storage is touched, so no database is needed.
    who = Identity(uuid.uuid4(), "rep", "Rep", Role.REPRESENTATIVE)
    with pytest.raises(ValidationError):
        DraftService(None, None).save_draft(who, kind, ref, payload)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
payloads = st.dictionaries(st.text(), json_values, max_size=5)
refs = st.from_regex(r"[A-Za-z0-9_.:-]{0,64}", fullmatch=True)


@settings(max_examples=40)
@given(payload=payloads, ref=refs)
def test_any_payload_comes_back_exactly(people, drafts, payload, ref):
    drafts.save_draft(people.rep, "note", ref, payload)
    got = drafts.draft(people.rep, "note", ref)
    assert got is not None and got.payload == payload
    drafts.clear(people.rep, "note", ref)


@given(payload=payloads)
def test_encoding_round_trips_without_the_database(payload):
    assert json.loads(encode_payload(payload)) == payload
