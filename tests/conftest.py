"""Test configuration: Qt offscreen for every run, `gui` marker for widget tests, fixtures."""

from __future__ import annotations

import os
from pathlib import Path

# Set before any Qt import, once, here: widget tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "agentdesk", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("agentdesk")

ROOT = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(ROOT / "ui"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def data_paths(tmp_path):
    from agentdesk.paths import DataPaths

    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def fast_params():
    """Cheap scrypt for tests; one test checks the real default separately."""
    from agentdesk.accounts.passwords import ScryptParams

    return ScryptParams(n=2**8, r=8, p=1)


@pytest.fixture
def db(data_paths):
    from agentdesk.storage.open import open_database

    database = open_database(data_paths)
    yield database
    database.dispose()
