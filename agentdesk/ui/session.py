"""The session: first run or login, the main window, locking by shortcut or idle time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication

from agentdesk.paths import DataPaths
from agentdesk.services.accounts import AccountService
from agentdesk.services.identity import Identity
from agentdesk.services.settings import SettingsService
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.idle import IdleWatcher
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Services:
    """What the widgets are given; built once in ui/app.py (tests build their own)."""

    paths: DataPaths
    accounts: AccountService
    settings: SettingsService
    tasks: TaskRunner


class SessionController(QObject):
    """Walks first run → login → main window, and back to login on lock."""

    main_window_shown = Signal(object)
    finished = Signal()

    def __init__(
        self,
        services: Services,
        build_window: Callable[[Identity], MainWindow],
        idle: IdleWatcher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._build_window = build_window
        self.window: MainWindow | None = None
        self.dialog: LoginDialog | FirstRunDialog | None = None
        self.idle = idle or IdleWatcher(services.settings.current().idle_lock_minutes, parent=self)
        self.idle.idle.connect(self.lock)
        self.locked = False

    def qsettings(self) -> QSettings:
        return QSettings(str(self.services.paths.root / "window.ini"), QSettings.Format.IniFormat)

    def start(self) -> None:
        s = self.services
        if s.accounts.has_accounts():
            self._show_login(None)
        else:
            self.dialog = FirstRunDialog(s.accounts, s.settings, s.tasks)
            self.dialog.created.connect(self._on_logged_in)
            self.dialog.rejected.connect(self._on_cancelled)
            self.dialog.open()

    def _show_login(self, locked_for: str | None) -> None:
        self.dialog = LoginDialog(
            self.services.accounts, self.services.tasks, locked_for=locked_for
        )
        self.dialog.logged_in.connect(self._on_logged_in)
        self.dialog.rejected.connect(self._on_cancelled)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.open()

    def _on_logged_in(self, identity: Identity) -> None:
        self.dialog = None
        self.locked = False
        if self.window is None:
            self.window = self._build_window(identity)
            self.window.lock_requested.connect(self.lock)
            self.window.quit_requested.connect(self.quit)
            self.window.restore_layout(self.qsettings())
        else:
            self.window.set_identity(identity)
        self.window.show()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()
        self.main_window_shown.emit(self.window)

    def lock(self) -> None:
        """Hide everything personal and ask for a login again."""
        if self.locked or self.window is None:
            return
        self.locked = True
        self.idle.stop()
        self.window.save_layout(self.qsettings())
        self.window.hide()
        self._show_login(self.window.identity.username)

    def _on_cancelled(self) -> None:
        self.dialog = None
        self.quit()

    def quit(self) -> None:
        if self.window is not None and not self.locked:
            self.window.save_layout(self.qsettings())
        self.idle.stop()
        self.finished.emit()
