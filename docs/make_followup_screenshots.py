"""Render the follow-up list offscreen into docs/followups.png at 1600×1000
(run: python docs/make_followup_screenshots.py).

Uses a throw-away data folder with demo accounts, customers and call-backs booked through
real calls: no real data is pictured.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.followups import FollowUpService
from agentdesk.services.identity import Role
from agentdesk.ui.followups.window import FollowUpWindow
from tests.helpers.app import make_services, open_data

DOCS = Path(__file__).resolve().parent
CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita")
PEOPLE = [
    ("Jayson", "Okafor", "020 7946 0101", -95, "confirm the meter reading"),
    ("Anna", "Rossi", "020 7946 0102", 40, "explain the new tariff"),
    ("Mei", "Chen", "020 7946 0103", 150, "check the refund has arrived"),
    ("Luis", "Fernández", "020 7946 0104", 60 * 26, "book the engineer visit"),
]


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(target)


def book(data, rep, leader, first, surname, phone, minutes, reason) -> None:
    data.customers.create_customer(
        leader, CustomerDraft(first_name=first, surname=surname, phone=phone)
    )
    engine = data.interactions.start_call(rep, "inbound", CONTEXT, caller_number=phone).engine
    go(engine, "name")
    engine.capture("surname", surname)
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", reason)
    go(engine, "callback")
    due = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)
    engine.capture("callback_due", due.strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    engine.capture("callback_number", phone)
    engine.capture("callback_reason", reason)
    engine.tick("read_back_callback_number")
    go(engine, "closing")
    engine.tick("asked_anything_else")
    go(engine, "wrap_up")
    engine.capture("first_contact_resolution", False)
    engine.capture("follow_up_task", reason)
    engine.capture("follow_up_due", due.date().isoformat())
    engine.capture("notes_permission", True)
    engine.save_wrap_up()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services = make_services(DataPaths(Path(folder)).ensure())
        data = open_data(services)
        leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-password")
        services.accounts.add_user(
            leader, "rita", "Rita Rinaldi", "rita-password", Role.REPRESENTATIVE
        )
        rep = services.accounts.login("rita", "rita-password")
        for person in PEOPLE:
            book(data, rep, leader, *person)
        followups = FollowUpService(services.db, data.vault, data.audit)
        first = followups.list_tasks(rep)[0]
        followups.reschedule_task(
            rep, first.id, first.due_at, "Customer asked for a call after 10:00"
        )
        colleagues = lambda: services.accounts.list_users(leader)  # noqa: E731
        window = FollowUpWindow(followups, services.tasks, leader, colleagues)
        window.scope.setCurrentIndex(1)  # the team's
        window.start()
        window.resize(1600, 1000)
        window.show()
        app.processEvents()  # a script, not the app: let layouts settle before grabbing
        window.view.selectRow(0)
        window.note.setText("Rang back; reading confirmed")
        app.processEvents()
        window.grab().save(str(DOCS / "followups.png"))
        print("wrote docs/followups.png")
        window.close()
        services.db.dispose()


if __name__ == "__main__":
    main()
