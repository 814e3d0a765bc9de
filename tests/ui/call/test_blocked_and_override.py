"""Blocked ways on say why in words; moving on anyway is possible and recorded."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from sqlalchemy import select

from agentdesk.models.interaction import Interaction, Task

Key = Qt.Key


def start_call(qtbot, ws, kb):
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        kb.ctrl(Key.Key_N)
    return started.args[0]


def to_name_step(qtbot, ws, kb):
    iid = start_call(qtbot, ws, kb)
    kb.ctrl(Key.Key_Return)  # the greeting's checks are not required
    assert ws.view.step_panel.step.id == "name"
    return iid


def test_blocked_transition_says_why_and_a_second_press_overrides(qtbot, window, env, kb):
    ws = window.centralWidget()
    iid = to_name_step(qtbot, ws, kb)
    bar = ws.view.bar
    confirmed = bar.buttons[0]
    assert not confirmed.isEnabled()
    assert "(Ctrl+Return)" in confirmed.text()
    tip = confirmed.toolTip()
    assert "fill in “Surname”" in tip and "tick “Read the spelling back" in tip
    assert "press Ctrl+Return twice" in tip
    assert bar.override.isVisible()

    kb.ctrl(Key.Key_Return)  # first press: explains, stays
    assert ws.view.step_panel.step.id == "name"
    assert bar.message.isVisible()
    assert "Not yet: fill in “Surname”" in bar.message.text()
    assert "Press Ctrl+Return again to move on anyway" in bar.message.text()

    kb.ctrl(Key.Key_Return)  # second press: moves on, recorded as skipped
    assert ws.view.step_panel.step.id == "notes"
    moved = [e for e in env.data.interactions.events(env.rep, iid) if e.kind == "step_entered"]
    assert moved[-1].data["to"] == "notes"
    assert moved[-1].data["overridden"] == [
        "field_missing:surname",
        "check_unticked:spelling_confirmed",
    ]


def test_typing_enables_the_way_on_before_the_text_is_stored(qtbot, window, kb):
    ws = window.centralWidget()
    to_name_step(qtbot, ws, kb)
    kb.tab()
    kb.type("Rossi")  # still in the field: nothing stored yet
    assert "surname" not in ws.engine.fields
    tip = ws.view.bar.buttons[0].toolTip()
    assert "Surname" not in tip and "tick “Read the spelling back" in tip


def test_override_from_the_move_on_anyway_menu(qtbot, window, env, kb):
    ws = window.centralWidget()
    iid = to_name_step(qtbot, ws, kb)
    kb.ctrl(Key.Key_Return)
    kb.ctrl(Key.Key_Return)  # no name given: moved on anyway
    kb.press(Key.Key_Space)  # notes permission: yes
    kb.ctrl(Key.Key_Return)
    assert ws.view.step_panel.step.id == "need"
    bar = ws.view.bar
    assert all(not b.isEnabled() for b in bar.buttons)  # the reason is required
    assert "fill in “Reason for the call”" in bar.buttons[1].toolTip()
    menu = bar.override.menu()
    labels = [a.text() for a in menu.actions()]
    assert "Transfer to a colleague" in labels
    menu.actions()[labels.index("Transfer to a colleague")].trigger()
    assert ws.view.step_panel.step.id == "transfer"
    last = env.data.interactions.events(env.rep, iid)[-1]
    assert last.data["overridden"] == ["field_missing:reason"]


def test_wrap_up_shows_what_is_missing_next_to_each_field(qtbot, window, env, kb):
    ws = window.centralWidget()
    iid = to_name_step(qtbot, ws, kb)
    env.clock.advance(45)
    kb.ctrl(Key.Key_E)  # the caller hung up
    assert ws.phase == "wrap_up"
    form = ws.view.wrap_up
    assert kb.focus() is form.panel.editors["outcome"].input
    kb.press(Key.Key_Down, times=2)  # Follow-up needed
    assert ws.engine.fields["outcome"] == "follow_up"
    kb.ctrl(Key.Key_Return)
    assert ws.phase == "wrap_up" and form.problems.isVisible()
    text = form.problems.text()
    assert "answer “Resolved on this contact”" in text
    assert "fill in “Follow-up task”" in text and "pick a date for “Follow-up due”" in text
    editors = form.panel.editors
    assert editors["first_contact_resolution"].problem.text() == "Answer yes or no."
    assert editors["follow_up_due"].problem.text() == "Pick a date."
    assert kb.focus() is editors["first_contact_resolution"].input

    kb.press(Key.Key_Right)  # Yes → No: arrows move within a yes/no
    kb.press(Key.Key_Space)
    assert ws.engine.fields["first_contact_resolution"] is False
    kb.tab_to(editors["follow_up_task"].input)
    kb.type("Send the meter form")
    kb.tab()
    assert kb.focus() is editors["follow_up_due"].input
    assert editors["follow_up_due"].value() is None  # looking is not choosing
    kb.press(Key.Key_Up)  # tomorrow
    kb.tab(3)  # through the month and year sections, out of the date
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert ws.engine.fields["follow_up_due"] == tomorrow
    assert "Follow-up due" not in form.problems.text()
    kb.tab_to(editors["notes_permission"].input)
    kb.press(Key.Key_Space)  # caller agreed to notes
    with qtbot.waitSignal(ws.call_finished, timeout=3000):
        kb.ctrl(Key.Key_Return)
    with env.services.db.read() as s:
        row = s.get(Interaction, uuid.UUID(iid))
        assert row.outcome == "follow_up" and row.talk_seconds == 45
        task = s.scalar(select(Task).where(Task.interaction_id == uuid.UUID(iid)))
        assert task.kind == "follow-up" and task.status == "open"
