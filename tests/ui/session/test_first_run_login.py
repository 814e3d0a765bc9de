"""First run → login → main window through the real widgets; wrong password; lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.idle import IdleWatcher
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.session import SessionController
from tests.helpers.app import make_services


@pytest.fixture
def services(data_paths):
    return make_services(data_paths)


@pytest.fixture
def controller(qtbot, services):
    now = [0.0]
    idle = IdleWatcher(1, clock=lambda: now[0])
    ctl = SessionController(
        services, lambda who, data: build_workstation(services, who, data).window, idle=idle
    )
    ctl.fake_now = now
    yield ctl
    if ctl.window is not None:
        ctl.window.close()
    if ctl.dialog is not None:
        ctl.dialog.close()


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def finish_first_run(qtbot, controller):
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.organisation, "Northwind Energy")
    type_into(qtbot, dialog.department, "Customer Care")
    type_into(qtbot, dialog.username, "anna")
    type_into(qtbot, dialog.display_name, "Anna Rossi")
    type_into(qtbot, dialog.password, "leader-pass")
    type_into(qtbot, dialog.repeat, "leader-pass")
    with qtbot.waitSignal(controller.main_window_shown, timeout=5000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    return controller.window


def test_first_run_then_login_reaches_main_window(qtbot, controller, services):
    window = finish_first_run(qtbot, controller)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert "Anna Rossi" in window.user_label.text() and "Team leader" in window.user_label.text()
    assert services.settings.current().organisation == "Northwind Energy"

    # A later start goes straight to the login dialog.
    window.close()
    second = SessionController(
        services, lambda who, data: build_workstation(services, who, data).window
    )
    second.start()
    login = second.dialog
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    type_into(qtbot, login.username, "anna")
    type_into(qtbot, login.password, "leader-pass")
    with qtbot.waitSignal(second.main_window_shown, timeout=5000):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.addWidget(second.window)
    assert second.window.identity.role is Role.TEAM_LEADER


def test_first_run_requires_fields_and_matching_passwords(qtbot, controller):
    controller.start()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and "organisation" in dialog.error.text()
    type_into(qtbot, dialog.organisation, "Org")
    type_into(qtbot, dialog.username, "anna")
    type_into(qtbot, dialog.password, "leader-pass")
    type_into(qtbot, dialog.repeat, "leader-typo")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text()
    assert dialog.repeat.text() == "" and dialog.username.text() == "anna"  # nothing else lost
    type_into(qtbot, dialog.repeat, "leader-pass")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "at least 8" in dialog.error.text()
    assert controller.window is None


def test_wrong_password_and_empty_fields(qtbot, controller, services):
    window = finish_first_run(qtbot, controller)
    qtbot.addWidget(window)
    login = LoginDialog(services.accounts, services.tasks)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    assert "Enter your user name and password" in login.error.text()
    type_into(qtbot, login.username, "anna")
    type_into(qtbot, login.password, "not-the-password")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.error.text() == "Wrong user name or password."
    assert login.identity is None and login.password.text() == ""
    assert login.username.text() == "anna"


def test_ctrl_l_locks_and_login_unlocks(qtbot, controller):
    window = finish_first_run(qtbot, controller)
    qtbot.addWidget(window)
    window.activateWindow()
    window.actions_by_id["lock"].trigger()
    assert controller.locked and not window.isVisible()
    login = controller.dialog
    assert isinstance(login, LoginDialog) and login.username.text() == "anna"
    qtbot.addWidget(login)
    type_into(qtbot, login.password, "leader-pass")
    with qtbot.waitSignal(controller.main_window_shown, timeout=5000):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert window.isVisible() and not controller.locked


def test_idle_time_locks_the_session(qtbot, controller):
    window = finish_first_run(qtbot, controller)
    qtbot.addWidget(window)
    controller.fake_now[0] += 30
    controller.idle.check()
    assert not controller.locked
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)  # activity resets the clock
    controller.fake_now[0] += 45
    controller.idle.check()
    assert not controller.locked
    controller.fake_now[0] += 61
    controller.idle.check()
    assert controller.locked and not window.isVisible()


def test_shortcuts_are_shown_in_tooltips_and_help(qtbot, controller):
    window = finish_first_run(qtbot, controller)
    qtbot.addWidget(window)
    lock = window.actions_by_id["lock"]
    assert "Ctrl+L" in lock.toolTip()
    labels = dict(window.shortcut_rows())
    assert labels["Lock"] == "Ctrl+L" and labels["Knowledge base"] == "F3"


def test_dock_layout_is_remembered(qtbot, controller, services):
    window = finish_first_run(qtbot, controller)
    qtbot.addWidget(window)
    window.docks["queue"].close()
    assert window.docks["queue"].isHidden()
    controller.quit()
    again = build_workstation(services, window.identity, controller.data).window
    qtbot.addWidget(again)
    again.restore_layout(controller.qsettings())
    again.show()
    assert again.docks["queue"].isHidden() and not again.docks["kb"].isHidden()


def test_lock_and_login_never_leave_the_app_without_a_window(qtbot, controller):
    """The app ends when its last window closes unless the session says otherwise: locking
    shows the login before the window goes, and logging in shows the window before the
    login goes."""
    from tests.ui.vault.test_unlock import WindowGapWatcher

    window = finish_first_run(qtbot, controller)
    qtbot.addWidget(window)
    gaps: list[str] = []
    watcher = WindowGapWatcher(gaps)
    QApplication.instance().installEventFilter(watcher)
    try:
        window.actions_by_id["lock"].trigger()
        login = controller.dialog
        qtbot.addWidget(login)
        type_into(qtbot, login.password, "leader-pass")
        with qtbot.waitSignal(controller.main_window_shown, timeout=5000):
            qtbot.keyClick(login.password, Qt.Key.Key_Return)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert gaps == []


def test_a_moved_pointer_counts_as_activity(qtbot):
    now, where = [0.0], [QPoint(10, 10)]
    idle = IdleWatcher(1, clock=lambda: now[0], pointer=lambda: where[0])
    fired = []
    idle.idle.connect(lambda: fired.append(now[0]))
    idle.start()
    now[0] += 45
    where[0] = QPoint(200, 120)  # the representative reaches for the mouse
    idle.check()
    now[0] += 45
    idle.check()
    assert fired == []  # 45 s since the pointer moved
    now[0] += 20
    idle.check()
    assert fired == [110.0]


def test_first_run_says_how_everyone_else_is_added(qtbot, controller):
    """Seen on a real display: "team leaders add everyone else", and no menu does; the app
    has no screen for it, so the first window names the command."""
    from PySide6.QtWidgets import QLabel

    controller.start()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "agentdesk user add NAME --role representative" in texts
