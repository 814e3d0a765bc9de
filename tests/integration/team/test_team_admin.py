"""`team init`, `join`, members and the server's own refusals, against a real PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import uuid

import pytest

from agentdesk.errors import KnownError
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.team_setup import join
from agentdesk.team.roles import team_roles
from agentdesk.vault.keystore import MemoryKeyStore
from agentdesk.vault.teamkey import derive_account_secrets
from tests.helpers.team import FAST, standalone


@pytest.fixture
def team_db(pg_cluster):
    name = pg_cluster.create_database()
    yield pg_cluster, name
    pg_cluster.drop_database(name)
    for row in _roles_of(pg_cluster, name):
        pg_cluster.admin(f'DROP ROLE IF EXISTS "{row}"')


def _roles_of(cluster, name):
    import psycopg

    prefix = team_roles(name).prefix
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolname DESC",
                (prefix + "%",),
            )
        ]


def _psql(cluster, database, username, password, sql):
    """Run SQL with psql as an account's own role, as an administrator would try it."""
    secret = derive_account_secrets(password, database, username, FAST).login_secret
    role = team_roles(database).member(username)
    env = {**os.environ, "PGPASSWORD": secret}
    return subprocess.run(
        [
            str(cluster.bindir / "psql"),
            "-X",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-p",
            str(cluster.port),
            "-U",
            role,
            "-d",
            database,
            "-c",
            sql,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


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


def test_init_join_hot_desk_and_remove(team_db, folders):
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jones"))
    a.notes.add_note(leader, cid, "Written before the team existed.", permission_given=True)

    report = a.team.init(cluster.url(name), "lead", "leader-pass")
    assert report.pushed == 3 and not report.refused  # account, customer, note

    # B joins with the team leader's password: the team key arrives sealed, never in clear.
    b_paths_root = a.paths.root.parent / "b"
    from agentdesk.paths import DataPaths
    from agentdesk.storage.open import open_database

    b_paths = DataPaths(b_paths_root).ensure()
    b_db = open_database(b_paths)
    keyring_b = MemoryKeyStore()
    url = f"postgresql://127.0.0.1:{cluster.port}/{name}"
    join(b_paths, b_db, url, "lead", "leader-pass", keyring_b, params=FAST)
    b_db.dispose()
    b = folders("b", keyring_b.load())
    b.team.sync_engine("lead", "leader-pass").sync()
    on_b = b.accounts.login("lead", "leader-pass")
    assert [n.text for n in b.customers.open_card(on_b, cid).notes] == [
        "Written before the team existed."
    ]

    # A new representative, added on A, logs in on B (hot-desking) and works there.
    a.team.add_member("lead", "leader-pass", "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    b.team.sync_engine("lead", "leader-pass").sync()
    rita = b.accounts.login("rep", "rep-password")
    rid, _ = b.customers.create_customer(rita, CustomerDraft(first_name="Kai", surname="Lam"))
    b.notes.add_note(rita, rid, "Rita's note, from B.", permission_given=True)
    pushed = b.team.sync_engine("rep", "rep-password").sync()
    assert not pushed.refused
    a.team.sync_engine("lead", "leader-pass").sync()
    assert [n.text for n in a.customers.open_card(leader, rid).notes] == ["Rita's note, from B."]

    # The server itself refuses what the app refuses, whatever client the representative uses.
    for sql in (
        "UPDATE audit_entry SET actor = 'someone'",
        "DELETE FROM audit_entry",
        "SELECT count(*) FROM audit_entry",
        "UPDATE note_version SET body_ct = 'x'",
        "UPDATE account SET role = 'team-leader'",
        "INSERT INTO account (id, username, display_name, role, password_hash, failed_logins,"
        " version, created_at, updated_at) VALUES (gen_random_uuid(), 'x', 'x', 'team-leader',"
        " 'x', 0, 1, now(), now())",
        "DELETE FROM customer",
        "UPDATE directory_entry SET name = 'x'",
        "CREATE ROLE intruder LOGIN",
        "SELECT agentdesk_add_member(gen_random_uuid(), 'x', 'team-leader', "
        "'SCRAM-SHA-256$x', ''::bytea, ''::bytea, ''::bytea, '')",
    ):
        done = _psql(cluster, name, "rep", "rep-password", sql)
        assert done.returncode != 0, sql
        assert "permission denied" in done.stderr or "only a team leader" in done.stderr, (
            sql,
            done.stderr,
        )
    # Another author's note: her update finds no row she may touch (row-level security).
    done = _psql(
        cluster,
        name,
        "rep",
        "rep-password",
        "UPDATE note SET cards_masked = 9 WHERE author_id <> agentdesk_account_id()",
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("UPDATE 0"), done.stdout
    # What she may do, she can: read customers (ciphertext only) and her own account row.
    ok = _psql(
        cluster,
        name,
        "rep",
        "rep-password",
        "UPDATE account SET failed_logins = 0 WHERE id = agentdesk_account_id()",
    )
    assert ok.returncode == 0 and "UPDATE 1" in ok.stdout, ok.stderr
    # Her own interface language is hers to choose, and follows her to every desk.
    b.accounts.set_language(rita, "rep", "it")
    assert not b.team.sync_engine("rep", "rep-password").sync().refused
    a.team.sync_engine("lead", "leader-pass").sync()
    assert a.accounts.login("rep", "rep-password").language == "it"

    # Removing her: her role is gone from the server, her account from every workstation.
    a.team.remove_member("lead", "leader-pass", "rep")
    refused = _psql(cluster, name, "rep", "rep-password", "SELECT 1")
    assert refused.returncode != 0 and "authentication failed" in refused.stderr
    b.team.sync_engine("lead", "leader-pass").sync()
    with pytest.raises(KnownError):
        b.accounts.login("rep", "rep-password")


def test_join_with_a_wrong_password_is_refused_and_changes_nothing(team_db, folders, tmp_path):
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    from agentdesk.paths import DataPaths
    from agentdesk.storage.open import open_database

    paths = DataPaths(tmp_path / "c").ensure()
    db = open_database(paths)
    store = MemoryKeyStore()
    try:
        with pytest.raises(KnownError, match="refused"):
            join(
                paths,
                db,
                f"postgresql://127.0.0.1:{cluster.port}/{name}",
                "lead",
                "wrong-pass",
                store,
                params=FAST,
            )
    finally:
        db.dispose()
    assert store.load() is None
    assert not (paths.root / "team.json").exists()


def test_a_representative_cannot_write_a_survey_answer_for_someone_elses_call(team_db, folders):
    """Row-level security on survey_response (#19): the service lets a representative enter
    the customer's verdict only on her own calls, and so does the server, whatever client."""
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member("lead", "leader-pass", "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rita = a.accounts.login("rep", "rep-password")
    calls = {}
    for who in (leader, rita):
        calls[who.username] = row = uuid.uuid4()
        cluster.admin(
            "INSERT INTO interaction (id, version, created_at, updated_at, agent_id, channel,"
            f" flow_id, state, started_at, tags) VALUES ('{row}', 1, now(), now(),"
            f" '{who.account_id}', 'phone', 'inbound', 'wrapped', now(), '[]')",
            database=name,
        )

    def answer(call, agent, score=5):
        return (
            "INSERT INTO survey_response (id, version, created_at, updated_at, interaction_id,"
            " agent_id, started_at, kind, score, source) VALUES (gen_random_uuid(), 1, now(),"
            f" now(), '{call}', '{agent}', now(), 'csat', {score}, 'entered')"
        )

    # Someone else's call, whether the row names its representative or herself: refused.
    for agent in (leader.account_id, rita.account_id):
        done = _psql(cluster, name, "rep", "rep-password", answer(calls["lead"], agent))
        assert done.returncode != 0, agent
        assert "row-level security" in done.stderr, done.stderr
    # Her own call: accepted; moving it onto another call or person afterwards: refused.
    ok = _psql(cluster, name, "rep", "rep-password", answer(calls["rep"], rita.account_id))
    assert ok.returncode == 0 and "INSERT 0 1" in ok.stdout, ok.stderr
    moved = _psql(
        cluster,
        name,
        "rep",
        "rep-password",
        f"UPDATE survey_response SET interaction_id = '{calls['lead']}'",
    )
    assert moved.returncode != 0 and "row-level security" in moved.stderr, moved.stderr
    # A team leader's answer on his own call is out of her reach, and the leader may write any.
    lead_ok = _psql(cluster, name, "lead", "leader-pass", answer(calls["lead"], leader.account_id))
    assert lead_ok.returncode == 0 and "INSERT 0 1" in lead_ok.stdout, lead_ok.stderr
    untouched = _psql(
        cluster,
        name,
        "rep",
        "rep-password",
        "UPDATE survey_response SET score = 1 WHERE agent_id <> agentdesk_account_id()",
    )
    assert untouched.returncode == 0 and untouched.stdout.strip().endswith("UPDATE 0")


def test_a_password_change_rewraps_the_team_key_for_every_workstation(team_db, folders):
    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member("lead", "leader-pass", "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    url = f"postgresql://127.0.0.1:{cluster.port}/{name}"

    rita = a.accounts.login("rep", "rep-password")
    with pytest.raises(KnownError):  # the old password is checked first
        a.team.change_password(rita, "not-her-password", "new-rep-password")
    a.team.change_password(rita, "rep-password", "new-rep-password")

    # Her role on the server: the new password logs in, the old one does not.
    assert _psql(cluster, name, "rep", "new-rep-password", "SELECT 1").returncode == 0
    refused = _psql(cluster, name, "rep", "rep-password", "SELECT 1")
    assert refused.returncode != 0 and "authentication failed" in refused.stderr

    # A second workstation: joining with the new password gets the team key, the old one not.
    from agentdesk.paths import DataPaths
    from agentdesk.storage.open import open_database

    b_paths = DataPaths(a.paths.root.parent / "b").ensure()
    b_db = open_database(b_paths)
    with pytest.raises(KnownError):
        join(b_paths, b_db, url, "rep", "rep-password", MemoryKeyStore(), params=FAST)
    keyring_b = MemoryKeyStore()
    team_key = join(b_paths, b_db, url, "rep", "new-rep-password", keyring_b, params=FAST)
    b_db.dispose()
    assert team_key == a.vault._master
    b = folders("b", keyring_b.load())
    b.team.sync_engine("rep", "new-rep-password").sync()
    # Hot-desking on B: the pushed hash arrived, the new password logs in there, the old not.
    assert b.accounts.login("rep", "new-rep-password").username == "rep"
    with pytest.raises(KnownError):
        b.accounts.login("rep", "rep-password")
    assert b.team.adopt_team_key("rep", "new-rep-password") is False  # same key, opened


def test_upgrade_brings_an_older_servers_grants_up_to_date(team_db, folders):
    """A server set up by an older version lacks a newer grant; `team upgrade` restores it."""
    from agentdesk.__main__ import main

    cluster, name = team_db
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(cluster.url(name), "lead", "leader-pass")
    rep = team_roles(name).rep
    cluster.admin(f'REVOKE UPDATE (language) ON account FROM "{rep}"', database=name)

    def may_set_language():
        import psycopg

        with psycopg.connect(cluster.dsn(name), autocommit=True) as conn:
            return conn.execute(
                "SELECT has_column_privilege(%s, 'account', 'language', 'UPDATE')", (rep,)
            ).fetchone()[0]

    assert not may_set_language()
    assert main(["team", "upgrade", "--url", cluster.url(name)]) == 0
    assert may_set_language()
    assert main(["team", "upgrade", "--url", cluster.url(name)]) == 0  # twice: the same
