"""Real services on a temporary data folder, a fake clock, and keys sent where focus is."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from tests.helpers.app import make_services, open_data


class FakeClock:
    """The engine's monotonic clock; tests move it on."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def env(data_paths):
    services = make_services(data_paths)
    services.settings.save(
        replace(
            services.settings.current(),
            organisation="Northwind Energy",
            department="Customer Care",
        )
    )
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    yield SimpleNamespace(services=services, data=data, leader=leader, rep=rep, clock=FakeClock())
    services.db.dispose()


def window_for(qtbot, env, who):
    """The real main window for ``who``, active so that its shortcuts fire."""
    win = build_workstation(env.services, who, env.data, clock=env.clock).window
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.fixture
def window(qtbot, env):
    return window_for(qtbot, env, env.rep)


class Keyboard:
    """Keys go to whatever has focus, as on a real keyboard."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)

    def ctrl(self, key) -> None:
        self.press(key, Qt.KeyboardModifier.ControlModifier)

    def alt(self, key) -> None:
        self.press(key, Qt.KeyboardModifier.AltModifier)

    def type(self, text: str) -> None:
        """Type ``text``; letters QTest cannot name (ñ, Д) arrive as an input method sends
        them: a key event that carries the text."""
        for ch in text:
            if ch.isascii():
                self.qtbot.keyClicks(self.focus(), ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(self.focus(), event)

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)

    def tab_to(self, widget, limit: int = 80) -> None:
        """Tab until ``widget`` has focus (flows may gain fields; tests need not count)."""
        for _ in range(limit):
            if self.focus() is widget:
                return
            self.tab()
        raise AssertionError(f"Tab never reached {widget!r}")


@pytest.fixture
def kb(qtbot):
    return Keyboard(qtbot)
