"""A call whose identity check fails keeps the customer's history and notes hidden; one that
passes shows them (#19, G1/G3). Driven through the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from tests.helpers.app import make_services, open_data

PHONE = "020 7946 0666"


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(f"no enabled way to {target}")


@pytest.fixture
def window(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    cid, _ = data.customers.create_customer(leader, CustomerDraft(surname="Okafor", phone=PHONE))
    data.notes.add_note(leader, cid, "Disputed the March bill", permission_given=True)
    window = build_workstation(services, rep, data).window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    services.db.dispose()


def start_call(qtbot, window):
    workspace, card = window.centralWidget(), window.docks["notes"].widget().card_view
    workspace.new_call(PHONE)
    qtbot.waitUntil(lambda: workspace.engine is not None)
    qtbot.waitUntil(lambda: window.docks["notes"].widget().card is not None)
    engine = workspace.engine
    go(engine, "name")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Bill looks wrong")
    workspace.view.refresh()
    return workspace, card


def test_a_failed_identity_check_hides_the_history(qtbot, window):
    workspace, card = start_call(qtbot, window)
    # The screen pop shows the name only: no history, no notes, until the caller passes.
    assert card.name.text().endswith("Okafor") and card.name.isVisible()
    assert not card.history.isVisible() and card.locked.isVisible()
    go(workspace.engine, "verify")
    workspace.view.refresh()
    panel = workspace.view.step_panel.procedure
    workspace.view.step_panel.checks["verify_birth_date"].click()
    assert panel.count.text() == "1 of 2 needed answers match"
    assert not panel.verified.isEnabled()
    qtbot.mouseClick(panel.failed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.engine.step.id == "need")
    assert [e.kind for e in workspace.engine.events if e.kind.startswith("identity")] == [
        "identity_failed"
    ]
    assert not card.history.isVisible() and card.locked.isVisible()


def test_a_passed_identity_check_shows_the_history(qtbot, window):
    workspace, card = start_call(qtbot, window)
    go(workspace.engine, "verify")
    workspace.view.refresh()
    step = workspace.view.step_panel
    step.checks["verify_postcode"].click()
    step.checks["verify_last_payment"].click()
    assert step.procedure.verified.isEnabled()
    qtbot.mouseClick(step.procedure.verified, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.engine.step.id == "resolve")
    qtbot.waitUntil(card.history.isVisible)
    assert not card.locked.isVisible()
    shown = [card.history.item(n).text() for n in range(card.history.count())]
    assert any("Disputed the March bill" in text for text in shown)
