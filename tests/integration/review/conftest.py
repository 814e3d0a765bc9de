"""Review services on a real database (helpers that add interactions are in data.py)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from agentdesk.review import bundled_rules_dir
from agentdesk.review.rules import load_rules
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.interactions import InteractionService
from agentdesk.services.kpi import KpiService
from agentdesk.services.review import ReviewService


class Clock:
    """A wall clock the test moves."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(scope="session")
def library():
    return FlowLibrary()


@pytest.fixture
def env(people, library):
    clock = Clock()
    feedback = FeedbackService(people.db, people.vault, people.audit, clock)
    rules = load_rules(bundled_rules_dir())
    review = ReviewService(people.db, people.vault, people.audit, rules, feedback, clock)
    calls = InteractionService(
        people.db, people.vault, people.audit, people.customers, library.flows
    )
    return SimpleNamespace(
        **vars(people),
        clock=clock,
        feedback=feedback,
        review=review,
        kpi=KpiService(people.db, clock),
        calls=calls,
    )
