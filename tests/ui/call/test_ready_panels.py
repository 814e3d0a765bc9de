"""Step panels and transition buttons built ahead in idle moments: a step change swaps a
ready panel in (no widgets built while the caller waits), and a panel built ahead shows what
was captured after it was built. The whole-call test runs again here with every key pressed
only once the building ahead is done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.call.conftest import Keyboard
from tests.ui.call.test_whole_call import (
    test_answer_greet_name_resolve_close_and_wrap_up_by_keyboard as whole_call,
)
from tests.ui.procedures.conftest import answer_to_need

Key = Qt.Key


class PatientKeyboard(Keyboard):
    """Presses each key only once everything the window builds ahead is built: the path a
    representative who reads the step before answering takes."""

    def __init__(self, qtbot, window) -> None:
        super().__init__(qtbot)
        self.window = window

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        ready = self.window.centralWidget().view.ready
        self.qtbot.waitUntil(lambda: ready.idle, timeout=3000)
        super().press(key, modifier, times)


def start_call(qtbot, ws, kb) -> str:
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        kb.ctrl(Key.Key_N)
    return started.args[0]


def test_the_next_step_is_built_ahead_and_swapped_in(qtbot, window, kb):
    ws = window.centralWidget()
    start_call(qtbot, ws, kb)
    ready = ws.view.ready
    qtbot.waitUntil(lambda: ready.idle and ready.built("name") is not None)
    ahead = ready.built("name")
    assert not ahead.isVisible()
    kb.ctrl(Key.Key_Return)  # the greeting's checks are not required
    assert ws.view.step_panel is ahead  # swapped in, not built now
    assert ahead.isVisible() and ready.hits == 1
    assert kb.focus() is ahead.editors["first_name"].focus_target()
    kb.type("Ngozi")
    kb.tab()  # leaving the field stores it: the panel is wired to the call
    assert ws.engine.fields["first_name"] == "Ngozi"
    assert "N for November" in ahead.name_panel.text()


def test_a_panel_built_ahead_shows_what_was_captured_after(qtbot, window, kb):
    ws = window.centralWidget()
    start_call(qtbot, ws, kb)
    kb.ctrl(Key.Key_Return)
    ready = ws.view.ready
    qtbot.waitUntil(lambda: ready.idle and ready.built("notes") is not None)
    ahead = ready.built("notes")
    assert ahead.editors["notes_permission"].value() is None
    assert ws.set_consent(True)  # the notes panel's box, before the permission step
    kb.ctrl(Key.Key_Return)
    kb.ctrl(Key.Key_Return)  # the name is not taken: the second press moves on anyway
    assert ws.view.step_panel is ahead
    assert ahead.editors["notes_permission"].value() is True


def test_more_ways_on_reuse_buttons_built_ahead(qtbot, window, kb):
    ws = window.centralWidget()
    answer_to_need(qtbot, window, kb)
    bar = ws.view.bar
    assert len(bar.buttons) == 8  # the reason step's ways on
    kb.alt(Key.Key_M)  # the message step has two
    assert [b.isVisible() for b in bar.buttons] == [True, True]
    qtbot.waitUntil(lambda: ws.view.ready.idle)
    before = set(bar.findChildren(QPushButton))
    kb.alt(Key.Key_N)  # back to the reason: eight again
    assert set(bar.findChildren(QPushButton)) == before  # relabelled, none built
    assert len(bar.buttons) == 8 and all(b.isVisible() for b in bar.buttons)
    assert [b.objectName() for b in bar.buttons] == [f"transition_{i}" for i in range(8)]
    assert "Take a message" in bar.buttons[3].text()
    assert sum(b.isVisible() for b in before if b.objectName().startswith("transition")) == 8


def test_the_wrap_up_is_built_ahead_wherever_the_call_ends(qtbot, window, env, kb):
    ws = window.centralWidget()
    start_call(qtbot, ws, kb)
    ready = ws.view.ready
    qtbot.waitUntil(lambda: ready.idle and ready.wrap_up_form is not None)
    ahead = ready.wrap_up_form
    kb.ctrl(Key.Key_E)  # the caller hung up at the greeting
    assert ws.view.wrap_up is ahead and ws.phase == "wrap_up"
    assert ahead.isVisible() and ready.wrap_up_form is None
    assert ahead.panel.step.kind == "wrap_up"
    assert kb.focus() is ahead.first_focus()
    kb.ctrl(Key.Key_Return)  # required fields missing: said next to them, nothing saved
    assert ahead.problems.isVisible() and ws.phase == "wrap_up"


def test_a_whole_call_on_panels_built_ahead(qtbot, window, env):
    whole_call(qtbot, window, env, PatientKeyboard(qtbot, window))
    assert window.centralWidget().view.ready.hits >= 5
