"""A workstation's team.json names the team database; whoever can change that file (or
redirect its host name) can put another server there. Such a server asks for the password in
clear and libpq hands it over by default: the member's login secret, which logs in to the
real team database as that member. A workstation sends it only through SCRAM, which never
reveals it, whatever the server asks and whatever team.json says."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.exc import OperationalError

from agentdesk.team import config
from tests.helpers.pg import start_cluster, stop_cluster
from tests.integration.team.test_rotation import folders  # noqa: F401


@pytest.fixture
def own_cluster(pg_cluster):  # pg_cluster: the PostgreSQL marker and its skip rules
    cluster = start_cluster()
    yield cluster
    stop_cluster(cluster)


def _ask_in_clear(cluster) -> None:
    hba = cluster.datadir / "pg_hba.conf"
    hba.write_text("local all all scram-sha-256\nhost all all 127.0.0.1/32 password\n")
    cluster.pg_ctl("reload")


def test_no_login_secret_is_sent_in_clear(own_cluster, folders):  # noqa: F811
    name = own_cluster.create_database()
    a = folders("a")
    a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.team.init(own_cluster.url(name), "lead", "leader-pass")
    # The server now asks for passwords in clear (as one set up to collect them would).
    _ask_in_clear(own_cluster)
    with pytest.raises(OperationalError, match=r"require_auth|scram-sha-256"):
        a.team.sync_engine("lead", "leader-pass").sync()
    # team.json saying otherwise changes nothing.
    path = a.paths.root / "team.json"
    saved = json.loads(path.read_text())
    saved["url"] += ("&" if "?" in saved["url"] else "?") + "require_auth=password"
    path.write_text(json.dumps(saved))
    assert "require_auth=password" in config.load(a.paths.root).url
    with pytest.raises(OperationalError, match=r"require_auth|scram-sha-256"):
        a.team.sync_engine("lead", "leader-pass").sync()
