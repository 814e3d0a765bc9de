"""A representative's own role may INSERT customers and wrapped data keys (her work needs
both), so she can plant ones no workstation made: a customer with no key, a customer whose
ciphertexts open nothing, a wrapped key that unwraps under no team key. Every workstation
pulls them. They must not stop a team-key rotation, on the server or on any workstation
adopting it: removing her account rotates the key, and a rotation that fails for good would
leave her old copy of the team key opening everything written afterwards."""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import timedelta

import psycopg
from sqlalchemy import select

from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.gdpr import GdprService, Retention
from agentdesk.services.identity import Role
from agentdesk.vault.derive import key_fingerprint
from tests.integration.team.test_rotation import (  # noqa: F401
    PHONE,
    _fingerprints,
    _joined,
    folders,
    team_db,
)
from tests.integration.team.test_team_admin import _psql


def _name(ws, customer: str) -> dict:
    """The customer's name as this replica decrypts it (its key under the current team key)."""
    with ws.db.read() as s:
        row = s.get(Customer, uuid.UUID(customer))
        cipher = ws.vault.cipher(row.id)
        return json.loads(cipher.decrypt("customer", row.id, "name", row.name_ct))


def _server_keys(cluster, name, owner: str) -> int:
    with psycopg.connect(cluster.dsn(name)) as conn:
        query = "SELECT count(*) FROM sync_data_key WHERE owner_id = %s"
        return conn.execute(query, (owner,)).fetchone()[0]


def _server_rows(cluster, name, table: str, row_id: str) -> int:
    with psycopg.connect(cluster.dsn(name)) as conn:
        query = f"SELECT count(*) FROM {table} WHERE id = %s"
        return conn.execute(query, (row_id,)).fetchone()[0]


def _plant(cluster, name, user, password) -> tuple[str, str]:
    """As her role with psql: a keyless customer and one whose key and ciphertexts are
    noise, each logged in the change log so every workstation pulls it."""
    keyless, noisy = str(uuid.uuid4()), str(uuid.uuid4())
    noise = secrets.token_hex(60)
    done = _psql(
        cluster,
        name,
        user,
        password,
        "INSERT INTO sync_data_key (owner_id, kind, customer_id, wrapped) VALUES "
        f"('{noisy}', 'customer', NULL, '\\x{noise}'); "
        "INSERT INTO customer (id, version, created_at, updated_at, name_ct, phone_ct, "
        "type_tags) VALUES "
        f"('{keyless}', 1, now(), now(), '\\x00', NULL, '[]'), "
        f"('{noisy}', 1, now(), now(), '\\x{noise}', '\\x{noise}', '[]'); "
        "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) VALUES "
        f"(gen_random_uuid(), gen_random_uuid(), 'customer', '{keyless}', 'upsert', NULL), "
        f"(gen_random_uuid(), gen_random_uuid(), 'customer', '{noisy}', 'upsert', NULL)",
    )
    assert done.returncode == 0, done.stderr
    return keyless, noisy


def test_planted_keys_and_customers_do_not_stop_a_rotation(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(
        leader, CustomerDraft(first_name="Ivy", surname="Jones", phone=PHONE)
    )
    a.notes.add_note(leader, ivy, "Before the rotation.", permission_given=True)
    a.team.init(cluster.url(name), "lead", "leader-pass")
    for user in ("rita", "tom"):
        a.team.add_member(
            "lead", "leader-pass", user, user.title(), f"{user}-password", Role.REPRESENTATIVE
        )
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "tom", "tom-password")
    c.team.sync_engine("tom", "tom-password").sync()
    tom = c.accounts.login("tom", "tom-password")
    assert c.customers.match_caller(tom, PHONE) == [ivy]

    _plant(cluster, name, "rita", "rita-password")
    # Every workstation pulls what she planted before anyone rotates.
    a.team.sync_engine("lead", "leader-pass").sync()
    c.team.sync_engine("tom", "tom-password").sync()
    first = a.vault._master

    a.team.remove_member("lead", "leader-pass", "rita")  # rotates the team key

    second = a.vault._master
    assert second != first
    assert _fingerprints(cluster, name) == {key_fingerprint(second)}
    # Tom's workstation adopts the new key at its next sync, and still reads and finds Ivy.
    c.team.sync_engine("tom", "tom-password").sync()
    assert c.vault._master == second
    tom = c.accounts.login("tom", "tom-password")
    assert c.customers.match_caller(tom, PHONE) == [ivy]
    assert _name(c, ivy) == {"first": "Ivy", "surname": "Jones"}
    # A second rotation goes through as well (nothing left half-done by the first).
    a.team.rotate_key("lead", "leader-pass")
    c.team.sync_engine("tom", "tom-password").sync()
    assert c.vault._master == a.vault._master != second
    lead = a.accounts.login("lead", "leader-pass")
    assert [m.id for m in a.customers.lookup(lead, PHONE)] == [ivy]


def test_ids_borrowed_from_a_customer_destroy_none_of_her_keys(team_db, folders):  # noqa: F811
    """Row ids are unique per table only, and a data key is found by its owner's id alone.
    Her role can log a deletion of a feedback with a customer's id (no such feedback: read as
    "gone from the server"), and add a call and a message of her own under that id, which a
    retention purge later removes. Each used to destroy the customer's own key: on every
    workstation that pulled the deletion, on the one that purged, and with the leader's
    purge on the server too, so nobody could read her again."""
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(
        leader, CustomerDraft(first_name="Ivy", surname="Jones", phone=PHONE)
    )
    bo, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Bo", surname="Ekk"))
    zed, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Zed", surname="Q"))
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
    note = uuid.uuid4()  # a message for Zed, sealed (she says) with Ivy's key

    done = _psql(
        cluster,
        name,
        "rita",
        "rita-password",
        "INSERT INTO interaction (id, version, created_at, updated_at, agent_id, customer_id, "
        "channel, flow_id, state, started_at, tags) VALUES "
        f"('{ivy}', 1, now(), now(), '{rita}', '{ivy}', 'phone', 'x', 'wrapped', "
        "'2001-01-01', '[]'); "
        "INSERT INTO message (id, version, created_at, updated_at, taken_by, taken_at, status, "
        "key_owner_id, body_ct, cards_masked) VALUES "
        f"('{bo}', 1, now(), now(), '{rita}', '2001-01-01', 'new', '{bo}', '\\x00', 0); "
        "INSERT INTO message (id, version, created_at, updated_at, customer_id, taken_by, "
        "taken_at, status, key_owner_id, body_ct, cards_masked) VALUES "
        f"('{note}', 1, now(), now(), '{zed}', '{rita}', now(), 'new', '{ivy}', "
        "'\\x00', 0); "
        "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) VALUES "
        f"(gen_random_uuid(), gen_random_uuid(), 'feedback', '{ivy}', 'delete', NULL), "
        f"(gen_random_uuid(), gen_random_uuid(), 'interaction', '{ivy}', 'upsert', NULL), "
        f"(gen_random_uuid(), gen_random_uuid(), 'message', '{bo}', 'upsert', NULL), "
        f"(gen_random_uuid(), gen_random_uuid(), 'message', '{note}', 'upsert', NULL)",
    )
    assert done.returncode == 0, done.stderr

    # The logged deletion of "feedback <Ivy's id>" reaches both workstations.
    a.team.sync_engine("lead", "leader-pass").sync()
    c.team.sync_engine("tom", "tom-password").sync()
    for ws in (a, c):
        assert _name(ws, ivy) == {"first": "Ivy", "surname": "Jones"}

    # Erasing Zed destroys the keys of his calls and messages: not the one his message names
    # (hers, sealed with "Ivy's key").
    GdprService(a.db, a.vault, AuditLog(a.vault.audit_key), a.customers).erase_customer(
        a.accounts.login("lead", "leader-pass"), zed
    )
    a.vault.forget(uuid.UUID(ivy))
    assert _name(a, ivy) == {"first": "Ivy", "surname": "Jones"}
    assert a.vault.keys.get(uuid.UUID(zed)) is None

    # The leader's workstation purges calls and messages past retention: hers go (the
    # message on the server too: the leader's role deletes), Ivy's key stays everywhere.
    later = utcnow() + timedelta(days=30)
    GdprService(a.db, a.vault, AuditLog(a.vault.audit_key), a.customers).purge(
        a.accounts.login("lead", "leader-pass"), Retention(1, 1, 0), now=later, allow_large=True
    )
    assert not a.team.sync_engine("lead", "leader-pass").sync().refused
    assert not _server_rows(cluster, name, "message", bo)
    assert _server_keys(cluster, name, ivy) == _server_keys(cluster, name, bo) == 1
    c.team.sync_engine("tom", "tom-password").sync()
    for ws in (a, c):
        ws.vault.forget(uuid.UUID(ivy), uuid.UUID(bo))
        assert _name(ws, ivy) == {"first": "Ivy", "surname": "Jones"}
        assert _name(ws, bo) == {"first": "Bo", "surname": "Ekk"}
