"""Fixtures for the phrase coach tests: the bundled rule sets, loaded once per session."""

from __future__ import annotations

import pytest

from agentdesk.coach import RuleSet, load_rules


@pytest.fixture(scope="session")
def en() -> RuleSet:
    return load_rules("en")


@pytest.fixture(scope="session")
def it() -> RuleSet:
    return load_rules("it")


@pytest.fixture(scope="session", name="id_rules")
def id_rules() -> RuleSet:
    return load_rules("id")
