"""A team leader adds a representative from the app on a standalone workstation (it was the
command line only); mistakes are said in the form and lose nothing typed but the passwords."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.services.identity import Role
from agentdesk.team import config as team_config
from agentdesk.ui.accounts.add_user_dialog import AddUserDialog
from agentdesk.ui.app import build_workstation
from tests.helpers.app import make_services, open_data


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_team_leader_adds_a_user_who_can_then_log_in(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    window = build_workstation(services, leader, data).window
    qtbot.addWidget(window)
    window.show()
    action = window.actions_by_id["add_user"]
    assert action.isVisible() and action.isEnabled()
    assert action in window.menuBar().actions()[0].menu().actions()  # in File
    action.trigger()
    dialog = window.findChild(AddUserDialog)
    assert dialog is not None and dialog.isVisible()

    _type(qtbot, dialog.username, "rita.rossi")
    _type(qtbot, dialog.display, "Rita Rossi")
    _type(qtbot, dialog.password, "rep-password-1")
    _type(qtbot, dialog.repeat, "rep-password-2")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text()
    assert dialog.username.text() == "rita.rossi" and dialog.repeat.text() == ""

    _type(qtbot, dialog.repeat, "rep-password-1")
    with qtbot.waitSignal(dialog.added, check_params_cb=lambda u: u == "rita.rossi"):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "Rita Rossi (rita.rossi)" in dialog.result.text()
    assert dialog.username.text() == "" and dialog.password.text() == ""
    rita = services.accounts.login("rita.rossi", "rep-password-1")
    assert rita.role is Role.REPRESENTATIVE and rita.display_name == "Rita Rossi"

    # A taken name and a weak password are refused in words; the name stays to correct.
    _type(qtbot, dialog.username, "rita.rossi")
    _type(qtbot, dialog.password, "long-enough-password")
    _type(qtbot, dialog.repeat, "long-enough-password")
    dialog.add()
    qtbot.waitUntil(lambda: "taken" in dialog.error.text())
    assert dialog.username.text() == "rita.rossi"
    _type(qtbot, dialog.username, "tom")
    _type(qtbot, dialog.password, "short")
    _type(qtbot, dialog.repeat, "short")
    dialog.add()
    qtbot.waitUntil(lambda: dialog.error.text() != "" and "taken" not in dialog.error.text())
    assert dialog.add_button.isEnabled()

    # A team leader added here is a team leader.
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TEAM_LEADER.value))
    _type(qtbot, dialog.password, "leader-two-pass")
    _type(qtbot, dialog.repeat, "leader-two-pass")
    with qtbot.waitSignal(dialog.added):
        dialog.add()
    assert services.accounts.login("tom", "leader-two-pass").is_team_leader

    # A representative cannot use it.
    window.set_identity(rita)
    assert not action.isEnabled()
    services.tasks.shutdown()


def test_hidden_on_a_workstation_joined_to_a_team_database(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    team_config.save(data_paths.root, team_config.config_for("postgresql://db.example/team"))
    window = build_workstation(services, leader, data).window
    qtbot.addWidget(window)
    assert not window.actions_by_id["add_user"].isVisible()
    services.tasks.shutdown()
