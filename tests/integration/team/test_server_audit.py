"""Every workstation's audit chain reaches the team database, one chain per workstation,
each verifiable by a team leader; the server itself refuses a representative's attempt to
change or read it; an administrator's edit or deletion there is found; a team-key rotation
keeps every chain verifiable."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from agentdesk.errors import KnownError
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401
from tests.integration.team.test_team_admin import _psql


def _local_count(ws) -> int:
    with ws.db.read() as s:
        return s.execute(text("SELECT count(*) FROM audit_entry")).scalar()


def _admin(cluster, name, sql) -> None:
    engine = create_engine(cluster.url(name))
    with engine.begin() as conn:
        conn.execute(text(sql))
    engine.dispose()


def test_each_workstations_chain_is_on_the_server_and_verifiable(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.notes.add_note(leader, cid, "Audited.", permission_given=True)
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member(
        "lead", "leader-pass", "rita", "Rita Rep", "rep-password", Role.REPRESENTATIVE
    )
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "rita", "rep-password")
    b.team.sync_engine("rita", "rep-password").sync()
    rita = b.accounts.login("rita", "rep-password")
    b.customers.create_customer(rita, CustomerDraft(first_name="Kai", surname="Lam"))
    b.team.sync_engine("rita", "rep-password").sync()
    a.team.sync_engine("lead", "leader-pass").sync()

    checks = a.team.verify_server_audit("lead", "leader-pass")
    assert len(checks) == 2 and all(c.ok for c in checks)
    by_ws = {c.workstation: c.entries for c in checks}
    assert by_ws[str(a.team.sync_engine("lead", "leader-pass").workstation_id)] <= _local_count(a)
    assert by_ws[str(b.team.sync_engine("rita", "rep-password").workstation_id)] == (
        _local_count(b)
    )
    with pytest.raises(KnownError):
        b.team.verify_server_audit("rita", "rep-password")  # a representative may not

    # The server refuses a representative's edits, deletions and reads of the chains.
    for sql in (
        "UPDATE audit_chain SET action = 'x'",
        "DELETE FROM audit_chain",
        "SELECT count(*) FROM audit_chain",
    ):
        refused = _psql(cluster, name, "rita", "rep-password", sql)
        assert refused.returncode != 0 and "permission denied" in refused.stderr, sql

    # A rotation re-keys the server's chains with the workstations' own.
    a.team.rotate_key("lead", "leader-pass")
    b.team.sync_engine("rita", "rep-password").sync()  # adopts, then sends what is new
    b.customers.lookup(b.accounts.login("rita", "rep-password"), "Lam")
    b.team.sync_engine("rita", "rep-password").sync()
    checks = a.team.verify_server_audit("lead", "leader-pass")
    assert all(c.ok for c in checks), checks

    # An administrator of the server edits one entry, deletes another: both are found.
    _admin(cluster, name, "UPDATE audit_chain SET details = '{}' WHERE seq = 2")
    assert {c.first_broken for c in a.team.verify_server_audit("lead", "leader-pass")} == {2}
    _admin(cluster, name, "DELETE FROM audit_chain WHERE seq = 1")
    assert {c.first_broken for c in a.team.verify_server_audit("lead", "leader-pass")} == {2}


def test_a_rotation_does_not_re_sign_a_tampered_chain(team_db, folders):  # noqa: F811
    """#17 review, MEDIUM: an entry edited on the server before a team-key rotation must still
    be found after it (the rotation re-keys only what verifies under the old key)."""
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.notes.add_note(leader, cid, "Audited.", permission_given=True)
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.sync_engine("lead", "leader-pass").sync()
    assert all(c.ok for c in a.team.verify_server_audit("lead", "leader-pass"))

    _admin(cluster, name, "UPDATE audit_chain SET details = '{}' WHERE seq = 2")
    assert {c.first_broken for c in a.team.verify_server_audit("lead", "leader-pass")} == {2}
    a.team.rotate_key("lead", "leader-pass")
    assert {c.first_broken for c in a.team.verify_server_audit("lead", "leader-pass")} == {2}


def test_a_rotation_the_leaders_folder_cannot_follow_changes_nothing_on_the_server(
    team_db,  # noqa: F811
    folders,  # noqa: F811
):
    """#17 review, MEDIUM-LOW: the leader's own folder is checked (its audit verifies) before
    the server's rotation commits, so a refusal leaves the team on one key."""
    import sqlite3

    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    before = a.vault.fingerprint
    conn = sqlite3.connect(a.paths.database)
    conn.execute("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 1")
    conn.commit()
    conn.close()
    with pytest.raises(KnownError) as refused:
        a.team.rotate_key("lead", "leader-pass")
    assert refused.value.code == "rotation.audit_broken"
    engine = create_engine(cluster.url(name))
    with engine.connect() as server:
        found = server.execute(text("SELECT team_key_fingerprint FROM team_member")).scalars()
        assert set(found) == {before} == {a.vault.fingerprint}
    engine.dispose()
