"""File ▸ Team database… ▸ Administration: a team leader adds a member, removes one and
rotates the team key from the app, each through TeamService on the task runner's worker,
against a real PostgreSQL; a representative has no such tab."""

from __future__ import annotations

import pytest

from agentdesk.errors import KnownError
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Role
from agentdesk.services.team_review import TeamReviewService
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.team.dialog import TeamDialog, TeamInfo
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.team import standalone


def test_a_team_leader_administers_the_team_from_the_dialog(qtbot, tmp_path, pg_url):
    a = standalone(tmp_path / "a", MemoryKeyStore())
    tasks = TaskRunner()  # real worker threads, as in the app
    try:
        leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
        a.team.init(pg_url, "lead", "leader-pass")
        review = TeamReviewService(a.db, a.vault, AuditLog(a.vault.audit_key))
        asked = []

        def confirm(title, text):
            asked.append(title)
            return True

        dialog = TeamDialog(
            review, a.accounts, tasks, leader, TeamInfo(pg_url, "ws-a"), team=a.team
        )
        qtbot.addWidget(dialog)
        page = dialog.admin_page
        page._confirm = confirm
        assert dialog.tabs.isTabVisible(dialog.tabs.indexOf(page))

        # A wrong own password: refused, shown, nothing added.
        page.leader_password.setText("not-my-password")
        page.new_name.setText("rep")
        page.new_display.setText("Rita Rep")
        page.new_password.setText("rep-password")
        page.add_button.click()
        qtbot.waitUntil(lambda: page.error.text() != "", timeout=20_000)
        with pytest.raises(KnownError):
            a.accounts.login("rep", "rep-password")

        page.leader_password.setText("leader-pass")
        page.new_password.setText("rep-password")
        with qtbot.waitSignal(page.done, timeout=30_000):
            page.add_button.click()
        assert a.accounts.login("rep", "rep-password").role is Role.REPRESENTATIVE
        assert [m.username for m in a.team.status("lead", "leader-pass").members] == [
            "lead",
            "rep",
        ]

        before = key_fingerprint(a.vault._master)
        page.leader_password.setText("leader-pass")
        with qtbot.waitSignal(page.done, timeout=60_000):
            page.rotate_button.click()
        assert key_fingerprint(a.vault._master) != before

        page.leader_password.setText("leader-pass")
        page.remove_name.setText("rep")
        with qtbot.waitSignal(page.done, timeout=60_000):
            page.remove_button.click()
        assert asked == ["Rotate the team key", "Remove a member"]
        assert [m.username for m in a.team.status("lead", "leader-pass").members] == ["lead"]
        with pytest.raises(KnownError):
            a.accounts.login("rep", "rep-password")

    finally:
        tasks.shutdown()
        a.vault.keys.dispose()
        a.db.dispose()
