"""Real worker threads, a write held pending: typing goes on, a lock and another person's
login happen, and when the database answers everything lands where it belongs."""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from agentdesk.models.customer import Note
from agentdesk.models.interaction import Interaction
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.notes.note_drafts import NoteDrafts
from agentdesk.ui.tasks import TaskRunner
from tests.helpers.app import make_services, open_data

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def env(data_paths):
    base = make_services(data_paths)
    data = open_data(base)
    ann = base.accounts.create_first_team_leader("ann", "Ann Archer", "ann-password")
    base.accounts.add_user(ann, "bob", "Bob Baker", "bob-password", Role.TEAM_LEADER)
    bob = base.accounts.login("bob", "bob-password")
    cid, _ = data.customers.create_customer(ann, CustomerDraft(surname="Okafor"))
    tasks = TaskRunner()  # real worker threads, as in the app
    services = replace(base, tasks=tasks)
    gate = threading.Event()
    yield services, data, ann, bob, cid, gate
    gate.set()
    tasks.shutdown()
    base.db.dispose()


def hold_the_worker(tasks: TaskRunner, gate: threading.Event) -> None:
    """The database worker is busy (a slow disk, a locked file) until ``gate`` is set."""
    gate.clear()
    tasks.run_mutation(lambda: gate.wait(20), lambda _ok: None)


def test_a_note_saved_before_a_lock_and_another_login_stays_the_first_persons(qtbot, env):
    services, data, ann, bob, cid, gate = env
    panel = NotesPanel(data, services.tasks, ann)
    NoteDrafts(panel, data.drafts, services.tasks)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.customer_opened, timeout=5000):
        panel.open_customer(cid)
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Ann promised a call-back")
    qtbot.keyClick(panel.permission, Qt.Key.Key_Space)
    hold_the_worker(services.tasks, gate)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, CTRL)  # the save waits for the worker
    assert not panel.save_button.isEnabled()
    qtbot.keyClicks(panel.search, "x")  # the window still takes keys
    assert panel.search.text() == "x"
    panel.set_identity(bob)  # locked, and Bob logged in, while Ann's write is pending
    with qtbot.waitSignal(panel.note_saved, timeout=10000):
        gate.set()
    with data.notes._db.read() as s:
        authors = list(s.scalars(select(Note.author_id).where(Note.customer_id == uuid.UUID(cid))))
    assert authors == [ann.account_id]


@pytest.fixture
def window(qtbot, env):
    services, data, ann, _bob, _cid, _gate = env
    win = build_workstation(services, ann, data).window
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def test_call_steps_typed_while_the_database_is_busy_survive_a_lock_and_another_login(
    qtbot, env, window
):
    services, data, ann, bob, _cid, gate = env
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=5000) as started:
        ws.new_call()
    iid = started.args[0]
    engine = ws.engine
    hold_the_worker(services.tasks, gate)
    # Three ticks on screen (as Space on the greeting's checks), none in the database yet.
    for check in ("said_organisation", "gave_own_name", "offered_help"):
        engine.tick(check)
    assert ws.call.recorder.pending == 3
    journal = services.paths.root / "journal" / f"{iid}.journal"
    assert journal.exists() and len(journal.read_bytes().splitlines()) >= 3
    window.set_identity(bob)  # locked; Bob logs in: Ann's call stays hers, unfinished
    assert ws.call is None
    gate.set()
    qtbot.waitUntil(lambda: len(data.interactions.events(ann, iid)) >= 4, timeout=10000)
    kinds = [e.kind for e in data.interactions.events(ann, iid)]
    assert kinds[0] == "call_started" and kinds[1:4] == ["check_ticked"] * 3
    with services.db.read() as s:
        row = s.get(Interaction, uuid.UUID(iid))
        assert row.agent_id == ann.account_id and row.state == "active"
    assert data.interactions.unfinished(bob) == []
    assert data.interactions.unfinished(ann) == [iid]


def test_an_export_asked_before_a_lock_and_another_login_is_the_first_persons(
    qtbot, env, tmp_path
):
    from agentdesk.models.audit import AuditEntry

    services, data, ann, bob, cid, gate = env
    panel = NotesPanel(data, services.tasks, ann)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.customer_opened, timeout=5000):
        panel.open_customer(cid)
    hold_the_worker(services.tasks, gate)
    target = tmp_path / "export.json"
    panel.data_requests.export_to(target)  # waits for the worker
    panel.set_identity(bob)  # locked, and Bob logged in, while Ann's export is pending
    gate.set()
    qtbot.waitUntil(target.exists, timeout=10000)
    with data.notes._db.read() as s:
        actors = list(
            s.scalars(select(AuditEntry.actor_id).where(AuditEntry.action == "customer.exported"))
        )
    assert actors == [ann.account_id]
