"""Attacking the kept push secrets (hot-desking while offline) as the representative at the desk.

Tom can edit his workstation's SQLite file (the data folder is his OS account's): the account
rows and the sync outbox are his to change there, without the app and without any key. What
he changes there must never let a push act on the server with a team leader's rights.
"""

from __future__ import annotations

import secrets
import uuid

import pytest
from sqlalchemy import insert, update

from agentdesk.errors import KnownError
from agentdesk.models import Account
from agentdesk.models.sync import SyncOutbox
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.push_credentials import PushCredentials, secret_id
from agentdesk.team.config import TeamConfig
from tests.integration.team.test_hot_desk_offline import (
    _kept,
    _offline_round,
    _server,
    _team,
)
from tests.integration.team.test_outbox_author import desk  # noqa: F401
from tests.integration.team.test_rotation import folders, team_db  # noqa: F401

OUTBOX = SyncOutbox.__table__
ACCOUNT = Account.__table__


def _role_on_server(cluster, name, username):
    return _server(cluster, name, "SELECT role FROM account WHERE username = %s", username)


def test_a_leader_marked_a_representative_in_the_local_file_never_lends_her_rights(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    """Tom marks the team leader a representative in B's local file (no outbox entry: the
    server never hears of it). She works at B offline and leaves changes waiting, so B keeps
    her role's secret. Tom then adds an outbox entry naming her as author that makes his own
    account a team leader's: the push must not send it under her role."""
    cluster, name = team_db
    _a, b = _team(folders, cluster, name)
    b.team.sync_engine("rita", "rita-pass").sync()
    with b.db.engine.begin() as conn:  # Tom's edit of the local file
        conn.execute(
            update(ACCOUNT).where(ACCOUNT.c.username == "lead").values(role="representative")
        )

    cluster.stop()
    try:
        lea = b.accounts.login("lead", "leader-pass")
        b.customers.create_customer(lea, CustomerDraft(first_name="Al", surname="Bo"))
        _offline_round(b.team.sync_engine("lead", "leader-pass"))
        b.accounts.login("tom", "tom-pass")
        with b.db.engine.begin() as conn:  # Tom again: himself a team leader, "by Lea"
            tom_id = conn.execute(ACCOUNT.select().where(ACCOUNT.c.username == "tom")).first().id
            conn.execute(update(ACCOUNT).where(ACCOUNT.c.id == tom_id).values(role="team-leader"))
            conn.execute(
                insert(OUTBOX).values(
                    change_id=uuid.uuid4(),
                    table_name="account",
                    row_id=str(tom_id),
                    op="upsert",
                    columns=["role"],
                    author="lead",
                )
            )
    finally:
        cluster.start()

    report = b.team.sync_engine("tom", "tom-pass").sync()
    assert _role_on_server(cluster, name, "tom") == [("representative",)]
    assert not _kept(b, "lead")  # a team leader's secret: forgotten at its first use
    # Her login time on her account row and the crafted entry wait for her own login here.
    assert report.waiting == {"lead": 2}
    assert not report.refused


def test_removing_a_member_while_the_server_is_away_changes_nothing_here(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    """The team leader removes Rita while the team database cannot be reached: the removal
    fails as a whole. Before, Rita's account was tombstoned here anyway, with no author: her
    role stayed on the server, and the tombstone went to whoever logged in next (a
    representative's push: refused and reported)."""
    cluster, name = team_db
    a, _b = _team(folders, cluster, name)
    cluster.stop()
    try:
        with pytest.raises(KnownError):
            a.team.remove_member("lead", "leader-pass", "rita")
        with a.db.engine.connect() as conn:
            tombstones = conn.execute(OUTBOX.select().where(OUTBOX.c.table_name == "account")).all()
        assert a.accounts.login("rita", "rita-pass")  # still a member, here as on the server
    finally:
        cluster.start()
    assert not [t for t in tombstones if t.author is None]
    a.team.remove_member("lead", "leader-pass", "rita")
    assert _server(
        cluster, name, "SELECT deleted_at IS NOT NULL FROM account WHERE username = %s", "rita"
    ) == [(True,)]


def test_a_refusal_held_back_for_the_member_at_the_desk_is_not_waiting_for_her_login(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    """The team leader's change waits at B (not Tom's to send); a change of Tom's that the
    server refuses after it is held back (it may be a consequence of hers) rather than reported.
    The status bar must not say it waits for Tom to log in here: he is logged in."""
    cluster, name = team_db
    _a, b = _team(folders, cluster, name)
    b.team.sync_engine("rita", "rita-pass").sync()
    cluster.stop()
    try:
        b.accounts.login("lead", "leader-pass")  # her login time: her account row
        _offline_round(b.team.sync_engine("lead", "leader-pass"))
        b.accounts.login("tom", "tom-pass")
        with b.db.engine.begin() as conn:  # a change of Tom's the server will refuse
            tom_id = conn.execute(ACCOUNT.select().where(ACCOUNT.c.username == "tom")).first().id
            conn.execute(update(ACCOUNT).where(ACCOUNT.c.id == tom_id).values(role="team-leader"))
            conn.execute(
                insert(OUTBOX).values(
                    change_id=uuid.uuid4(),
                    table_name="account",
                    row_id=str(tom_id),
                    op="upsert",
                    columns=["role"],
                    author="tom",
                )
            )
    finally:
        cluster.start()
    report = b.team.sync_engine("tom", "tom-pass").sync()
    assert not report.refused
    assert [name for name in report.waiting if name] == ["lead"]


def test_a_kept_secret_copied_under_another_accounts_id_opens_nothing(desk):  # noqa: F811
    """Tom copies Rita's wrapped secret in the key store to the place of another account's:
    it is bound to Rita's id, so it does not open there, and it is forgotten."""
    s, d = desk.services, desk.data
    lead = s.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    for user in ("rita", "tom"):
        s.accounts.add_user(lead, user, user.title(), f"{user}-pass", Role.REPRESENTATIVE)
    d.vault.keep_secret(secret_id("rita"), secrets.token_bytes(32))
    d.vault.keys.put_local_secret(secret_id("tom"), d.vault.keys.local_secret(secret_id("rita")))
    creds = PushCredentials(s.db, d.vault, TeamConfig("postgresql+psycopg://h/team"), "lead", "x")
    assert creds.engine_for("tom") is None
    assert creds.kept() == {"rita"}
