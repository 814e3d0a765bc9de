"""The retention purge on a team (services/retention.py, migration 0025), through sync with each
member's own role: a representative's purge removes her replica's copy of a colleague's call
details, note, message and inactive customer and sends nothing, so no refused change appears
and the server keeps them; a team leader's purge removes them on the server, and every replica
follows at its next sync, with no refusal anywhere and nothing coming back."""

from __future__ import annotations

import uuid
from datetime import timedelta

import psycopg

from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer, Note
from agentdesk.models.interaction import Interaction, InteractionEvent
from agentdesk.models.message import Message
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.gdpr import Retention
from agentdesk.services.identity import Role
from agentdesk.services.messages import MessageService
from agentdesk.sync.outbox import pending_count
from tests.integration.review.data import run_call
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401
from tests.integration.team.test_row_guards_sync import _env

# Notes and messages after a day, call details after a day, customers inactive for a day.
POLICY = Retention(1, 1, 1)


def _local(ws, cid, call, note, message):
    """What this replica still holds of them."""
    with ws.db.read() as s:
        details = s.query(InteractionEvent).filter(
            InteractionEvent.interaction_id == uuid.UUID(call),
            InteractionEvent.data_ct.is_not(None),
        )
        linked = s.get(Interaction, uuid.UUID(call))
        return {
            "customer": s.get(Customer, uuid.UUID(cid)) is not None,
            "note": s.get(Note, uuid.UUID(note)) is not None,
            "message": s.get(Message, uuid.UUID(message)) is not None,
            "call details": details.count() > 0,
            "call linked": linked is not None and linked.customer_id is not None,
        }


def test_only_a_team_leaders_purge_reaches_the_server(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user, full in (("rita", "Rita Rep"), ("tom", "Tom Rep")):
        a.team.add_member("lead", "leader-pass", user, full, f"{user}-pass", Role.REPRESENTATIVE)
    root = a.paths.root.parent
    b = _joined(folders, cluster, name, root / "b", "rita", "rita-pass")
    c = _joined(folders, cluster, name, root / "c", "tom", "tom-pass")
    users = {id(a): "lead", id(b): "rita", id(c): "tom"}
    passwords = {"lead": "leader-pass", "rita": "rita-pass", "tom": "tom-pass"}

    def sync(ws):
        user = users[id(ws)]
        return ws.team.sync_engine(user, passwords[user]).sync()

    def server(sql, *args):
        with psycopg.connect(cluster.dsn(name)) as conn:
            return conn.execute(sql, args).fetchall()

    for ws in (b, c):
        sync(ws)
    # Tom's day on his workstation: a customer, a call with her, a note, a message.
    tom = c.accounts.login("tom", "tom-pass")
    cid, _ = c.customers.create_customer(tom, CustomerDraft(first_name="Ivy", surname="Jo"))
    call = run_call(_env(c), tom, customer_id=cid)
    saved_note, _ = c.notes.add_note(tom, cid, "Asked about the meter.", permission_given=True)
    note = saved_note.note_id
    draft = MessageDraft(
        to_whom="Rita Rep", from_name="Ivy Jo", phone="020 7946 0958", what="call me back",
        action_requested="call back", action_promised="today", by_whom="Tom Rep",
        when="2026-03-02T10:15",
    )  # fmt: skip
    read_back = MessageTaking(None, "GB").confirm_read_back(draft)
    saved, _ = MessageService(c.db, c.vault, AuditLog(c.vault.audit_key)).take_message(
        tom, draft, confirmed=read_back, interaction_id=call
    )
    assert not sync(c).refused
    for ws in (a, b):
        assert not sync(ws).refused
    everything = dict.fromkeys(
        ("customer", "note", "message", "call details", "call linked"), True
    )
    assert _local(b, cid, call, note, saved.id) == everything

    def on_server():
        details = server(
            "SELECT count(*) FROM interaction_event WHERE interaction_id = %s"
            " AND data_ct IS NOT NULL",
            call,
        )[0][0]
        return {
            "customer": bool(server("SELECT 1 FROM customer WHERE id = %s", cid)),
            "note": bool(server("SELECT 1 FROM note WHERE id = %s", note)),
            "message": bool(server("SELECT 1 FROM message WHERE id = %s", saved.id)),
            "call details": details > 0,
            "call linked": server("SELECT customer_id FROM interaction WHERE id = %s", call)
            != [(None,)],
        }

    # A month on, Rita's workstation purges (at her login; and with no one logged in): her
    # copy goes, nothing is sent, nothing is refused, the server keeps everything.
    later = utcnow() + timedelta(days=30)
    rita = b.accounts.login("rita", "rita-pass")
    waiting = pending_count(b.db)  # her login (last_login_at)
    report = _env(b).gdpr.purge(rita, POLICY, now=later)
    assert (report.notes, report.interactions, report.messages, report.customers) == (1, 1, 1, 1)
    assert pending_count(b.db) == waiting
    nothing = dict.fromkeys(everything, False)
    assert _local(b, cid, call, note, saved.id) == nothing
    assert not sync(b).refused
    assert on_server() == everything
    assert _env(b).gdpr.purge(None, POLICY, now=later).notes == 0
    assert not sync(b).refused
    # So does Tom's (his own rows too: the server's copy is a team leader's to purge).
    _env(c).gdpr.purge(tom, POLICY, now=later)
    assert not sync(c).refused
    assert on_server() == everything

    # The team leader's purge reaches the server, and every replica follows.
    lea = a.accounts.login("lead", "leader-pass")
    report = _env(a).gdpr.purge(lea, POLICY, now=later)
    assert (report.notes, report.interactions, report.messages, report.customers) == (1, 1, 1, 1)
    assert not sync(a).refused
    assert on_server() == nothing
    assert server("SELECT count(*) FROM sync_data_key WHERE customer_id = %s", cid) == [(0,)]
    for ws in (b, c):
        assert not sync(ws).refused
        assert _local(ws, cid, call, note, saved.id) == nothing
    # The call itself and its figures stay, on the server as on every replica.
    assert server("SELECT count(*) FROM adherence_score WHERE interaction_id = %s", call) == [(1,)]
    with b.db.read() as s:
        assert s.get(Interaction, uuid.UUID(call)) is not None
