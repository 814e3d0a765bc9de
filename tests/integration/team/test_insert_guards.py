"""Migration 0027: a representative's own PostgreSQL role adds calls, call events and messages
only as her own (attacked with psql as her real login role); and a colleague's call events a
journal replay wrote at her desk wait for the colleague instead of going under her role."""

from __future__ import annotations

import datetime as dt
import uuid

import psycopg

from agentdesk.models.interaction import InteractionEvent
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.sync.outbox import pending_count, set_author
from tests.integration.review.data import CONTEXT
from tests.integration.team.test_rotation import _joined
from tests.integration.team.test_row_guards import _call, _event, _message
from tests.integration.team.test_row_guards_sync import _env
from tests.integration.team.test_team_admin import _psql, folders, team_db  # noqa: F401


def _team(folders, cluster, name):  # noqa: F811
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user, full in (("rita", "Rita Rep"), ("tom", "Tom Rep")):
        a.team.add_member(
            "lead", "leader-pass", user, full, f"{user}-password", Role.REPRESENTATIVE
        )
    return a


def test_she_adds_no_call_event_or_message_in_someone_elses_name(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = _team(folders, cluster, name)
    rita = a.accounts.login("rita", "rita-password").account_id
    tom = a.accounts.login("tom", "tom-password").account_id
    toms_call = uuid.uuid4()
    cluster.admin(_call(toms_call, tom), database=name)

    def as_rita(sql):
        return _psql(cluster, name, "rita", "rita-password", sql)

    def refused(sql):
        done = as_rita(sql)
        assert done.returncode != 0 and "agentdesk:" in done.stderr, (sql, done.stderr)

    def allowed(sql):
        done = as_rita(sql)
        assert done.returncode == 0, (sql, done.stderr)

    refused(_call(uuid.uuid4(), tom))  # a call made out as Tom's
    refused(_event(uuid.uuid4(), toms_call, 9))  # an event added to Tom's call
    refused(_message(uuid.uuid4(), tom))  # a message Tom "took"
    # Her own go in; an upsert of a row already there is judged by the UPDATE guards.
    her_call = uuid.uuid4()
    allowed(_call(her_call, rita))
    allowed(_event(uuid.uuid4(), her_call, 1))
    allowed(_message(uuid.uuid4(), rita))
    allowed(_call(toms_call, tom) + " ON CONFLICT (id) DO NOTHING")
    with psycopg.connect(cluster.dsn(name)) as conn:
        owners = conn.execute("SELECT agent_id FROM interaction ORDER BY agent_id").fetchall()
    assert sorted(r[0] for r in owners) == sorted([rita, tom])
    # A team leader is not affected.
    done = _psql(cluster, name, "lead", "leader-pass", _event(uuid.uuid4(), toms_call, 5))
    assert done.returncode == 0, done.stderr


def test_a_colleagues_replayed_events_wait_for_her_not_refused(team_db, folders):  # noqa: F811
    """Tom's call was cut short by a crash at desk B; Rita logs in there next and the journal
    replay writes his events (as his). Her role may not add them: they wait in the outbox,
    and go when Tom next logs in at B, under his role."""
    cluster, name = team_db
    a = _team(folders, cluster, name)
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "tom", "tom-password")
    b.team.sync_engine("tom", "tom-password").sync()
    tom = b.accounts.login("tom", "tom-password")
    toms_call = uuid.UUID(_env(b).calls.start_call(tom, "inbound", CONTEXT).interaction_id)
    assert not b.team.sync_engine("tom", "tom-password").sync().refused  # his call goes

    b.accounts.login("rita", "rita-password")
    with b.db.write() as s:  # what the replay writes: Tom's events, named as his
        set_author(s, tom)
        s.add(
            InteractionEvent(
                interaction_id=toms_call,
                seq=99,
                kind="captured",
                monotonic=1.0,
                at=dt.datetime.now(dt.UTC),
                data_ct=b"\x01\x02",
            )
        )
    report = b.team.sync_engine("rita", "rita-password").sync()
    assert not report.refused and report.waiting == {"tom": 1}

    b.accounts.login("tom", "tom-password")
    done = b.team.sync_engine("tom", "tom-password").sync()
    assert not done.refused and not done.waiting and pending_count(b.db) == 0
    with psycopg.connect(cluster.dsn(name)) as conn:
        assert conn.execute(
            "SELECT count(*) FROM interaction_event WHERE interaction_id = %s AND seq = 99",
            (toms_call,),
        ).fetchone() == (1,)
