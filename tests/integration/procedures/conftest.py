"""Message, directory and call services on a real database with the in-memory keystore."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.services.directory import DirectoryService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.interactions import InteractionService
from agentdesk.services.messages import MessageService

CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita Rep")


@pytest.fixture(scope="session")
def library():
    return FlowLibrary()


@pytest.fixture
def env(people, library):
    return SimpleNamespace(
        **vars(people),
        messages=MessageService(people.db, people.vault, people.audit),
        directory=DirectoryService(people.db, people.audit),
        calls=InteractionService(
            people.db, people.vault, people.audit, people.customers, library.flows
        ),
    )
