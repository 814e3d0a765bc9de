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

from agentdesk.models.customer import Customer
from agentdesk.services.customer_types import CustomerDraft
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
