"""Migrations 0022 and 0023 hold back nothing the app sends: through sync with each member's own
role, a representative's workstation scores her own call, a team leader rescores it, the
retention clean-up run on another representative's workstation over that call cleans only that
replica with no refusal, and a call re-linked to another customer moves its key's link. A row
the server refuses (an edit of another's call) becomes a refused change once and does not hold
back what follows."""

from __future__ import annotations

import uuid
from datetime import timedelta
from types import SimpleNamespace

import psycopg

from agentdesk.models.base import utcnow
from agentdesk.models.interaction import Interaction
from agentdesk.review import bundled_rules_dir
from agentdesk.review.rules import load_rules
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.gdpr import GdprService, Retention
from agentdesk.services.identity import Role
from agentdesk.services.interactions import InteractionService
from agentdesk.services.review import ReviewService
from agentdesk.sync.outbox import pending_count
from tests.integration.review.data import CONTEXT, run_call
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401


def _env(ws):
    audit = AuditLog(ws.vault.audit_key)
    feedback = FeedbackService(ws.db, ws.vault, audit)
    review = ReviewService(ws.db, ws.vault, audit, load_rules(bundled_rules_dir()), feedback)
    calls = InteractionService(ws.db, ws.vault, audit, ws.customers, FlowLibrary().flows)
    gdpr = GdprService(ws.db, ws.vault, audit, ws.customers)
    return SimpleNamespace(calls=calls, review=review, gdpr=gdpr)


def test_what_the_app_sends_goes_through_the_guards(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user, full in (("rita", "Rita Rep"), ("tom", "Tom Rep")):
        a.team.add_member("lead", "leader-pass", user, full, f"{user}-pass", Role.REPRESENTATIVE)
    root = a.paths.root.parent
    b = _joined(folders, cluster, name, root / "b", "rita", "rita-pass")
    c = _joined(folders, cluster, name, root / "c", "tom", "tom-pass")
    users = {
        id(a): ("lead", "leader-pass"),
        id(b): ("rita", "rita-pass"),
        id(c): ("tom", "tom-pass"),
    }

    def sync(ws):
        report = ws.team.sync_engine(*users[id(ws)]).sync()
        return report

    def server(sql, *args):
        with psycopg.connect(cluster.dsn(name)) as conn:
            return conn.execute(sql, args).fetchall()

    for ws in (b, c):
        sync(ws)
    # Tom's call, scored on his own workstation at wrap-up.
    tom = c.accounts.login("tom", "tom-pass")
    ivy, _ = c.customers.create_customer(tom, CustomerDraft(first_name="Ivy", surname="Jo"))
    call = run_call(_env(c), tom, customer_id=ivy)
    assert not sync(c).refused
    (scored,) = server("SELECT passed FROM adherence_score WHERE interaction_id = %s", call)

    # The team leader rescores it (a ticked check that was not done).
    sync(a)
    lea = a.accounts.login("lead", "leader-pass")
    _env(a).review.calibrate_check(lea, str(call), "said_organisation", True)
    assert not sync(a).refused
    assert server("SELECT passed FROM adherence_score WHERE interaction_id = %s", call) == [
        (scored[0] - 1,)
    ]

    # Rita's workstation runs the retention purge over Tom's call: her copy only, nothing
    # refused (0025: the server's copy is a team leader's to purge; test_retention_sync.py).
    sync(b)
    rita = b.accounts.login("rita", "rita-pass")
    later = utcnow() + timedelta(days=30)
    report = _env(b).gdpr.purge(rita, Retention(0, 1, 0), now=later)
    assert report.interactions == 1
    assert not sync(b).refused
    linked = server("SELECT customer_id FROM interaction WHERE id = %s", call)
    assert linked == [(uuid.UUID(ivy),)]
    events = server("SELECT data_ct FROM interaction_event WHERE interaction_id = %s", call)
    assert len(events) > 5 and all(row != (None,) for row in events)

    # An edit of Tom's call on her workstation is refused once; her later work still goes.
    with b.db.write() as s:
        s.get(Interaction, uuid.UUID(call)).outcome = "sale"
    first = sync(b)
    assert [(r.table_name, r.row_id) for r in first.refused] == [("interaction", str(call))]
    assert pending_count(b.db) == 0
    kai, _ = b.customers.create_customer(rita, CustomerDraft(first_name="Kai", surname="Lam"))
    leo, _ = b.customers.create_customer(rita, CustomerDraft(first_name="Leo", surname="Ma"))
    assert not sync(b).refused
    assert server("SELECT outcome FROM interaction WHERE id = %s", call)[0][0] != "sale"
    assert server("SELECT count(*) FROM customer WHERE id IN (%s, %s)", kai, leo) == [(2,)]

    # A customer of the team leader's, linked in her live call: the form of address the
    # caller gave is kept on the card at wrap-up (she serves her now).
    zoe, _ = a.customers.create_customer(lea, CustomerDraft(first_name="Zoe", surname="Rossi"))
    sync(a)
    sync(b)
    run_call(_env(b), rita, customer_id=zoe)
    assert not sync(b).refused
    assert server("SELECT form_of_address FROM customer WHERE id = %s", zoe) == [("Ms",)]

    # Her own call, linked to Kai, then to Leo: the key's link moves on the server.
    calls = _env(b).calls
    start = calls.start_call(rita, "inbound", CONTEXT)
    mine = str(start.interaction_id)
    calls.link_customer(rita, mine, kai, reason="identity-checked")
    assert not sync(b).refused
    assert server("SELECT customer_id FROM sync_data_key WHERE owner_id = %s", mine) == [(kai,)]
    calls.link_customer(rita, mine, leo, reason="identity-checked")
    assert not sync(b).refused
    assert server("SELECT customer_id FROM sync_data_key WHERE owner_id = %s", mine) == [(leo,)]
    assert server("SELECT customer_id FROM interaction WHERE id = %s", mine) == [(uuid.UUID(leo),)]
