"""A team leader renames a representative (and themself) in the app; representatives cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.services.identity import Role
from agentdesk.ui.accounts.names_dialog import DisplayNamesDialog
from agentdesk.ui.app import build_workstation
from tests.helpers.app import make_services, open_data


def test_a_team_leader_sets_the_name_callers_hear(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "lead", "leader-pass")
    services.accounts.add_user(leader, "rep.sam", "rep.sam", "rep-password", Role.REPRESENTATIVE)
    window = build_workstation(services, leader, data).window
    qtbot.addWidget(window)
    window.show()
    action = window.actions_by_id["display_names"]
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(DisplayNamesDialog)
    qtbot.waitUntil(lambda: dialog.people.count() == 2)
    dialog.choose("rep.sam")
    assert dialog.name.text() == "rep.sam"
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Sam Rossi")
    with qtbot.waitSignal(dialog.renamed, check_params_cb=lambda u: u == "rep.sam"):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert services.accounts.login("rep.sam", "rep-password").display_name == "Sam Rossi"
    qtbot.waitUntil(lambda: "Sam Rossi  (rep.sam)" in [
        dialog.people.item(i).text() for i in range(dialog.people.count())
    ])  # fmt: skip
    # An empty name is refused inline, nothing saved.
    dialog.choose("rep.sam")
    dialog.name.clear()
    dialog.save()
    assert "Display name" in dialog.error.text()
    # Renaming oneself shows at once in the status bar.
    dialog.choose("lead")
    dialog.name.setText("Lea Leader")
    with qtbot.waitSignal(dialog.renamed):
        dialog.save()
    assert window.identity.display_name == "Lea Leader"
    assert window.user_label.text().startswith("Lea Leader")
    # A representative cannot open it.
    window.set_identity(services.accounts.login("rep.sam", "rep-password"))
    assert not action.isEnabled()
    services.tasks.shutdown()
