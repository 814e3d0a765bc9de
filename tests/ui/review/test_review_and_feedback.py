"""A team leader reviews a call and leaves feedback; the representative reads and acknowledges
it. Driven through the real widgets by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from agentdesk.models.audit import AuditEntry
from agentdesk.ui.review.feedback_window import MyFeedbackWindow
from agentdesk.ui.review.queue_window import ReviewQueueWindow


def click_row(qtbot, view, row, column=0):
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_leader_reviews_gives_feedback_and_the_representative_acknowledges(qtbot, env):
    services, data = env.services, env.data
    queue = ReviewQueueWindow(data.review, data.feedback, services.tasks, env.leader)
    qtbot.addWidget(queue)
    queue.show()
    with qtbot.waitSignal(queue.queue_loaded, check_params_cb=lambda n: n == 4):
        queue.start()
    # Only the call that went through the engine has notes and a timeline; find it by keyboard.
    queue.view.setFocus()
    shown = [
        queue.model.row_at(queue.proxy.mapToSource(queue.proxy.index(r, 0)).row())
        for r in range(queue.proxy.rowCount())
    ]
    row = next(r for r, item in enumerate(shown) if item.interaction_id == env.iid)
    for _ in range(row):
        qtbot.keyClick(queue.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(
        queue.interaction_opened, check_params_cb=lambda r: r.item.interaction_id == env.iid
    ):
        qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    panel = queue.panel
    assert panel.header.text().startswith("Rita Rep")
    assert "Adherence 75% (9 of 12 items)" in panel.header.text()
    # The first failing item is chosen; clicking another shows its evidence in words.
    items = [i.rule_id for i in panel.adherence.rows()]
    click_row(qtbot, panel.adherence_view, items.index("hold_thanked"), 2)
    assert "Back from hold" in panel.evidence.text()
    assert panel.adherence.index(items.index("hold_thanked"), 2).data() == "Fail"
    assert panel.timeline.rowCount() > 10
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Thank the caller for waiting when you come back.")
    with qtbot.waitSignal(panel.feedback_sent):
        qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Thank the caller" in panel.history.toPlainText())
    assert panel.editor.toPlainText() == ""
    opened = next(i for i in queue.model.rows() if i.interaction_id == env.iid)
    assert opened.reviewed and not panel.reviewed_button.isEnabled()
    with services.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action)))
    assert "interaction.reviewed_view" in actions and "feedback.given" in actions

    rep = services.accounts.login("rep", "rep-password")  # the representative logs in
    mine = MyFeedbackWindow(data.feedback, services.tasks, rep)
    qtbot.addWidget(mine)
    mine.show()
    with qtbot.waitSignal(mine.loaded, check_params_cb=lambda n: n == 1):
        mine.start()
    assert mine.text.toPlainText() == "Thank the caller for waiting when you come back."
    assert "Lea Leader" in mine.details.text() and "New: 1" in mine.summary.text()
    assert mine.proxy.index(0, 4).data() == "New"
    mine.ack_button.setFocus()
    with qtbot.waitSignal(mine.acknowledged):
        qtbot.keyClick(mine.ack_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: mine.proxy.index(0, 4).data() == "Acknowledged")
    assert not mine.ack_button.isEnabled() and "New: 0" in mine.summary.text()


def test_queue_filters_by_keyboard_and_refuses_representatives(qtbot, env):
    services, data = env.services, env.data
    queue = ReviewQueueWindow(data.review, data.feedback, services.tasks, env.leader)
    qtbot.addWidget(queue)
    queue.show()
    with qtbot.waitSignal(queue.queue_loaded):
        queue.start()
    outcome = queue.filters.outcome
    outcome.setFocus()
    index = outcome.findData("transferred")
    with qtbot.waitSignal(queue.queue_loaded, check_params_cb=lambda n: n == 1):
        for _ in range(index):
            qtbot.keyClick(outcome, Qt.Key.Key_Down)
    assert queue.model.row_at(0).outcome == "transferred"
    queue.view.setFocus()
    with qtbot.waitSignal(queue.interaction_opened):
        qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    with qtbot.waitSignal(queue.panel.marked_reviewed):
        qtbot.mouseClick(queue.panel.reviewed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.model.row_at(0).reviewed)
    with qtbot.waitSignal(queue.queue_loaded, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(queue.filters.unreviewed, Qt.MouseButton.LeftButton)
    assert queue.summary.text() == "Interactions: 0"
    refused = ReviewQueueWindow(data.review, data.feedback, services.tasks, env.rep)
    qtbot.addWidget(refused)
    refused.start()
    assert "Only a team leader" in refused.error.text() and refused.model.rowCount() == 0


def test_a_message_reads_as_words_and_dates_follow_the_locale(qtbot, env):
    """The message taken on a call reads as a message: no raw record, no internal id."""
    from types import SimpleNamespace

    from agentdesk.flows.message import MessageDraft, MessageTaking
    from agentdesk.ui.common.locale_text import datetime_text, short_datetime_text
    from tests.integration.review.data import run_call

    draft = MessageDraft(
        to_whom="Billing team",
        from_name="Anna Rossi",
        phone="+44 20 7946 0018",
        what="Meter reading disputed",
        action_requested="Call back",
        action_promised="Today",
        by_whom="Rita Rep",
        when="2026-03-02T10:00",
    )
    message_id = "4f1d2c3b-1111-4222-8333-944455556666"

    def take(engine):
        taking = MessageTaking(engine, "GB")
        taking.confirm_read_back(draft)
        taking.record_taken(draft, message_id)

    calls = SimpleNamespace(calls=env.data.interactions, review=env.data.review)
    iid = run_call(calls, env.rep, during=take)
    queue = ReviewQueueWindow(env.data.review, env.data.feedback, env.services.tasks, env.leader)
    qtbot.addWidget(queue)
    queue.show()
    with qtbot.waitSignal(queue.queue_loaded):
        queue.start()
    with qtbot.waitSignal(queue.interaction_opened):
        queue.open(iid)
    text = queue.panel.notes.toPlainText()
    assert "Message for: Billing team" in text and "From: Anna Rossi" in text
    assert "Meter reading disputed" in text
    assert message_id not in text and "{" not in text and "'" not in text
    started = queue.panel.current.item.started_at
    assert datetime_text(started) in queue.panel.header.text()
    first = queue.model.row_at(0)
    assert queue.model.index(0, 0).data() == short_datetime_text(first.started_at)
    assert datetime_text(first.started_at) in queue.model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
