"""Work kept from an earlier session is offered in the window, not in a modal box.

Seen on a real display: the login-time "Unsaved work" box was modal, so Ctrl+N, Tab and the
docks did nothing until it was answered. Now a notice above the call says what was kept, its
buttons open the work (reached with Tab), and the window's keys keep working meanwhile.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_workstation
from agentdesk.ui.recovery import check_drafts
from tests.helpers.app import make_services, open_data


@pytest.fixture
def env(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    first, _ = data.customers.create_customer(leader, CustomerDraft(surname="Okafor"))
    second, _ = data.customers.create_customer(leader, CustomerDraft(surname="Rossi"))
    station = build_workstation(services, leader, data)
    qtbot.addWidget(station.window)
    station.window.resize(1366, 768)
    station.window.show()
    station.window.activateWindow()
    qtbot.waitUntil(station.window.isActiveWindow)
    yield services, data, leader, station, (first, second)
    services.tasks.shutdown()
    services.db.dispose()


def offer(station, services, data, who):
    check_drafts(
        station.workspace.drafts_notice,
        data.drafts,
        who,
        station.notes.open_customer,
        services.tasks,
        station.window.actions_by_id["take_message"].trigger,
    )


def tab_to(qtbot, window, button, limit: int = 80) -> None:
    """Press Tab until ``button`` has the focus (it must be in the window's Tab chain)."""
    for _ in range(limit):
        if button.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {button.text()!r}")


def test_kept_notes_are_offered_in_the_window_and_opened_by_keyboard(qtbot, env):
    services, data, leader, station, (first, second) = env
    data.drafts.save_draft(leader, "note", first, {"text": "older words"}, customer_id=first)
    data.drafts.save_draft(leader, "note", second, {"text": "newest words"}, customer_id=second)
    offer(station, services, data, leader)
    notice = station.workspace.drafts_notice
    qtbot.waitUntil(notice.isVisible)
    assert QApplication.activeModalWidget() is None
    assert "From your last session: 2 unsaved notes." in notice.text.text()
    assert [b.text() for b in notice.buttons] == ["&Open note"]

    tab_to(qtbot, station.window, notice.buttons[0])
    qtbot.keyClick(notice.buttons[0], Qt.Key.Key_Space)  # the newest note first
    qtbot.waitUntil(lambda: station.notes.editor.toPlainText() == "newest words")
    assert "From your last session: 1 unsaved note." in notice.text.text()
    notice.buttons[0].click()  # then the next one; nothing is left to offer
    qtbot.waitUntil(lambda: station.notes.editor.toPlainText() == "older words")
    assert not notice.isVisible()


def test_the_window_keeps_its_keys_while_the_notice_shows(qtbot, env):
    services, data, leader, station, (first, _second) = env
    data.drafts.save_draft(leader, "note", first, {"text": "half a sentence"}, customer_id=first)
    offer(station, services, data, leader)
    notice = station.workspace.drafts_notice
    qtbot.waitUntil(notice.isVisible)
    workspace = station.workspace
    qtbot.keyClick(QApplication.focusWidget() or station.window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    qtbot.waitUntil(lambda: workspace.engine is not None)  # Ctrl+N answered a call
    assert not notice.isVisible()  # out of the call's way
    with qtbot.waitSignal(workspace.call_finished):  # the wrap-up saved (tests/ui/call)
        workspace.view.wrapped_up.emit()
    assert notice.isVisible()  # offered again: the drafts are still kept
    tab_to(qtbot, station.window, notice.close_button)
    qtbot.keyClick(notice.close_button, Qt.Key.Key_Space)
    assert not notice.isVisible()
    assert data.drafts.draft(leader, "note", first) is not None  # dismissed, not deleted


def test_a_kept_message_opens_from_the_notice(qtbot, env):
    services, data, leader, station, _ids = env
    data.drafts.save_draft(leader, "message", "current", {"to_whom": "Sales"})
    offer(station, services, data, leader)
    notice = station.workspace.drafts_notice
    qtbot.waitUntil(notice.isVisible)
    assert "Ctrl+Shift+M" in notice.text.text()
    assert [b.text() for b in notice.buttons] == ["Open &message"]
    notice.buttons[0].click()
    procedures = station.procedures
    qtbot.waitUntil(lambda: procedures.dialog is not None and procedures.dialog.isVisible())
    assert not notice.isVisible()
    procedures.dialog.reject()


def test_nothing_kept_shows_nothing(qtbot, env):
    services, data, leader, station, _ids = env
    offer(station, services, data, leader)
    assert not station.workspace.drafts_notice.isVisible()
