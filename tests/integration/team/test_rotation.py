"""Team-key rotation: on removing an account and by `team rotate-key`. Every data key on the
server is re-wrapped (notes are not re-encrypted), blind indexes follow, the other
workstations adopt the new key at their next sync, and a removed member's copy of the old key
opens nothing written afterwards."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from agentdesk.errors import KnownError
from agentdesk.paths import DataPaths
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.team_setup import join
from agentdesk.storage.open import open_database
from agentdesk.vault.blind_index import BlindIndexer
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.envelope import unwrap_data_key
from agentdesk.vault.errors import DecryptionError
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.team import FAST, standalone
from tests.integration.team.test_team_admin import _roles_of

PHONE = "07700 900123"
LATER_PHONE = "07700 900456"


@pytest.fixture
def team_db(pg_cluster):
    name = pg_cluster.create_database()
    yield pg_cluster, name
    pg_cluster.drop_database(name)
    for row in _roles_of(pg_cluster, name):
        pg_cluster.admin(f'DROP ROLE IF EXISTS "{row}"')


@pytest.fixture
def folders(tmp_path):
    made = []

    def make(name, key=None):
        ws = standalone(tmp_path / name, MemoryKeyStore(key))
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.vault.keys.dispose()
        ws.db.dispose()


def _joined(folders, cluster, name, folder, user, password):
    paths = DataPaths(folder).ensure()
    db = open_database(paths)
    store = MemoryKeyStore()
    join(
        paths,
        db,
        f"postgresql://127.0.0.1:{cluster.port}/{name}",
        user,
        password,
        store,
        params=FAST,
    )
    db.dispose()
    return folders(folder.name, store.load())


def _server_key(cluster, name, owner) -> bytes:
    engine = create_engine(cluster.url(name))
    try:
        with engine.connect() as conn:
            return bytes(
                conn.execute(
                    text("SELECT wrapped FROM sync_data_key WHERE owner_id = :o"), {"o": str(owner)}
                ).scalar_one()
            )
    finally:
        engine.dispose()


def _fingerprints(cluster, name) -> set[str]:
    engine = create_engine(cluster.url(name))
    try:
        with engine.connect() as conn:
            return set(conn.execute(text("SELECT team_key_fingerprint FROM team_member")).scalars())
    finally:
        engine.dispose()


def test_removing_an_account_rotates_the_team_key_and_everyone_follows(team_db, folders):
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(
        leader, CustomerDraft(first_name="Ivy", surname="Jones", phone=PHONE)
    )
    a.notes.add_note(leader, ivy, "Written under the first key.", permission_given=True)
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member(
        "lead", "leader-pass", "rita", "Rita Rep", "rep-password", Role.REPRESENTATIVE
    )
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "lead", "leader-pass")
    b.team.sync_engine("lead", "leader-pass").sync()
    # Rita's own workstation: she holds the first team key, as any member does.
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "rita", "rep-password")
    c.team.sync_engine("rita", "rep-password").sync()
    first = c.keyring.load()
    assert first == a.vault._master == b.vault._master

    a.team.remove_member("lead", "leader-pass", "rita")

    second = a.vault._master
    assert second != first and a.keyring.load() == second
    assert _fingerprints(cluster, name) == {key_fingerprint(second)}
    # The data keys on the server are under the new key (re-wrapped, notes untouched).
    assert unwrap_data_key(second, _server_key(cluster, name, ivy), uuid.UUID(ivy))
    with pytest.raises(DecryptionError):
        unwrap_data_key(first, _server_key(cluster, name, ivy), uuid.UUID(ivy))
    # New data: Rita's copy of the old key neither opens it nor finds it by phone.
    lead_a = a.accounts.login("lead", "leader-pass")
    zed, _ = a.customers.create_customer(
        lead_a, CustomerDraft(first_name="Zed", surname="Quill", phone=LATER_PHONE)
    )
    a.team.sync_engine("lead", "leader-pass").sync()
    with pytest.raises(DecryptionError):
        unwrap_data_key(first, _server_key(cluster, name, zed), uuid.UUID(zed))
    engine = create_engine(cluster.url(name))
    with engine.connect() as conn:
        on_server = set(conn.execute(text("SELECT phone_bidx FROM customer")).scalars())
    engine.dispose()
    assert BlindIndexer(first).phone(LATER_PHONE) not in on_server
    assert BlindIndexer(first).phone(PHONE) not in on_server
    assert BlindIndexer(second).phone(PHONE) in on_server
    # And she cannot fetch the new key with her password any more.
    with pytest.raises(KnownError):
        _joined(folders, cluster, name, a.paths.root.parent / "d", "rita", "rep-password")

    # B was away: it wrote a customer under the old key, then syncs, adopts the new key
    # first, and only then sends its work.
    lead_b = b.accounts.login("lead", "leader-pass")
    bo, _ = b.customers.create_customer(lead_b, CustomerDraft(first_name="Bo", surname="Ekk"))
    b.team.sync_engine("lead", "leader-pass").sync()
    assert b.vault._master == second and b.keyring.load() == second
    assert unwrap_data_key(second, _server_key(cluster, name, bo), uuid.UUID(bo))
    assert AuditLog(b.vault.audit_key).verify(b.db).ok
    lead_b = b.accounts.login("lead", "leader-pass")
    assert [m.id for m in b.customers.lookup(lead_b, PHONE)] == [ivy]
    assert [m.id for m in b.customers.lookup(lead_b, LATER_PHONE)] == [zed]
    assert [n.text for n in b.customers.open_card(lead_b, ivy).notes] == [
        "Written under the first key."
    ]
    a.team.sync_engine("lead", "leader-pass").sync()
    assert [m.id for m in a.customers.lookup(lead_a, "Ekk")] == [bo]


def test_rotate_key_on_one_workstation_reaches_the_others(team_db, folders):
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(
        leader, CustomerDraft(first_name="Ivy", surname="Jones", phone=PHONE)
    )
    a.team.init(cluster.url(name), "lead", "leader-pass")
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "lead", "leader-pass")
    b.team.sync_engine("lead", "leader-pass").sync()
    first = a.vault._master

    done = b.team.rotate_key("lead", "leader-pass")

    assert (done.keys_rewrapped, done.customers_reindexed, done.members_resealed) == (1, 1, 1)
    second = b.vault._master
    assert second != first
    # A adopts it in its next sync (its audit chain re-keyed, its lookups still work).
    a.team.sync_engine("lead", "leader-pass").sync()
    assert a.vault._master == second
    assert AuditLog(a.vault.audit_key).verify(a.db).ok
    who = a.accounts.login("lead", "leader-pass")
    assert [m.id for m in a.customers.lookup(who, PHONE)] == [ivy]
    # A representative may not rotate.
    a.team.add_member(
        "lead", "leader-pass", "rita", "Rita Rep", "rep-password", Role.REPRESENTATIVE
    )
    with pytest.raises(KnownError):
        a.team.rotate_key("rita", "rep-password")
