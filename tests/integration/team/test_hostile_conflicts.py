"""Conflict records are rows any member's role may add (a push that finds a conflict writes
one), so a representative can add them with psql holding anything: a table or a column that
is not there, an id that is not one, a kept value that is not JSON, not a value agentdesk
writes, noise for a ciphertext, nesting deep enough to break a parser, megabytes of text. The
team leader's list of conflicts (the team screen, `agentdesk team conflicts`) used to stop at
the first of them, for good; it now passes them over and still shows the real ones."""

from __future__ import annotations

import json
import uuid

import psycopg

from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.team_review import TeamReviewService
from agentdesk.team.roles import team_roles
from agentdesk.vault.teamkey import derive_account_secrets
from tests.helpers.team import FAST
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401


def _as_member(cluster, name, username, password) -> psycopg.Connection:
    """A connection as the member's own PostgreSQL role (psql cannot take megabytes in -c)."""
    secret = derive_account_secrets(password, name, username, FAST).login_secret
    role = team_roles(name).member(username)
    return psycopg.connect(
        host="127.0.0.1", port=cluster.port, dbname=name, user=role, password=secret
    )


def _conflicts(cluster, name, user, password, records) -> None:
    """Add conflict records, and their entries in the change log, as a member's role."""
    with _as_member(cluster, name, user, password) as conn:
        for table_name, row_id, column, kept in records:
            cid = uuid.uuid4()
            conn.execute(
                "INSERT INTO sync_conflict (id, version, created_at, updated_at, table_name, "
                "row_id, column_name, kept_value, kept_origin, won_origin) VALUES "
                "(%s, 1, now(), now(), %s, %s, %s, %s, NULL, gen_random_uuid())",
                (cid, table_name, row_id, column, kept),
            )
            conn.execute(
                "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
                "VALUES (gen_random_uuid(), gen_random_uuid(), 'sync_conflict', %s, 'upsert', "
                "NULL)",
                (str(cid),),
            )


def test_conflict_records_nobody_made_leave_the_leaders_list_working(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(
        leader, CustomerDraft(first_name="Ivy", surname="Jones", phone="07700 900123")
    )
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member(
        "lead", "leader-pass", "rita", "Rita Rep", "rita-password", Role.REPRESENTATIVE
    )
    deep = "[" * 100_000 + "]" * 100_000
    _conflicts(
        cluster,
        name,
        "rita",
        "rita-password",
        [
            ("note", ivy, "body_ct", '{"v": 1}'),  # a table conflicts are not kept for
            ("nope", ivy, "x", '{"v": 1}'),
            ("customer", "not-an-id", "phone_ct", '{"v": 1}'),
            ("customer", ivy, "no_such_column", '{"v": 1}'),
            ("customer", ivy, "__dict__", '{"v": 1}'),
            ("customer", ivy, "phone_ct", "not json"),
            ("customer", ivy, "phone_ct", '{"b": "!!"}'),
            ("customer", ivy, "phone_ct", '{"b": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}'),
            ("customer", ivy, "phone_ct", "[1]"),
            ("customer", ivy, "form_of_address", '{"t": "yesterday"}'),
            ("customer", ivy, "form_of_address", '{"v": ' + deep + "}"),
            ("customer", ivy, "form_of_address", deep),
            ("customer", ivy, "form_of_address", json.dumps({"v": "x" * 3_000_000})),
            ("customer", ivy, "form_of_address", json.dumps({"v": "Mrs"})),  # shown as it is
        ],
    )

    a.team.sync_engine("lead", "leader-pass").sync()
    review = TeamReviewService(a.db, a.vault, AuditLog(a.vault.audit_key))
    lead = a.accounts.login("lead", "leader-pass")
    found = review.conflicts(lead)
    assert {(c.record, c.field, c.kept) for c in found} == {
        ("Ivy Jones", "form_of_address", "x" * 2000),
        ("Ivy Jones", "form_of_address", "Mrs"),
    }
    for conflict in found:
        review.confirm(lead, conflict.id)
    assert review.conflicts(lead) == []
