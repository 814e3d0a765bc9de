"""Two or three workstations against one real PostgreSQL team database."""

from __future__ import annotations

import secrets

import pytest

from tests.helpers.team import close, migrated_server, workstation


@pytest.fixture
def server(pg_url):
    engine = migrated_server(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture
def team_key():
    return secrets.token_bytes(32)


@pytest.fixture
def make_workstation(tmp_path, team_key, server):
    made = []

    def make(name: str):
        ws = workstation(tmp_path / name, team_key, server)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        close(ws)
