"""The knowledge dock in the main window: Ctrl+K from anywhere, suggestions that follow the
call, opened articles in the call's event log, the note editor as a reply field, and the
team leaders' actions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_workstation
from agentdesk.ui.kb.install import KnowledgeWindows
from tests.helpers.app import open_data
from tests.ui.kb.conftest import show

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def window_for(qtbot, env, who):
    window = build_workstation(env.services, who, open_data(env.services)).window
    return show(qtbot, window, (1280, 800))


def test_ctrl_k_reaches_the_search_from_a_text_field_without_eating_text(qtbot, env):
    window = window_for(qtbot, env, env.rep)
    dock = window.docks["kb"].widget()
    window.docks["kb"].hide()
    field = window.docks["notes"].widget().search
    field.setFocus()
    qtbot.keyClicks(field, "Okafor")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_K, CTRL)  # a line edit's own Ctrl+K deletes to the end
    assert field.text() == "Okafor"
    assert window.docks["kb"].isVisible()
    assert dock.search.box.hasFocus()
    qtbot.keyClicks(dock.search.box, "outage")
    qtbot.waitUntil(lambda: dock.search.shown_query == "outage")
    qtbot.keyClick(dock.search.box, Qt.Key.Key_Return)
    assert dock.view.title.text() == "Checking for outages"
    qtbot.keyClick(dock.view.browser, Qt.Key.Key_K, CTRL_SHIFT)  # insert the whole article
    assert dock.reply.toPlainText().startswith("Sample content")
    shortcuts = [keys for _label, keys in window.shortcut_rows()]
    assert len(shortcuts) == len(set(shortcuts))
    assert {"Ctrl+K", "Ctrl+Shift+K", "Ctrl+Shift+E"} <= set(shortcuts)


def test_suggestions_follow_the_call_and_opened_articles_are_logged(qtbot, env):
    window = window_for(qtbot, env, env.rep)
    dock, workspace = window.docks["kb"].widget(), window.centralWidget()
    workspace.new_call("+44 1632 960123")
    engine = workspace.engine
    assert dock.interaction_id == workspace.call.interaction_id
    assert "Suggested for this call" not in dock.search.model.headings()
    engine.capture("reason", "Charged twice on this month's bill, asks for a payment plan")
    qtbot.waitUntil(lambda: "Suggested for this call" in dock.search.model.headings())
    assert dock.search.model.hits()[0].id == "tidewell-billing"
    dock.reply.setFocus()
    qtbot.keyClicks(dock.reply, "The hub lights are flashing red, the hub lights again")
    qtbot.waitUntil(lambda: "tidewell-hub-lights" in [h.id for h in dock.search.model.hits()])

    dock.open_article("tidewell-billing")
    dock.open_article("tidewell-billing")  # logged once per call
    opened = [e.data for e in engine.events if e.kind == "kb_article_opened"]
    assert opened == [{"article": "tidewell-billing", "title": "Bills and payments"}]
    assert [h.id for h in env.kb.recent(env.rep)] == ["tidewell-billing"]


def test_the_note_editor_takes_canned_responses_with_the_customer_name(qtbot, env):
    window = window_for(qtbot, env, env.rep)
    data = open_data(env.services)
    cid, _ = data.customers.create_customer(
        env.rep, CustomerDraft(first_name="Jayson", surname="Okafor", phone="020 7946 0111")
    )
    notes = window.docks["notes"].widget()
    notes.open_customer(cid)
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, "::sorry")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return)
    assert notes.editor.toPlainText().startswith("I'm sorry this happened, Jayson Okafor,")
    assert notes.editor.textCursor().selectedText() == "[action]"
    assert window.docks["kb"].widget().view.target.text() == "into: customer note"


def test_only_team_leaders_get_the_editor_and_the_feedback_list(qtbot, env):
    rep_window = window_for(qtbot, env, env.rep)
    actions = rep_window.actions_by_id
    for action_id in ("kb_edit_article", "kb_new_article", "kb_feedback"):
        assert not actions[action_id].isEnabled()
    rep_window.docks["kb"].widget().open_article("greeting")
    assert not rep_window.docks["kb"].widget().view.edit_button.isVisible()
    assert (
        rep_window.findChild(KnowledgeWindows).edit(rep_window.docks["kb"].widget().current_article)
        is None
    )
    assert rep_window.findChild(KnowledgeWindows).show_feedback() is None

    window = window_for(qtbot, env, env.leader)
    dock = window.docks["kb"].widget()
    dock.open_article("greeting")
    assert dock.view.edit_button.isVisible()
    dock.view.browser.setFocus()
    qtbot.keyClick(dock.view.browser, Qt.Key.Key_E, CTRL_SHIFT)
    editor = window.findChild(KnowledgeWindows).editor
    assert editor is not None and editor.id_edit.text() == "greeting"
    editor.title_edit.setText("Greeting callers warmly")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert dock.view.title.text() == "Greeting callers warmly"  # the dock shows the new version
    window.actions_by_id["kb_feedback"].trigger()
    assert window.findChild(KnowledgeWindows).feedback.isVisible()

    editor.body.setPlainText("A draft not saved yet")
    window.hide()  # the screen locks: the editor hides, its text is kept
    assert not editor.isVisible()
    window.show()
    window.actions_by_id["kb_edit_article"].trigger()
    assert window.findChild(KnowledgeWindows).editor is editor and editor.isVisible()
    assert editor.body.toPlainText() == "A draft not saved yet"


def test_an_article_is_read_in_a_wide_column_which_narrows_again(qtbot, env):
    window = window_for(qtbot, env, env.rep)
    window.resize(1600, 1000)
    dock, frame = window.docks["kb"].widget(), window.docks["kb"]
    qtbot.waitUntil(lambda: frame.width() > 0)
    before = frame.width()
    assert before < 600
    dock.open_article("tidewell-billing")
    qtbot.waitUntil(lambda: frame.width() >= 590)  # about 75 characters a line
    assert window.centralWidget().width() >= window.centralWidget().minimumSizeHint().width()
    dock.show_results()
    qtbot.waitUntil(lambda: abs(frame.width() - before) <= 2)


def test_a_reply_sent_during_a_call_logs_what_the_coach_found(qtbot, env):
    window = window_for(qtbot, env, env.rep)
    dock, workspace = window.docks["kb"].widget(), window.centralWidget()
    workspace.new_call("+44 1632 960123")
    engine = workspace.engine
    dock.reply.setFocus()
    qtbot.keyClicks(dock.reply, "That's our policy, you will have to wait.")
    qtbot.mouseClick(dock.reply_draft.copy_button, Qt.MouseButton.LeftButton)
    [logged] = [e.data for e in engine.events if e.kind == "reply_coached"]
    assert {f["rule"] for f in logged["findings"]} == {
        "goodwill.our-policy",
        "goodwill.just-wait",
    }
    assert logged["characters"] == len("That's our policy, you will have to wait.")
    assert "wait." not in str(logged)  # codes only, never the reply itself
