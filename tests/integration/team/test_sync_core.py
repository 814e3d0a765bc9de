"""Push and pull between replicas and a real PostgreSQL team database (in one process)."""

from __future__ import annotations

from sqlalchemy import func, select, text

from agentdesk.models.sync import SyncOutbox
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.sync.outbox import pending_count


def _team(make_workstation):
    a, b = make_workstation("a"), make_workstation("b")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    a.sync.sync()
    b.sync.sync()
    return a, b, leader


def _server_count(server, sql):
    with server.connect() as conn:
        return conn.execute(text(sql)).scalar()


def test_a_note_written_on_a_is_read_on_b(make_workstation):
    a, b, leader = _team(make_workstation)
    cid, _ = a.customers.create_customer(
        leader, CustomerDraft(first_name="Ada", surname="Quinn", phone="01632 960123")
    )
    a.notes.add_note(leader, cid, "Wants a call back after six.", permission_given=True)
    assert pending_count(a.db) > 0
    report = a.sync.sync()
    assert report.pushed > 0 and not report.refused
    assert pending_count(a.db) == 0

    got = b.sync.sync()
    assert got.pulled > 0
    # Hot-desking: the account made on A logs in on B with its synced password hash.
    on_b = b.accounts.login("lead", "leader-pass")
    matches = b.customers.lookup(on_b, "+44 1632 960123")  # same blind index on every replica
    assert [m.id for m in matches] == [cid]
    card = b.customers.open_card(on_b, cid)
    assert card.surname == "Quinn"
    assert [n.text for n in card.notes] == ["Wants a call back after six."]
    # Nothing B pulled went into B's outbox (it is not sent back): only B's own login.
    with b.db.read() as s:
        waiting = s.execute(select(SyncOutbox.table_name, SyncOutbox.columns)).all()
    assert waiting == [("account", ["last_login_at", "updated_at"])]


def test_a_second_delivery_of_the_same_changes_is_recognised(make_workstation, server):
    a, b, leader = _team(make_workstation)
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Bo", surname="Lind"))
    a.notes.add_note(leader, cid, "Only once.", permission_given=True)
    table = SyncOutbox.__table__
    with a.db.engine.connect() as conn:
        saved = [dict(r) for r in conn.execute(select(table)).mappings()]
    a.sync.push()
    before = _server_count(server, "SELECT count(*) FROM sync_change")
    # As if A crashed after the server committed but before its outbox was cleared.
    with a.db.engine.begin() as conn:
        conn.execute(table.insert(), saved)
    again = a.sync.push()
    assert again.duplicates == len(saved) and again.pushed == 0
    assert _server_count(server, "SELECT count(*) FROM sync_change") == before
    b.sync.pull()
    on_b = b.accounts.login("lead", "leader-pass")
    assert len(b.customers.open_card(on_b, cid).notes) == 1


def test_erasure_reaches_the_server_and_every_replica(make_workstation, server):
    a, b, leader = _team(make_workstation)
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Cy", surname="Moss"))
    a.notes.add_note(leader, cid, "Private matter.", permission_given=True)
    a.sync.sync()
    b.sync.sync()
    assert b.vault.keys.get(__import__("uuid").UUID(cid)) is not None

    a.gdpr.erase_customer(leader, cid)
    a.sync.sync()
    assert _server_count(server, f"SELECT count(*) FROM customer WHERE id = '{cid}'") == 0
    assert _server_count(server, "SELECT count(*) FROM note") == 0
    assert (
        _server_count(
            server,
            f"SELECT count(*) FROM sync_data_key WHERE owner_id = '{cid}' OR customer_id = '{cid}'",
        )
        == 0
    )
    b.sync.sync()
    with b.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM customer")) == 0
        assert s.scalar(text("SELECT count(*) FROM note")) == 0
    assert b.vault.keys.get(__import__("uuid").UUID(cid)) is None


def test_a_note_for_a_customer_erased_meanwhile_is_refused_not_resurrected(
    make_workstation, server
):
    a, b, leader = _team(make_workstation)
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Di", surname="Oak"))
    a.sync.sync()
    b.sync.sync()
    on_b = b.accounts.login("lead", "leader-pass")
    # B is offline: it writes a note while A erases the customer.
    b.notes.add_note(on_b, cid, "Written while apart.", permission_given=True)
    a.gdpr.erase_customer(leader, cid)
    a.sync.sync()
    report = b.sync.sync()
    assert [r.table_name for r in report.refused] == ["note"]
    assert _server_count(server, "SELECT count(*) FROM note") == 0
    with b.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM note")) == 0
        assert s.scalar(text("SELECT count(*) FROM customer")) == 0
    assert pending_count(b.db) == 0


def test_unpushed_local_columns_are_not_overwritten_by_a_pull(make_workstation):
    a, b, leader = _team(make_workstation)
    on_b = b.accounts.login("lead", "leader-pass")
    # Display names changed on both sides; B's is not pushed yet when it pulls A's.
    from agentdesk.models import Account

    with a.db.write() as s:
        s.get(Account, leader.account_id).display_name = "Lea from A"
    with b.db.write() as s:
        s.get(Account, on_b.account_id).failed_logins = 3
    a.sync.sync()
    b.sync.pull()
    with b.db.read() as s:
        row = s.get(Account, on_b.account_id)
        assert (row.display_name, row.failed_logins) == ("Lea from A", 3)
    b.sync.sync()
    a.sync.sync()
    with a.db.read() as s:
        row = s.get(Account, leader.account_id)
        assert (row.display_name, row.failed_logins) == ("Lea from A", 3)
    with b.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0


def test_an_article_edited_on_a_is_found_and_then_gone_on_b(make_workstation):
    """Articles sync with their versions; B's own full-text index follows; a deletion is a
    tombstone that syncs like any edit."""
    from agentdesk.services.kb import ArticleDraft

    a, b, leader = _team(make_workstation)
    draft = ArticleDraft(
        id="refund-window",
        title="Refund window",
        body="Refunds are possible within thirty days of delivery.",
        category="billing",
    )
    a.kb.save_article(leader, draft)
    a.kb.save_article(leader, ArticleDraft(**{**draft.__dict__, "body": "Within 45 days."}))
    a.sync.sync()
    b.sync.sync()
    hits = b.kb.search("refund")
    assert [h.id for h in hits] == ["refund-window"]
    assert [r.number for r in b.kb.history("refund-window")] == [2, 1]
    assert "45 days" in b.kb.get_article("refund-window").body

    a.kb.delete_article(leader, "refund-window")
    a.sync.sync()
    b.sync.sync()
    assert b.kb.search("refund") == []


def test_the_first_workstation_uploads_what_it_already_has(make_workstation, server):
    """A standalone data folder becoming the team's first workstation sends everything."""
    from agentdesk.sync.outbox import enqueue_everything

    a, b = make_workstation("a"), make_workstation("b")
    # Written before the outbox existed for these rows: clear it, as a standalone folder.
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Gus", surname="Hale"))
    a.notes.add_note(leader, cid, "From before the team.", permission_given=True)
    with a.db.engine.begin() as conn:
        conn.execute(SyncOutbox.__table__.delete())
    queued = enqueue_everything(a.db)
    assert queued >= 3
    a.sync.sync()
    b.sync.sync()
    on_b = b.accounts.login("lead", "leader-pass")
    assert [n.text for n in b.customers.open_card(on_b, cid).notes] == ["From before the team."]
