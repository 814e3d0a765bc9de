"""Starting a team database from the app: a wrong password is shown and changes nothing; the
right one creates the team database and uploads this workstation's data."""

from __future__ import annotations

from agentdesk.team import config
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.team.init_dialog import TeamInitDialog
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.team import standalone


def test_a_team_leader_starts_the_team_database_from_the_app(qtbot, tmp_path, pg_url):
    a = standalone(tmp_path / "a", MemoryKeyStore())
    tasks = TaskRunner()  # real worker threads, as in the app
    try:
        leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
        dialog = TeamInitDialog(a.team, tasks, leader)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.url.setText(pg_url)
        dialog.password.setText("not-my-password")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
        assert config.load(a.paths.root) is None and dialog.isVisible()

        dialog.password.setText("leader-pass")
        with qtbot.waitSignal(dialog.started, timeout=60_000) as started:
            dialog.buttons.accepted.emit()
        assert started.args[0].pushed == 1  # the leader's account
        assert config.load(a.paths.root) is not None
        assert [m.username for m in a.team.status("lead", "leader-pass").members] == ["lead"]
    finally:
        tasks.shutdown()
        a.vault.keys.dispose()
        a.db.dispose()


def test_the_start_action_is_offered_to_team_leaders_of_a_standalone_workstation(
    qtbot, data_paths
):
    from agentdesk.services.identity import Role
    from agentdesk.ui.app import build_workstation
    from tests.helpers.app import make_services, open_data

    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    station = build_workstation(services, leader, data)
    qtbot.addWidget(station.window)
    action = station.window.actions_by_id["team_init"]
    assert action.isVisible() and station.window.actions_by_id["password"].isVisible()
    station.window.set_identity(services.accounts.login("rep", "rep-password"))
    assert not action.isVisible()
    services.db.dispose()


def test_an_empty_address_is_named_not_reported_as_a_wrong_password(qtbot, tmp_path):
    """Seen on a real display: OK with no address said "Wrong user name or password"."""
    from agentdesk.ui.team.join_dialog import TeamJoinDialog

    a = standalone(tmp_path / "a", MemoryKeyStore())
    tasks = TaskRunner()
    try:
        leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
        dialog = TeamInitDialog(a.team, tasks, leader)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.password.setText("leader-pass")
        dialog.buttons.accepted.emit()
        assert "address" in dialog.error.text() and "password" not in dialog.error.text()
        assert dialog.password.text() == "leader-pass"  # kept: nothing was sent
        assert config.load(a.paths.root) is None
        assert TeamJoinDialog.address_missing is TeamInitDialog.address_missing  # join too
    finally:
        tasks.shutdown()
        a.vault.keys.dispose()
        a.db.dispose()
