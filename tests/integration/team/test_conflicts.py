"""Concurrent edits lose nothing: the same field edited on two workstations while apart is a
conflict record (the later server-ordered write wins, the other value kept for a team leader
to confirm); different fields merge; a change the server refuses is kept and reported until
someone acknowledges it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from agentdesk.changes import Changes
from agentdesk.errors import PermissionDeniedError
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.team_review import TeamReviewService
from agentdesk.sync.runner import SyncRunner
from agentdesk.sync.status import SyncState

DRAFT = CustomerDraft(first_name="Ada", surname="Quinn", phone="01632 960123", email="a@x.test")


def _team(make_workstation):
    a, b = make_workstation("a"), make_workstation("b")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    cid, _ = a.customers.create_customer(leader, DRAFT)
    a.sync.sync()
    b.sync.sync()
    return a, b, leader, b.accounts.login("lead", "leader-pass"), cid


def _review(ws):
    return TeamReviewService(ws.db, ws.vault, ws.audit)


def _edit(ws, who, cid, **changes):
    card = ws.customers.open_card(who, cid)
    draft = CustomerDraft(
        first_name=card.first_name, surname=card.surname, phone=card.phone, email=card.email
    )
    ws.customers.update_customer(who, cid, CustomerDraft(**{**draft.__dict__, **changes}))


def test_the_same_field_edited_on_two_workstations_is_a_conflict_to_confirm(make_workstation):
    a, b, on_a, on_b, cid = _team(make_workstation)
    # Apart: both change the phone number; B also changes the e-mail, A nothing else.
    _edit(a, on_a, cid, phone="01632 960999")
    _edit(b, on_b, cid, phone="01632 960555", email="ada@new.test")
    b.sync.sync()  # B's phone reaches the server first ...
    report = a.sync.sync()  # ... A's, later in server order, wins
    assert report.conflicts == 1
    b.sync.sync()
    for ws, who in ((a, on_a), (b, on_b)):
        card = ws.customers.open_card(who, cid)
        assert card.phone.endswith("960999")  # the later write
        assert card.email == "ada@new.test"  # another field: merged, no conflict
        (conflict,) = _review(ws).conflicts(who)
        assert (conflict.record, conflict.field) == ("Ada Quinn", "phone")
        assert conflict.kept.endswith("960555") and conflict.current.endswith("960999")
    assert _review(b).counts().open_conflicts == 1

    # A team leader on B confirms; the confirmation reaches A too.
    assert _review(b).confirm(on_b, conflict.id) == Changes.TEAM
    b.sync.sync()
    a.sync.sync()
    assert _review(a).conflicts(on_a) == []
    rita = a.accounts.login("rep", "rep-password")
    with pytest.raises(PermissionDeniedError):
        _review(a).conflicts(rita)


# With more waiting than the pulled page holds, the outbox is searched row by row, else read
# whole (replica._pending_columns): both must keep the waiting edit.
@pytest.mark.parametrize("also_waiting", [0, 5])
def test_a_change_pulled_while_an_edit_waited_is_a_conflict_too(
    make_workstation, server, also_waiting
):
    a, b, on_a, on_b, cid = _team(make_workstation)
    _edit(a, on_a, cid, surname="Quinn-Lee")  # waits in A's outbox
    for i in range(also_waiting):
        a.notes.add_note(on_a, cid, f"Waiting too ({i}).", permission_given=True)
    _edit(b, on_b, cid, surname="Quin")
    b.sync.sync()
    a.sync.pull()  # B's surname arrives, but A's own waiting edit is kept locally
    assert a.customers.open_card(on_a, cid).surname == "Quinn-Lee"
    a.sync.sync()
    b.sync.sync()
    (conflict,) = _review(b).conflicts(on_b)
    assert conflict.field == "name"
    assert (conflict.kept, conflict.current) == ("Ada Quin", "Ada Quinn-Lee")
    assert b.customers.open_card(on_b, cid).surname == "Quinn-Lee"
    # The kept value is stored as it was: a ciphertext, nothing readable on the server.
    with server.connect() as conn:
        kept = conn.execute(text("SELECT kept_value FROM sync_conflict")).scalar_one()
    assert "Quin" not in kept


def test_edits_one_after_the_other_or_to_the_same_value_are_no_conflict(make_workstation):
    a, b, on_a, on_b, cid = _team(make_workstation)
    _edit(a, on_a, cid, phone="01632 960777")
    a.sync.sync()
    b.sync.sync()  # B has seen A's edit before it makes its own
    _edit(b, on_b, cid, phone="01632 960888")
    b.sync.sync()
    _edit(a, on_a, cid, email="same@x.test")
    _edit(b, on_b, cid, email="same@x.test")
    b.sync.sync()
    assert a.sync.sync().conflicts == 0
    b.sync.sync()
    assert _review(a).counts().open_conflicts == 0
    assert a.customers.open_card(on_a, cid).phone.endswith("960888")


def test_a_refused_change_is_kept_and_reported_until_acknowledged(make_workstation, pg_url):
    a, b, on_a, on_b, cid = _team(make_workstation)
    b.notes.add_note(on_b, cid, "Written while apart.", permission_given=True)
    a.gdpr.erase_customer(on_a, cid)
    a.sync.sync()
    runner = SyncRunner(b.sync, pg_url)
    runner.run_once()
    assert runner.status.state is SyncState.PROBLEM
    assert runner.status.detail == "1: note"
    runner.run_once()  # a later round still says so: nothing was dropped silently
    assert runner.status.state is SyncState.PROBLEM
    (refusal,) = _review(b).refusals(on_b)
    assert (refusal.table_name, refusal.op) == ("note", "upsert")
    assert _review(b).counts().refusals == 1
    _review(b).acknowledge_refusals(on_b)
    runner.run_once()
    assert runner.status.state is SyncState.UP_TO_DATE


def test_an_article_and_a_note_edited_apart_keep_both_versions(make_workstation, server):
    """Version numbers made apart collide; both versions are kept, nothing is refused."""
    from agentdesk.kb.records import ArticleDraft

    a, b, on_a, on_b, cid = _team(make_workstation)
    draft = ArticleDraft("refunds", "Refunds", "Within 30 days.", "billing")
    a.kb.save_article(on_a, draft)
    saved, _ = a.notes.add_note(on_a, cid, "First words.", permission_given=True)
    a.sync.sync()
    b.sync.sync()
    a.kb.save_article(on_a, ArticleDraft(**{**draft.__dict__, "body": "Within 45 days."}))
    b.kb.save_article(on_b, ArticleDraft(**{**draft.__dict__, "body": "Within 60 days."}))
    note_id = saved.note_id
    a.notes.edit_note(on_a, str(note_id), "Edited on A.")
    b.notes.edit_note(on_b, str(note_id), "Edited on B.")
    assert not a.sync.sync().refused
    assert not b.sync.sync().refused
    a.sync.sync()
    for ws in (a, b):
        with ws.db.read() as s:
            bodies = sorted(s.execute(text("SELECT body FROM article_version")).scalars())
            versions = s.execute(text("SELECT count(*) FROM note_version")).scalar()
        assert bodies == ["Within 30 days.", "Within 45 days.", "Within 60 days."]
        assert versions == 2  # the first words, kept once by each edit
    with server.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM article_version")).scalar() == 3
