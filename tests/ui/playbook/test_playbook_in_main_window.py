"""The playbook in the real main window: shortcuts, ticks stored in the call, the coached notes
editor, and the causes of upset saved as wrap-up tags."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.models.interaction import Interaction
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.coach import LiveCoach
from agentdesk.ui.playbook.assertiveness import AssertivenessBuilder
from tests.helpers.app import make_services, open_data

Key = Qt.Key
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def env(data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    yield services, data, services.accounts.login("rep", "rep-password")
    services.db.dispose()


@pytest.fixture
def window(qtbot, env):
    services, data, rep = env
    win = build_workstation(services, rep, data).window
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_ctrl_shift_d_opens_the_picker_and_ticks_reach_the_stored_call(qtbot, window, env):
    _, data, rep = env
    workspace = window.centralWidget()
    with qtbot.waitSignal(workspace.call_started, timeout=3000) as started:
        qtbot.keyClick(
            QApplication.focusWidget() or window, Key.Key_N, Qt.KeyboardModifier.ControlModifier
        )
    iid = started.args[0]
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_D, CTRL_SHIFT)  # the real shortcut
    picker = window.docks["playbook"].widget().picker
    assert picker is not None and picker.isVisible()
    qtbot.waitUntil(picker.isActiveWindow)
    assert QApplication.focusWidget() is picker.browser.search
    qtbot.keyClicks(picker.browser.search, "say no")
    assert picker.browser.current().id == "must-say-no"
    qtbot.keyClick(picker.browser.search, Key.Key_Return)
    # No checklist in this one: Enter lands on the first phrase's copy button.
    assert QApplication.focusWidget() is picker.browser.view.copy_buttons[0]
    picker.browser.set_query("")
    qtbot.keyClicks(picker.browser.search, "aggressive")
    qtbot.keyClick(picker.browser.search, Key.Key_Return)
    entry = picker.browser.view.entry
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    stored = [
        (e.kind, dict(e.data))
        for e in data.interactions.events(rep, iid)
        if e.kind.startswith("playbook_")
    ]
    assert stored == [
        ("playbook_opened", {"entry": "must-say-no"}),
        ("playbook_opened", {"entry": entry.id}),
        ("playbook_item_ticked", {"entry": entry.id, "item": entry.checklist[0].id}),
    ]


def test_ctrl_shift_i_opens_the_assertiveness_builder(qtbot, window):
    qtbot.keyClick(window, Key.Key_I, CTRL_SHIFT)
    builder = window.findChild(AssertivenessBuilder)
    assert builder.isVisible()
    qtbot.waitUntil(builder.isActiveWindow)
    assert QApplication.focusWidget() is builder.when_you
    rows = dict(window.shortcut_rows())
    assert rows["Difficult moment…"] == "Ctrl+Shift+D"
    assert rows["Assertiveness builder"] == "Ctrl+Shift+I"


def test_the_notes_editor_is_coached(qtbot, window):
    coach = window.docks["notes"].widget().editor.findChild(LiveCoach)
    editor = window.docks["notes"].widget().editor
    assert isinstance(coach, LiveCoach) and coach.parent() is editor
    editor.setPlainText("Sorry, that's our policy.")
    with qtbot.waitSignal(coach.analysed, timeout=2000):
        pass
    assert [f.category for f in coach.findings] == ["goodwill"]


def test_upset_causes_are_saved_as_countable_tags(qtbot, window, env):
    services = env[0]
    workspace = window.centralWidget()
    with qtbot.waitSignal(workspace.call_started, timeout=3000) as started:
        workspace.new_call()
    engine = workspace.engine
    engine.end_call("caller_hung_up")
    for field, value in (
        ("outcome", "complaint"),
        ("first_contact_resolution", False),
        ("notes_permission", True),
        ("upset_causes", ["billing-dispute", "long-wait"]),
    ):
        engine.capture(field, value)
    engine.save_wrap_up()
    with services.db.read() as s:
        row = s.get(Interaction, uuid.UUID(started.args[0]))
        assert {"upset:billing-dispute", "upset:long-wait"} <= set(row.tags)


def test_locking_hides_the_picker_and_the_builder(qtbot, window):
    picker = window.docks["playbook"].widget().open_picker()
    window.findChild(AssertivenessBuilder).open_fresh()
    assert picker.isVisible() and window.findChild(AssertivenessBuilder).isVisible()
    window.hide()  # what the session does on Ctrl+L or when idle
    assert not picker.isVisible() and not window.findChild(AssertivenessBuilder).isVisible()
