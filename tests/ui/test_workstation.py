"""The composition root builds typed features and wires them; the main window is only the
frame they sit in: nothing is attached to it from outside (#16)."""

from __future__ import annotations

import ast
from pathlib import Path

import agentdesk
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.call.workspace import CallWorkspace
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.notes.dock import NotesPanel
from tests.helpers.app import make_services, open_data

UI = Path(agentdesk.__file__).parent / "ui"


def test_the_built_window_has_no_attribute_a_bare_window_lacks(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    station = build_workstation(services, leader, data)
    qtbot.addWidget(station.window)
    bare = MainWindow(leader, str(services.paths.root))
    qtbot.addWidget(bare)
    assert set(vars(station.window)) == set(vars(bare))
    # What the features are, typed, and where they sit in the frame.
    assert isinstance(station.workspace, CallWorkspace)
    assert station.window.centralWidget() is station.workspace
    assert isinstance(station.notes, NotesPanel)
    assert station.window.docks["notes"].widget() is station.notes
    assert station.window.docks["kb"].widget() is station.kb
    assert station.window.docks["playbook"].widget() is station.playbook
    assert station.window.docks["queue"].widget() is station.queue
    services.db.dispose()


def test_no_ui_module_assigns_to_an_attribute_of_the_window():
    """``window.x = …`` (or ``frame.x``) outside main_window.py is what this forbids."""
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "main_window.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign | ast.AugAssign):
                targets = [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id in ("window", "frame", "main_window")
                ):
                    found.append(f"{path.relative_to(UI)}:{node.lineno}: {ast.unparse(target)}")
            if (  # the same through setattr(window, "x", …)
                isinstance(node, ast.Call)
                and ast.unparse(node.func) == "setattr"
                and node.args
                and ast.unparse(node.args[0]) in ("window", "frame", "main_window")
            ):
                found.append(f"{path.relative_to(UI)}:{node.lineno}: {ast.unparse(node)}")
    assert found == []
