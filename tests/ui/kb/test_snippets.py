"""Canned responses: `::` and a code in a reply field, Enter inserts with the caller's name
filled, Tab walks the remaining blanks; several combine; the phrase coach reads the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.ui.kb.call_info import snippet_values
from agentdesk.ui.kb.snippet_completer import attach_snippets
from tests.ui.kb.conftest import show

REFUND = (
    "Thanks. Mr. Okafor, I've arranged a refund of [amount] to [card or account]. It usually "
    "arrives within [days] working days; your reference is [reference]."
)


def selected(editor: QPlainTextEdit) -> str:
    return editor.textCursor().selectedText()


def test_code_enter_inserts_with_the_name_and_tab_walks_the_blanks(qtbot, make_dock, call):
    dock = make_dock()
    dock.set_values_source(lambda: snippet_values(call, ScriptContext(), ""))
    reply, popup = dock.reply, dock.completer.popup
    reply.setFocus()
    qtbot.keyClicks(reply, "Thanks. ::re")
    assert popup.isVisible()
    assert popup.current_code() == "::refund"
    qtbot.keyClick(reply, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert reply.toPlainText() == REFUND
    assert selected(reply) == "[amount]"
    qtbot.keyClicks(reply, "20 euros")
    qtbot.keyClick(reply, Qt.Key.Key_Tab)
    assert selected(reply) == "[card or account]"
    qtbot.keyClick(reply, Qt.Key.Key_Tab)
    assert selected(reply) == "[days]"
    qtbot.keyClick(reply, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert selected(reply) == "[card or account]"
    qtbot.keyClicks(reply, "your card")
    assert "refund of 20 euros to your card." in reply.toPlainText()
    assert len(dock.completer.pending_blanks) == 2  # [days], [reference]

    # A second response in the same reply; its blanks join the walk.
    qtbot.keyClick(reply, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(reply, " ::hol")
    qtbot.keyClick(reply, Qt.Key.Key_Tab)  # Tab takes the popup's choice too
    assert reply.toPlainText().endswith(
        " Mr. Okafor, may I put you on hold for about [minutes] minutes while I "
        "[what you are checking]?"
    )
    assert selected(reply) == "[minutes]"
    qtbot.keyClicks(reply, "two")
    for expected in ("[what you are checking]", "[days]", "[reference]"):
        qtbot.keyClick(reply, Qt.Key.Key_Tab)
        assert selected(reply) == expected
        qtbot.keyClicks(reply, "x")
    assert dock.completer.pending_blanks == []
    qtbot.keyClick(reply, Qt.Key.Key_Tab)  # nothing left to fill: Tab leaves the box
    assert not reply.hasFocus()
    assert "[" not in reply.toPlainText()


def test_popup_follows_typing_arrows_choose_and_esc_closes(qtbot, make_dock):
    dock = make_dock()
    reply, popup = dock.reply, dock.completer.popup
    reply.setFocus()
    qtbot.keyClicks(reply, "::")
    assert popup.isVisible() and popup.count() == 10
    qtbot.keyClicks(reply, "c")
    assert [popup.item(i).data(Qt.ItemDataRole.UserRole) for i in range(popup.count())] == [
        "::callback",
        "::closing",
    ]
    qtbot.keyClick(reply, Qt.Key.Key_Down)
    assert popup.current_code() == "::closing"
    qtbot.keyClick(reply, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert reply.toPlainText() == "::c"
    qtbot.keyClicks(reply, "x")  # no code starts with "::cx"
    assert not popup.isVisible()
    qtbot.keyClick(reply, Qt.Key.Key_Return)
    assert reply.toPlainText() == "::cx\n"  # Enter is a new line again
    qtbot.keyClicks(reply, "a::")  # only after a space or at a line start
    assert not popup.isVisible()


def test_representative_fills_itself_and_the_coach_reads_the_reply(qtbot, env, make_dock):
    dock = make_dock(env.rep)
    reply = dock.reply
    reply.setFocus()
    qtbot.keyClicks(reply, "::greeting")
    qtbot.keyClick(reply, Qt.Key.Key_Return)
    assert "this is Rita Rep." in reply.toPlainText()
    qtbot.keyClicks(reply, " You have to calm down.")
    dock.coach.analyse_now()
    assert [f.category for f in dock.coach.findings] == ["aggressive"]


def test_any_plain_text_field_can_take_canned_responses(qtbot, env, call):
    editor = show(qtbot, QPlainTextEdit(), (400, 200))
    completer = attach_snippets(
        editor, env.snippets, env.tasks, lambda: snippet_values(call, ScriptContext(), "")
    )
    editor.setFocus()
    qtbot.keyClicks(editor, "::sorry")
    with qtbot.waitSignal(completer.inserted, check_params_cb=lambda c: c == "::sorry"):
        qtbot.keyClick(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert editor.toPlainText().startswith("I'm sorry this happened, Mr. Okafor,")
    assert selected(editor) == "[action]"


def test_popup_stays_on_screen_at_the_right_edge(qtbot, make_dock):
    """A reply field in a dock at the screen's right edge: the list slides left."""
    dock = make_dock()
    reply, popup = dock.reply, dock.completer.popup
    area = reply.screen().availableGeometry()
    window = dock.window()
    window.move(area.right() - window.frameGeometry().width() + 1, window.y())
    reply.setFocus()
    qtbot.keyClicks(reply, " " * 40 + "::")  # the cursor well to the right
    assert popup.isVisible()
    at = reply.viewport().mapToGlobal(reply.cursorRect().topLeft()).x()
    assert at + popup.width() > area.right()  # where it would have run off
    assert area.contains(popup.geometry()), (popup.geometry(), area)


def test_the_responses_offered_are_in_the_interface_language(qtbot, make_dock, call):
    """An Italian account types Italian codes and gets Italian replies; nothing in English or
    Indonesian slips into them (#20)."""
    from PySide6.QtCore import QLocale

    default = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    try:
        dock = make_dock()
        qtbot.waitUntil(lambda: bool(dock.completer.entries))
        languages = {e.language for e in dock.completer.entries}
        assert languages == {"it"}
        assert "::rimborso" in {e.code for e in dock.completer.entries}
    finally:
        QLocale.setDefault(default)


def test_a_language_without_responses_gets_the_english_ones():
    from agentdesk.kb.records import CannedResponse
    from agentdesk.ui.kb.snippet_completer import in_language

    entries = [
        CannedResponse("::sorry", "Sorry", "en", "x"),
        CannedResponse("::scuse", "Scuse", "it", "y"),
    ]
    assert [e.code for e in in_language(entries, "it")] == ["::scuse"]
    assert [e.code for e in in_language(entries, "fr")] == ["::sorry"]
