"""Real services on a temporary data folder with a team leader, a representative, one call
through the engine and three generated ones. ``shared_env`` is built once per module for
tests that only read."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from agentdesk.paths import DataPaths
from agentdesk.services.identity import Role
from tests.helpers.app import make_services, open_data
from tests.integration.review.data import add_interaction, run_call


def _build(paths: DataPaths):
    services = make_services(paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    calls = SimpleNamespace(calls=data.interactions, review=data.review)
    iid = run_call(calls, rep, hold_seconds=75, thank=False)
    now = dt.datetime.now(dt.UTC)
    generated = [
        (180, "resolved", ["upset:long-wait"]),
        (420, "transferred", []),
        (95, "resolved", []),
    ]
    with services.db.write() as s:
        for n, (talk, outcome, tags) in enumerate(generated):
            started = now - dt.timedelta(hours=n + 1)
            add_interaction(
                s, rep.account_id, started, talk=talk, wrap=30, outcome=outcome, tags=tags
            )
    yield SimpleNamespace(services=services, data=data, leader=leader, rep=rep, iid=iid)
    services.tasks.shutdown()
    services.db.dispose()


@pytest.fixture
def env(data_paths):
    yield from _build(data_paths)


@pytest.fixture(scope="module")
def shared_env(tmp_path_factory):
    yield from _build(DataPaths(tmp_path_factory.mktemp("review") / "data").ensure())
