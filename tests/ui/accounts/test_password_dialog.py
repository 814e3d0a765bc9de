"""File ▸ Change password…: a person types the old and new passwords; the change runs on the
task runner's worker thread through the real account service."""

from __future__ import annotations

import threading

import pytest

from agentdesk.services.accounts import AccountService
from agentdesk.ui.accounts.password_dialog import PasswordDialog
from agentdesk.ui.tasks import TaskRunner


@pytest.fixture
def setup(db, fast_params):
    accounts = AccountService(db, params=fast_params)
    who = accounts.create_first_team_leader("anna", "Anna Rossi", "leader-pass")
    tasks = TaskRunner()  # real worker threads, as in the app
    yield accounts, who, tasks
    tasks.shutdown()


def test_the_dialog_changes_the_password_off_the_gui_thread(qtbot, setup):
    accounts, who, tasks = setup
    threads = []

    def change(w, old, new):
        threads.append(threading.current_thread())
        return accounts.change_password(w, old, new)

    after = []
    dialog = PasswordDialog(change, tasks, who, after=after.append)
    qtbot.addWidget(dialog)
    dialog.old.setText("leader-pass")
    dialog.new.setText("brand-new-pass")
    dialog.repeat.setText("brand-new-pass")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert threads and threads[0] is not threading.main_thread()
    assert after == ["brand-new-pass"]
    assert accounts.login("anna", "brand-new-pass").account_id == who.account_id


def test_a_wrong_old_password_or_a_mismatch_is_shown_and_changes_nothing(qtbot, setup):
    accounts, who, tasks = setup
    dialog = PasswordDialog(accounts.change_password, tasks, who)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText("leader-pass")
    dialog.new.setText("brand-new-pass")
    dialog.repeat.setText("brand-new-typo")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "The two new passwords differ."

    dialog.old.setText("wrong-pass")
    dialog.repeat.setText("brand-new-pass")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.text() == "Wrong user name or password.", timeout=10_000)
    assert dialog.isVisible() and dialog.old.text() == ""

    dialog.old.setText("leader-pass")
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "at least 8" in dialog.error.text(), timeout=10_000)
    assert accounts.login("anna", "leader-pass").account_id == who.account_id
