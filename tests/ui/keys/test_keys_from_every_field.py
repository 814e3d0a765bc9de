"""The window's keys work from every field: Ctrl+E from a line edit that binds it itself, the
panel keys show and focus their panel (never hide it), the review windows take them too and
close with Escape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from agentdesk.services.identity import Role
from agentdesk.ui.review.install import ReviewWindows
from tests.ui.call.conftest import window_for

Key = Qt.Key


def start_call_at_name_step(qtbot, window, kb) -> None:
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    kb.ctrl(Key.Key_Return)  # greeting -> name (a blocked step asks twice)
    if ws.view.step_panel.step.id != "name":
        kb.ctrl(Key.Key_Return)
    assert ws.view.step_panel.step.id == "name"


@pytest.mark.parametrize("field", ["name", "customer search", "knowledge search"])
def test_ctrl_e_ends_the_call_while_typing_in_a_line_edit(qtbot, window, kb, field):
    ws = window.centralWidget()
    start_call_at_name_step(qtbot, window, kb)
    if field == "customer search":
        target = window.docks["notes"].widget().search
    elif field == "knowledge search":
        target = window.docks["kb"].widget().search.box
    else:
        target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit)
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    kb.type("Okafor")
    target.setCursorPosition(0)
    with qtbot.waitSignal(ws.phase_changed, check_params_cb=lambda p: p == "wrap_up"):
        kb.ctrl(Key.Key_E)
    assert target.text() == "Okafor" and target.cursorPosition() == 0


class GreedyLineEdit(QLineEdit):
    """A line edit as Qt builds it under X11: it claims Ctrl+E (end of line), Ctrl+K (delete
    to the end) and friends at ShortcutOverride. The offscreen platform used by the tests has
    Windows key bindings, so a plain QLineEdit would not show the clash."""

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def test_window_keys_win_over_a_field_that_claims_them(qtbot, window, kb):
    ws = window.centralWidget()
    start_call_at_name_step(qtbot, window, kb)
    greedy = GreedyLineEdit()
    window.docks["notes"].widget().layout().addWidget(greedy)
    greedy.setFocus()
    qtbot.waitUntil(greedy.hasFocus)
    kb.type("Okafor")
    with qtbot.waitSignal(ws.phase_changed, check_params_cb=lambda p: p == "wrap_up"):
        kb.ctrl(Key.Key_E)
    kb.ctrl(Key.Key_K)  # the knowledge search, not "delete to the end"
    assert window.docks["kb"].widget().search.box.hasFocus() and greedy.text() == "Okafor"


def test_a_field_keeps_its_own_key_when_the_window_has_no_such_shortcut(qtbot, window, kb):
    field = window.docks["notes"].widget().search
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    kb.type("Okafor")
    kb.ctrl(Key.Key_A)  # select all: a field's key, not the window's
    assert field.selectedText() == "Okafor"


def test_panel_keys_show_and_focus_their_panel_and_go_back_again(qtbot, window, kb):
    start_call_at_name_step(qtbot, window, kb)
    name_field = QApplication.focusWidget()
    notes = window.docks["notes"]
    assert notes.isVisible()
    kb.press(Key.Key_F2)
    assert notes.isVisible(), "F2 must never hide the notes mid-call"
    assert window.docks["notes"].widget().search.hasFocus()
    kb.press(Key.Key_F2)
    assert notes.isVisible() and name_field.hasFocus()
    notes.close()
    kb.press(Key.Key_F2)
    assert notes.isVisible() and window.docks["notes"].widget().search.hasFocus()
    kb.press(Key.Key_F4)
    assert window.docks["playbook"].isVisible()
    assert window.docks["playbook"].isAncestorOf(QApplication.focusWidget())
    kb.press(Key.Key_F3)
    assert window.docks["kb"].widget().search.box.hasFocus()
    kb.press(Key.Key_F6)
    assert window.docks["queue"].isAncestorOf(QApplication.focusWidget())
    kb.press(Key.Key_F6)
    assert name_field.hasFocus()


@pytest.fixture
def leader_window(qtbot, env):
    assert env.leader.role is Role.TEAM_LEADER
    return window_for(qtbot, env, env.leader)


def test_review_windows_take_the_window_keys_and_close_with_escape(qtbot, leader_window, kb):
    window = leader_window
    kb.press(Key.Key_F8)
    kpi = window.findChild(ReviewWindows).open_windows["kpi"]
    qtbot.waitUntil(kpi.isActiveWindow)
    kb.press(Key.Key_F7)  # from the dashboard: the review queue opens
    queue = window.findChild(ReviewWindows).open_windows["queue"]
    qtbot.waitUntil(queue.isActiveWindow)
    kb.press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not queue.isVisible())
    kpi.activateWindow()
    qtbot.waitUntil(kpi.isActiveWindow)
    kpi.setFocus()
    kb.press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not kpi.isVisible())
