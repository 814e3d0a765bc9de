"""A call with two holds, by keyboard through the real window and a fake clock: permission
first, the call-back offer past three minutes, progress prompts, the overrun alert, thanks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.ui.procedures.hold_panel import HoldPanel
from tests.ui.procedures.conftest import adherence, answer_to_need, mnemonic

Key = Qt.Key
HOLD_KINDS = {
    "hold_requested",
    "callback_offered",
    "hold_permission",
    "hold_started",
    "hold_checked_back",
    "hold_ended",
}


def hold_panel(ws) -> HoldPanel:
    panel = ws.view.step_panel.procedure
    assert isinstance(panel, HoldPanel)
    return panel


def test_a_call_with_two_holds(qtbot, window, env, kb) -> None:
    ws = window.centralWidget()
    iid = answer_to_need(qtbot, window, kb)

    # First hold, from the step's own way on (Alt+O): why, the usual two minutes, ask.
    kb.alt(Key.Key_O)
    panel = hold_panel(ws)
    assert kb.focus() is panel.reason
    kb.type("check the meter history")
    assert "about 2 minutes, Ms. Okafor? I need to check the meter history." in (
        panel.ask_script.text()
    )
    mnemonic(qtbot, kb, Key.Key_A, panel.ask_button)  # ask the caller
    assert ws.engine.events[-1].data == {
        "reason": "check the meter history",
        "estimate_seconds": 120,
    }
    assert not ws.engine.on_hold  # asked is not agreed
    assert kb.focus() is panel.agree_button
    kb.press(Key.Key_Space)  # agreed: the hold starts now
    assert ws.engine.on_hold and panel.hold_page.isVisible()
    assert not panel.prompt.isVisible()
    assert ws.view.header.status.text() == "On hold"  # not "In call"
    # The panel's own "thanked" box and permission buttons: the step does not repeat them.
    assert not {"hold_permission", "thanked_for_waiting"} & set(ws.view.step_panel.checks)

    env.clock.advance(45)  # the settings' 45 s: time for a progress report
    qtbot.waitUntil(panel.prompt.isVisible, timeout=2000)
    assert "Thank you for holding, Ms. Okafor." in panel.prompt_script.text()
    assert "about a minute more" in panel.prompt_script.text()  # 75 s, as a person says it
    mnemonic(qtbot, kb, Key.Key_R, panel.report_button)
    assert not panel.prompt.isVisible()
    env.clock.advance(45)
    qtbot.waitUntil(panel.prompt.isVisible, timeout=2000)
    mnemonic(qtbot, kb, Key.Key_R, panel.report_button)
    env.clock.advance(40)  # 130 s of an estimated 120: unmistakable, but not in the way
    qtbot.waitUntil(panel.alert.isVisible, timeout=2000)
    assert "Past the estimate by 00:10" in panel.alert.text()
    assert QApplication.activeModalWidget() is None
    # Moving on while the caller waits is refused, with the reason.
    kb.ctrl(Key.Key_Return)
    assert ws.view.step_panel.step.id == "hold" and ws.engine.on_hold
    assert "still on hold" in panel.error.text()
    assert panel.thanks_script.text() == "Thank you for waiting, Ms. Okafor."
    mnemonic(qtbot, kb, Key.Key_T, panel.thanked)  # thanked the caller
    mnemonic(qtbot, kb, Key.Key_L, panel.return_button)  # back on the line
    assert not ws.engine.on_hold and ws.view.header.status.text() == "In call"
    assert "holds in this call: 1" in panel.info.text()
    kb.ctrl(Key.Key_Return)  # back from hold
    assert ws.view.step_panel.step.id == "resolve"

    # Second hold, from anywhere with Ctrl+Shift+H; five minutes needs the call-back offer.
    kb.press(Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = hold_panel(ws)
    assert kb.focus() is panel.reason
    kb.type("ask the billing team")
    kb.tab()
    kb.ctrl(Key.Key_A)
    kb.type("5")
    assert "would you rather hold, or have me call you back?" in panel.ask_script.text().lower()
    mnemonic(qtbot, kb, Key.Key_A, panel.ask_button)
    assert not panel.agree_button.isEnabled()  # the offer comes first
    assert kb.focus() is panel.offer_button
    kb.press(Key.Key_Space)  # offered; the caller would still rather hold
    assert kb.focus() is panel.agree_button
    kb.press(Key.Key_Space)
    assert ws.engine.on_hold
    env.clock.advance(40)
    mnemonic(qtbot, kb, Key.Key_T, panel.thanked)
    mnemonic(qtbot, kb, Key.Key_L, panel.return_button)
    kb.ctrl(Key.Key_Return)

    events = env.data.interactions.events(env.rep, iid)
    held = [(e.kind, dict(e.data)) for e in events if e.kind in HOLD_KINDS]
    assert held == [
        ("hold_requested", {"reason": "check the meter history", "estimate_seconds": 120}),
        ("hold_permission", {"answer": "agreed"}),
        ("hold_started", {"estimate_seconds": 120, "check_back_seconds": 45}),
        ("hold_checked_back", {}),
        ("hold_checked_back", {}),
        ("hold_ended", {"thanked": True, "used_name": True}),
        ("hold_requested", {"reason": "ask the billing team", "estimate_seconds": 300}),
        ("callback_offered", {"estimate_seconds": 300}),
        ("hold_permission", {"answer": "agreed"}),
        ("hold_started", {"estimate_seconds": 300, "check_back_seconds": 45}),
        ("hold_ended", {"thanked": True, "used_name": True}),
    ]
    assert ws.engine.durations().hold == 170 and ws.engine.durations().hold_count == 2
    rules = adherence(events)
    for rule in ("hold_permission_first", "hold_callback_offered", "hold_progress_reports"):
        assert rules[rule] == "pass", rule
    assert rules["hold_thanked"] == "pass"


def test_a_declined_hold_and_a_call_back_instead(qtbot, window, env, kb) -> None:
    ws = window.centralWidget()
    answer_to_need(qtbot, window, kb, number="020 7946 0958")
    kb.alt(Key.Key_O)
    panel = hold_panel(ws)
    kb.type("ask the billing team")
    mnemonic(qtbot, kb, Key.Key_A, panel.ask_button)
    mnemonic(qtbot, kb, Key.Key_D, panel.decline_button)  # declined
    assert not ws.engine.on_hold and "rather not hold" in panel.info.text()
    kb.tab_to(panel.estimate)
    kb.ctrl(Key.Key_A)
    kb.type("10")
    mnemonic(qtbot, kb, Key.Key_A, panel.ask_button)  # asked again: ten minutes
    mnemonic(qtbot, kb, Key.Key_E, panel.callback_button)  # prefers a call-back: book it
    assert ws.view.step_panel.step.id == "callback"
    callback = ws.view.step_panel.procedure
    assert callback.number.text() == "020 7946 0958"
    assert callback.reason.text() == "ask the billing team"
    assert "0 2 0 — 7 9 4 6 — 0 9 5 8" in callback.spoken.text()
    kb.tab_to(callback.read_back)
    kb.press(Key.Key_Space)
    mnemonic(qtbot, kb, Key.Key_B, callback.book_button)  # book it
    booked = ws.engine.events[-1]
    assert booked.kind == "callback_booked" and booked.data["number_read_back"] is True
    assert booked.data["reason"] == "ask the billing team"
    assert "Booked: 020 7946 0958" in callback.booked.text()
    kb.ctrl(Key.Key_Return)
    assert ws.view.step_panel.step.id == "closing"
    answers = [e.data["answer"] for e in ws.engine.events if e.kind == "hold_permission"]
    assert answers == ["declined", "callback"]
    assert not any(e.kind == "hold_started" for e in ws.engine.events)
