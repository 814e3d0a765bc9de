"""Imports point one way: ui -> services -> (core packages, storage -> models).

Read from the source (ast), so a lazy import inside a function counts as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import agentdesk

PACKAGE = Path(agentdesk.__file__).parent
# Packages that own storage: everything else is core (or ui, checked separately).
STORAGE_LAYERS = {"storage", "services", "models", "cli", "sync", "team"}  # sync, team: team DB
# The composition root opens the database and hands services to the widgets.
UI_MAY_REACH_STORAGE = {"ui/app.py", "ui/launch.py", "ui/services.py"}


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(under: str = "") -> list[Path]:
    return sorted((PACKAGE / under).rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_ui_never_imports_the_command_line():
    offenders = {
        rel(p): sorted(m for m in imports_of(p) if m.startswith("agentdesk.cli"))
        for p in modules("ui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_widgets_reach_storage_only_through_services():
    bad = {}
    for path in modules("ui"):
        if rel(path) in UI_MAY_REACH_STORAGE:
            continue
        hits = [
            m
            for m in imports_of(path)
            if m.startswith(("agentdesk.storage", "agentdesk.models", "sqlalchemy"))
        ]
        if hits:
            bad[rel(path)] = hits
    assert bad == {}


def test_core_packages_run_no_sql():
    bad = {}
    for path in modules():
        top = rel(path).split("/")[0]
        if top in STORAGE_LAYERS or top == "ui" or "/" not in rel(path):
            continue
        hits = [m for m in imports_of(path) if m.startswith(("agentdesk.storage", "sqlalchemy"))]
        if hits:
            bad[rel(path)] = hits
    assert bad == {}
