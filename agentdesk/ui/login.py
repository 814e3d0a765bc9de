"""The login dialog, also used to unlock a locked session."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.errors import KnownError
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the first window is up before the storage layer loads (ui/launch.py)
    from agentdesk.services.accounts import AccountService
    from agentdesk.services.identity import Identity


class LoginDialog(QDialog):
    """Asks for user name and password; emits ``logged_in`` with the identity.

    Shown as the first window, before the services have loaded, ``accounts`` is None: a name
    and password entered then wait (the dialog says so) and are checked once ``attach`` brings
    the account service, after the vault has opened.
    """

    logged_in = Signal(object)

    def __init__(
        self,
        accounts: AccountService | None,
        tasks: TaskRunner,
        *,
        locked_for: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        after_login: Callable[[Identity, str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        # Runs on the worker right after a good login, with the password still at hand (the
        # team database's sync derives this account's secrets from it; see ui/team/).
        self._after_login = after_login
        self._tasks = tasks
        self._clock = clock
        self._retry_at: float | None = None
        self._waiting = False  # entered before the services were ready: checked on attach
        # While throttled: the wait counts down once a second, then Log in works again.
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._on_countdown)
        self.identity: Identity | None = None
        self.setWindowTitle(self.tr("agentdesk — log in"))
        self.setMinimumWidth(380)

        heading = QLabel(
            self.tr("Locked. Log in to continue.") if locked_for else self.tr("Log in to agentdesk")
        )
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.username = QLineEdit(objectName="username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.setMaxLength(limits.USERNAME)
        self.password.setMaxLength(limits.PASSWORD)
        self.password.setAccessibleName(self.tr("Password"))
        if locked_for:
            self.username.setText(locked_for)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self._on_submit)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if locked_for else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_submit(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name or not password:
            self.error.show_error(self.tr("Enter your user name and password."))
            (self.username if not name else self.password).setFocus()
            return
        self.buttons.setEnabled(False)
        self.error.clear_error()
        if self._accounts is None:
            self._waiting = True
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opening…"))
            for field in (self.username, self.password):
                field.setReadOnly(True)  # not disabled: the focus stays here (see passphrase)
            return
        self._tasks.run_mutation(  # a login writes (throttle counters, re-hash, audit)
            lambda: self._login(name, password), self._on_success, self._on_failure
        )

    def attach(
        self,
        accounts: AccountService,
        after_login: Callable[[Identity, str], None] | None = None,
    ) -> None:
        """The services have loaded and the vault is open: a login typed ahead is checked now."""
        self._accounts = accounts
        self._after_login = after_login
        if self._waiting:
            self._waiting = False
            for field in (self.username, self.password):
                field.setReadOnly(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
            self._on_submit()

    def _login(self, name: str, password: str) -> Identity:
        identity = self._accounts.login(name, password)
        if self._after_login is not None:
            self._after_login(identity, password)
        return identity

    def _on_success(self, identity: Identity) -> None:
        self.identity = identity
        self.password.clear()
        self.buttons.setEnabled(True)
        self.logged_in.emit(identity)
        self.accept()

    def _on_failure(self, exc: BaseException) -> None:
        from agentdesk.services.accounts import LoginThrottledError  # loaded by now

        self.buttons.setEnabled(True)
        self.password.setFocus()
        if isinstance(exc, LoginThrottledError):
            # The password was not even checked: keep it, and say when it can be tried.
            self._retry_at = self._clock() + exc.seconds
            self.buttons.setEnabled(False)
            self._on_countdown()
            self.countdown.start()
            return
        self.password.clear()
        if isinstance(exc, KnownError):
            self.error.show_error(error_text(exc))
        else:
            raise exc

    def _on_countdown(self) -> None:
        left = 0.0 if self._retry_at is None else self._retry_at - self._clock()
        if left <= 0:
            self.countdown.stop()
            self._retry_at = None
            self.buttons.setEnabled(True)
            self.error.clear_error()
            return
        seconds = int(left + 0.999)
        self.error.show_error(
            self.tr("Too many failed attempts. Try again in %1 s.").replace("%1", str(seconds))
        )
