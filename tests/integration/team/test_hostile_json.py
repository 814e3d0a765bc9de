"""JSON a representative's role writes on the team database: nesting deeper than Python's
parser takes, and values of the wrong shape. A customer whose types were nested 5,000 deep
stopped every workstation's pull for good (RecursionError in the driver, on the same page at
every try); a change logged with such a column list stopped every later push of an edit of
that customer, and with it everything after it in that workstation's outbox; call tags that
were not a list of codes broke the team leader's review queue."""

from __future__ import annotations

from sqlalchemy import select

from agentdesk.models.account import Account
from agentdesk.review import bundled_rules_dir
from agentdesk.review.rules import load_rules
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.identity import Role
from agentdesk.services.review import ReviewService
from agentdesk.services.review_queue import QueueFilter
from tests.integration.team.test_hostile_conflicts import _as_member
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401


def _review(ws):
    audit = AuditLog(ws.vault.audit_key)
    feedback = FeedbackService(ws.db, ws.vault, audit)
    return ReviewService(ws.db, ws.vault, audit, load_rules(bundled_rules_dir()), feedback)


DEEP = "[" * 5000 + "]" * 5000


def test_deep_json_on_the_server_stops_no_pull_and_no_push(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user in ("rita", "tom"):
        a.team.add_member(
            "lead", "leader-pass", user, user.title(), f"{user}-password", Role.REPRESENTATIVE
        )
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "tom", "tom-password")
    c.team.sync_engine("tom", "tom-password").sync()
    a.team.sync_engine("lead", "leader-pass").sync()
    with a.db.read() as s:
        rita = s.scalar(select(Account.id).where(Account.username == "rita"))
    # The leader edits Ivy; before it is sent, a change of Ivy logged with "columns" too
    # deeply nested to parse reaches the server (a push compares its columns with them).
    lead = a.accounts.login("lead", "leader-pass")
    a.customers.update_customer(lead, ivy, CustomerDraft(first_name="Ivy", surname="Jones"))

    with _as_member(cluster, name, "rita", "rita-password") as conn:
        for tags in ("[1, {}]", "7"):
            (call,) = conn.execute(
                "INSERT INTO interaction (id, version, created_at, updated_at, agent_id, "
                "channel, flow_id, state, started_at, tags) VALUES (gen_random_uuid(), 1, "
                "now(), now(), %s, 'phone', 'x', 'done', now(), %s::jsonb) RETURNING id",
                (rita, tags),
            ).fetchone()
            conn.execute(
                "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
                "VALUES (gen_random_uuid(), gen_random_uuid(), 'interaction', %s, 'upsert', NULL)",
                (str(call),),
            )
        conn.execute(
            "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
            "VALUES (gen_random_uuid(), gen_random_uuid(), 'customer', %s, 'upsert', %s::jsonb)",
            (ivy, DEEP),
        )
        (deep,) = conn.execute(
            "INSERT INTO customer (id, version, created_at, updated_at, name_ct, type_tags, "
            "created_by) VALUES (gen_random_uuid(), 1, now(), now(), '\\x00', %s::json, %s) "
            "RETURNING id",
            (DEEP, rita),
        ).fetchone()
        conn.execute(
            "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
            "VALUES (gen_random_uuid(), gen_random_uuid(), 'customer', %s, 'upsert', NULL)",
            (str(deep),),
        )

    c.team.sync_engine("tom", "tom-password").sync()
    assert not a.team.sync_engine("lead", "leader-pass").sync().refused
    # Her calls are in the team leader's review queue, their tags read as none.
    queue = _review(a).queue(lead, QueueFilter(agent_id=str(rita)))
    assert len(queue) == 2 and all(item.upset == () for item in queue)
    d = _joined(folders, cluster, name, a.paths.root.parent / "d", "lead", "leader-pass")
    d.team.sync_engine("lead", "leader-pass").sync()
    assert d.customers.open_card(d.accounts.login("lead", "leader-pass"), ivy).surname == "Jones"
