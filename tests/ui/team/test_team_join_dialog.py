"""Joining a standalone workstation to a team database from the app (File ▸ Join a team
database…), against a real PostgreSQL server: the app starts again on the joined folder and a
team account made on another workstation logs in there and finds the team's customer; a wrong
password, an unreachable server, a TLS refusal and customer data of its own change nothing."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.engine import make_url

from agentdesk.paths import DataPaths
from agentdesk.services.identity import Role
from agentdesk.services.keys import stored_fingerprint
from agentdesk.storage.engine import make_engine
from agentdesk.sync.replica import workstation_id as workstation_of
from agentdesk.team import config
from agentdesk.team.audit import verify_chains
from agentdesk.ui import launch
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.team.join_dialog import TeamJoinDialog
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.app import FAST, make_services, open_data
from tests.helpers.pg import free_port
from tests.helpers.team_join import (
    FakeInstance,
    article_slugs,
    join_dialog,
    log_in,
    member_url,
    shared_rows,
    standalone_app_folder,
    team_with_a_customer,
    try_join,
    wait_window,
)


def test_a_standalone_workstation_joins_and_a_team_account_logs_in_after_the_restart(
    qtbot, qapp, tmp_path, pg_url, monkeypatch
):
    from agentdesk.ui import app as app_module

    a = team_with_a_customer(tmp_path / "a", pg_url)
    paths = DataPaths(tmp_path / "b").ensure()
    keyring = MemoryKeyStore()  # the workstation's keyring, across the restart
    services, data, _ = standalone_app_folder(paths, keyring)
    own_key = keyring.load()
    data.vault.keys.dispose()
    services.db.dispose()
    real_build = app_module.build_services
    monkeypatch.setattr(
        app_module,
        "build_services",
        lambda paths, tasks: real_build(paths, tasks, keyring_store=keyring, params=FAST),
    )
    from agentdesk.services.gdpr import GdprService

    purged_by: list[str | None] = []  # who each retention purge ran as
    real_purge = GdprService.purge

    def purge(self, who, *args, **kwargs):
        purged_by.append(who.username if who is not None else None)
        return real_purge(self, who, *args, **kwargs)

    monkeypatch.setattr(GdprService, "purge", purge)
    quits: list[int] = []
    start = launch.Start(qapp, SimpleNamespace(), paths, FakeInstance())
    start.app = SimpleNamespace(quit=lambda: quits.append(1))  # the event loop is the test's
    again = None
    try:
        assert start.begin(None) is None
        log_in(qtbot, start, "boss", "boss-pass")
        wait_window(qtbot, start)
        qtbot.waitUntil(lambda: purged_by == [None])  # standalone: at start-up, once
        window = start.controller.window
        action = window.actions_by_id["team_join"]
        assert action.isVisible() and not window.actions_by_id["team"].isVisible()
        action.trigger()
        dialog = window.findChild(TeamJoinDialog)
        assert dialog.isVisible() and "customer data" in dialog.note.text()
        qtbot.keyClicks(dialog.url, member_url(pg_url))
        qtbot.keyClicks(dialog.account, "Tina")
        qtbot.keyClicks(dialog.password, "tina-pass")
        dialog.buttons.accepted.emit()
        assert dialog.progress.isVisible() and not dialog.url.isEnabled()
        qtbot.waitUntil(lambda: quits == [1], timeout=60_000)
        assert start.restarting and not window.isVisible()
        assert config.load(paths.root) is not None
        assert keyring.load() == a.vault._master != own_key  # the team key, in the keyring

        again = start.restarted()
        assert again.begin(None) is None
        refused = log_in(qtbot, again, "boss", "boss-pass")  # this workstation's own: gone
        qtbot.waitUntil(lambda: refused.error.text() != "", timeout=20_000)
        assert again.controller.window is None and refused.isVisible()
        log_in(qtbot, again, "tina", "tina-pass")
        wait_window(qtbot, again)
        # Joined: not at start-up but after the login's sync round, as whoever logged in (a
        # team leader's purge is sent to the team database, anyone else's is not).
        qtbot.waitUntil(lambda: purged_by == [None, "tina"], timeout=10_000)
        tina = again.controller.window.identity
        assert tina.username == "tina"
        found = again.controller.data.customers.lookup(tina, "Okafor")
        assert [m.display_name for m in found] == ["Okafor"]
        assert again.team_sync is not None  # syncing as the team account
        # The team's articles, once: this workstation's own starter copies made way for them;
        # every shared table now holds exactly the team's rows (its directory entry is gone).
        assert article_slugs(again.services.db) == article_slugs(a.db)
        assert shared_rows(again.services.db) == shared_rows(a.db)
        window2 = again.controller.window
        from agentdesk.ui.team.status_label import TeamStatusLabel

        status = window2.findChild(TeamStatusLabel)  # the login's sync round, shown at once
        qtbot.waitUntil(lambda: status.text() == "Team database: up to date", timeout=5_000)
        # This workstation's audit log, re-keyed at the join, went up and verifies there.
        here = str(workstation_of(again.services.db))
        owner = make_engine(pg_url)
        try:
            with owner.connect() as conn:
                chains = {c.workstation: c for c in verify_chains(conn, a.vault.audit_key)}
        finally:
            owner.dispose()
        assert chains[here].ok and chains[here].entries >= 1
        assert window2.actions_by_id["team"].isVisible()
        assert not window2.actions_by_id["team_join"].isVisible()
    finally:
        for s in (again, start):
            if s is not None:
                s.stop()
                s.tasks.shutdown()
        if again is not None and again.controller is not None:
            if again.controller.window is not None:
                again.controller.window.close()
            if again.controller.data is not None:
                again.controller.data.vault.keys.dispose()
            again.services.db.dispose()
        a.vault.keys.dispose()
        a.db.dispose()


def test_a_refused_join_changes_nothing_and_says_why(qtbot, tmp_path, pg_url):
    a = team_with_a_customer(tmp_path / "a", pg_url)
    paths = DataPaths(tmp_path / "b").ensure()
    keyring = MemoryKeyStore()
    services, data, boss = standalone_app_folder(paths, keyring)
    own = keyring.load()
    tasks = TaskRunner()  # real worker threads, as in the app
    try:
        dialog = join_dialog(qtbot, services, data, boss, tasks)
        url = member_url(pg_url)
        assert "refused this user name or password" in try_join(qtbot, dialog, url, "tina", "wrong")
        assert "refused" in try_join(qtbot, dialog, url, "nobody", "tina-pass")
        unreachable = make_url(url).set(port=free_port()).render_as_string()
        assert "cannot be reached" in try_join(qtbot, dialog, unreachable, "tina", "tina-pass")
        tls = url + "?sslmode=require"  # the test server has no TLS
        assert "TLS" in try_join(qtbot, dialog, tls, "tina", "tina-pass")
        assert "postgresql://" in try_join(qtbot, dialog, "http://server/team", "tina", "tina-pass")
        # Nothing changed: still standalone, its own key, its own account.
        assert config.load(paths.root) is None and keyring.load() == own
        assert data.vault.fingerprint == stored_fingerprint(services.db)
        assert services.accounts.login("boss", "boss-pass").username == "boss"
    finally:
        tasks.shutdown()
        data.vault.keys.dispose()
        services.db.dispose()
        a.vault.keys.dispose()
        a.db.dispose()


def test_a_workstation_with_customer_data_is_refused_before_anything_is_asked(qtbot, tmp_path):
    paths = DataPaths(tmp_path / "b").ensure()
    services, data, boss = standalone_app_folder(paths, MemoryKeyStore(), customer=True)
    tasks = TaskRunner()
    try:
        dialog = join_dialog(qtbot, services, data, boss, tasks)
        qtbot.waitUntil(lambda: "customer data" in dialog.error.text(), timeout=10_000)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    finally:
        tasks.shutdown()
        data.vault.keys.dispose()
        services.db.dispose()


def test_the_join_action_is_offered_to_team_leaders_of_a_standalone_workstation(qtbot, data_paths):
    from agentdesk.ui.app import build_workstation

    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    station = build_workstation(services, leader, data)
    qtbot.addWidget(station.window)
    action = station.window.actions_by_id["team_join"]
    assert action.isVisible()
    station.window.set_identity(services.accounts.login("rep", "rep-password"))
    assert not action.isVisible()
    data.vault.keys.dispose()
    services.db.dispose()


def test_a_workstation_without_a_keyring_joins_with_its_passphrase(qtbot, tmp_path, pg_url):
    """The key lives in the passphrase file: the dialog asks for it, a wrong one changes
    nothing, and afterwards the same passphrase opens the team key."""
    from agentdesk.services.keys import unlock_vault
    from agentdesk.ui.services import build_data_services
    from tests.ui.vault.test_unlock import NoKeyring

    a = team_with_a_customer(tmp_path / "a", pg_url)
    paths = DataPaths(tmp_path / "b").ensure()
    services = make_services(paths, keyring_store=NoKeyring())
    vault = unlock_vault(
        paths,
        services.db,
        ask_passphrase=lambda _request: "correct horse",
        keyring_store=services.keyring_store,
        key_file=services.key_file,
    )
    data = build_data_services(services, vault)
    boss = services.accounts.create_first_team_leader("boss", "Bo Boss", "boss-pass")
    tasks = TaskRunner()
    try:
        dialog = join_dialog(qtbot, services, data, boss, tasks)
        qtbot.waitUntil(lambda: dialog.form.isRowVisible(dialog.passphrase), timeout=10_000)
        url = member_url(pg_url)
        dialog.passphrase.setText("wrong horse")
        assert "passphrase is not correct" in try_join(qtbot, dialog, url, "tina", "tina-pass")
        assert config.load(paths.root) is None
        assert services.key_file.unlock("correct horse") == vault._master != a.vault._master

        dialog.url.setText(url)
        dialog.account.setText("tina")
        dialog.password.setText("tina-pass")
        dialog.passphrase.setText("correct horse")
        with qtbot.waitSignal(dialog.joined, timeout=60_000) as joined:
            dialog.buttons.accepted.emit()
        assert joined.args[0].accounts == 2  # lead and tina; boss is gone
        assert services.key_file.unlock("correct horse") == a.vault._master
        assert services.accounts.login("tina", "tina-pass").username == "tina"
    finally:
        tasks.shutdown()
        data.vault.keys.dispose()
        services.db.dispose()
        a.vault.keys.dispose()
        a.db.dispose()


def test_no_join_while_a_call_is_under_way(qtbot, data_paths):
    from agentdesk.ui.team.controller import workstation_join

    services = make_services(data_paths)
    data = open_data(services)
    boss = services.accounts.create_first_team_leader("boss", "Bo Boss", "boss-pass")
    joining = workstation_join(services, data)
    dialog = TeamJoinDialog(joining, services.tasks, boss, busy=lambda: ["A call is in progress."])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url.setText("postgresql://server/agentdesk")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "Finish first: A call is in progress."
    assert dialog.isVisible() and config.load(data_paths.root) is None
    data.vault.keys.dispose()
    services.db.dispose()
