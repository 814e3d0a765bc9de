"""Flow test fixtures: the bundled flows and alphabets, a fake clock."""

from __future__ import annotations

import pytest

from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import Alphabet, load_alphabets
from agentdesk.flows.schema import Flow
from tests.unit.flows.flowkit import FakeClock


@pytest.fixture(scope="session")
def alphabets() -> dict[str, Alphabet]:
    return load_alphabets(bundled_alphabets_dir())


@pytest.fixture(scope="session")
def bundled() -> dict[str, Flow]:
    loaded = load_flows(
        bundled_flows_dir(), known_alphabets=set(load_alphabets(bundled_alphabets_dir()))
    )
    assert loaded.problems == ()
    return loaded.flows


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
