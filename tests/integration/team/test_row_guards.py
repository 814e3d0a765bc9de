"""What a representative's own PostgreSQL role may change on the team database (migration
0022), attacked with psql as her real login role: another representative's call events,
calls, follow-ups, messages and adherence scores are refused or kept as they were, events are
append-only even on her own calls, and a wrapped key is tied to another customer only on her
own calls. Since 0025 she clears no call's details and unlinks no colleague's call (retention
reaches the server from team leaders only). What her workstation legitimately sends (her own
work) still goes through; team leaders are not affected. The same through sync:
test_row_guards_sync.py. A message's addressee and a first score's consistency (0025):
test_addressee_score_guards.py."""

from __future__ import annotations

import uuid

import psycopg

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from tests.integration.team.test_team_admin import _psql, folders, team_db  # noqa: F401

NOW = "now()"


def _call(call, agent, customer="NULL"):
    return (
        "INSERT INTO interaction (id, version, created_at, updated_at, agent_id, customer_id,"
        " channel, flow_id, state, started_at, tags) VALUES"
        f" ('{call}', 1, now(), now(), '{agent}', {customer}, 'phone', 'inbound', 'wrapped',"
        " now(), '[\"x\"]')"
    )


def _event(row, call, seq):
    return (
        "INSERT INTO interaction_event (id, interaction_id, seq, kind, monotonic, at, data_ct)"
        f" VALUES ('{row}', '{call}', {seq}, 'captured', 1.5, now(), '\\x0102')"
    )


def _task(row, assignee):
    return (
        "INSERT INTO task (id, version, created_at, updated_at, kind, assignee_id, due_at,"
        f" status) VALUES ('{row}', 1, now(), now(), 'callback', '{assignee}', now(), 'open')"
    )


def _message(row, taker):
    return (
        "INSERT INTO message (id, version, created_at, updated_at, taken_by, taken_at, status,"
        f" key_owner_id, body_ct, cards_masked) VALUES ('{row}', 1, now(), now(), '{taker}',"
        f" now(), 'new', '{row}', '\\x0102', 0)"
    )


RESULTS = '[["a", "pass"], ["b", "pass"], ["c", "pass"], ["d", "pass"], ["e", "fail"]]'


def _score(
    call, agent, score=0.8, passed=4, results=RESULTS, started="", holds=0, applicable=5
):
    """A score as a workstation computes it (4 of 5 passed, the call's start), unless told."""
    started = started or f"(SELECT started_at FROM interaction WHERE id = '{call}')"
    return (
        "INSERT INTO adherence_score (interaction_id, agent_id, started_at, score, passed,"
        " applicable, rules_digest, computed_at, results, holds, warm_transfers,"
        " cold_transfers, messages, callbacks_offered) VALUES"
        f" ('{call}', '{agent}', {started}, {score}, {passed}, {applicable}, 'digest', now(),"
        f" '{results}', {holds}, 0, 0, 0, 0)"
    )


def test_a_representative_cannot_rewrite_what_is_not_hers(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    kai, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Kai", surname="Lam"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user, full in (("rita", "Rita Rep"), ("tom", "Tom Rep")):
        a.team.add_member(
            "lead", "leader-pass", user, full, f"{user}-password", Role.REPRESENTATIVE
        )
    rita = a.accounts.login("rita", "rita-password").account_id
    tom = a.accounts.login("tom", "tom-password").account_id
    toms_call, toms_other, her_call = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    toms_event, her_event = uuid.uuid4(), uuid.uuid4()
    toms_task, her_task, toms_message = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    for sql in (
        _call(toms_call, tom, f"'{ivy}'"),
        _call(toms_other, tom),
        _call(her_call, rita),
        _event(toms_event, toms_call, 1),
        _event(her_event, her_call, 1),
        _task(toms_task, tom),
        _task(her_task, rita),
        _message(toms_message, tom),
        _score(toms_call, tom),
        "INSERT INTO sync_data_key VALUES"
        f" ('{toms_call}', 'interaction', '{ivy}', '\\x01'),"
        f" ('{her_call}', 'interaction', NULL, '\\x02')",
    ):
        cluster.admin(sql, database=name)

    def as_rita(sql):
        return _psql(cluster, name, "rita", "rita-password", sql)

    def refused(sql, why="agentdesk:"):
        done = as_rita(sql)
        assert done.returncode != 0, sql
        assert why in done.stderr, (sql, done.stderr)

    def allowed(sql):
        done = as_rita(sql)
        assert done.returncode == 0 and "UPDATE 1" in done.stdout, (sql, done.stderr)

    def server(sql):
        with psycopg.connect(cluster.dsn(name)) as conn:
            return conn.execute(sql).fetchall()

    # Call events are append-only: not rewritten (another's or her own), not deleted.
    for sql in (
        f"UPDATE interaction_event SET data_ct = '\\x09' WHERE id = '{toms_event}'",
        f"UPDATE interaction_event SET kind = 'hold_started' WHERE id = '{toms_event}'",
        f"UPDATE interaction_event SET seq = 7, data_ct = NULL WHERE id = '{toms_event}'",
        f"UPDATE interaction_event SET data_ct = '\\x09' WHERE id = '{her_event}'",
        f"UPDATE interaction_event SET interaction_id = '{her_call}' WHERE id = '{toms_event}'",
    ):
        refused(sql)
    refused(f"DELETE FROM interaction_event WHERE id = '{toms_event}'", "permission denied")
    # Adherence scores: none forged for another's call, none changed, none deleted.
    refused(_score(toms_other, tom, 1.0))
    refused(_score(toms_other, rita, 1.0))
    done = as_rita(
        f"UPDATE adherence_score SET score = 5, passed = 0 WHERE interaction_id = '{toms_call}'"
    )
    assert done.returncode == 0, done.stderr  # allowed as a statement, changes nothing of it
    refused(
        f"DELETE FROM adherence_score WHERE interaction_id = '{toms_call}'", "permission denied"
    )
    # Another's call: no edit, not taken over, no other customer.
    for sql in (
        f"UPDATE interaction SET outcome = 'sale' WHERE id = '{toms_call}'",
        f"UPDATE interaction SET agent_id = '{rita}' WHERE id = '{toms_call}'",
        f"UPDATE interaction SET customer_id = '{kai}' WHERE id = '{toms_call}'",
        f"UPDATE interaction SET tags = '[]', customer_id = NULL WHERE id = '{toms_call}'",
        # Nor handing her own call to him.
        f"UPDATE interaction SET agent_id = '{tom}' WHERE id = '{her_call}'",
    ):
        refused(sql)
    refused(f"DELETE FROM interaction WHERE id = '{toms_call}'", "permission denied")
    # Another's follow-up, another's message.
    refused(f"UPDATE task SET status = 'done', done_at = now() WHERE id = '{toms_task}'")
    refused(f"UPDATE task SET assignee_id = '{rita}' WHERE id = '{toms_task}'")
    refused(f"DELETE FROM task WHERE id = '{toms_task}'", "permission denied")
    for sql in (
        f"UPDATE message SET body_ct = '\\x09' WHERE id = '{toms_message}'",
        f"UPDATE message SET memory_ct = '\\x09' WHERE id = '{toms_message}'",
        f"UPDATE message SET taken_by = '{rita}' WHERE id = '{toms_message}'",
        f"UPDATE message SET status = 'shredded' WHERE id = '{toms_message}'",
        # Not for her either (0025: only its taker or addressee).
        f"UPDATE message SET status = 'passed_on', status_at = now() WHERE id = '{toms_message}'",
    ):
        refused(sql)
    refused(f"DELETE FROM message WHERE id = '{toms_message}'", "permission denied")
    # Another's call key is not tied to another customer (erasing Kai would destroy it).
    done = as_rita(f"UPDATE sync_data_key SET customer_id = '{kai}' WHERE owner_id = '{toms_call}'")
    assert done.returncode == 0, done.stderr

    assert server(
        f"SELECT kind, seq, data_ct FROM interaction_event WHERE id = '{toms_event}'"
    ) == [("captured", 1, b"\x01\x02")]
    assert server(
        f"SELECT score, passed FROM adherence_score WHERE interaction_id = '{toms_call}'"
    ) == [(0.8, 4)]
    assert server(
        f"SELECT count(*) FROM adherence_score WHERE interaction_id = '{toms_other}'"
    ) == [(0,)]
    assert server(
        f"SELECT agent_id, customer_id, outcome FROM interaction WHERE id = '{toms_call}'"
    ) == [(tom, uuid.UUID(ivy), None)]
    assert server(f"SELECT status, assignee_id FROM task WHERE id = '{toms_task}'") == [
        ("open", tom)
    ]
    assert server(f"SELECT customer_id FROM sync_data_key WHERE owner_id = '{toms_call}'") == [
        (str(ivy),)
    ]

    # Nor, since 0025, his call's details or customer link (retention and erasure reach the
    # server from team leaders only: services/retention.py), nor her own call's details.
    for sql in (
        f"UPDATE interaction_event SET data_ct = NULL WHERE id = '{toms_event}'",
        f"UPDATE interaction_event SET data_ct = NULL WHERE id = '{her_event}'",
        "UPDATE interaction SET customer_id = NULL, updated_at = now(), version = version + 1"
        f" WHERE id = '{toms_call}'",
    ):
        refused(sql)

    # What her workstation legitimately sends still goes through.
    allowed(
        f"UPDATE interaction SET outcome = 'resolved', customer_id = '{kai}'"
        f" WHERE id = '{her_call}'"
    )
    allowed(f"UPDATE sync_data_key SET customer_id = '{kai}' WHERE owner_id = '{her_call}'")
    allowed(f"UPDATE task SET assignee_id = '{tom}' WHERE id = '{her_task}'")  # a handover
    done = as_rita(_score(her_call, rita))
    assert done.returncode == 0, done.stderr
    assert server(f"SELECT customer_id FROM sync_data_key WHERE owner_id = '{her_call}'") == [
        (str(kai),)
    ]
    assert server(f"SELECT status FROM message WHERE id = '{toms_message}'") == [("new",)]

    # A team leader is not held by any of it.
    for sql in (
        f"UPDATE interaction_event SET kind = 'corrected' WHERE id = '{toms_event}'",
        f"UPDATE adherence_score SET score = 60 WHERE interaction_id = '{toms_call}'",
        f"UPDATE interaction SET outcome = 'sale' WHERE id = '{toms_call}'",
        f"UPDATE task SET status = 'done' WHERE id = '{toms_task}'",
        f"UPDATE message SET body_ct = '\\x03' WHERE id = '{toms_message}'",
        f"UPDATE sync_data_key SET customer_id = '{kai}' WHERE owner_id = '{toms_call}'",
    ):
        done = _psql(cluster, name, "lead", "leader-pass", sql)
        assert done.returncode == 0 and "UPDATE 1" in done.stdout, (sql, done.stderr)
    done = _psql(
        cluster,
        name,
        "lead",
        "leader-pass",
        f"DELETE FROM interaction_event WHERE id = '{toms_event}'",
    )
    assert done.returncode == 0 and "DELETE 1" in done.stdout, done.stderr
    assert server(f"SELECT score FROM adherence_score WHERE interaction_id = '{toms_call}'") == [
        (60,)
    ]


def test_a_representative_changes_only_the_customers_she_serves(team_db, folders):  # noqa: F811
    """Migration 0023: as in the app (call_access.may_open), a customer she created, one
    linked to a call of hers or one she wrote a note about; never who created it."""
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    kai, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Kai", surname="Lam"))
    max_, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Max", surname="Ng"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user, full in (("rita", "Rita Rep"), ("tom", "Tom Rep")):
        a.team.add_member(
            "lead", "leader-pass", user, full, f"{user}-password", Role.REPRESENTATIVE
        )
    rita = a.accounts.login("rita", "rita-password").account_id
    tom = a.accounts.login("tom", "tom-password").account_id
    cluster.admin(_call(uuid.uuid4(), rita, f"'{kai}'"), database=name)
    cluster.admin(_call(uuid.uuid4(), tom, f"'{ivy}'"), database=name)
    cluster.admin(f"UPDATE customer SET created_by = '{rita}' WHERE id = '{max_}'", database=name)

    def as_rita(sql):
        return _psql(cluster, name, "rita", "rita-password", sql)

    for sql in (
        f"UPDATE customer SET form_of_address = 'mr' WHERE id = '{ivy}'",
        f"UPDATE customer SET phone_bidx = 'x', name_ct = '\\x00' WHERE id = '{ivy}'",
        f"UPDATE customer SET created_by = '{rita}' WHERE id = '{ivy}'",
        f"UPDATE customer SET created_by = '{tom}' WHERE id = '{max_}'",
    ):
        done = as_rita(sql)
        assert done.returncode != 0 and "agentdesk:" in done.stderr, (sql, done.stderr)
    for cid in (kai, max_):  # linked to her call; created by her
        done = as_rita(f"UPDATE customer SET form_of_address = 'mx' WHERE id = '{cid}'")
        assert done.returncode == 0 and "UPDATE 1" in done.stdout, done.stderr
    done = _psql(
        cluster,
        name,
        "lead",
        "leader-pass",
        f"UPDATE customer SET form_of_address = 'dr' WHERE id = '{ivy}'",
    )
    assert done.returncode == 0 and "UPDATE 1" in done.stdout, done.stderr
    with psycopg.connect(cluster.dsn(name)) as conn:
        rows = dict(conn.execute("SELECT id::text, form_of_address FROM customer").fetchall())
    assert rows == {ivy: "dr", kai: "mx", max_: "mx"}
