"""A join from the app that stopped part-way is finished, never left half done: the
download cut short (the server went away), the app killed before the local rows went, the
app closed before the team's data arrived (finished at the next start by a team account,
never by a first account)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agentdesk.paths import DataPaths
from agentdesk.team import config
from agentdesk.ui import launch
from agentdesk.ui.tasks import TaskRunner
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.app import FAST
from tests.helpers.team_join import (
    FakeInstance,
    article_slugs,
    cut_first_pull,
    join_dialog,
    log_in,
    member_url,
    standalone_app_folder,
    starter_import_after_the_local_rows_go,
    team_with_a_customer,
    try_join,
    wait_window,
)


def test_a_download_cut_short_is_finished_by_trying_again(qtbot, tmp_path, pg_url, monkeypatch):
    """The server goes away after the join, before the team's data arrived: the dialog says
    so, and OK again only downloads (no account could log in here meanwhile)."""
    a = team_with_a_customer(tmp_path / "a", pg_url)
    paths = DataPaths(tmp_path / "b").ensure()
    services, data, boss = standalone_app_folder(paths, MemoryKeyStore())
    cut_first_pull(monkeypatch)
    tasks = TaskRunner()
    try:
        dialog = join_dialog(qtbot, services, data, boss, tasks)
        url = member_url(pg_url)
        assert "cannot be reached" in try_join(qtbot, dialog, url, "tina", "tina-pass")
        assert config.load(paths.root) is not None and not services.accounts.has_accounts()
        dialog.password.setText("tina-pass")
        with qtbot.waitSignal(dialog.joined, timeout=60_000) as joined:
            dialog.buttons.accepted.emit()
        assert joined.args[0].accounts == 2
        assert services.accounts.login("tina", "tina-pass").username == "tina"
    finally:
        tasks.shutdown()
        data.vault.keys.dispose()
        services.db.dispose()
        a.vault.keys.dispose()
        a.db.dispose()


def test_a_join_stopped_before_the_local_rows_went_is_finished_by_trying_again(
    qtbot, tmp_path, pg_url, monkeypatch
):
    """The app dies (kill -9) after the team database is recorded, before this workstation's
    own accounts and articles are removed: trying again finishes the join rather than
    refusing it as "already joined" with the old local accounts and no team data."""
    from agentdesk.services.workstation_join import WorkstationJoinService
    from agentdesk.ui.team.controller import workstation_join

    a = team_with_a_customer(tmp_path / "a", pg_url)
    paths = DataPaths(tmp_path / "b").ensure()
    services, data, boss = standalone_app_folder(paths, MemoryKeyStore())
    real_forget = WorkstationJoinService._forget_own_content

    class Killed(BaseException):
        pass

    def killed(self):
        raise Killed

    monkeypatch.setattr(WorkstationJoinService, "_forget_own_content", killed)
    url = member_url(pg_url)
    try:
        with pytest.raises(Killed):
            workstation_join(services, data).join(boss, url, "tina", "tina-pass")
        assert config.load(paths.root) is not None and services.accounts.has_accounts()
        monkeypatch.setattr(WorkstationJoinService, "_forget_own_content", real_forget)
        joining = workstation_join(services, data)
        assert joining.check(boss).resumes
        report = joining.join(boss, url, "tina", "tina-pass")
        assert report.accounts == 2  # lead and tina; boss is gone
        assert services.accounts.login("tina", "tina-pass").username == "tina"
    finally:
        data.vault.keys.dispose()
        services.db.dispose()
        a.vault.keys.dispose()
        a.db.dispose()


def test_a_join_cut_short_is_finished_at_the_next_start_never_by_a_first_account(
    qtbot, qapp, tmp_path, pg_url, monkeypatch
):
    """The app is closed after the join, before the team's data arrived: the next start asks
    for a team account to download it — not for a first account, which anyone at the desk
    could make a team leader in a folder holding the team key."""
    from agentdesk.errors import KnownError
    from agentdesk.ui import app as app_module
    from agentdesk.ui.first_run import FirstRunDialog
    from agentdesk.ui.team.join_dialog import FinishJoinDialog

    a = team_with_a_customer(tmp_path / "a", pg_url)
    paths = DataPaths(tmp_path / "b").ensure()
    keyring = MemoryKeyStore()
    services, data, boss = standalone_app_folder(paths, keyring)
    cut_first_pull(monkeypatch)
    tasks = TaskRunner()
    try:
        dialog = join_dialog(qtbot, services, data, boss, tasks)
        assert "cannot be reached" in try_join(
            qtbot, dialog, member_url(pg_url), "tina", "tina-pass"
        )
        dialog.close()
    finally:
        tasks.shutdown()
        data.vault.keys.dispose()
        services.db.dispose()
    assert config.load(paths.root) is not None

    real_build = app_module.build_services
    monkeypatch.setattr(
        app_module,
        "build_services",
        lambda paths, tasks: real_build(paths, tasks, keyring_store=keyring, params=FAST),
    )
    starter_import_after_the_local_rows_go(monkeypatch)
    from agentdesk.services.gdpr import GdprService

    purged_by: list[str | None] = []  # who each retention purge ran as
    real_purge = GdprService.purge

    def purge(self, who, *args, **kwargs):
        purged_by.append(who.username if who is not None else None)
        return real_purge(self, who, *args, **kwargs)

    monkeypatch.setattr(GdprService, "purge", purge)
    quits: list[int] = []
    start = launch.Start(qapp, SimpleNamespace(), paths, FakeInstance())
    start.app = SimpleNamespace(quit=lambda: quits.append(1))
    again = None
    try:
        assert start.begin(None) is None
        qtbot.waitUntil(
            lambda: isinstance(start._front(), FinishJoinDialog | FirstRunDialog), timeout=20_000
        )
        finish = start._front()
        assert isinstance(finish, FinishJoinDialog)
        assert finish.url.isReadOnly() and finish.url.text() == config.load(paths.root).url
        assert finish.url.cursorPosition() == 0  # the server's name in view
        # The service refuses a first account here too, whatever a window would offer.
        with pytest.raises(KnownError) as refused:
            start.services.accounts.create_first_team_leader("eve", "Eve", "eve-pass-123")
        assert refused.value.code == "accounts.exist"
        qtbot.keyClicks(finish.account, "tina")
        qtbot.keyClicks(finish.password, "tina-pass")
        finish.buttons.accepted.emit()
        # A refusal shows in the dialog: said at once, not as a minute's timeout.
        qtbot.waitUntil(lambda: quits == [1] or finish.error.text() != "", timeout=60_000)
        assert quits == [1], finish.error.text()
        assert start.restarting

        again = start.restarted()
        assert again.begin(None) is None
        log_in(qtbot, again, "tina", "tina-pass")
        wait_window(qtbot, again)
        # A joined folder purges after the login, never at start-up
        # (test_team_join_dialog.py).
        qtbot.waitUntil(lambda: purged_by == ["tina"], timeout=10_000)
        tina = again.controller.window.identity
        found = again.controller.data.customers.lookup(tina, "Okafor")
        assert [m.display_name for m in found] == ["Okafor"]
        assert article_slugs(again.services.db) == article_slugs(a.db)  # the team's, once
    finally:
        for s in (again, start):
            if s is not None:
                s.stop()
                s.tasks.shutdown()
                if s.controller is not None:
                    if s.controller.window is not None:
                        s.controller.window.close()
                    if s.controller.data is not None:
                        s.controller.data.vault.keys.dispose()
                s.services.db.dispose()
        a.vault.keys.dispose()
        a.db.dispose()
