"""Throttled login: the password typed stays, and the wait counts down to zero."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.services.accounts import LoginThrottledError
from tests.helpers.app import inline_tasks


class ThrottledAccounts:
    def __init__(self) -> None:
        self.wait = 2.0
        self.tries = 0

    def login(self, name, password):
        self.tries += 1
        raise LoginThrottledError(self.wait)


def test_the_password_stays_and_the_wait_counts_down(qtbot):
    from agentdesk.ui.login import LoginDialog

    now = [100.0]
    accounts = ThrottledAccounts()
    login = LoginDialog(accounts, inline_tasks(), clock=lambda: now[0])
    qtbot.addWidget(login)
    login.show()
    login.username.setText("anna")
    login.password.setText("the-right-one")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.password.text() == "the-right-one"  # never checked, so never cleared
    assert login.error.text() == "Too many failed attempts. Try again in 2 s."
    assert not login.buttons.isEnabled() and login.countdown.isActive()
    now[0] += 1
    login.countdown.timeout.emit()
    assert login.error.text() == "Too many failed attempts. Try again in 1 s."
    now[0] += 1
    login.countdown.timeout.emit()
    assert login.buttons.isEnabled() and not login.countdown.isActive()
    assert not login.error.isVisible()
    qtbot.keyClick(login.password, Qt.Key.Key_Return)  # and Enter tries again at once
    assert accounts.tries == 2
