"""A message taken and read back by keyboard in a call: a wrong number refused inline, the
read-back confirmed, saved encrypted, logged per the contract, in the inbox; and a message
typed then left is still there on return."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from agentdesk.flows.message import PARTS
from agentdesk.ui.procedures.host import ProcedureHost
from agentdesk.ui.procedures.message_step import MessageStepPanel
from tests.ui.procedures.conftest import adherence, answer_to_need, mnemonic

Key = Qt.Key
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def message_form(ws):
    panel = ws.view.step_panel.procedure
    assert isinstance(panel, MessageStepPanel)
    return panel.form


def test_a_message_taken_and_read_back(qtbot, window, env, kb, directory) -> None:
    ws = window.centralWidget()
    iid = answer_to_need(qtbot, window, kb)
    kb.alt(Key.Key_M)
    form = message_form(ws)
    fields = form.fields.inputs
    assert kb.focus() is fields["to_whom"]
    kb.type("Priya Shah (Billing)")
    kb.tab()
    kb.type("Jayson Okafor")
    kb.tab()
    kb.type("Okafor Builders")
    kb.tab()
    kb.type("12")  # not a number
    kb.tab()
    kb.type("214")
    kb.tab()
    kb.type("The delivery for site B moves to Thursday.")
    kb.tab()
    kb.type("Please call back to confirm the crane slot")
    kb.tab()
    kb.type("Priya will call back before 5 pm today")
    # Reading back an incomplete message is refused, saying what is wrong where.
    mnemonic(qtbot, kb, Key.Key_R, form.read_back.confirmed)
    assert not form.read_back.confirmed.isChecked()
    assert "Not a phone number" in form.fields.problems["phone"].text()
    assert kb.focus() is fields["phone"]
    kb.ctrl(Key.Key_A)
    kb.type("02079460958")
    kb.tab()  # leaving the field formats it
    assert fields["phone"].text() == "020 7946 0958"
    assert not form.fields.problems["phone"].isVisible()
    said = form.read_back.text.text()
    assert "J-a-y-s-o-n  O-k-a-f-o-r — J for Juliett" in said
    assert "0 2 0 — 7 9 4 6 — 0 9 5 8, extension 2 1 4" in said
    assert "What happens next: Priya will call back before 5 pm today" in said
    # Saving before the caller confirmed is refused.
    mnemonic(qtbot, kb, Key.Key_S, form.save_button)
    assert "Read the message back" in form.error.text()
    mnemonic(qtbot, kb, Key.Key_R, form.read_back.confirmed)
    assert form.read_back.confirmed.isChecked()
    mnemonic(qtbot, kb, Key.Key_S, form.save_button)
    assert form.saved_note.text() == "Message saved for Priya Shah (Billing)."
    mnemonic(qtbot, kb, Key.Key_X, form.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Message for: Priya Shah (Billing)\nFrom: Jayson Okafor (Okafor")
    assert "Phone: 020 7946 0958 ext. 214" in copied
    kb.ctrl(Key.Key_Return)  # Message taken
    assert ws.view.step_panel.step.id == "closing"

    events = env.data.interactions.events(env.rep, iid)
    [taken] = [e for e in events if e.kind == "message_taken"]
    assert taken.data["parts"] == list(PARTS) and taken.data["read_back"] is True
    assert taken.data["message"]["by_whom"] == "Rita Rep"
    rules = adherence(events)
    assert rules["message_complete"] == "pass" and rules["message_read_back"] == "pass"
    [stored] = env.data.messages.inbox(env.rep, directory["Priya Shah"].id)
    assert stored.id == taken.data["message_id"] and stored.interaction_id == iid
    assert stored.draft.phone == "020 7946 0958" and stored.status == "new"


def test_a_message_typed_then_left_is_still_there(qtbot, window, env, kb) -> None:
    ws = window.centralWidget()
    answer_to_need(qtbot, window, kb)
    kb.press(Key.Key_M, CTRL_SHIFT)  # from anywhere in the call
    form = message_form(ws)
    kb.type("Ελένη Παπαδοπούλου")
    kb.tab()
    kb.type("Дмитрий Ковалёв")
    kb.alt(Key.Key_N)  # back to the reason, mid-message
    assert ws.view.step_panel.step.id == "need"
    kb.press(Key.Key_M, CTRL_SHIFT)
    form = message_form(ws)
    assert form.fields.inputs["to_whom"].text() == "Ελένη Παπαδοπούλου"
    assert form.fields.inputs["from_name"].text() == "Дмитрий Ковалёв"
    assert "Д-м-и-т-р-и-й" in form.read_back.text.text()


def test_a_message_without_a_call_and_a_draft_kept_when_closed(qtbot, window, env, kb) -> None:
    host = window.findChild(ProcedureHost)
    kb.press(Key.Key_M, CTRL_SHIFT)  # no call on: the form opens on its own
    dialog = host.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.fields.inputs["to_whom"])
    kb.type("Sales desk")
    kb.press(Key.Key_Escape)  # closed before saving
    qtbot.waitUntil(lambda: host.dialog is None)
    kb_focus_window(qtbot, window)
    kb.press(Key.Key_M, CTRL_SHIFT)
    form = host.dialog.form
    qtbot.waitUntil(form.isActiveWindow)
    assert form.fields.inputs["to_whom"].text() == "Sales desk"
    for name, value in (
        ("from_name", "Walk-in visitor"),
        ("phone", "+44 20 7946 0999"),
        ("what", "Asked for a quote"),
        ("action_requested", "Send a quote"),
        ("action_promised", "Sales will e-mail a quote this week"),
    ):
        widget = form.fields.inputs[name]
        widget.setFocus()
        kb.type(value)
    form.read_back.confirmed.click()
    form.save_button.click()
    [stored] = env.data.messages.inbox(env.rep)
    assert stored.interaction_id is None and stored.draft.to_whom == "Sales desk"


def kb_focus_window(qtbot, window) -> None:
    window.activateWindow()
    window.centralWidget().idle.answer.setFocus()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_phrase_coach_watches_the_message_text(qtbot, window, env, kb) -> None:
    kb.press(Key.Key_M, CTRL_SHIFT)  # no call on: the form opens on its own
    form = window.findChild(ProcedureHost).dialog.form
    assert form.coach is not None
    what = form.fields.inputs["what"]
    what.setPlainText("He is at the doctor, that's our policy")
    qtbot.waitUntil(lambda: len(form.coach.findings) >= 1, timeout=3000)


def test_a_half_typed_message_survives_a_crash(qtbot, window, env, kb) -> None:
    from agentdesk.ui.app import build_workstation

    kb.press(Key.Key_M, CTRL_SHIFT)  # no call on: the form opens on its own
    host = window.findChild(ProcedureHost)
    form = host.dialog.form
    form.fields.inputs["to_whom"].setText("Sales desk")
    form.fields.inputs["to_whom"].editingFinished.emit()
    qtbot.waitUntil(
        lambda: env.data.drafts.draft(env.rep, "message", "current") is not None, timeout=3000
    )
    # The app dies; the next window on the same data folder has the message back.
    again = build_workstation(env.services, env.rep, env.data, clock=env.clock).window
    qtbot.addWidget(again)
    assert again.findChild(ProcedureHost)._draft is not None
    assert again.findChild(ProcedureHost)._draft.to_whom == "Sales desk"


def test_from_whom_is_the_caller_and_a_fixed_message_drops_the_notice(qtbot, window, env, kb):
    ws = window.centralWidget()
    answer_to_need(qtbot, window, kb, number="020 7946 0958")
    kb.alt(Key.Key_M)
    form = message_form(ws)
    fields = form.fields.inputs
    assert fields["from_name"].text() == "Ngozi Okafor"  # as captured at the name step
    assert fields["phone"].text() == "020 7946 0958"  # the number calling
    mnemonic(qtbot, kb, Key.Key_S, form.save_button)  # most parts still missing
    assert form.error.text() == "Some parts of the message are missing or wrong."
    for name, text in (
        ("to_whom", "Billing team"),
        ("what", "Meter reading disputed"),
        ("action_requested", "Call back"),
        ("action_promised", "Today"),
    ):
        widget = fields[name]
        widget.setFocus()
        kb.type(text)
    assert not form.error.isVisible() and form.error.text() == ""  # no stale notice
    # The read-back check is in view, not cut off, at the default window size.
    form.read_back.confirmed.setFocus()
    box = form.read_back.confirmed
    qtbot.waitUntil(lambda: box.visibleRegion().boundingRect().height() == box.height())


def finish_the_call(qtbot, ws, kb) -> None:
    """End the call (Ctrl+E) and save its wrap-up."""
    kb.ctrl(Key.Key_E)
    view = ws.view
    view.wrap_up.panel.editors["outcome"].set_value("resolved")
    for field in ("first_contact_resolution", "notes_permission"):
        if field in view.wrap_up.panel.editors:
            view.wrap_up.panel.editors[field].set_value(True)
    with qtbot.waitSignal(ws.call_finished, timeout=3000):
        view.wrap_up.save()


def test_a_message_begun_on_an_earlier_call_says_so(qtbot, window, env, kb) -> None:
    ws = window.centralWidget()
    answer_to_need(qtbot, window, kb)
    kb.press(Key.Key_M, CTRL_SHIFT)
    form = message_form(ws)
    assert not form.earlier.isVisible()  # begun on this call: nothing to say
    kb.type("Priya Shah")
    kb.tab()
    kb.type("John Smith")
    kb.alt(Key.Key_N)  # back to the reason, and the call ends with the message half-typed
    finish_the_call(qtbot, ws, kb)

    second = answer_to_need(qtbot, window, kb)
    kb.press(Key.Key_M, CTRL_SHIFT)
    form = message_form(ws)
    assert form.fields.inputs["from_name"].text() == "John Smith"  # still the earlier message
    assert form.earlier.isVisible() and form.earlier.objectName() == "messageFromEarlierCall"
    assert "earlier call" in form.earlier.text()
    assert form.another.isVisible()
    form.another.click()  # cleared: this caller's message now
    assert form.fields.inputs["from_name"].text() == ""
    assert not form.earlier.isVisible()
    assert form.taking.engine is ws.engine  # saved now, it is logged on this call
    kb.alt(Key.Key_N)
    kb.press(Key.Key_M, CTRL_SHIFT)
    form = message_form(ws)
    assert not form.earlier.isVisible()
    assert form.fields.inputs["from_name"].text() == "Ngozi Okafor"  # the caller, pre-filled
    assert ws.call.interaction_id == second
