"""Hot-desking while the team database is away: each person's changes reach the server under
her own role, once, however often the desk changed hands; none becomes a "refused change".

Rita works at desk B while the server is down, then Tom takes the desk, then the team leader.
When the server returns, Tom's session sends Rita's changes under Rita's role (her secret was
kept, wrapped, because changes of hers were waiting) and then forgets her secret; the team
leader's changes (a team leader's secret is never kept) wait for her next login at B.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from agentdesk.models.sync import SyncOutbox
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.push_credentials import secret_id
from agentdesk.sync.outbox import pending_count
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401


def _team(folders, cluster, name):  # noqa: F811
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user, full in (("rita", "Rita Rep"), ("tom", "Tom Rep")):
        a.team.add_member("lead", "leader-pass", user, full, f"{user}-pass", Role.REPRESENTATIVE)
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "rita", "rita-pass")
    return a, b


def _server(cluster, name, sql, *args):
    with psycopg.connect(cluster.dsn(name)) as conn:
        return conn.execute(sql, args).fetchall()


def _authors(ws):
    with ws.db.engine.connect() as conn:
        return sorted(conn.execute(select(SyncOutbox.author).distinct()).scalars(), key=str)


def _kept(ws, username):
    return str(secret_id(username)) in ws.vault.keys.local_secret_ids()


def _offline_round(engine):
    with pytest.raises(OperationalError):
        engine.sync()
    engine.dispose_server()


def _rita_writes_offline(b, cluster, note: str) -> None:
    """Rita at desk B, the server away: a customer and a note of hers wait, her secret kept."""
    b.team.sync_engine("rita", "rita-pass").sync()
    cluster.stop()
    try:
        rita = b.accounts.login("rita", "rita-pass")
        ivy, _ = b.customers.create_customer(rita, CustomerDraft(first_name="Ivy", surname="Jo"))
        b.notes.add_note(rita, ivy, note, permission_given=True)
        _offline_round(b.team.sync_engine("rita", "rita-pass"))
    finally:
        cluster.start()


def test_the_desk_changes_hands_offline_and_each_change_goes_under_its_author(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    cluster, name = team_db
    a, b = _team(folders, cluster, name)
    b.team.sync_engine("rita", "rita-pass").sync()

    cluster.stop()
    try:
        rita = b.accounts.login("rita", "rita-pass")
        engine = b.team.sync_engine("rita", "rita-pass")
        ivy, _ = b.customers.create_customer(rita, CustomerDraft(first_name="Ivy", surname="Jo"))
        b.notes.add_note(rita, ivy, "Rita's note, written offline.", permission_given=True)
        _offline_round(engine)
        assert _kept(b, "rita")  # her changes wait: her secret stays for the next person

        tom = b.accounts.login("tom", "tom-pass")  # the desk changes hands
        engine = b.team.sync_engine("tom", "tom-pass")
        kai, _ = b.customers.create_customer(tom, CustomerDraft(first_name="Kai", surname="Lam"))
        b.notes.add_note(tom, kai, "Tom's note, written offline.", permission_given=True)
        _offline_round(engine)
        assert _kept(b, "tom") and _kept(b, "rita")

        lea = b.accounts.login("lead", "leader-pass")
        engine = b.team.sync_engine("lead", "leader-pass")
        b.notes.add_note(lea, ivy, "Lea's note on Rita's customer.", permission_given=True)
        _offline_round(engine)
        assert not _kept(b, "lead")  # never a team leader's
    finally:
        cluster.start()

    # Tom is back at the desk when the server returns.
    b.accounts.login("tom", "tom-pass")
    report = b.team.sync_engine("tom", "tom-pass").sync()
    assert not report.refused
    # Her note on Rita's customer and her login time on her account: not Tom's to send.
    assert report.waiting == {"lead": 2}
    assert _authors(b) == ["lead"]
    assert not _kept(b, "rita") and not _kept(b, "tom")  # sent: forgotten at once

    # Each note on the server is its author's (the server checks the pushing role).
    authors = _server(
        cluster, name, "SELECT a.username FROM note n JOIN account a ON a.id = n.author_id"
    )
    assert sorted(r[0] for r in authors) == ["rita", "tom"]
    assert _server(cluster, name, "SELECT count(*) FROM customer") == [(2,)]

    # The team leader's note goes when she next logs in at B, under her role.
    b.accounts.login("lead", "leader-pass")
    again = b.team.sync_engine("lead", "leader-pass").sync()
    assert not again.refused and not again.waiting and pending_count(b.db) == 0
    a.team.sync_engine("lead", "leader-pass").sync()
    lea_a = a.accounts.login("lead", "leader-pass")
    texts = sorted(n.text for n in a.customers.open_card(lea_a, ivy).notes)
    assert texts == ["Lea's note on Rita's customer.", "Rita's note, written offline."]
    assert [n.text for n in a.customers.open_card(lea_a, kai).notes] == [
        "Tom's note, written offline."
    ]


def test_a_kept_secret_that_no_longer_opens_her_role_is_forgotten_and_her_changes_wait(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    """Rita changed her password at another desk meanwhile: her kept secret is refused by
    PostgreSQL, forgotten, and her changes wait (never refused) for her next login here."""
    cluster, name = team_db
    a, b = _team(folders, cluster, name)
    _rita_writes_offline(b, cluster, "Waiting for Rita.")
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "rita", "rita-pass")
    c.team.sync_engine("rita", "rita-pass").sync()
    rita_c = c.accounts.login("rita", "rita-pass")
    c.team.change_password(rita_c, "rita-pass", "rita-new-pass")

    b.accounts.login("tom", "tom-pass")
    b.team.sync_engine("tom", "tom-pass").sync()  # pulls her new password hash too
    report = b.team.sync_engine("tom", "tom-pass").sync()
    assert not report.refused and report.waiting.get("rita")
    assert not _kept(b, "rita")
    assert _server(cluster, name, "SELECT count(*) FROM note") == [(0,)]

    b.accounts.login("rita", "rita-new-pass")
    done = b.team.sync_engine("rita", "rita-new-pass").sync()
    assert not done.refused and not done.waiting and pending_count(b.db) == 0
    assert _server(cluster, name, "SELECT count(*) FROM note") == [(1,)]


def test_a_removed_colleagues_changes_do_not_wait_forever(team_db, folders):  # noqa: F811
    """Rita is removed while her offline changes wait at B: the server no longer lets her role
    in, she will not log in again, so what Tom's role may not send is refused and reported."""
    cluster, name = team_db
    a, b = _team(folders, cluster, name)
    _rita_writes_offline(b, cluster, "Rita's, then she left.")
    a.team.remove_member("lead", "leader-pass", "rita")

    b.accounts.login("tom", "tom-pass")
    first = b.team.sync_engine("tom", "tom-pass").sync()  # her secret refused, then forgotten
    assert not _kept(b, "rita") and first.waiting.get("rita")
    second = b.team.sync_engine("tom", "tom-pass").sync()  # she is gone here too now
    assert not second.waiting
    assert {r.table_name for r in second.refused} >= {"note"}
    assert pending_count(b.db) == 0
