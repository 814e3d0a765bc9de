"""The first window is up before the services load; what is typed into it waits for them."""

from __future__ import annotations

import dataclasses
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from agentdesk.services.first_window import FirstWindow, first_window
from agentdesk.ui import launch
from agentdesk.ui.app import build_workstation
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.session import SessionController
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.vault.passphrase import PassphraseDialog
from agentdesk.ui.vault.reasons import reason_text
from agentdesk.vault.keyfile import PassphraseKeyFile
from agentdesk.vault.keyfile import ScryptParams as KeyFileParams
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.app import FAST, make_services
from tests.ui.vault.test_unlock import DeferredExecutor, NoKeyring, WindowGapWatcher

PASSPHRASE = "correct horse"


def controller_for(services):
    return SessionController(
        services, lambda who, data: build_workstation(services, who, data).window
    )


def in_use(data_paths, keyring_store) -> None:
    """A data folder used before: its key where ``keyring_store`` puts it, one account."""
    services = make_services(data_paths, keyring_store=keyring_store)
    ctl = controller_for(services)
    ctl.start()
    if isinstance(ctl.dialog, PassphraseDialog):
        ctl.dialog.first.setText(PASSPHRASE)
        ctl.dialog.second.setText(PASSPHRASE)
        ctl.dialog._on_ok()
    assert isinstance(ctl.dialog, FirstRunDialog)
    ctl.dialog.close()
    services.accounts.create_first_team_leader("lead", "Lead", "leader-pass")
    services.db.dispose()


def test_the_guess_reads_only_the_key_file_and_the_account_table(data_paths):
    assert first_window(data_paths) is FirstWindow.UNKNOWN  # a first start
    services = make_services(data_paths)
    assert first_window(data_paths) is FirstWindow.UNKNOWN  # no account yet: the first run
    services.accounts.create_first_team_leader("lead", "Lead", "leader-pass")
    assert first_window(data_paths) is FirstWindow.LOGIN
    data_paths.key_file.write_text("{}")
    assert first_window(data_paths) is FirstWindow.PASSPHRASE
    services.db.dispose()
    data_paths.database.write_bytes(b"not sqlite" * 50)
    assert first_window(data_paths) is FirstWindow.UNKNOWN  # the full start says what is wrong


def early_passphrase(qtbot) -> PassphraseDialog:
    dialog = PassphraseDialog("unlock", reason_text("key-in-file"))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_a_passphrase_typed_while_loading_opens_the_vault_once_loaded(qtbot, data_paths):
    in_use(data_paths, NoKeyring())
    dialog = early_passphrase(qtbot)
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.first.isReadOnly()  # waits, on screen
    ctl = controller_for(make_services(data_paths, keyring_store=NoKeyring()))
    ctl.start(dialog)
    assert isinstance(ctl.dialog, LoginDialog) and ctl.data is not None
    qtbot.addWidget(ctl.dialog)
    assert not dialog.isVisible()


def test_a_wrong_passphrase_typed_while_loading_is_refused_in_the_same_dialog(qtbot, data_paths):
    in_use(data_paths, NoKeyring())
    dialog = early_passphrase(qtbot)
    qtbot.keyClicks(dialog.first, "wrong horse")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    ctl = controller_for(make_services(data_paths, keyring_store=NoKeyring()))
    ctl.start(dialog)
    assert ctl.dialog is dialog and dialog.isVisible() and ctl.data is None
    assert "Wrong passphrase" in dialog.error.text() and not dialog.first.isReadOnly()
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert isinstance(ctl.dialog, LoginDialog)
    qtbot.addWidget(ctl.dialog)


def test_the_first_passphrase_dialog_learns_why_then_takes_the_passphrase(qtbot, data_paths):
    in_use(data_paths, NoKeyring())
    dialog = early_passphrase(qtbot)
    ctl = controller_for(make_services(data_paths, keyring_store=NoKeyring()))
    ctl.start(dialog)
    # Nothing typed yet: no complaint, the precise reason, the same dialog waiting.
    assert ctl.dialog is dialog and dialog.isVisible() and dialog.error.text() == ""
    assert "no secure keyring" in dialog.findChild(QLabel, "reason").text()
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert isinstance(ctl.dialog, LoginDialog)
    qtbot.addWidget(ctl.dialog)


def test_a_keyring_holding_the_key_after_all_replaces_the_passphrase_dialog(qtbot, data_paths):
    in_use(data_paths, NoKeyring())
    key = make_services(data_paths).key_file.unlock(PASSPHRASE)
    dialog = early_passphrase(qtbot)
    ctl = controller_for(make_services(data_paths, keyring_store=MemoryKeyStore(key)))
    ctl.start(dialog)
    assert isinstance(ctl.dialog, LoginDialog) and ctl.data is not None
    qtbot.addWidget(ctl.dialog)
    assert not dialog.isVisible()


def early_login(qtbot, tasks) -> LoginDialog:
    dialog = LoginDialog(None, tasks)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_a_login_typed_while_loading_is_checked_once_the_vault_is_open(qtbot, data_paths):
    keyring = MemoryKeyStore()
    in_use(data_paths, keyring)
    services = make_services(data_paths, keyring_store=keyring)
    dialog = early_login(qtbot, services.tasks)
    qtbot.keyClicks(dialog.username, "lead")
    qtbot.keyClicks(dialog.password, "leader-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.password.isReadOnly()  # waits for the services
    ctl = controller_for(services)
    with qtbot.waitSignal(ctl.main_window_shown, timeout=5000):
        ctl.start(dialog)
    qtbot.addWidget(ctl.window)
    assert ctl.window.identity.username == "lead" and not dialog.isVisible()


def test_a_first_login_window_gives_way_when_the_keyring_needs_a_passphrase(qtbot, data_paths):
    in_use(data_paths, NoKeyring())
    services = make_services(data_paths, keyring_store=NoKeyring())
    dialog = early_login(qtbot, services.tasks)
    ctl = controller_for(services)
    ctl.start(dialog)
    unlock = ctl.dialog
    assert isinstance(unlock, PassphraseDialog) and unlock.isVisible()
    qtbot.addWidget(unlock)
    assert not dialog.isVisible()
    qtbot.keyClicks(unlock.first, PASSPHRASE)
    qtbot.keyClick(unlock.first, Qt.Key.Key_Return)
    assert isinstance(ctl.dialog, LoginDialog) and ctl.dialog is not dialog
    qtbot.addWidget(ctl.dialog)


def test_the_first_window_stays_until_the_next_is_up_with_the_load_on_a_worker(
    qtbot, qapp, data_paths
):
    """The passphrase goes in while the services load on a held worker: the dialog waits,
    then the login appears before it closes (never a moment with no window)."""
    in_use(data_paths, NoKeyring())
    deferred = DeferredExecutor()
    services = make_services(data_paths, keyring_store=NoKeyring())
    services = dataclasses.replace(services, tasks=TaskRunner(deferred))
    dialog = early_passphrase(qtbot)
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    ctl = controller_for(services)
    ctl.start(dialog)
    assert deferred.jobs and dialog.isVisible()
    gaps = []
    watcher = WindowGapWatcher(gaps)
    qapp.installEventFilter(watcher)
    try:
        deferred.run_all()
        qtbot.waitUntil(lambda: isinstance(ctl.dialog, LoginDialog))
    finally:
        qapp.removeEventFilter(watcher)
    qtbot.addWidget(ctl.dialog)
    assert gaps == [] and not dialog.isVisible()


class FakeInstance(QObject):
    call_requested = Signal(object)
    activate_requested = Signal()


@pytest.mark.parametrize("typed_early", [True, False])
def test_the_real_start_loads_on_its_worker_thread(
    qtbot, qapp, data_paths, monkeypatch, typed_early
):
    """Start (ui/launch.py) with real threads: the passphrase dialog first, the services
    built on the database worker, then the login."""
    from agentdesk.ui import app as app_module

    in_use(data_paths, NoKeyring())
    real_build = app_module.build_services
    built = []

    def build(paths, tasks):
        built.append(threading.current_thread().name)
        # The test's keyring (none) and quick key-file parameters; the rest as in the app.
        key_file = PassphraseKeyFile(paths.key_file, params=KeyFileParams(n=2**10, r=8, p=1))
        return real_build(paths, tasks, keyring_store=NoKeyring(), key_file=key_file, params=FAST)

    monkeypatch.setattr(app_module, "build_services", build)
    start = launch.Start(qapp, SimpleNamespace(), data_paths, FakeInstance())
    try:
        assert first_window(data_paths) is FirstWindow.PASSPHRASE
        start._show_early(FirstWindow.PASSPHRASE)
        dialog = start.early
        assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
        if typed_early:
            qtbot.keyClicks(dialog.first, PASSPHRASE)
            qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        start._load_behind()
        qtbot.waitUntil(lambda: start.controller is not None, timeout=10000)
        if not typed_early:
            qtbot.waitUntil(lambda: "no secure keyring" in dialog._reason.text(), timeout=5000)
            qtbot.keyClicks(dialog.first, PASSPHRASE)
            qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(start.controller.dialog, LoginDialog), timeout=10000)
        qtbot.addWidget(start.controller.dialog)
        assert built and built[0].startswith("agentdesk-db") and not dialog.isVisible()
    finally:
        start.tasks.shutdown()


def test_cancelling_the_first_window_while_loading_ends_the_app(qtbot, qapp, data_paths):
    in_use(data_paths, NoKeyring())
    start = launch.Start(qapp, SimpleNamespace(), data_paths, FakeInstance())
    quits = []
    start.app = SimpleNamespace(quit=lambda: quits.append("quit"))
    try:
        start._show_early(FirstWindow.PASSPHRASE)
        dialog = start.early
        qtbot.addWidget(dialog)
        qtbot.keyClick(dialog.first, Qt.Key.Key_Escape)
        assert quits == ["quit"] and not dialog.isVisible()
        start._loaded(make_services(data_paths, keyring_store=NoKeyring()))  # load ends later
        assert start.controller is None  # nothing opened behind a cancelled start
    finally:
        start.tasks.shutdown()
