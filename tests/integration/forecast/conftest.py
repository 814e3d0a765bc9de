"""The forecast service on a real database, with a team leader and a representative."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agentdesk.services.forecast import ForecastService


@pytest.fixture
def env(people):
    return SimpleNamespace(**vars(people), forecast=ForecastService(people.db, people.audit))
