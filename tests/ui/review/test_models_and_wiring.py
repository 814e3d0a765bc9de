"""Every review table model passes Qt's model tester; the main window offers the review
screens by role and closes them when the screen locks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from agentdesk.services.feedback import FeedbackItem
from agentdesk.services.review import QueueFilter
from agentdesk.ui.app import build_workstation
from agentdesk.ui.review.install import ReviewWindows
from agentdesk.ui.review.models import (
    AdherenceTableModel,
    FeedbackTableModel,
    ReviewQueueTableModel,
    TimelineTableModel,
)
from agentdesk.ui.review.table import sorting_proxy
from agentdesk.ui.review.words import ReviewWords


def test_models_pass_the_model_tester(qtbot, qtmodeltester, shared_env):
    env = shared_env
    data, leader = env.data, env.leader
    words = ReviewWords()
    review = data.review.open_interaction(leader, env.iid)
    given = dt.datetime.now(dt.UTC)
    feedback = [
        FeedbackItem(
            "f1",
            env.iid,
            "Lea",
            "Rita",
            "Good call",
            given,
            given - dt.timedelta(days=4),
            "resolved",
            "voice",
            0.8,
            None,
        ),
        FeedbackItem(
            "f2", env.iid, "Lea", "Rita", "Thanks", given, given, None, "chat", None, given
        ),
    ]
    filled = [
        (ReviewQueueTableModel(words), data.review.queue(leader, QueueFilter())),
        (AdherenceTableModel(words), review.adherence.items),
        (TimelineTableModel(words), review.timeline),
        (FeedbackTableModel(words), feedback),
    ]
    for model, rows in filled:
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
        proxy = sorting_proxy(model)
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(proxy)


def test_review_actions_by_role_and_windows_closed_on_lock(qtbot, shared_env):
    env = shared_env
    window = build_workstation(env.services, env.leader, env.data).window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    actions = window.actions_by_id
    assert (
        actions["review_queue"].isVisible()
        and actions["review_queue"].shortcut().toString() == "F7"
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    queue = window.findChild(ReviewWindows).open_windows["queue"]
    qtbot.waitUntil(lambda: queue.model.rowCount() == 4)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert (
        window.findChild(ReviewWindows).open_windows["kpi"].scope.currentData() is None
    )  # the team
    window.hide()  # the screen locks: nothing personal stays on screen
    assert window.findChild(ReviewWindows).open_windows == {}
    window.set_identity(env.rep)
    assert not actions["review_queue"].isVisible() and not actions["review_queue"].isEnabled()
    window.show()
    assert not window.findChild(QLabel, "feedbackBadge").isVisible()
    env.data.feedback.give_feedback(env.leader, env.iid, "Thank the caller for waiting.")
    window.set_identity(env.rep)  # logs in again: the status bar says there is news
    qtbot.waitUntil(lambda: window.findChild(QLabel, "feedbackBadge").isVisible())
    assert "New coaching feedback: 1" in window.findChild(QLabel, "feedbackBadge").text()
    actions["my_feedback"].trigger()
    mine = window.findChild(ReviewWindows).open_windows["feedback"]
    assert mine.who == env.rep and mine.model.rowCount() == 1
    with qtbot.waitSignal(mine.acknowledged):
        qtbot.mouseClick(mine.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.findChild(QLabel, "feedbackBadge").isVisible())
    actions["kpi_dashboard"].trigger()
    assert window.findChild(ReviewWindows).open_windows["kpi"].scope.count() == 1
