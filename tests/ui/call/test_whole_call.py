"""A whole inbound call through the real main window, by keyboard only, with a fake clock."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QRadioButton

from agentdesk.models.interaction import Interaction

Key = Qt.Key


def test_answer_greet_name_resolve_close_and_wrap_up_by_keyboard(qtbot, window, env, kb):
    ws = window.centralWidget()
    assert "No call in progress" in ws.idle.heading.text()
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        kb.ctrl(Key.Key_N)
    iid = started.args[0]
    view = ws.view
    assert view.step_panel.step.id == "greeting"
    script = view.step_panel.script.text()
    assert "Northwind Energy" in script and "Customer Care" in script and "Rita Rep" in script

    # Greeting: tick the three checks with Space, Tab between them.
    assert isinstance(kb.focus(), QCheckBox)
    for i in range(3):
        kb.press(Key.Key_Space)
        if i < 2:
            kb.tab()
    assert ws.engine.ticked == {
        "said_organisation",
        "gave_own_name",
        "offered_help",
    }
    kb.ctrl(Key.Key_Return)

    # Name: type it as heard, see the spelling to read back, confirm, choose the address.
    assert view.step_panel.step.id == "name"
    assert isinstance(kb.focus(), QLineEdit)
    kb.type("Jayson")
    kb.tab()
    kb.type("Okafor")
    readback = view.step_panel.name_panel.text()
    assert "O for Oscar" in readback and "K for Kilo" in readback
    assert "J for Juliett" in readback  # the first name is spelled too
    assert view.bar.buttons[0].isEnabled() is False  # spelling not confirmed yet
    kb.tab()  # leaving the field stores the surname
    assert ws.engine.fields["surname"] == "Okafor"
    assert isinstance(kb.focus(), QComboBox)
    kb.press(Key.Key_Down, times=2)  # — choose —, Ms., Mr.
    assert ws.engine.fields["title"] == "mr"
    kb.tab()
    kb.press(Key.Key_Space)  # spelling confirmed
    assert "spelling_confirmed" in ws.engine.ticked
    env.clock.advance(30)
    kb.ctrl(Key.Key_Return)

    # Permission to take notes: the script now uses the name.
    assert view.step_panel.step.id == "notes"
    assert "Mr. Okafor" in view.step_panel.script.text()
    assert "Mr. Okafor" in view.header.who.text()
    assert isinstance(kb.focus(), QRadioButton)
    kb.press(Key.Key_Space)
    kb.ctrl(Key.Key_Return)

    # Reason, typed and never left: the transition stores it first.
    assert view.step_panel.step.id == "need"
    kb.type("Bill is higher than usual")
    kb.alt(Key.Key_R)
    assert view.step_panel.step.id == "resolve"
    assert ws.engine.fields["reason"] == "Bill is higher than usual"
    kb.type("Explained the estimated reading")
    env.clock.advance(60)
    kb.ctrl(Key.Key_Return)

    # Closing: ask if there is anything else, thank by name, end the call.
    assert view.step_panel.step.id == "closing"
    kb.press(Key.Key_Space)
    kb.tab()
    kb.press(Key.Key_Space)
    kb.ctrl(Key.Key_Return)

    # Wrap-up: pre-filled from the call; tag the customer type, save with Ctrl+Return.
    assert ws.phase == "wrap_up" and view.wrap_up is not None
    assert "After-call work" in view.header.status.text()
    assert view.wrap_up.panel.editors["outcome"].value() == "resolved"
    env.clock.advance(20)
    view.header.timer.refresh()
    assert "After-call work 00:20" in view.header.timer.text()
    assert "Talk 01:30" in view.header.timer.text()
    assert isinstance(kb.focus(), QListWidget)
    kb.press(Key.Key_Down)  # Existing
    kb.press(Key.Key_Space)
    with qtbot.waitSignal(ws.call_finished, timeout=3000):
        kb.ctrl(Key.Key_Return)
    assert ws.phase == "idle" and ws.pages.currentWidget() is ws.idle
    assert ws.idle.heading.text() == "No call in progress — Ctrl+N"

    events = env.data.interactions.events(env.rep, iid)
    kinds = [e.kind for e in events]
    assert kinds[0] == "call_started" and kinds[-1] == "wrap_up_saved"
    assert kinds.count("check_ticked") == 6
    entered = [e.data["to"] for e in events if e.kind == "step_entered"]
    assert entered == ["name", "notes", "need", "resolve", "closing"]
    captured = {e.data["field"]: e.data["value"] for e in events if e.kind == "field_captured"}
    assert captured["surname"] == "Okafor" and captured["first_name"] == "Jayson"
    assert captured["resolution"] == "Explained the estimated reading"
    assert captured["customer_type"] == ["existing"]
    assert events[-1].data["fields"]["outcome"] == "resolved"
    assert not any(e.data.get("overridden") for e in events)
    with env.services.db.read() as s:
        row = s.get(Interaction, uuid.UUID(iid))
        assert row.state == "done" and row.outcome == "resolved"
        assert row.first_contact_resolution is True
        assert row.talk_seconds == pytest.approx(90)
        assert row.wrap_seconds == pytest.approx(20)
