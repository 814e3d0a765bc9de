"""A crash mid-call resumes at the same step; customers link to the call; call pops queue."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.callpop.protocol import CallRequest
from agentdesk.models.interaction import Interaction
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_workstation
from agentdesk.ui.call import field_editor

Key = Qt.Key


def test_a_crash_mid_call_resumes_at_the_same_step_with_fields_filled(
    qtbot, window, env, kb, monkeypatch
):
    monkeypatch.setattr(field_editor, "TYPING_PAUSE_MS", 100)  # a short pause, same path
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        kb.ctrl(Key.Key_N)
    kb.ctrl(Key.Key_Return)
    kb.type("Ana")
    kb.tab()
    kb.type("Nuñez-Okafor")  # typed, never left: the typing pause stores it
    qtbot.waitUntil(lambda: ws.engine.fields.get("surname") == "Nuñez-Okafor", timeout=3000)
    kb.tab_to(ws.view.step_panel.checks["spelling_confirmed"])
    kb.press(Key.Key_Space)
    assert ws.engine.fields["first_name"] == "Ana"
    # The crash: the window is gone without a wrap-up; a new one opens on the same data.
    window.hide()

    again = build_workstation(env.services, env.rep, env.data, clock=env.clock).window
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    ws2 = again.centralWidget()
    assert ws2.phase == "idle" and ws2.resume_bar.isVisible()
    assert "1 call did not finish" in ws2.resume_bar.text.text()
    resume = ws2.resume_bar.buttons[0]
    assert QApplication.focusWidget() is resume
    with qtbot.waitSignal(ws2.call_started, timeout=3000) as resumed:
        kb.press(Key.Key_Space)
    assert resumed.args[0] == started.args[0]
    panel = ws2.view.step_panel
    assert panel.step.id == "name"
    assert panel.editors["surname"].value() == "Nuñez-Okafor"
    assert panel.editors["first_name"].value() == "Ana"
    assert panel.checks["spelling_confirmed"].isChecked()
    assert "N for November" in panel.name_panel.text()
    assert ws2.view.trail.titles == ["Greeting", "Caller's name"]
    assert not ws2.resume_bar.isVisible()
    kinds = [e.kind for e in ws2.engine.events]
    assert kinds[-1] == "call_resumed"
    kb.ctrl(Key.Key_Return)
    assert ws2.view.step_panel.step.id == "notes"


def test_the_caller_number_links_the_customer_and_their_card_opens(qtbot, window, env):
    cid, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(first_name="Jayson", surname="Okafor", phone="+44 1632 960123")
    )
    ws, notes = window.centralWidget(), window.docks["notes"].widget()
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        ws.incoming_call(CallRequest("+441632960123", "voice"))
    assert ws.call.customer_id == cid
    assert notes.card is not None and notes.card.id == cid  # the screen pop
    assert notes.interaction_id == started.args[0]
    assert "Customer: Jayson Okafor" in ws.view.header.who.text()
    assert "+441632960123" in ws.view.header.detail.text()


def test_opening_a_customer_in_the_notes_panel_links_them_to_the_call(qtbot, window, env, kb):
    cid, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(first_name="Дмитрий", surname="Ōkafor", phone="020 7946 0111")
    )
    ws, notes = window.centralWidget(), window.docks["notes"].widget()
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        kb.ctrl(Key.Key_N)
    iid = started.args[0]
    assert ws.call.customer_id is None and notes.interaction_id == iid
    notes.search.setFocus()
    kb.type("020 7946 0111")
    with qtbot.waitSignal(notes.customer_opened, timeout=3000):
        kb.press(Key.Key_Return)
    assert ws.call.customer_id == cid
    assert "Customer: Дмитрий Ōkafor" in ws.view.header.who.text()
    with env.services.db.read() as s:
        assert str(s.get(Interaction, uuid.UUID(iid)).customer_id) == cid
    # Ctrl+Return in the notes editor still saves the note (the flow keys stay in the call).
    notes.editor.setFocus()
    kb.type("Asked about the new tariff")
    notes.permission.setChecked(True)  # the caller agreed: recorded on the call as well
    assert ws.engine.fields["notes_permission"] is True
    notes.editor.setFocus()
    with qtbot.waitSignal(notes.note_saved, timeout=3000):
        kb.ctrl(Key.Key_Return)
    assert ws.view.step_panel.step.id == "greeting"
    assert notes.card.notes[0].interaction_id == iid


def test_a_call_pop_during_a_call_waits_and_ctrl_n_answers_it(qtbot, window, env, kb):
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    first = ws.call.interaction_id
    with qtbot.assertNotEmitted(ws.call_started):
        ws.incoming_call(CallRequest("+441632960999", "voice"))
    assert ws.call.interaction_id == first
    assert ws.notice.isVisible()
    assert "Incoming call from +441632960999" in ws.notice.text.text()
    kb.ctrl(Key.Key_N)  # refused: a call is on
    assert "A call is in progress" in ws.notice.text.text()
    kb.ctrl(Key.Key_E)
    form = ws.view.wrap_up
    form.panel.editors["outcome"].set_value("wrong_number")
    form.panel.editors["first_contact_resolution"].set_value(True)
    form.panel.editors["notes_permission"].set_value(False)
    with qtbot.waitSignal(ws.call_finished, timeout=3000):
        kb.ctrl(Key.Key_Return)
    assert ws.idle.waiting.isVisible() and "+441632960999" in ws.idle.waiting.text()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    assert ws.call.caller_number == "+441632960999"
    assert not ws.idle.waiting.isVisible()


def test_a_chat_is_chosen_by_keyboard_and_greets_in_writing(qtbot, window, env, kb):
    ws = window.centralWidget()
    ws.idle.flow.setFocus()
    labels = [ws.idle.flow.itemText(i) for i in range(ws.idle.flow.count())]
    assert labels[0].startswith("Inbound call")
    kb.press(Key.Key_Down)
    assert ws.idle.selected_flow() == "chat"
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    assert ws.engine.flow.id == "chat"
    assert "welcome to Northwind Energy" in ws.view.step_panel.script.text()
    assert "Chat" in ws.view.header.detail.text()
    with env.services.db.read() as s:
        assert s.get(Interaction, uuid.UUID(ws.call.interaction_id)).channel == "chat"


def test_the_callers_name_comes_with_the_call_not_back_through_the_notes_panel(
    qtbot, window, env
):
    """The header names the caller from the call's start (and its resumption) itself; the
    notes panel opening their card is not what puts the name there."""
    env.data.customers.create_customer(
        env.rep, CustomerDraft(first_name="Jayson", surname="Okafor", phone="+44 1632 960123")
    )
    ws, notes = window.centralWidget(), window.docks["notes"].widget()
    notes.customer_opened.disconnect()  # the way back from the panel is cut
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        ws.incoming_call(CallRequest("+441632960123", "voice"))
    qtbot.waitUntil(lambda: "Customer: Jayson Okafor" in ws.view.header.who.text(), timeout=3000)
    window.hide()  # a crash mid-call: a new window resumes it

    again = build_workstation(env.services, env.rep, env.data, clock=env.clock).window
    qtbot.addWidget(again)
    ws2 = again.centralWidget()
    again.docks["notes"].widget().customer_opened.disconnect()
    again.show()
    qtbot.waitUntil(lambda: ws2.resume_bar.isVisible(), timeout=3000)
    with qtbot.waitSignal(ws2.call_started, timeout=3000):
        ws2.resume_bar.buttons[0].click()
    qtbot.waitUntil(lambda: "Customer: Jayson Okafor" in ws2.view.header.who.text(), timeout=3000)
