"""The notes panel through real widgets: find, read history, add a note, see redaction."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.ui.notes.dock import NotesPanel
from tests.helpers.app import make_services, open_data


@pytest.fixture
def env(data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    cid, _ = data.customers.create_customer(
        leader, CustomerDraft(first_name="Jayson", surname="Okafor", phone="020 7946 0111")
    )
    data.notes.add_note(leader, cid, "Asked about the March bill", permission_given=True)
    return services, data, leader, rep, cid


def make_panel(qtbot, env, who):
    services, data, *_ = env
    panel = NotesPanel(data, services.tasks, who)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def find(qtbot, panel, text):
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, text)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)


def test_find_read_history_and_add_a_note_by_keyboard(qtbot, env):
    panel = make_panel(qtbot, env, env[2])
    with qtbot.waitSignal(panel.customer_opened, timeout=3000):
        find(qtbot, panel, "+44 20 7946 0111")
    assert panel.card_view.name.text() == "Jayson Okafor"
    assert "March bill" in panel.card_view.history.item(0).text()
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Called back, issue solved")
    qtbot.keyClick(panel.permission, Qt.Key.Key_Space)
    with qtbot.waitSignal(panel.note_saved, timeout=3000):
        qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.editor.toPlainText() == ""
    assert "issue solved" in panel.card_view.history.item(0).text()
    assert not panel.redaction.isVisible()


def test_card_number_shows_a_redaction_warning(qtbot, env):
    panel = make_panel(qtbot, env, env[2])
    find(qtbot, panel, "okafor")
    qtbot.waitUntil(lambda: panel.card is not None)
    qtbot.keyClicks(panel.editor, "card 4111-1111-1111-1111 exp 12/28")
    panel.permission.setChecked(True)
    with qtbot.waitSignal(panel.note_saved, check_params_cb=lambda s: s.cards_masked == 1):
        panel.save_button.click()
    assert panel.redaction.isVisible() and "removed" in panel.redaction.text()
    assert "4111-1111-1111-1111" not in panel.card_view.history.item(0).text()


def test_unknown_customer_and_empty_note_are_explained(qtbot, env):
    panel = make_panel(qtbot, env, env[2])
    find(qtbot, panel, "nobody-like-this")
    assert "No customer found" in panel.status.text()
    find(qtbot, panel, "020 7946 0111")
    qtbot.waitUntil(lambda: panel.card is not None)
    panel.save_button.click()
    assert "write something" in panel.error.text()


def test_representative_outside_a_call_is_told_what_they_can_find(qtbot, env):
    panel = make_panel(qtbot, env, env[3])
    assert not panel.data_requests.isVisible()
    find(qtbot, panel, "020 7946 0111")
    qtbot.waitUntil(lambda: "served" in panel.status.text())
    # Said before trying, not refused after: no name of someone else's customer, no error.
    assert panel.card is None and not panel.matches.isVisible() and not panel.error.text()
    assert "during a call" in panel.status.text()


def test_representative_in_a_live_call_opens_and_links_the_caller(qtbot, env):
    from agentdesk.flows.placeholders import ScriptContext

    _services, data, _leader, rep, _cid = env
    start = data.interactions.start_call(rep, "inbound", ScriptContext("N", "C", "Rita"))
    panel = make_panel(qtbot, env, rep)
    panel.interaction_id = start.interaction_id
    find(qtbot, panel, "okafor")
    # Not the number calling (none here): the panel asks why before the record opens.
    qtbot.waitUntil(lambda: panel.findChild(QDialog, "linkReason") is not None)
    first = panel.findChild(QDialog, "linkReason")
    first.reject()  # no reason given: nothing opens, nothing is linked
    qtbot.waitUntil(lambda: panel.findChild(QDialog, "linkReason") is None)
    assert panel.card is None
    panel.search.clear()
    find(qtbot, panel, "okafor")
    qtbot.waitUntil(lambda: panel.findChild(QDialog, "linkReason") is not None)
    dialog = panel.findChild(QDialog, "linkReason")
    assert panel.card is None and not dialog.ok.isEnabled()  # no reason chosen for them
    dialog.buttons["identity-checked"].click()
    with qtbot.waitSignal(panel.customer_opened, timeout=3000):
        dialog.ok.click()
    assert panel.card.surname == "Okafor"
    from sqlalchemy import select

    from agentdesk.models.audit import AuditEntry

    with data.customers._db.read() as s:
        linked = s.scalars(select(AuditEntry).where(AuditEntry.action == "interaction.linked"))
        assert [e.details["reason"] for e in linked] == ["identity-checked"]
    # The call is now theirs to serve: outside the call they keep access to this customer.
    panel.interaction_id = None
    panel.card = None
    panel.search.clear()
    with qtbot.waitSignal(panel.customer_opened, timeout=3000):
        find(qtbot, panel, "okafor")


def test_team_leader_exports_and_erases(qtbot, env, tmp_path):
    panel = make_panel(qtbot, env, env[2])
    find(qtbot, panel, "okafor")
    qtbot.waitUntil(lambda: panel.card is not None)
    assert panel.data_requests.isVisible()
    out = tmp_path / "export.json"
    panel.data_requests.export_to(out)
    assert json.loads(out.read_text())["customer"]["surname"] == "Okafor"
    panel.data_requests.erase_confirmed("OKAFOR")
    assert panel.card is None and "erased" in panel.status.text()
    find(qtbot, panel, "okafor")
    assert "No customer found" in panel.status.text()


def test_the_card_spells_the_name(qtbot, env):
    panel = make_panel(qtbot, env, env[2])
    find(qtbot, panel, "okafor")
    qtbot.waitUntil(lambda: panel.card is not None)
    assert panel.card_view.spelling.text() == "Spelling: J-a-y-s-o-n  O-k-a-f-o-r"


def test_a_new_customer_is_saved_on_the_worker_and_opened(qtbot, env):
    from agentdesk.ui.notes.customer_form import CustomerForm

    panel = make_panel(qtbot, env, env[2])
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    form = panel.findChild(CustomerForm)
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.surname, "Ndlovu")
    qtbot.keyClicks(form.phone, "not a phone")
    qtbot.keyClick(form.surname, Qt.Key.Key_Return)
    assert form.isVisible() and form.error.isVisible()  # refused inline, nothing lost
    assert form.surname.text() == "Ndlovu"
    form.phone.clear()
    with qtbot.waitSignal(panel.customer_opened, timeout=3000) as opened:
        qtbot.keyClick(form.surname, Qt.Key.Key_Return)
    assert opened.args[0] == form.created_id
    assert panel.card_view.name.text() == "Ndlovu"
