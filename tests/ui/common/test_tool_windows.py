"""The one keeper of tool windows: what a lock does to each window is declared with it, and
another person logging in closes them all (the KB editor, the forecast, the follow-up list,
the review and procedure windows all use it)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QWidget

from agentdesk.services.identity import Identity, Role
from agentdesk.ui.common.tool_windows import OnLock, ToolWindows
from agentdesk.ui.main_window import MainWindow

LEAD = Identity(uuid.uuid4(), "lead", "Lea Leader", Role.TEAM_LEADER)
OTHER = Identity(uuid.uuid4(), "lead2", "Leo Leader", Role.TEAM_LEADER)


class Tool(QWidget):
    def __init__(self, who: Identity) -> None:
        super().__init__()
        self.who, self.started, self.again = who, 0, 0

    def start(self) -> None:
        self.started += 1


@pytest.fixture
def frame(qtbot, tmp_path):
    window = MainWindow(LEAD, str(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def open_three(keeper: ToolWindows) -> dict[OnLock, Tool]:
    return {
        policy: keeper.show(policy.value, Tool, on_lock=policy)
        for policy in (OnLock.CLOSE, OnLock.HIDE, OnLock.KEEP)
    }


def test_one_window_per_key_brought_back_and_refreshed(qtbot, frame):
    keeper = ToolWindows(frame)
    first = keeper.show("list", Tool)
    again = keeper.show("list", Tool, again=lambda w: setattr(w, "again", w.again + 1))
    assert again is first and (first.started, first.again) == (1, 1) and first.isVisible()


def test_a_lock_closes_hides_or_keeps_as_each_window_declared(qtbot, frame):
    keeper = ToolWindows(frame)
    tools = open_three(keeper)
    frame.hide()  # the screen locks
    assert set(keeper.open_windows) == {"hide", "keep"}
    assert not tools[OnLock.HIDE].isVisible() and tools[OnLock.KEEP].isVisible()
    frame.show()
    frame.set_identity(LEAD)  # the same person again: the hidden work comes back when asked
    assert set(keeper.open_windows) == {"hide"}
    assert keeper.show("hide", Tool, on_lock=OnLock.HIDE) is tools[OnLock.HIDE]


def test_another_person_closes_every_window(qtbot, frame):
    keeper = ToolWindows(frame)
    open_three(keeper)
    frame.set_identity(OTHER)
    assert keeper.open_windows == {}
    assert keeper.show("hide", Tool, on_lock=OnLock.HIDE).who == OTHER


def test_a_window_that_deletes_itself_is_forgotten(qtbot, frame):
    from PySide6.QtCore import Qt

    keeper = ToolWindows(frame)

    def make(who: Identity) -> Tool:
        tool = Tool(who)
        tool.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return tool

    keeper.show("editor", make).close()
    qtbot.waitUntil(lambda: keeper.get("editor") is None)
