"""A follow-up falls due, the reminder says so, and the representative marks it done in the
list; a call-back starts the call with the customer's card open (#19, O7)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.followups import FollowUpService
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.followups.install import FollowUps, counts_text
from agentdesk.ui.followups.reminder import FollowUpReminder
from agentdesk.ui.followups.window import FollowUpWindow
from tests.helpers.app import make_services, open_data

CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita")
DUE = dt.datetime(2030, 5, 6, 11, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = DUE - dt.timedelta(minutes=30)

    def __call__(self) -> dt.datetime:
        return self.now


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(f"no enabled way to {target}")


@pytest.fixture
def env(data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    rep = services.accounts.login("rep", "rep-password")
    cid, _ = data.customers.create_customer(
        leader, CustomerDraft(surname="Okafor", phone="020 7946 0555")
    )
    start = data.interactions.start_call(rep, "inbound", CONTEXT, caller_number="020 7946 0555")
    engine = start.engine
    go(engine, "name")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Meter")
    go(engine, "callback")
    engine.capture("callback_due", DUE.strftime("%Y-%m-%dT%H:%M:%S+00:00"))
    engine.capture("callback_number", "020 7946 0555")
    engine.capture("callback_reason", "confirm the reading")
    engine.tick("read_back_callback_number")
    go(engine, "closing")
    engine.tick("asked_anything_else")
    go(engine, "wrap_up")
    engine.capture("first_contact_resolution", False)
    engine.capture("follow_up_task", "Ring back")
    engine.capture("follow_up_due", "2030-05-06")
    engine.capture("notes_permission", True)
    engine.save_wrap_up()
    clock = Clock()
    yield (
        services,
        data,
        rep,
        cid,
        clock,
        FollowUpService(services.db, data.vault, data.audit, clock),
    )
    services.db.dispose()


def test_a_task_falls_due_and_is_done(qtbot, env):
    services, _data, rep, _cid, clock, followups = env
    reminder = FollowUpReminder(followups, services.tasks, rep, clock, interval_ms=50)
    with qtbot.waitSignal(reminder.counts_changed) as counted:
        reminder.check()
    assert counted.args[0].due_today == 1 and counted.args[0].overdue == 0
    with qtbot.assertNotEmitted(reminder.fell_due, wait=100):
        reminder.check()  # not due yet: no reminder
    clock.now = DUE + dt.timedelta(minutes=1)
    with qtbot.waitSignal(reminder.fell_due) as fell:
        reminder.check()
    [task] = fell.args[0]
    assert task.kind == "call-back" and task.customer_name == "Okafor"
    assert counts_text(reminder, reminder.counts) == "Follow-ups: 1 overdue (Ctrl+Shift+F)"

    window = FollowUpWindow(followups, services.tasks, rep, clock=clock)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, check_params_cb=lambda n: n == 1):
        window.start()
    assert window.model.index(0, 5).data() == "Overdue"
    window.note.setFocus()
    qtbot.keyClicks(window.note, "Rang back, reading confirmed")
    with qtbot.waitSignal(window.loaded, check_params_cb=lambda n: n == 0):
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(reminder.counts_changed) as counted:
        reminder.check()
    assert counted.args[0].overdue == 0 and counted.args[0].open == 0
    window.show_done.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.view.selectRow(0)
    assert "Rang back, reading confirmed" in window.history.text()


def test_the_main_window_counts_reminds_and_calls_back_with_the_card_open(qtbot, env):
    services, data, rep, cid, _clock, _followups = env
    window = build_workstation(services, rep, data).window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    followups = window.findChild(FollowUps)
    # The call-back is due in 2030: nothing overdue, nothing due today.
    qtbot.waitUntil(lambda: followups.reminder.counts.open == 1)
    assert not window.centralWidget().idle.followups.isVisible()
    listing = followups.show_list()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    listing.view.selectRow(0)
    assert listing.call_button.isEnabled()
    qtbot.mouseClick(listing.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.centralWidget().engine is not None)
    qtbot.waitUntil(lambda: window.docks["notes"].widget().card is not None)
    assert window.docks["notes"].widget().card.id == cid
    assert window.centralWidget().call.customer_id == cid  # the number matched the card
    # Locking hides the frame: the list of customers' names goes with it.
    assert followups.window is not None
    window.hide()
    assert followups.window is None and not listing.isVisible()


def test_the_list_and_the_counts_follow_a_follow_up_done_on_another_screen(qtbot, env):
    """No hand wiring between screens: each refreshes from the write's Changes (#16)."""
    services, _data, rep, _cid, clock, followups = env
    reminder = FollowUpReminder(followups, services.tasks, rep, clock, interval_ms=3_600_000)
    with qtbot.waitSignal(reminder.counts_changed):
        reminder.start()  # the timer would not tick again for an hour
    open_before = reminder.counts.open
    assert open_before >= 1
    window = FollowUpWindow(followups, services.tasks, rep, clock=clock)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded) as listed:
        window.start()
    shown = listed.args[0]
    task = followups.list_tasks(rep)[0]
    with (
        qtbot.waitSignal(window.loaded, check_params_cb=lambda n: n == shown - 1),
        qtbot.waitSignal(
            reminder.counts_changed, check_params_cb=lambda c: c.open == open_before - 1
        ),
    ):
        services.tasks.run_mutation(  # e.g. the call-back done from the idle screen
            lambda: followups.complete_task(rep, task.id, "done elsewhere"), lambda _r: None
        )
    reminder.stop()
