"""A representative's role may add a note about any customer (as its author) and a follow-up
for any colleague: the server cannot read either, so it cannot tell a ciphertext from noise.
One note or message that does not decrypt made the customer's card unopenable on every
workstation (the screen pop of her next call included), one follow-up made a colleague's
follow-up list fail.
Such a row is left out (and logged); everything else still shows."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select

from agentdesk.models.account import Account
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.followups import FollowUpService
from agentdesk.services.identity import Role
from tests.integration.team.test_hostile_conflicts import _as_member
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401


def test_rows_that_do_not_decrypt_break_no_card_and_no_list(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jones"))
    a.notes.add_note(leader, ivy, "Prefers e-mail.", permission_given=True)
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user in ("rita", "tom"):
        a.team.add_member(
            "lead", "leader-pass", user, user.title(), f"{user}-password", Role.REPRESENTATIVE
        )
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "tom", "tom-password")
    c.team.sync_engine("tom", "tom-password").sync()
    a.team.sync_engine("lead", "leader-pass").sync()
    with a.db.read() as s:
        ids = dict(s.execute(select(Account.username, Account.id)).all())
    tom = c.accounts.login("tom", "tom-password")
    tasks = FollowUpService(c.db, c.vault, AuditLog(c.vault.audit_key))
    assert tasks.list_tasks(tom) == []

    noise = secrets.token_bytes(60)
    with _as_member(cluster, name, "rita", "rita-password") as conn:
        (note,) = conn.execute(
            "INSERT INTO note (id, version, created_at, updated_at, customer_id, author_id, "
            "body_ct, permission_given, cards_masked) VALUES (gen_random_uuid(), 1, now(), "
            "now(), %s, %s, %s, true, 0) RETURNING id",
            (ivy, ids["rita"], noise),
        ).fetchone()
        (task,) = conn.execute(
            "INSERT INTO task (id, version, created_at, updated_at, kind, customer_id, "
            "assignee_id, due_at, details_ct, status, history_ct) VALUES (gen_random_uuid(), "
            "1, now(), now(), 'callback', %s, %s, %s, %s, 'open', %s) RETURNING id",
            (ivy, ids["tom"], dt.datetime.now(dt.UTC), noise, noise),
        ).fetchone()
        (message,) = conn.execute(
            "INSERT INTO message (id, version, created_at, updated_at, customer_id, taken_by, "
            "taken_at, status, key_owner_id, body_ct, cards_masked) VALUES (gen_random_uuid(), "
            "1, now(), now(), %s, %s, now(), 'new', %s, %s, 0) RETURNING id",
            (ivy, ids["rita"], ivy, noise),
        ).fetchone()
        for table_name, row_id in (("note", note), ("task", task), ("message", message)):
            conn.execute(
                "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) "
                "VALUES (gen_random_uuid(), gen_random_uuid(), %s, %s, 'upsert', NULL)",
                (table_name, str(row_id)),
            )

    a.team.sync_engine("lead", "leader-pass").sync()
    c.team.sync_engine("tom", "tom-password").sync()
    card = a.customers.open_card(a.accounts.login("lead", "leader-pass"), ivy)
    assert [n.text for n in card.notes] == ["Prefers e-mail."]
    assert [h.kind for h in card.history] == ["note"]
    (item,) = tasks.list_tasks(c.accounts.login("tom", "tom-password"))
    assert (item.id, item.details, item.history) == (str(task), "", ())
