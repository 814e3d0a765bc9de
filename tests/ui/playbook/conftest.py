"""Playbook widget fixtures: the bundled playbook, a real call engine on a memory sink."""

from __future__ import annotations

import pytest

from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.paths import resources_dir
from agentdesk.playbook import load_playbook
from agentdesk.ui.playbook.dock import PlaybookDock


@pytest.fixture(scope="session")
def playbook():
    return load_playbook(resources_dir() / "playbook")


@pytest.fixture(scope="session")
def inbound():
    alphabets = set(load_alphabets(bundled_alphabets_dir()))
    return load_flows(bundled_flows_dir(), known_alphabets=alphabets).flows["inbound"]


@pytest.fixture
def call(inbound):
    """A started inbound call with the caller's name taken, and the sink holding its log."""
    sink = MemorySink()
    engine = CallEngine(inbound, sink, context=ScriptContext(representative="Rita Rep"))
    engine.start()
    engine.capture("title", "mr")
    engine.capture("surname", "Okafor")
    return engine, sink


@pytest.fixture
def dock(qtbot, playbook):
    widget = PlaybookDock(playbook)
    qtbot.addWidget(widget)
    widget.resize(380, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget
