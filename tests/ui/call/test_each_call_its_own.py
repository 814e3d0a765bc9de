"""Each call shows its own customer, its own consent and banners about itself only: the last
caller's card, history and half-typed note do not follow into the next call; consent to notes
is one flag per call shared by the flow and the notes panel (T9); a banner goes with the state
it describes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.app import build_workstation
from tests.ui.procedures.conftest import greet_and_take_name

Key = Qt.Key


def answer(qtbot, ws, kb) -> str:
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        kb.ctrl(Key.Key_N)
    return started.args[0]


def to_notes_step(qtbot, ws, kb) -> None:
    greet_and_take_name(kb)
    assert ws.view.step_panel.step.id == "notes"


def test_the_next_call_starts_with_an_empty_notes_panel(qtbot, window, env, kb):
    cid, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(first_name="Ngozi", surname="Okafor", phone="020 7946 0111")
    )
    ws, notes = window.centralWidget(), window.docks["notes"].widget()
    notes.open_customer(cid)
    qtbot.waitUntil(lambda: notes.card is not None)
    notes.editor.setFocus()
    kb.type("Wants the March bill explained")
    answer(qtbot, ws, kb)
    assert notes.card is None and not notes.card_area.isVisible()
    assert notes.editor.toPlainText() == "" and notes.search.text() == ""
    assert notes.card_view.history.count() == 0
    # The half-typed note was kept for that customer, not lost.
    assert env.data.drafts.draft(env.rep, "note", cid).payload["text"] == (
        "Wants the March bill explained"
    )
    notes.open_customer(cid)
    qtbot.waitUntil(lambda: notes.editor.toPlainText() == "Wants the March bill explained")


def test_a_resumed_call_shows_its_own_customer(qtbot, window, env, kb):
    mine, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(surname="Okafor", phone="020 7946 0111")
    )
    other, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(surname="Rossi", phone="020 7946 0222")
    )
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        ws.new_call("020 7946 0111")
    qtbot.waitUntil(lambda: window.docks["notes"].widget().card is not None)
    window.hide()  # the crash

    again = build_workstation(env.services, env.rep, env.data, clock=env.clock).window
    qtbot.addWidget(again)
    again.show()
    notes = again.docks["notes"].widget()
    notes.open_customer(other)
    qtbot.waitUntil(lambda: notes.card is not None and notes.card.id == other)
    ws2 = again.centralWidget()
    qtbot.waitUntil(lambda: ws2.resume_bar.isVisible())
    with qtbot.waitSignal(ws2.call_started, timeout=3000):
        ws2.resume_bar.buttons[0].click()
    qtbot.waitUntil(lambda: notes.card is not None and notes.card.id == mine)


def test_the_resume_offer_is_not_shown_beside_a_live_call(qtbot, window, env, kb):
    ws = window.centralWidget()
    answer(qtbot, ws, kb)
    window.hide()  # the crash: this call stays unfinished
    again = build_workstation(env.services, env.rep, env.data, clock=env.clock).window
    qtbot.addWidget(again)
    again.show()
    ws2 = again.centralWidget()
    qtbot.waitUntil(ws2.resume_bar.isVisible)
    with qtbot.waitSignal(ws2.call_started, timeout=3000):
        ws2.new_call()  # a new caller first; the unfinished one waits
    assert not ws2.resume_bar.isVisible()
    ws2.end_call()
    view = ws2.view
    view.wrap_up.panel.editors["outcome"].set_value("resolved")
    for field in ("first_contact_resolution", "notes_permission"):
        if field in view.wrap_up.panel.editors:
            view.wrap_up.panel.editors[field].set_value(True)
    with qtbot.waitSignal(ws2.call_finished, timeout=3000):
        view.wrap_up.save()
    qtbot.waitUntil(ws2.resume_bar.isVisible)  # offered again once this call is done


def test_consent_is_one_flag_for_the_flow_and_the_notes_panel(qtbot, window, env, kb):
    cid, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(surname="Okafor", phone="020 7946 0111")
    )
    ws, notes = window.centralWidget(), window.docks["notes"].widget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        ws.new_call("020 7946 0111")
    qtbot.waitUntil(lambda: notes.card is not None and notes.card.id == cid)
    assert not notes.permission.isChecked() and notes.consent_note.isVisible()
    assert "Ask first" in notes.consent_note.text()
    to_notes_step(qtbot, ws, kb)
    kb.press(Key.Key_Space)  # the flow's "yes"
    assert ws.engine.fields["notes_permission"] is True
    assert notes.permission.isChecked() and not notes.consent_note.isVisible()
    notes.permission.setChecked(False)  # the caller changed their mind: said in the panel
    assert ws.engine.fields["notes_permission"] is False
    editor = ws.view.step_panel.editors["notes_permission"]
    assert editor.value() is False  # and the step on screen shows it
    assert notes.editor.isReadOnly() and not notes.save_button.isEnabled()
    assert "said no" in notes.consent_note.text() and notes.consent_note.isVisible()


def test_a_note_is_not_saved_before_consent_is_asked(qtbot, window, env, kb):
    cid, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(surname="Okafor", phone="020 7946 0111")
    )
    ws, notes = window.centralWidget(), window.docks["notes"].widget()
    with qtbot.waitSignal(ws.call_started, timeout=3000):
        ws.new_call("020 7946 0111")
    qtbot.waitUntil(lambda: notes.card is not None)
    notes.editor.setFocus()
    kb.type("Moving house in May")
    with qtbot.assertNotEmitted(notes.note_saved):
        kb.ctrl(Key.Key_Return)
    assert "Ask the caller" in notes.error.text()
    assert notes.editor.toPlainText() == "Moving house in May"  # nothing typed is lost
    assert env.data.customers.open_card(env.rep, cid).notes == ()
    notes.permission.setChecked(True)
    notes.editor.setFocus()
    with qtbot.waitSignal(notes.note_saved, timeout=3000):
        kb.ctrl(Key.Key_Return)
    assert ws.engine.fields["notes_permission"] is True


def test_the_wrap_up_banner_goes_with_the_wrap_up(qtbot, window, env, kb):
    ws = window.centralWidget()
    answer(qtbot, ws, kb)
    kb.ctrl(Key.Key_E)
    kb.ctrl(Key.Key_N)  # a second call while the wrap-up is open: refused, with a reason
    assert ws.notice.isVisible() and "wrap-up" in ws.notice.text.text()
    ws.set_identity(env.leader)  # someone else logs in: the banner was about the other call
    assert not ws.notice.isVisible()
    ws.set_identity(env.rep)
    if ws.phase != "wrap_up":  # the leader's login left it unfinished: resume it
        qtbot.waitUntil(ws.resume_bar.isVisible)
        ws.resume_bar.buttons[0].click()
    qtbot.waitUntil(lambda: ws.phase == "wrap_up")
    kb.ctrl(Key.Key_N)
    assert ws.notice.isVisible()
    view = ws.view
    view.wrap_up.panel.editors["outcome"].set_value("resolved")
    for field in ("first_contact_resolution", "notes_permission"):
        if field in view.wrap_up.panel.editors:
            view.wrap_up.panel.editors[field].set_value(True)
    with qtbot.waitSignal(ws.call_finished, timeout=3000):
        view.wrap_up.save()
    assert not ws.notice.isVisible()
