"""Knowledge dock fixtures: real services on a temporary data folder with the bundled
articles and canned responses, a team leader and a representative, and a started call."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.services.identity import Role
from agentdesk.ui.kb.dock import KnowledgeDock
from tests.helpers.app import make_services


class SearchSpy:
    """The knowledge service, counting the searches that reach it."""

    def __init__(self, kb) -> None:
        self._kb = kb
        self.searched: list[str] = []

    def search(self, query, **kw):
        self.searched.append(query)
        return self._kb.search(query, **kw)

    def __getattr__(self, name):
        return getattr(self._kb, name)


@pytest.fixture
def env(data_paths):
    services = make_services(data_paths)
    services.kb.import_bundled_if_empty()
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    return SimpleNamespace(
        services=services,
        kb=services.kb,
        snippets=services.snippets,
        tasks=services.tasks,
        rules=services.playbook.rules,
        leader=leader,
        rep=rep,
    )


@pytest.fixture(scope="session")
def inbound():
    alphabets = set(load_alphabets(bundled_alphabets_dir()))
    return load_flows(bundled_flows_dir(), known_alphabets=alphabets).flows["inbound"]


@pytest.fixture
def call(inbound):
    """A started inbound call with the caller's name taken."""
    engine = CallEngine(inbound, MemorySink(), context=ScriptContext(representative="Rita Rep"))
    engine.start()
    engine.capture("title", "mr")
    engine.capture("surname", "Okafor")
    return engine


def show(qtbot, widget, size=(440, 760)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def make_dock(qtbot, env):
    def make(who=None, kb=None) -> KnowledgeDock:
        dock = KnowledgeDock(kb or env.kb, env.snippets, env.tasks, who or env.rep, rules=env.rules)
        return show(qtbot, dock)

    return make


def search_for(qtbot, dock: KnowledgeDock, text: str) -> None:
    """Type into the search box as a person would, and wait for that query's results."""
    dock.focus_search()
    qtbot.keyClicks(dock.search.box, text)
    qtbot.waitUntil(lambda: dock.search.shown_query == text.strip(), timeout=3000)
