"""Render the app's screens offscreen into docs/*.png (run: python docs/make_screenshots.py).

Uses a throw-away data folder with demo accounts, so no real data is ever pictured.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRect, QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_workstation
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.login import LoginDialog
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent


def shoot(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()  # a script, not the app: let layouts settle before grabbing
    widget.grab().save(str(DOCS / name))
    print(f"wrote docs/{name}")


def fit(window, screen: tuple[int, int]) -> None:
    """As the app opens on a screen of that size (a 30 px panel below)."""
    width, height = screen
    open_fitted(window, QSize(1600, 1000), QRect(0, 0, width, height - 30))


def shoot_call(services, who, data, screen=(1600, 1000), name="call-workspace.png") -> None:
    """docs/call-workspace.png: a demo call at the name step, spelling on screen."""
    from dataclasses import replace

    settings = services.settings
    settings.save(
        replace(settings.current(), organisation="Northwind Energy", department="Customer Care")
    )
    if not data.customers.lookup(who, "+44 1632 960123"):
        cid, _ = data.customers.create_customer(
            who, CustomerDraft(first_name="Jayson", surname="Okafor", phone="+44 1632 960123")
        )
        data.notes.add_note(
            who, cid, "Moved house in March; asked for paper bills.", permission_given=True
        )
    window = build_workstation(services, who, data).window
    fit(window, screen)
    window.show()
    workspace = window.centralWidget()
    workspace.new_call("+44 1632 960123")  # inline tasks: the call is on at once
    for box in workspace.view.step_panel.checks.values():
        box.setChecked(True)
    workspace.view.bar.buttons[0].click()
    panel = workspace.view.step_panel
    QTest.keyClicks(panel.editors["first_name"].input, "Jayson")
    QTest.keyClicks(panel.editors["surname"].input, "Okafor")
    panel.editors["title"].set_value("mr")
    panel.commit_all()  # as leaving the fields would (an inactive offscreen window has no focus)
    for _ in range(3):  # wrapped labels need a few layout passes
        QApplication.processEvents()
    shoot(window, name)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        services = make_services(DataPaths(Path(tmp)).ensure())
        shoot(FirstRunDialog(services.accounts, services.settings, services.tasks), "first-run.png")
        who = services.accounts.create_first_team_leader("anna", "Anna Rossi", "leader-pass")
        shoot(LoginDialog(services.accounts, services.tasks), "login.png")
        services.kb.import_bundled_if_empty()  # as the app does at first start
        window = build_workstation(services, who, open_data(services)).window
        fit(window, (1600, 1000))
        shoot(window, "main-window.png")
        shoot_call(services, who, open_data(services))
        shoot_call(services, who, open_data(services), (1366, 768), "call-workspace-laptop.png")
        services.tasks.shutdown()


if __name__ == "__main__":
    main()
