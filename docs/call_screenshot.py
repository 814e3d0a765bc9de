"""What the call screenshots share: demo data in a throw-away folder, the real window at
1600×1000, a call taken through greeting, name, notes permission and reason, and the grab.
Used by docs/make_*_screenshot.py (run them from the repository root). Demo data only."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(target)


def shoot_call(
    png: str,
    phone: str,
    caller: tuple[str, str, str],
    reason: str,
    then: Callable[[object, object], None],
    note: str = "",
    prepare: Callable[[object, object, str], None] | None = None,
) -> None:
    """A call from ``caller`` (title, first name, surname) up to the reason step; ``then``
    (workspace, engine) takes it on; the window is saved to docs/``png``. ``prepare`` adds
    to the customer's record before the call."""
    title, first, surname = caller
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services = make_services(DataPaths(Path(folder)).ensure())
        data = open_data(services)
        leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pw1")
        services.accounts.add_user(
            leader, "rita", "Rita Rinaldi", "rita-pw-12", Role.REPRESENTATIVE
        )
        rep = services.accounts.login("rita", "rita-pw-12")
        cid, _ = data.customers.create_customer(
            leader, CustomerDraft(first_name=first, surname=surname, phone=phone)
        )
        if note:
            data.notes.add_note(leader, cid, note, permission_given=True)
        if prepare is not None:
            prepare(data, leader, cid)  # (data services, team leader, customer id)
        window = build_workstation(services, rep, data).window
        window.resize(1600, 1000)
        window.show()
        workspace = window.centralWidget()
        workspace.new_call(phone)
        engine = workspace.engine
        go(engine, "name")
        engine.capture("title", title)
        engine.capture("first_name", first)
        engine.capture("surname", surname)
        engine.tick("spelling_confirmed")
        go(engine, "notes")
        engine.capture("notes_permission", True)
        go(engine, "need")
        engine.capture("reason", reason)
        then(workspace, engine)
        for _ in range(5):
            app.processEvents()  # a script, not the app: let layouts settle before grabbing
        window.grab().save(str(DOCS / png))
        print(f"wrote docs/{png}")
        window.close()
        services.db.dispose()
