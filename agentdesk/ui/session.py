"""The session: first run or login, the main window, locking by shortcut or idle time."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal

from agentdesk.errors import KnownError
from agentdesk.services.identity import Identity
from agentdesk.services.keys import VaultLockedError, unlock_vault
from agentdesk.services.vault import VaultService
from agentdesk.ui.errors import error_text
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.idle import IdleWatcher
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.services import DataServices, Services, build_data_services
from agentdesk.ui.vault.passphrase import PassphraseDialog
from agentdesk.ui.vault.reasons import reason_text
from agentdesk.vault.resolve import KeyStatus

if TYPE_CHECKING:  # built by the caller after login; not loaded for the first dialog
    from agentdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Walks vault unlock → first run or login → main window, and back to login on lock."""

    main_window_shown = Signal(object)
    # Shown after a login (not after File ▸ Language… rebuilt it): what a login rechecks.
    logged_in_window_shown = Signal(object)
    vault_opened = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        services: Services,
        build_window: Callable[[Identity, DataServices], MainWindow],
        idle: IdleWatcher | None = None,
        parent: QObject | None = None,
        *,
        after_login: Callable[[Identity, str], None] | None = None,
        wants_new_window: Callable[[Identity], bool] | None = None,
    ) -> None:
        """``wants_new_window(identity)``: whether the window must be built anew for who logs
        in (another language; ui/language_switch.py), asked at each login and when someone
        saves their language; None keeps the first window for the whole run."""
        super().__init__(parent)
        self.services = services
        self._after_login = after_login
        self._wants_new_window = wants_new_window
        self._build_window = build_window
        self.window: MainWindow | None = None
        self.data: DataServices | None = None
        self.dialog: LoginDialog | FirstRunDialog | PassphraseDialog | None = None
        self.idle = idle or IdleWatcher(services.settings.current().idle_lock_minutes, parent=self)
        self.idle.idle.connect(self.lock)
        self.locked = False
        self.restarting = False  # quit to start again on the same data folder (ui/launch.py)
        self._last_problem: str | None = None

    def qsettings(self) -> QSettings:
        return QSettings(str(self.services.paths.root / "window.ini"), QSettings.Format.IniFormat)

    def start(self, shown: LoginDialog | PassphraseDialog | None = None) -> None:
        """Open the vault first (keyring or passphrase), then ask who is there.

        ``shown``: the first window, put up before the services loaded (ui/launch.py). It stays
        on screen and is used if the vault agrees with it; what was typed into it is kept.
        """
        if isinstance(shown, PassphraseDialog):
            self.dialog = shown
            shown.submitted.connect(self._unlock)
            shown.rejected.connect(self._on_cancelled)
            if shown.passphrase is not None:  # typed while the services loaded
                self._unlock(shown.passphrase)
                return
        elif isinstance(shown, LoginDialog):
            self.dialog = shown
            shown.logged_in.connect(self._on_logged_in)
            shown.rejected.connect(self._on_cancelled)
        self._unlock(None)

    def _unlock(self, passphrase: str | None) -> None:
        s = self.services

        self._last_problem = None

        def provider(request):
            # One try per dialog: a second request means the typed passphrase was refused.
            if request.attempt > 1:
                self._last_problem = request.problem
                return None
            return passphrase

        def work() -> VaultService:
            return unlock_vault(
                s.paths,
                s.db,
                ask_passphrase=provider,
                keyring_store=s.keyring_store,
                key_file=s.key_file,
                region=s.settings.current().phone_region,
            )

        # A worker thread: a keyring that hangs costs a few seconds, never a frozen window.
        s.tasks.run_query(
            work,
            self._on_vault_ready,
            lambda exc: self._on_vault_locked(exc, typed=passphrase is not None),
        )

    def _on_vault_locked(self, exc: BaseException, *, typed: bool = True) -> None:
        if isinstance(exc, VaultLockedError) and exc.state.status is KeyStatus.NEEDS_PASSPHRASE:
            problem = {
                "wrong-passphrase": self.tr("Wrong passphrase; try again."),
                "too-short": self.tr("Use at least 8 characters."),
            }.get(self._last_problem or "", "")
            previous = self.dialog
            if isinstance(previous, PassphraseDialog):
                if not typed:
                    # The first window asked before the keyring was: it now says precisely why,
                    # and waits for the passphrase (or already has it on its way).
                    previous.set_reason(reason_text(exc.state.reason))
                    return
                # The same dialog, still on screen: it says why and takes another try.
                previous.refuse(problem or self.tr("Wrong passphrase; try again."))
                return
            mode = exc.state.mode.value if exc.state.mode else "unlock"
            dialog = PassphraseDialog(mode, reason_text(exc.state.reason), problem)
            dialog.submitted.connect(self._unlock)
            dialog.rejected.connect(self._on_cancelled)
            self.dialog = dialog
            dialog.open()
            # A first window that guessed the login (the keyring needs a passphrase after
            # all) goes once this one is up; a fresh login follows the unlock.
            self._close_previous(previous)
            return
        if isinstance(exc, KnownError):
            self._close_previous(self.dialog)
            self.failed.emit(error_text(exc))
            self.finished.emit()
            return
        raise exc

    def _on_vault_ready(self, vault: VaultService) -> None:
        if self.data is not None:
            # A passphrase typed into the first window while the keyring opened the vault.
            vault.keys.dispose()
            return
        previous = self.dialog
        self.data = build_data_services(self.services, vault)
        self.vault_opened.emit(self.data)
        self._ask_who()
        # Only now, with the next window up, does the passphrase dialog go.
        self._close_previous(previous)

    def _close_previous(self, dialog) -> None:
        if dialog is self.dialog:
            return  # still the one asking (the first window's login, kept)
        if isinstance(dialog, PassphraseDialog | LoginDialog):
            dialog.rejected.disconnect()
            dialog.accept()

    def _ask_who(self) -> None:
        s = self.services
        if s.accounts.has_accounts():
            if isinstance(self.dialog, LoginDialog):
                # The first window already asks; a login typed ahead is checked now.
                self.dialog.attach(self.services.accounts, self._after_login)
                return
            self._show_login(None)
        elif self._finish_join():
            return
        else:
            self.dialog = FirstRunDialog(s.accounts, s.settings, s.tasks)
            self.dialog.created.connect(self._on_logged_in)
            self.dialog.rejected.connect(self._on_cancelled)
            self.dialog.open()

    def _finish_join(self) -> bool:
        """A folder joined to a team database whose data never arrived (the join stopped):
        a team account downloads it, then the app starts again. Never a first account."""
        from agentdesk.team import config

        url = config.load(self.services.paths.root)
        if url is None:
            return False
        from agentdesk.ui.team.controller import workstation_join
        from agentdesk.ui.team.join_dialog import FinishJoinDialog

        self.dialog = FinishJoinDialog(
            workstation_join(self.services, self.data), self.services.tasks, url.url
        )
        self.dialog.finished_join.connect(lambda _report: self.restart())
        self.dialog.rejected.connect(self._on_cancelled)
        self.dialog.open()
        return True

    def _show_login(self, locked_for: str | None) -> None:
        self.dialog = LoginDialog(
            self.services.accounts,
            self.services.tasks,
            locked_for=locked_for,
            after_login=self._after_login,
        )
        self.dialog.logged_in.connect(self._on_logged_in)
        self.dialog.rejected.connect(self._on_cancelled)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.open()

    def _on_logged_in(self, identity: Identity) -> None:
        self.dialog = None
        self.locked = False
        if self.window is None:
            self._open_window(identity)
        elif self._wants_new_window is not None and self._wants_new_window(identity):
            self.replace_window(identity)
        else:
            self.window.set_identity(identity)
        self._present()

    def _open_window(self, identity: Identity) -> None:
        self.window = self._build_window(identity, self.data)
        self.window.lock_requested.connect(self.lock)
        self.window.quit_requested.connect(self.quit)
        self.window.restart_requested.connect(self.restart)
        self.window.language_chosen.connect(self._on_language_chosen)
        self.window.restore_layout(self.qsettings())

    def replace_window(self, identity: Identity) -> None:
        """Build the window anew for ``identity`` (in their language) where the old one was;
        the old one is retired: hidden, silenced, deleted once its tasks have delivered."""
        from agentdesk.ui.language_switch import retire_window

        old = self.window
        old.save_layout(self.qsettings())  # the new one opens with the same docks and size
        started = time.perf_counter()
        self._open_window(identity)  # if building fails, the old window stays in service
        log.info("window built anew in %.0f ms", 1000 * (time.perf_counter() - started))
        old.lock_requested.disconnect(self.lock)
        old.quit_requested.disconnect(self.quit)
        old.restart_requested.disconnect(self.restart)
        old.language_chosen.disconnect(self._on_language_chosen)
        retire_window(old, self.services.tasks)

    def _on_language_chosen(self, code: str) -> None:
        """File ▸ Language… saved: at once if nothing would be lost, else at the next login."""
        if self.locked or self.window is None or self._wants_new_window is None:
            return
        who = replace(self.window.identity, language=code)
        if self._wants_new_window(who):
            self.replace_window(who)
            self._present(login=False)

    def _present(self, *, login: bool = True) -> None:
        self.window.show()
        self.window.raise_()
        # The dialog closes right after this: give the keyboard to the window, so the first
        # key typed after logging in (Ctrl+N for a ringing call) reaches it.
        QTimer.singleShot(0, self.window.activateWindow)
        self.idle.start()
        self.main_window_shown.emit(self.window)
        if login:
            self.logged_in_window_shown.emit(self.window)

    def lock(self) -> None:
        """Hide everything personal and ask for a login again."""
        if self.locked or self.window is None:
            return
        self.locked = True
        self.idle.stop()
        self.window.save_layout(self.qsettings())
        # The login dialog is up before the window goes: there is never a moment with no window.
        self._show_login(self.window.identity.username)
        self.window.hide()

    def _on_cancelled(self) -> None:
        self.dialog = None
        self.quit()

    def restart(self) -> None:
        """End this session and start again from the data folder: joining a team database
        changed its key and its accounts, which every open service was built on."""
        self.restarting = True
        if self.window is not None:
            self.window.hide()
        self.quit()

    def quit(self) -> None:
        if self.window is not None and not self.locked:
            self.window.save_layout(self.qsettings())
        self.idle.stop()
        self.finished.emit()
