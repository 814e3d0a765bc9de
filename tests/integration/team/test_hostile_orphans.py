"""A representative's role writes the change log as well as the rows, so she chooses what the
others pull: a row whose parent she added without logging it (a note about a customer nobody
was told of). Every workstation inserted the note, its replica's foreign key failed at the
page's commit, and the same page failed at every try: every pull stopped for good. Such a row
is left out (logged); the rest of the page, and everything after it, arrives."""

from __future__ import annotations

import secrets
import uuid

import psycopg
from sqlalchemy import func, select

from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer, Note
from agentdesk.models.interaction import Interaction, InteractionEvent
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.sync.outbox import set_author
from tests.integration.team.test_hostile_conflicts import _as_member
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401


def test_a_row_whose_parent_was_never_logged_stops_no_pull(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member("lead", "leader-pass", "rita", "Rita", "rita-password", Role.REPRESENTATIVE)
    a.team.sync_engine("lead", "leader-pass").sync()
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "lead", "leader-pass")
    b.team.sync_engine("lead", "leader-pass").sync()
    with a.db.read() as s:
        rita = s.scalar(select(Account.id).where(Account.username == "rita"))

    with _as_member(cluster, name, "rita", "rita-password") as conn:
        (hidden,) = conn.execute(
            "INSERT INTO customer (id, version, created_at, updated_at, name_ct, type_tags, "
            "created_by) VALUES (gen_random_uuid(), 1, now(), now(), %s, '[]', %s) "
            "RETURNING id",
            (secrets.token_bytes(40), rita),
        ).fetchone()
        (note,) = conn.execute(
            "INSERT INTO note (id, version, created_at, updated_at, customer_id, author_id, "
            "body_ct, permission_given, cards_masked) VALUES (gen_random_uuid(), 1, now(), "
            "now(), %s, %s, %s, true, 0) RETURNING id",
            (hidden, rita, secrets.token_bytes(40)),
        ).fetchone()
        conn.execute(
            "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
            "VALUES (gen_random_uuid(), gen_random_uuid(), 'note', %s, 'upsert', NULL)",
            (str(note),),
        )

    # Work after hers arrives: a customer the team leader adds on another workstation.
    lead_b = b.accounts.login("lead", "leader-pass")
    ivy, _ = b.customers.create_customer(lead_b, CustomerDraft(first_name="Ivy", surname="Jo"))
    b.team.sync_engine("lead", "leader-pass").push()

    for ws in (a, b):
        ws.team.sync_engine("lead", "leader-pass").sync()
    lead = a.accounts.login("lead", "leader-pass")
    assert a.customers.open_card(lead, ivy).surname == "Jo"
    with a.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Note).where(Note.id == note)) == 0


def test_a_row_taking_a_place_held_here_stops_no_pull(team_db, folders):  # noqa: F811
    """A call's events are numbered 1, 2, 3…: a row on the server taking the next number of
    Tom's live call made his own event with it a refused change, and then broke his replica's
    unique (call, seq) at every pull, so his workstation's pull stopped for good. Her role can
    no longer add events to a colleague's call (migration 0027), so the server's side writes
    it here (the owner, a superuser, a restored dump): whatever the server holds, a pull must
    not stop for good. The row is left out on his replica; the rest arrives."""
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user in ("rita", "tom"):
        a.team.add_member(
            "lead", "leader-pass", user, user.title(), f"{user}-password", Role.REPRESENTATIVE
        )
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "tom", "tom-password")
    c.team.sync_engine("tom", "tom-password").sync()
    tom = c.accounts.login("tom", "tom-password")
    now = utcnow()
    with c.db.write() as s:
        set_author(s, tom.username)
        call = Interaction(
            agent_id=tom.account_id,
            channel="phone",
            flow_id="inbound",
            state="active",
            started_at=now,
            tags=[],
        )
        s.add(call)
        s.flush()
        call_id = call.id
    assert not c.team.sync_engine("tom", "tom-password").sync().refused

    with psycopg.connect(cluster.dsn(name)) as conn:
        conn.execute(
            "INSERT INTO interaction_event (id, interaction_id, seq, kind, monotonic, at) "
            "VALUES (%s, %s, 1, 'step', 0, now())",
            (uuid.uuid4(), call_id),
        )
        conn.execute(
            "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
            "SELECT gen_random_uuid(), gen_random_uuid(), 'interaction_event', id::text, "
            "'upsert', NULL FROM interaction_event WHERE interaction_id = %s",
            (call_id,),
        )
    with c.db.write() as s:  # Tom's own first event of the call, written meanwhile
        set_author(s, tom.username)
        s.add(InteractionEvent(interaction_id=call_id, seq=1, kind="step", monotonic=0, at=now))

    lead = a.accounts.login("lead", "leader-pass")
    ivy, _ = a.customers.create_customer(lead, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.team.sync_engine("lead", "leader-pass").sync()
    report = c.team.sync_engine("tom", "tom-password").sync()
    assert [r.table_name for r in report.refused] == ["interaction_event"]
    c.team.sync_engine("tom", "tom-password").sync()
    with c.db.read() as s:
        assert s.get(Customer, uuid.UUID(ivy)) is not None
        assert s.scalar(select(func.count()).select_from(InteractionEvent)) == 1
