"""Render the identity check offscreen into docs/verification.png at 1600×1000: a call at the
verify step, one answer matched, and the customer card showing the name only
(run: python docs/make_verification_screenshot.py). Demo data only."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_main_window
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent
PHONE = "020 7946 0666"


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(target)


def main() -> None:
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
            leader, CustomerDraft(first_name="Jayson", surname="Okafor", phone=PHONE)
        )
        data.notes.add_note(leader, cid, "Disputed the March bill", permission_given=True)
        window = build_main_window(services, rep, data)
        window.resize(1600, 1000)
        window.show()
        workspace = window.call_workspace
        workspace.new_call(PHONE)
        engine = workspace.engine
        go(engine, "name")
        engine.capture("title", "mr")
        engine.capture("first_name", "Jayson")
        engine.capture("surname", "Okafor")
        engine.tick("spelling_confirmed")
        go(engine, "notes")
        engine.capture("notes_permission", True)
        go(engine, "need")
        engine.capture("reason", "Asks why the bill went up")
        go(engine, "verify")
        workspace.view.refresh()
        workspace.view.step_panel.checks["verify_postcode"].click()
        for _ in range(5):
            app.processEvents()  # a script, not the app: let layouts settle before grabbing
        window.grab().save(str(DOCS / "verification.png"))
        print("wrote docs/verification.png")
        window.close()
        services.db.dispose()


if __name__ == "__main__":
    main()
