"""Only the workstation itself adds to its audit chain on the team database (#17 review, HIGH).

Each workstation registers a random secret (only its hash on the server, in a table no member
role can read) and appends through agentdesk_audit_append with it. Attacked here as a
representative's own PostgreSQL role with psql, the way a curious representative would try:
direct writes, another workstation's id with a wrong secret, reading the registrations, SQL
injection in the parameters, a search_path hijack. Hot-desking keeps working; a forged entry
left from before is quarantined by the owner and the victim syncs again.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
import uuid

import pytest
from sqlalchemy import create_engine, text

from agentdesk.__main__ import main
from agentdesk.errors import KnownError
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.team_audit import quarantine_audit_entries, reset_audit_credential
from agentdesk.services.team_setup import upgrade_server
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401
from tests.integration.team.test_team_admin import _psql


def _owner_sql(cluster, name, sql, params=None):
    engine = create_engine(cluster.url(name))
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params or {})
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()


def _append(ws, secret_hex: str, seq: int, *, proof: str = "NULL", actor: str = "'lead'") -> str:
    """agentdesk_audit_append as psql would call it: one entry at ``seq``."""
    ws_sql = ws if str(ws).startswith("$") else f"'{ws}'"
    return (
        f"SELECT agentdesk_audit_append({ws_sql}, '\\x{secret_hex}'::bytea, {proof}, "
        f"ARRAY[{seq}], ARRAY[gen_random_uuid()], ARRAY[now()], ARRAY[NULL::uuid], "
        f"ARRAY[{actor}], ARRAY['login'], ARRAY[NULL::uuid], ARRAY['{{}}'::jsonb], "
        "ARRAY['\\x00'::bytea])"
    )


def _last_seq(ws) -> int:
    with ws.db.read() as s:
        return s.execute(text("SELECT coalesce(max(seq), 0) FROM audit_entry")).scalar()


def _chain(cluster, name, ws_id):
    return _owner_sql(
        cluster,
        name,
        "SELECT seq, actor, mac FROM audit_chain WHERE workstation = :w ORDER BY seq",
        {"w": ws_id},
    )


def _team(folders, cluster, name):  # noqa: F811
    """Leader's desk A (team init), Rita's desk B (joined)."""
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member(
        "lead", "leader-pass", "rita", "Rita Rep", "rep-password", Role.REPRESENTATIVE
    )
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "rita", "rep-password")
    b.team.sync_engine("rita", "rep-password").sync()
    return a, leader, b


def test_a_representative_cannot_add_to_another_workstations_chain(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a, leader, b = _team(folders, cluster, name)
    engine_a = a.team.sync_engine("lead", "leader-pass")
    engine_a.sync()
    victim = engine_a.workstation_id
    before = _chain(cluster, name, victim)
    squat = _last_seq(a) + 1

    def refused(sql: str, why: str) -> None:
        done = _psql(cluster, name, "rita", "rep-password", sql)
        assert done.returncode != 0, sql
        assert why in done.stderr, (sql, done.stderr)

    # Direct writes on the chain, and on the registrations and the quarantine.
    refused(
        "INSERT INTO audit_chain (workstation, seq, id, at, actor, action, details, mac) "
        f"VALUES ('{victim}', {squat}, gen_random_uuid(), now(), 'lead', 'login', '{{}}', "
        "'\\x00')",
        "permission denied",
    )
    for sql in (
        "SELECT * FROM audit_workstation",
        f"UPDATE audit_workstation SET secret_hash = sha256('x') WHERE workstation = '{victim}'",
        "DELETE FROM audit_workstation",
        f"INSERT INTO audit_workstation VALUES ('{uuid.uuid4()}', sha256('x'), 'rita', now())",
        "SELECT * FROM audit_quarantine",
        "DELETE FROM audit_quarantine",
    ):
        refused(sql, "permission denied")
    # The old helper that compared MACs is not a member's any more.
    refused(
        f"SELECT agentdesk_audit_mismatch('{victim}', ARRAY[1], ARRAY['\\x00'::bytea])",
        "permission denied",
    )

    # The function with the victim's id: a wrong secret, no secret, a short one, a proof guess.
    wrong = "00" * 32
    refused(_append(victim, wrong, squat), "workstation credential refused")
    refused(_append(victim, "ab" * 16, squat), "workstation credential refused")
    refused(
        _append(victim, wrong, squat).replace(f"'\\x{wrong}'::bytea", "NULL"),
        "workstation credential refused",
    )
    refused(_append(victim, wrong, squat, proof="'\\x00'::bytea"), "workstation credential refused")
    # Malformed batches: arrays of different lengths, too many entries.
    refused(
        _append(victim, wrong, squat).replace("ARRAY['login']", "ARRAY['login', 'x']"),
        "malformed audit entries",
    )

    # SQL injection in the parameters (dollar-quoted, so they reach the function as values):
    # the function builds no SQL from them.
    hostile = "x'); DELETE FROM audit_chain; DROP TABLE audit_workstation; --"
    refused(_append(f"$q${hostile}$q$", wrong, squat), "invalid input syntax for type uuid")
    refused(
        _append(victim, wrong, squat, actor=f"$q${hostile}$q$"),
        "workstation credential refused",
    )
    # ... even on her own workstation, with her own secret, the text lands as a value.
    b_engine = b.team.sync_engine("rita", "rep-password")
    own_secret = b.vault.workstation_secret(b_engine.workstation_id).hex()
    done = _psql(
        cluster,
        name,
        "rita",
        "rep-password",
        _append(b_engine.workstation_id, own_secret, 10_000, actor=f"$q${hostile}$q$"),
    )
    assert done.returncode == 0, done.stderr
    stored = _chain(cluster, name, b_engine.workstation_id)[-1]
    assert stored.seq == 10_000 and stored.actor == hostile
    assert _owner_sql(cluster, name, "SELECT count(*) FROM audit_workstation")[0][0] == 2

    # A search_path hijack: no temporary objects, nothing in public.
    refused(
        "CREATE TEMP TABLE audit_workstation (workstation uuid, secret_hash bytea)",
        "permission denied",
    )
    refused(
        "CREATE FUNCTION public.sha256(bytea) RETURNS bytea LANGUAGE sql AS "
        "$$ SELECT '\\x00'::bytea $$",
        "permission denied",
    )

    # Nothing of the victim's chain changed; the victim keeps syncing; its chain verifies.
    assert _chain(cluster, name, victim) == before
    a.customers.create_customer(leader, CustomerDraft(first_name="Kai", surname="Lam"))
    a.team.sync_engine("lead", "leader-pass").sync()
    assert len(_chain(cluster, name, victim)) == _last_seq(a)
    checks = {c.workstation: c for c in a.team.verify_server_audit("lead", "leader-pass")}
    assert checks[str(victim)].ok


def test_the_secret_is_kept_wrapped_and_only_its_hash_on_the_server(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a, _leader, b = _team(folders, cluster, name)
    engine_b = b.team.sync_engine("rita", "rep-password")
    secret = b.vault.workstation_secret(engine_b.workstation_id)
    assert len(secret) == 32
    (row,) = _owner_sql(
        cluster,
        name,
        "SELECT secret_hash, registered_by FROM audit_workstation WHERE workstation = :w",
        {"w": engine_b.workstation_id},
    )
    assert bytes(row.secret_hash) == hashlib.sha256(secret).digest()
    assert row.registered_by.endswith("_u_rita")
    for path in (*b.paths.data_keys, b.paths.database):
        assert secret not in path.read_bytes()
    # A rotation re-wraps it with the data keys: the same secret opens with the new key.
    a.team.rotate_key("lead", "leader-pass")
    b.team.sync_engine("rita", "rep-password").sync()
    assert b.vault.workstation_secret(engine_b.workstation_id) == secret
    rita = b.accounts.login("rita", "rep-password")
    b.customers.create_customer(rita, CustomerDraft(first_name="Mo", surname="Ngata"))
    b.team.sync_engine("rita", "rep-password").sync()
    assert all(c.ok for c in a.team.verify_server_audit("lead", "leader-pass"))


def test_hot_desking_two_accounts_at_one_desk_one_account_at_two(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a, _leader, b = _team(folders, cluster, name)
    engine_a = a.team.sync_engine("lead", "leader-pass")
    engine_a.sync()
    # Rita logs in at the leader's desk: its chain, its secret, her entries.
    rita_at_a = a.accounts.login("rita", "rep-password")
    a.customers.create_customer(rita_at_a, CustomerDraft(first_name="Ana", surname="Bo"))
    a.team.sync_engine("rita", "rep-password").sync()
    # ... and at a third desk she joins.
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "rita", "rep-password")
    c.team.sync_engine("rita", "rep-password").sync()
    rita_at_c = c.accounts.login("rita", "rep-password")
    c.customers.create_customer(rita_at_c, CustomerDraft(first_name="Cy", surname="Do"))
    c.team.sync_engine("rita", "rep-password").sync()
    rita_at_b = b.accounts.login("rita", "rep-password")
    b.customers.create_customer(rita_at_b, CustomerDraft(first_name="Ed", surname="Fu"))
    b.team.sync_engine("rita", "rep-password").sync()
    # The leader at Rita's desk.
    lead_at_b = b.accounts.login("lead", "leader-pass")
    b.customers.create_customer(lead_at_b, CustomerDraft(first_name="Gil", surname="Ho"))
    b.team.sync_engine("lead", "leader-pass").sync()

    checks = a.team.verify_server_audit("lead", "leader-pass")
    assert len(checks) == 3 and all(c.ok for c in checks), checks
    for ws in (a, b, c):
        ws_id = ws.team.sync_engine("rita", "rep-password").workstation_id
        assert len(_chain(cluster, name, ws_id)) == _last_seq(ws)
    actors = {r.actor for r in _chain(cluster, name, engine_a.workstation_id)}
    assert {"lead", "rita"} <= actors


def test_a_workstation_joined_before_registrations_claims_its_chain_with_proof(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    """After `team upgrade`, a workstation that sent entries before has no registration: it
    registers with its first entry's MAC, which a representative cannot read on the server;
    a representative who knows its id (the change log shows it) cannot claim it."""
    cluster, name = team_db
    a, leader, _b = _team(folders, cluster, name)
    engine_a = a.team.sync_engine("lead", "leader-pass")
    engine_a.sync()
    victim = engine_a.workstation_id
    # The state an older version left: entries on the server, no registration, no secret here,
    # and the grants of that version (members could INSERT); `team upgrade` puts them right.
    _owner_sql(cluster, name, "DELETE FROM audit_workstation WHERE workstation = :w", {"w": victim})
    for path in a.paths.data_keys:
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM local_secret")
        conn.commit()
        conn.close()
    conn = sqlite3.connect(a.paths.database)
    conn.execute("DELETE FROM app_meta WHERE key = 'sync_audit_registered'")
    conn.commit()
    conn.close()
    rep_group = _owner_sql(cluster, name, "SELECT value FROM team_meta WHERE key = 'rep_group'")
    _owner_sql(cluster, name, f'GRANT INSERT ON audit_chain TO "{rep_group[0][0]}"')
    upgrade_server(cluster.url(name))
    refused = _psql(
        cluster,
        name,
        "rita",
        "rep-password",
        "INSERT INTO audit_chain (workstation, seq, id, at, actor, action, details, mac) "
        f"VALUES ('{victim}', 999, gen_random_uuid(), now(), 'lead', 'login', '{{}}', '\\x00')",
    )
    assert refused.returncode != 0 and "permission denied" in refused.stderr

    # Rita knows the id (sync_change.origin is readable) and tries to claim it first.
    for proof in ("NULL", "'\\x00'::bytea", "sha256('guess')"):
        done = _psql(
            cluster, name, "rita", "rep-password", _append(victim, "11" * 32, 999, proof=proof)
        )
        assert done.returncode != 0 and "workstation not registered" in done.stderr, done.stderr
    assert not _owner_sql(
        cluster, name, "SELECT 1 FROM audit_workstation WHERE workstation = :w", {"w": victim}
    )

    # The workstation itself registers at its next sync and goes on.
    a.customers.create_customer(leader, CustomerDraft(first_name="Kai", surname="Lam"))
    a.team.sync_engine("lead", "leader-pass").sync()
    secret = a.vault.workstation_secret(victim)
    (row,) = _owner_sql(
        cluster,
        name,
        "SELECT secret_hash FROM audit_workstation WHERE workstation = :w",
        {"w": victim},
    )
    assert bytes(row.secret_hash) == hashlib.sha256(secret).digest()
    assert len(_chain(cluster, name, victim)) == _last_seq(a)


def test_a_forged_entry_is_quarantined_and_the_victim_syncs_again(
    team_db,  # noqa: F811
    folders,  # noqa: F811
    tmp_path,
    capsys,
    monkeypatch,
):
    """An entry squatted at the victim's next seq (before this version, or by someone with
    the owner's password) blocks its audit push; the owner moves it to quarantine with the
    command line; the victim's own entry takes the seq; team leaders see the evidence."""
    cluster, name = team_db
    a, leader, _b = _team(folders, cluster, name)
    engine_a = a.team.sync_engine("lead", "leader-pass")
    engine_a.sync()
    victim = engine_a.workstation_id
    squatted = _last_seq(a) + 1
    _owner_sql(
        cluster,
        name,
        "INSERT INTO audit_chain (workstation, seq, id, at, actor, action, details, mac) "
        "VALUES (:w, :s, gen_random_uuid(), now(), 'lead', 'login', '{}', '\\x00')",
        {"w": victim, "s": squatted},
    )
    a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    with pytest.raises(KnownError) as blocked:
        a.team.sync_engine("lead", "leader-pass").sync()
    assert blocked.value.code == "sync.audit_conflict"
    assert str(squatted) in blocked.value.params["seqs"]
    checks = {c.workstation: c for c in a.team.verify_server_audit("lead", "leader-pass")}
    assert checks[str(victim)].first_broken == squatted

    with pytest.raises(KnownError) as nothing:
        quarantine_audit_entries(cluster.url(name), str(victim), [squatted + 50], "")
    assert nothing.value.code == "team.no_audit_entry"
    with pytest.raises(KnownError) as bad:
        quarantine_audit_entries(cluster.url(name), "not-an-id'; --", [squatted], "")
    assert bad.value.code == "team.bad_workstation"
    code = main(
        [
            "--data-dir",
            str(tmp_path / "owner"),
            "team",
            "audit-quarantine",
            "--url",
            cluster.url(name),
            "--workstation",
            str(victim),
            "--seq",
            str(squatted),
            "--reason",
            "squatted login at the leader's desk",
        ]
    )
    assert code == 0 and "Moved 1 entry" in capsys.readouterr().out

    a.team.sync_engine("lead", "leader-pass").sync()
    assert len(_chain(cluster, name, victim)) == _last_seq(a)
    checks = {c.workstation: c for c in a.team.verify_server_audit("lead", "leader-pass")}
    assert checks[str(victim)].ok
    (moved,) = checks[str(victim)].quarantined
    assert moved.seq == squatted and moved.reason == "squatted login at the leader's desk"
    assert moved.by  # the owner's role name
    # Representatives still read none of it.
    done = _psql(cluster, name, "rita", "rep-password", "SELECT count(*) FROM audit_quarantine")
    assert done.returncode != 0 and "permission denied" in done.stderr
    # The leader's `team audit-verify` names it under the workstation.
    from agentdesk.cli import team as team_cli
    from agentdesk.cli import vault_access
    from agentdesk.vault.keystore import MemoryKeyStore
    from tests.helpers.team import FAST

    monkeypatch.setattr(vault_access, "keyring_store_for", lambda paths: a.keyring)
    monkeypatch.setattr(vault_access, "pending_store_for", lambda paths: MemoryKeyStore())
    monkeypatch.setattr(team_cli, "TEAM_PARAMS", FAST)
    monkeypatch.setattr("sys.stdin", io.StringIO("leader-pass\n"))
    root = str(a.paths.root)
    code = main(["--data-dir", root, "team", "audit-verify", "--user", "lead", "--password-stdin"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"workstation {victim}:" in out and "intact" in out
    assert f"quarantined: entry {squatted} (login by lead)" in out
    assert "squatted login at the leader's desk" in out


def test_a_workstation_that_lost_its_secret_is_refused_until_the_owner_resets_it(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    cluster, name = team_db
    a, _leader, b = _team(folders, cluster, name)
    engine_b = b.team.sync_engine("rita", "rep-password")
    ws_b = engine_b.workstation_id
    for path in b.paths.data_keys:  # the key store restored without it
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM local_secret")
        conn.commit()
        conn.close()
    rita = b.accounts.login("rita", "rep-password")
    b.customers.create_customer(rita, CustomerDraft(first_name="Mo", surname="Ngata"))
    with pytest.raises(KnownError) as refused:
        b.team.sync_engine("rita", "rep-password").sync()
    assert refused.value.code == "sync.audit_credential"
    reset_audit_credential(cluster.url(name), str(ws_b))
    with pytest.raises(KnownError) as again:
        reset_audit_credential(cluster.url(name), str(ws_b))
    assert again.value.code == "team.no_audit_registration"
    b.team.sync_engine("rita", "rep-password").sync()
    assert len(_chain(cluster, name, ws_b)) == _last_seq(b)
    assert all(c.ok for c in a.team.verify_server_audit("lead", "leader-pass"))
