"""Starting without a secure keyring: passphrase key file, wrong passphrase, missing key."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_main_window
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.session import SessionController
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
    return SessionController(services, lambda who, data: build_main_window(services, who, data))


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
    assert isinstance(retry, PassphraseDialog) and "Wrong passphrase" in retry.error.text()
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
