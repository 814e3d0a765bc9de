"""A workstation adopts a new team key only with proof made under the key it holds. Whoever
can write the server's member table (the owner role, a superuser, an administrator restoring a
doctored dump) could seal a key of their own to a member's public key, which is public, and set
that member's fingerprint to match: the member's workstation took it at its next sync as it
takes a rotation, and from then on sent the data keys of what it wrote wrapped under it, so
the server's side could read them. Rotations record the new key wrapped under the old one; a
workstation away for several rotations follows the chain."""

from __future__ import annotations

import secrets
import uuid

import psycopg
import pytest

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.team.roles import team_roles
from agentdesk.team.succession import UnprovenTeamKeyError
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.teamkey import seal_team_key
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401


def test_a_key_sealed_by_the_server_side_is_not_adopted(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member("lead", "leader-pass", "tom", "Tom", "tom-password", Role.REPRESENTATIVE)
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "tom", "tom-password")
    c.team.sync_engine("tom", "tom-password").sync()
    held = c.vault._master

    # The server's side (here the superuser) seals its own key to Tom and sets his fingerprint.
    theirs = secrets.token_bytes(32)
    with psycopg.connect(cluster.dsn(name)) as conn:
        account, public = conn.execute(
            "SELECT account_id, public_key FROM team_member WHERE role_name = %s",
            (team_roles(name).member("tom"),),
        ).fetchone()
        conn.execute(
            "UPDATE team_member SET sealed_team_key = %s, team_key_fingerprint = %s "
            "WHERE account_id = %s",
            (seal_team_key(bytes(public), theirs, str(account)), key_fingerprint(theirs), account),
        )

    tom = c.accounts.login("tom", "tom-password")
    c.customers.create_customer(tom, CustomerDraft(first_name="Ivy", surname="Jones"))
    with pytest.raises(UnprovenTeamKeyError):
        c.team.sync_engine("tom", "tom-password").sync()
    assert c.vault._master == held  # kept; nothing was sent under theirs
    with psycopg.connect(cluster.dsn(name)) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (0,)


def test_a_workstation_away_for_two_rotations_follows_both(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member("lead", "leader-pass", "tom", "Tom", "tom-password", Role.REPRESENTATIVE)
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "tom", "tom-password")
    c.team.sync_engine("tom", "tom-password").sync()

    a.team.rotate_key("lead", "leader-pass")
    a.team.rotate_key("lead", "leader-pass")

    c.team.sync_engine("tom", "tom-password").sync()
    assert c.vault._master == a.vault._master
    assert c.vault.cipher(uuid.UUID(ivy)) is not None
