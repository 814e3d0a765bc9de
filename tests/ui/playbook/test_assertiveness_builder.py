"""The assertiveness builder: a sentence from three answers, calmer wording, own snippets."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.paths import resources_dir
from agentdesk.services.identity import Identity, Role
from agentdesk.services.playbook import PlaybookService
from agentdesk.ui.playbook.assertiveness import AssertivenessBuilder
from tests.helpers.app import inline_tasks

Key = Qt.Key
RITA = Identity(uuid.UUID(int=7), "rita", "Rita Rep", Role.REPRESENTATIVE)


@pytest.fixture
def builder(qtbot, tmp_path):
    widget = AssertivenessBuilder(
        PlaybookService(resources_dir(), tmp_path / "content"), inline_tasks(), RITA
    )
    qtbot.addWidget(widget)
    widget.open_fresh()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def type_parts(qtbot, builder, *parts: str) -> None:
    for edit, text in zip(
        (builder.when_you, builder.i_feel, builder.appreciate), parts, strict=True
    ):
        edit.setFocus()
        qtbot.keyClicks(edit, text)


def test_aggressive_wording_is_flagged_and_one_click_makes_it_calm(qtbot, builder):
    assert QApplication.focusWidget() is builder.when_you
    type_parts(qtbot, builder, "you always interrupt me, you idiot", "frustrated", "let me finish")
    assert builder.statement.text() == (
        "When you always interrupt me, you idiot, I feel frustrated. "
        "I would appreciate it if you let me finish."
    )
    assert builder.verdict.isVisible() and "aggressive" in builder.verdict.text()
    assert [f.matched for f in builder.findings] == ["you always", "you idiot"]
    assert len(builder.apply_buttons) == 2 and all(b.isEnabled() for b in builder.apply_buttons)
    qtbot.mouseClick(builder.apply_buttons[1], Qt.MouseButton.LeftButton)  # the insult
    assert "idiot" not in builder.when_you.text()
    assert [f.matched for f in builder.findings] == ["you always"]
    qtbot.mouseClick(builder.apply_buttons[0], Qt.MouseButton.LeftButton)
    assert builder.findings == ()
    assert not any(f.category == "aggressive" for f in builder.findings)
    assert "Assertive, not aggressive" in builder.verdict.text()
    assert builder.statement.text().startswith("When you interrupt me, I think we see")


def test_ctrl_period_applies_the_first_calmer_wording(qtbot, builder):
    type_parts(qtbot, builder, "shout at me", "upset", "listen, you never let me talk")
    assert [f.matched for f in builder.findings] == ["you never"]
    qtbot.keyClick(builder.appreciate, Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert builder.findings == ()
    assert builder.appreciate.text() == "listen, you did not let me talk"


def test_an_absolute_that_may_be_a_fact_is_flagged_but_not_rewritten(qtbot, builder):
    # "all the time" -> "often" changes what was said (#19): only absolutes aimed at the
    # person ("you never", "you always") are rewritten; this one is advice.
    type_parts(qtbot, builder, "shout at me", "upset", "stop talking all the time")
    assert [f.matched for f in builder.findings] == ["all the time"]
    qtbot.keyClick(builder.appreciate, Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert builder.appreciate.text() == "stop talking all the time"
    assert not builder.apply_buttons[0].isEnabled()


def test_advice_that_is_not_a_drop_in_is_not_applied(qtbot, builder):
    # "Calm down" -> "I can hear this is upsetting, and I want to help" would make "I would
    # appreciate it if you I can hear ..." (#19): the advice is shown, nothing is replaced.
    type_parts(qtbot, builder, "shout at me", "upset", "calm down")
    assert [f.matched for f in builder.findings] == ["calm down"]
    qtbot.keyClick(builder.appreciate, Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert builder.appreciate.text() == "calm down"
    assert not builder.apply_buttons[0].isEnabled()


def test_copy_puts_the_sentence_on_the_clipboard(qtbot, builder):
    type_parts(qtbot, builder, "raise your voice", "uneasy", "could speak calmly")
    qtbot.mouseClick(builder.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == builder.statement.text()


def test_own_snippets_are_saved_reused_and_removed_by_keyboard(qtbot, builder):
    assert builder.no_snippets.isVisible() and not builder.snippet_list.isVisible()
    type_parts(qtbot, builder, "raise your voice", "uneasy", "could speak calmly")
    with qtbot.waitSignal(builder.snippets_changed):
        qtbot.keyClick(builder.appreciate, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert builder.snippet_list.count() == 1 and builder.snippet_list.isVisible()
    assert builder.snippet_list.item(0).text() == builder.statement.text()
    builder.set_parts(("", "", ""))
    builder.snippet_list.setFocus()
    builder.snippet_list.setCurrentRow(0)
    qtbot.keyClick(builder.snippet_list, Key.Key_Return)
    assert builder.parts() == ("raise your voice", "uneasy", "could speak calmly")
    builder.snippet_list.setFocus()
    with qtbot.waitSignal(builder.snippets_changed):
        qtbot.keyClick(builder.snippet_list, Key.Key_Delete)
    assert builder.snippet_list.count() == 0


def test_an_empty_snippet_is_refused_with_a_reason(qtbot, builder):
    qtbot.keyClick(builder.when_you, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert builder.error.isVisible() and "at least one part" in builder.error.text()


def test_long_and_non_latin_answers_wrap(qtbot, builder):
    builder.resize(420, 500)
    builder.set_parts(("Дмитрий " * 12, "不安 " * 10, "x"))  # QTest cannot type these
    builder.layout().activate()
    assert builder.statement.wordWrap()
    assert builder.minimumSizeHint().width() <= 420  # the window need not grow to show it
    assert builder.width() <= 420
