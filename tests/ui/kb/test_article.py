"""Reading: Enter opens, Esc goes back, kb: links navigate, passages go into a reply, and
helpful / out-of-date feedback reaches the team leaders' list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from agentdesk.kb.records import ArticleDraft
from agentdesk.ui.kb.feedback_view import FeedbackTableModel, FeedbackView
from tests.ui.kb.conftest import search_for, show


def test_arrows_and_enter_open_esc_goes_back_to_the_results(qtbot, make_dock):
    dock = make_dock()
    search_for(qtbot, dock, "bill")
    hits = dock.search.model.hits()
    qtbot.keyClick(dock.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(dock.search.box, Qt.Key.Key_Down)
    qtbot.keyClick(dock.search.box, Qt.Key.Key_Up)
    assert dock.search.results.currentIndex().row() == 1
    qtbot.keyClick(dock.search.box, Qt.Key.Key_Return)
    assert dock.pages.currentWidget() is dock.view
    assert dock.view.title.text() == hits[1].title
    assert "Bills and payments" in dock.view.browser.toPlainText()  # Markdown rendered
    assert "](kb:" not in dock.view.browser.toPlainText()
    qtbot.keyClick(dock.view.browser, Qt.Key.Key_Escape)
    assert dock.pages.currentWidget() is dock.search
    assert dock.search.results.hasFocus()
    qtbot.keyClick(dock.search.results, Qt.Key.Key_Return)  # the same row opens again
    assert dock.view.title.text() == hits[1].title


def test_a_kb_link_opens_that_article_and_back_returns(qtbot, make_dock):
    dock = make_dock()
    dock.open_article("tidewell-billing")
    browser = dock.view.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # the first link: "card payments and PCI DSS"
    assert browser.textCursor().charFormat().anchorHref() == "kb:card-payments-pci-dss"
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert dock.view.title.text() == "Card payments and PCI DSS"
    qtbot.mouseClick(dock.view.back_button, Qt.MouseButton.LeftButton)
    assert dock.view.title.text() == "Bills and payments"
    dock.view.link_activated.emit("kb:no-such-article")
    assert dock.view.title.text() == "Bills and payments"
    assert "not in the knowledge base" in dock.view.notice.text()


def test_insert_puts_the_selection_or_whole_article_into_the_reply(qtbot, make_dock):
    dock = make_dock()
    dock.open_article("tidewell-billing")
    browser = dock.view.browser
    browser.setTextCursor(browser.document().find("Direct debit payments are taken on the 8th."))
    qtbot.mouseClick(dock.view.insert_button, Qt.MouseButton.LeftButton)
    assert dock.reply.toPlainText() == "Direct debit payments are taken on the 8th."
    assert dock.reply.hasFocus()
    cursor = browser.textCursor()
    cursor.clearSelection()
    browser.setTextCursor(cursor)
    dock.insert_passage()  # Ctrl+Shift+K in the window
    text = dock.reply.toPlainText()
    assert text.startswith("Direct debit payments are taken on the 8th.\nSample content")
    assert "Missed payments" in text


def test_insert_goes_to_the_reply_field_used_last(qtbot, make_dock):
    dock = make_dock()
    note = QPlainTextEdit()
    show(qtbot, note, (300, 120))
    dock.add_reply_target(note, "customer note")
    note.setFocus()
    qtbot.waitUntil(lambda: dock.targets.current is note)
    dock.open_article("hold-etiquette")
    assert dock.view.target.text() == "into: customer note"
    browser = dock.view.browser
    browser.setTextCursor(browser.document().find("Hold is a favour the caller does you."))
    qtbot.mouseClick(dock.view.insert_button, Qt.MouseButton.LeftButton)
    assert note.toPlainText() == "Hold is a favour the caller does you."
    assert dock.reply.toPlainText() == ""


def test_feedback_from_a_rep_reaches_the_team_leader(qtbot, env, make_dock):
    dock = make_dock(env.rep)
    dock.open_article("tidewell-plans")
    qtbot.mouseClick(dock.view.outdated_button, Qt.MouseButton.LeftButton)
    assert dock.view.comment.hasFocus()
    qtbot.keyClicks(dock.view.comment, "Prices went up in March")
    qtbot.keyClick(dock.view.comment, Qt.Key.Key_Return)
    assert dock.view.thanks.isVisible()
    assert not dock.view.helpful_button.isEnabled()
    dock.open_article("hold-etiquette")
    qtbot.mouseClick(dock.view.helpful_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dock.view.send_button, Qt.MouseButton.LeftButton)  # no comment: fine
    assert dock.view.thanks.isVisible()

    leader_view = show(qtbot, FeedbackView(env.kb, env.tasks, env.leader), (820, 520))
    with qtbot.waitSignal(leader_view.loaded):
        leader_view.start()
    model = leader_view.proxy
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Tidewell plans and prices"  # out of date first
    assert model.index(0, 1).data() == 1
    assert leader_view.comments.toPlainText() == "Prices went up in March"
    with qtbot.waitSignal(
        leader_view.article_requested, check_params_cb=lambda a: a == "tidewell-plans"
    ):
        qtbot.keyClick(leader_view.table, Qt.Key.Key_Return)

    rep_view = show(qtbot, FeedbackView(env.kb, env.tasks, env.rep), (820, 520))
    rep_view.start()
    assert rep_view.model.rowCount() == 0
    assert "Only a team leader" in rep_view.error.text()


def test_long_and_non_latin_text_wraps_in_a_narrow_dock(qtbot, env, make_dock):
    title = "Возврат средств за двойное списание по счёту за интернет и телевидение"
    body = "Проверьте счёт построчно. " * 20 + "https://example.org/" + "x" * 120
    env.kb.save_article(
        env.leader, ArticleDraft("dvoynoe-spisanie", title, body, "Оплата", language="en")
    )
    dock = make_dock()
    dock.resize(320, 700)
    dock.search.box.setText("списание")  # QTest cannot type Cyrillic; an input method would
    qtbot.waitUntil(lambda: dock.search.shown_query == "списание")
    assert dock.search.model.hits()[0].title == title
    row = dock.search.results.visualRect(dock.search.model.index(0))
    assert row.height() > 3 * dock.fontMetrics().height()  # title and snippet wrapped
    assert row.width() <= dock.search.results.viewport().width()
    dock.open_article("dvoynoe-spisanie")
    assert dock.view.title.height() > dock.fontMetrics().height() * 1.5  # wrapped title
    assert dock.minimumSizeHint().width() <= 320
    assert dock.view.browser.horizontalScrollBar().maximum() == 0  # the long URL wraps too


def test_feedback_table_model(qtmodeltester, env):
    env.kb.add_feedback(env.rep, "greeting", "helpful", "Clear")
    env.kb.add_feedback(env.rep, "greeting", "out_of_date", "")
    model = FeedbackTableModel()
    model.set_rows(env.kb.feedback_summary(env.leader))
    qtmodeltester.check(model)
