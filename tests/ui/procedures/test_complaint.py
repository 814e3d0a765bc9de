"""A complaint is logged with a reference and a promised date, escalated, and appears for the
team leader in the follow-ups (#19). Driven through the real main window and follow-up list."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from agentdesk.review import bundled_rules_dir
from agentdesk.review.adherence import Status, evaluate
from agentdesk.review.rules import load_rules
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.followups.window import FollowUpWindow
from tests.helpers.app import make_services, open_data


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(f"no enabled way to {target}")


@pytest.fixture
def env(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    window = build_workstation(services, rep, data).window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield services, data, leader, rep, window
    services.db.dispose()


def test_a_complaint_escalated_appears_for_the_team_leader(qtbot, env):
    services, data, leader, _rep, window = env
    workspace = window.centralWidget()
    workspace.new_call()
    qtbot.waitUntil(lambda: workspace.engine is not None)
    engine = workspace.engine
    go(engine, "name")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Engineer missed two appointments; wants a manager")
    go(engine, "complaint")
    workspace.view.refresh()
    step = workspace.view.step_panel
    panel = step.procedure
    reference = engine.fields["complaint_reference"]
    assert re.fullmatch(r"C-\d{6}-[A-Z2-9]{4}", reference)
    assert reference in panel.reference.text()
    promised = dt.date.today() + dt.timedelta(days=56)  # the default timescale (Settings)
    assert engine.fields["complaint_due"] == promised.isoformat()
    assert reference in step.script.text()
    engine.capture("complaint_category", "delay")
    engine.capture("complaint_wants", "A fixed appointment and compensation")
    engine.capture("complaint_escalate", True)
    step.checks["complaint_reference_given"].click()
    go(engine, "closing")
    engine.tick("asked_anything_else")
    go(engine, "wrap_up")
    engine.capture("first_contact_resolution", False)
    engine.capture("notes_permission", True)
    assert engine.fields["outcome"] == "complaint"
    engine.save_wrap_up()
    logged = [e.data for e in engine.events if e.kind == "complaint_logged"]
    assert logged == [{"reference": reference, "due": promised.isoformat()}]
    scored = evaluate(load_rules(bundled_rules_dir()), engine.events)
    for rule in ("complaint_recorded", "complaint_reference_given"):
        assert scored.item(rule).status is Status.PASS, rule
    assert scored.item("data_request_logged").status is Status.NOT_APPLICABLE

    listing = FollowUpWindow(data.followups, services.tasks, leader)
    qtbot.addWidget(listing)
    listing.show()
    with qtbot.waitSignal(listing.loaded, check_params_cb=lambda n: n == 1):
        listing.start()
    assert listing.model.index(0, 1).data() == "Complaint"
    details = listing.model.index(0, 3).data()
    assert reference in details and "escalated" in details and "compensation" in details
    assert listing.model.row_at(0).due_at.date() == promised
    qtbot.mouseClick(listing.done_button, Qt.MouseButton.LeftButton)  # needs no note
    qtbot.waitUntil(lambda: listing.model.rowCount() == 0)
