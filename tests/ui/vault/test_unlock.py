"""Starting without a secure keyring: passphrase key file, wrong passphrase, missing key."""

from __future__ import annotations

import dataclasses
from concurrent.futures import Future
from types import SimpleNamespace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_workstation
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.session import SessionController
from agentdesk.ui.tasks import ImmediateExecutor, TaskRunner
from agentdesk.ui.vault.passphrase import PassphraseDialog
from agentdesk.vault.errors import KeyUnavailableError
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.app import make_services


class NoKeyring(MemoryKeyStore):
    """Behaves like a machine without a Secret Service."""

    def load(self):
        raise KeyUnavailableError("no-secure-backend")

    def save(self, key):
        raise KeyUnavailableError("no-secure-backend")


def controller_for(services):
    return SessionController(
        services, lambda who, data: build_workstation(services, who, data).window
    )


def test_passphrase_created_then_asked_at_next_start(qtbot, data_paths):
    services = make_services(data_paths, keyring_store=NoKeyring())
    first = controller_for(services)
    first.start()
    dialog = first.dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.mode == "create"
    qtbot.addWidget(dialog)
    assert "no secure keyring" in dialog.findChild(QLabel, "reason").text()
    qtbot.keyClicks(dialog.first, "correct horse")
    qtbot.keyClicks(dialog.second, "correct horse")
    dialog._on_ok()
    assert isinstance(first.dialog, FirstRunDialog)
    first.data.customers.create_customer(
        services.accounts.create_first_team_leader("lead", "Lead", "leader-pass"),
        CustomerDraft(surname="Okafor"),
    )
    assert data_paths.key_file.exists()
    first.dialog.close()

    again = controller_for(make_services(data_paths, keyring_store=NoKeyring()))
    again.start()
    unlock = again.dialog
    assert isinstance(unlock, PassphraseDialog) and unlock.mode == "unlock"
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.first, "wrong horse")
    unlock._on_ok()
    retry = again.dialog
    # The same dialog says so and takes another try; it never closed in between.
    assert retry is unlock and retry.isVisible()
    assert "Wrong passphrase" in retry.error.text() and not retry.first.isReadOnly()
    qtbot.addWidget(retry)
    qtbot.keyClicks(retry.first, "correct horse")
    retry._on_ok()
    assert isinstance(again.dialog, LoginDialog) and again.data is not None
    again.dialog.close()


def test_key_missing_over_existing_data_is_refused(qtbot, data_paths):
    services = make_services(data_paths)
    first = controller_for(services)
    first.start()
    first.data.customers.create_customer(
        services.accounts.create_first_team_leader("lead", "Lead", "leader-pass"),
        CustomerDraft(surname="Okafor"),
    )
    first.dialog.close()
    fresh = controller_for(make_services(data_paths, keyring_store=MemoryKeyStore()))
    with qtbot.waitSignal(fresh.failed, check_params_cb=lambda m: "cannot be found" in m):
        fresh.start()
    assert fresh.data is None and fresh.window is None


def test_short_passphrase_is_explained(qtbot, data_paths):
    services = make_services(data_paths, keyring_store=NoKeyring())
    ctl = controller_for(services)
    ctl.start()
    dialog = ctl.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "short")
    dialog._on_ok()
    assert "at least 8" in dialog.error.text() and dialog.passphrase is None


class DeferredExecutor(ImmediateExecutor):
    """Holds each job until ``run_all``: the vault is still opening on its worker."""

    def __init__(self):
        self.jobs = []

    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        self.jobs.append((future, fn))
        return future

    def run_all(self):
        while self.jobs:
            future, fn = self.jobs.pop(0)
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)


def visible_windows():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_window_stays_on_screen_while_the_vault_opens(qtbot, data_paths):
    """The blocker: the passphrase dialog closed, the key was derived on a worker with no window
    on screen, and Qt ended the app with status 0. The dialog now stays until the next one is up."""
    deferred = DeferredExecutor()
    services = make_services(data_paths, keyring_store=NoKeyring())
    services = dataclasses.replace(services, tasks=TaskRunner(deferred, ImmediateExecutor()))
    ctl = controller_for(services)
    ctl.start()
    deferred.run_all()
    qtbot.waitUntil(lambda: isinstance(ctl.dialog, PassphraseDialog))
    dialog = ctl.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "correct horse")
    qtbot.keyClicks(dialog.second, "correct horse")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert deferred.jobs, "the unlock runs on the worker"
    assert dialog.isVisible() and dialog.first.isReadOnly()
    gaps = []
    watcher = WindowGapWatcher(gaps)
    QApplication.instance().installEventFilter(watcher)
    try:
        deferred.run_all()
        qtbot.waitUntil(lambda: isinstance(ctl.dialog, FirstRunDialog))
    finally:
        QApplication.instance().removeEventFilter(watcher)
    qtbot.addWidget(ctl.dialog)
    assert not dialog.isVisible() and ctl.dialog.isVisible()
    assert gaps == []


class WindowGapWatcher(QObject):
    """Records every moment a top-level window hid and left no other window visible."""

    def __init__(self, gaps):
        super().__init__()
        self.gaps = gaps

    def eventFilter(self, obj, event):
        hidden = event.type() == QEvent.Type.Hide and isinstance(obj, QWidget) and obj.isWindow()
        if hidden and not [w for w in visible_windows() if w is not obj]:
            self.gaps.append(type(obj).__name__)
        return False


def test_the_app_no_longer_quits_when_its_last_window_closes(monkeypatch, qapp, data_paths):
    """The session ends the app (quit, cancel, refusal), never Qt's last-window rule."""
    from agentdesk.ui import launch as app_module

    seen = {}

    class Stop(Exception):
        pass

    def stop(*_a, **_k):
        seen["quit_on_close"] = qapp.quitOnLastWindowClosed()
        raise Stop

    monkeypatch.setattr(app_module, "resolve_data_dir", stop)
    try:
        app_module.run(SimpleNamespace(data_dir=str(data_paths.root)))
    except Stop:
        pass
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert seen == {"quit_on_close": False}
