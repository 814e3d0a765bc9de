"""A representative's role cannot replace the team's wrapped data keys on the server
(migration 0021): with psql she overwrites every key with garbage and touches a customer so
that it is pulled again; the stored keys are unchanged, a workstation pulling the customer and
one joining afterwards both read it. Her workstation's own pushes after a rotation (its copy
re-wrapped apart from the server's) still go through."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401
from tests.integration.team.test_team_admin import _psql


def _keys(cluster, name) -> dict[str, tuple]:
    engine = create_engine(cluster.url(name))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT owner_id, kind, wrapped FROM sync_data_key"))
            return {r[0]: (r[1], bytes(r[2])) for r in rows}
    finally:
        engine.dispose()


def test_a_representative_cannot_overwrite_the_wrapped_keys(team_db, folders):  # noqa: F811
    cluster, name = team_db
    a = folders("a")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    ivy, _ = a.customers.create_customer(leader, CustomerDraft(first_name="Ivy", surname="Jo"))
    a.team.init(cluster.url(name), "lead", "leader-pass")
    a.team.add_member(
        "lead", "leader-pass", "rita", "Rita Rep", "rep-password", Role.REPRESENTATIVE
    )
    b = _joined(folders, cluster, name, a.paths.root.parent / "b", "rita", "rep-password")
    b.team.sync_engine("rita", "rep-password").sync()
    rita = b.accounts.login("rita", "rep-password")
    kai, _ = b.customers.create_customer(rita, CustomerDraft(first_name="Kai", surname="Lam"))
    b.team.sync_engine("rita", "rep-password").sync()
    before = _keys(cluster, name)
    assert {ivy, kai} <= set(before)

    done = _psql(
        cluster,
        name,
        "rita",
        "rep-password",
        "UPDATE sync_data_key SET wrapped = '\\x00', kind = 'x', owner_id = owner_id || 'x'",
    )
    assert done.returncode == 0, done.stderr  # allowed as a statement, changes nothing of it
    assert _keys(cluster, name) == before
    refused = _psql(cluster, name, "rita", "rep-password", "DELETE FROM sync_data_key")
    assert refused.returncode != 0 and "permission denied" in refused.stderr

    # Kai's record changes (every workstation pulls it and its key); all still read him, and
    # a workstation joining now reads both customers.
    b.customers.update_customer(rita, kai, CustomerDraft(first_name="Kai", surname="Lambert"))
    b.team.sync_engine("rita", "rep-password").sync()
    a.team.sync_engine("lead", "leader-pass").sync()
    lead = a.accounts.login("lead", "leader-pass")
    assert a.customers.open_card(lead, kai).surname == "Lambert"
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "lead", "leader-pass")
    c.team.sync_engine("lead", "leader-pass").sync()
    lead_c = c.accounts.login("lead", "leader-pass")
    assert c.customers.open_card(lead_c, kai).surname == "Lambert"
    assert c.customers.open_card(lead_c, ivy).surname == "Jo"

    # After a rotation Rita's workstation re-wraps its own copies; pushing them is no refusal.
    a.team.rotate_key("lead", "leader-pass")
    b.team.sync_engine("rita", "rep-password").sync()
    rita = b.accounts.login("rita", "rep-password")
    b.customers.update_customer(rita, kai, CustomerDraft(first_name="Kai", surname="Lamb"))
    report = b.team.sync_engine("rita", "rep-password").sync()
    assert not report.refused
    a.team.sync_engine("lead", "leader-pass").sync()
    assert a.customers.open_card(a.accounts.login("lead", "leader-pass"), kai).surname == "Lamb"
