"""The message form and the hold panel built ahead in idle moments of the call: Alt+M or
Ctrl+Shift+M shows the form with the caller's name and number captured after it was built,
and the message and hold tests run again on them (each key pressed only once the building
ahead is done)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.ui.procedures.host import ProcedureHost
from tests.ui.call.test_ready_panels import PatientKeyboard
from tests.ui.procedures import test_message_by_keyboard as messages
from tests.ui.procedures.conftest import answer_to_need

Key = Qt.Key


def test_the_message_form_is_ready_before_it_is_asked_for(qtbot, window, kb):
    ws = window.centralWidget()
    host = window.findChild(ProcedureHost)
    answer_to_need(qtbot, window, kb, number="020 7946 0958")
    qtbot.waitUntil(lambda: host.ready_form is not None)
    ahead = host.ready_form
    kb.alt(Key.Key_M)
    form = messages.message_form(ws)
    assert form is ahead and host.ready_form is None
    assert form.fields.inputs["from_name"].text() == "Ngozi Okafor"  # captured after it
    assert form.fields.inputs["phone"].text() == "020 7946 0958"
    assert kb.focus() is form.fields.inputs["to_whom"]


def test_a_message_taken_on_a_form_built_ahead(qtbot, window, env, directory):
    host = window.findChild(ProcedureHost)
    shown: list[tuple[object, object]] = []
    original = host.panel_for

    def panel_for(engine):
        ahead = host.ready_form
        panel = original(engine)
        if engine.step.kind == "message":
            shown.append((ahead, panel.form))
        return panel

    host.panel_for = panel_for
    ws = window.centralWidget()
    ws.view.procedures = panel_for
    messages.test_a_message_taken_and_read_back(
        qtbot, window, env, PatientKeyboard(qtbot, window), directory
    )
    assert shown and all(ahead is form for ahead, form in shown)  # the forms built ahead


def test_a_message_left_and_resumed_on_forms_built_ahead(qtbot, window, env):
    messages.test_a_message_typed_then_left_is_still_there(
        qtbot, window, env, PatientKeyboard(qtbot, window)
    )


def test_two_holds_on_hold_panels_built_ahead(qtbot, window, env):
    from tests.ui.procedures import test_hold_by_keyboard as holds

    ws = window.centralWidget()
    on_the_spot: list[str] = []
    build = ws.view.procedures

    def procedures(engine):
        on_the_spot.append(engine.step.kind)
        return build(engine)

    ws.view.procedures = procedures
    holds.test_a_call_with_two_holds(qtbot, window, env, PatientKeyboard(qtbot, window))
    assert ws.view.ready.hits >= 5
    assert "hold" not in on_the_spot  # both holds on panels built ahead


def test_a_declined_hold_on_a_hold_panel_built_ahead(qtbot, window, env):
    from tests.ui.procedures import test_hold_by_keyboard as holds

    holds.test_a_declined_hold_and_a_call_back_instead(
        qtbot, window, env, PatientKeyboard(qtbot, window)
    )
