"""Every mutation's Changes reach one application-wide signal; screens refresh from it."""

from __future__ import annotations

from types import SimpleNamespace

from agentdesk.changes import Changes
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.tasks import ImmediateExecutor, TaskRunner
from tests.helpers.app import make_services, open_data


def test_changes_are_announced_after_the_callers_own_callback(qtbot):
    tasks = TaskRunner(ImmediateExecutor(), ImmediateExecutor())
    seen: list[object] = []
    tasks.changed.connect(lambda c: seen.append(c))
    tasks.run_mutation(lambda: ("saved", Changes.NOTES), lambda r: seen.append(r[0]))
    tasks.run_mutation(lambda: Changes.NONE, seen.append)  # nothing changed: nothing said
    report = SimpleNamespace(changes=Changes.KB)
    tasks.run_bulk(lambda: report, lambda _r: None)
    tasks.run_mutation(lambda: "id", lambda _r: None, changes=Changes.CUSTOMERS)
    tasks.run_query(lambda: Changes.NOTES, lambda _r: None)  # a read never announces
    assert seen == ["saved", Changes.NOTES, Changes.NONE, Changes.KB, Changes.CUSTOMERS]


def test_the_open_card_refreshes_when_another_screen_adds_a_note(qtbot, data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = data.customers.create_customer(leader, CustomerDraft(surname="Okafor"))
    panel = NotesPanel(data, services.tasks, leader)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.customer_opened):
        panel.open_customer(cid)
    assert panel.card_view.history.count() == 0
    # A note written by some other screen (a message form, a review) through the runner.
    services.tasks.run_mutation(
        lambda: data.notes.add_note(leader, cid, "Called about the meter", permission_given=True),
        lambda _r: None,
    )
    assert "meter" in panel.card_view.history.item(0).text()
    services.db.dispose()
