"""A representative's role may add to the change log (every push does), so it can add entries
no workstation wrote: an unknown table, a malformed row id, a columns list that is not one.
Pulling and pushing must go on for everyone (one such row used to stop every workstation's
pull for good: `'nope' is not a synced table`), and another spelling of a real row's id must
not read as that row gone from the server (it was deleted and its keys destroyed everywhere)."""

from __future__ import annotations

import uuid

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from tests.integration.team.test_rotation import _joined, folders, team_db  # noqa: F401
from tests.integration.team.test_team_admin import _psql


def test_garbage_in_the_change_log_stops_nobodys_sync(team_db, folders):  # noqa: F811
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
    a.team.sync_engine("lead", "leader-pass").sync()

    done = _psql(
        cluster,
        name,
        "rita",
        "rep-password",
        "INSERT INTO sync_change (change_id, origin, table_name, row_id, op, columns) VALUES "
        "(gen_random_uuid(), gen_random_uuid(), 'nope', 'x', 'upsert', NULL), "
        "(gen_random_uuid(), gen_random_uuid(), 'customer', 'not-a-uuid', 'upsert', NULL), "
        "(gen_random_uuid(), gen_random_uuid(), 'account', repeat('y', 5000), 'delete', NULL), "
        f"(gen_random_uuid(), gen_random_uuid(), 'customer', '{ivy}', 'upsert', '\"surname\"'), "
        f"(gen_random_uuid(), gen_random_uuid(), 'customer', '{ivy}', 'upsert', '[1, {{}}]'), "
        # Another spelling of Ivy's id: read as "gone from the server", every workstation
        # deleted her and destroyed her keys.
        f"(gen_random_uuid(), gen_random_uuid(), 'customer', '{ivy.upper()}', 'delete', NULL), "
        f"(gen_random_uuid(), gen_random_uuid(), 'customer', '{{{ivy}}}', 'upsert', NULL)",
    )
    assert done.returncode == 0, done.stderr

    # Both workstations pull past it; a later edit of Ivy (the row named with bad columns)
    # goes out and arrives.
    a.team.sync_engine("lead", "leader-pass").sync()
    b.team.sync_engine("rita", "rep-password").sync()
    lead = a.accounts.login("lead", "leader-pass")
    assert a.customers.open_card(lead, ivy).surname == "Jo"  # neither deleted nor shredded
    assert b.vault.keys.get(uuid.UUID(ivy)) is not None
    a.customers.update_customer(lead, ivy, CustomerDraft(first_name="Ivy", surname="Jones"))
    report = a.team.sync_engine("lead", "leader-pass").sync()
    assert not report.refused
    c = _joined(folders, cluster, name, a.paths.root.parent / "c", "lead", "leader-pass")
    c.team.sync_engine("lead", "leader-pass").sync()
    assert c.customers.open_card(c.accounts.login("lead", "leader-pass"), ivy).surname == "Jones"
