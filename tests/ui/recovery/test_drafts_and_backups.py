"""Nothing typed is lost: note drafts survive a crash; a damaged database offers its backup."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from agentdesk.services.backups import BackupService
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.notes.note_drafts import NoteDrafts
from agentdesk.ui.recovery import build_or_recover
from tests.helpers.app import make_services, open_data


@pytest.fixture
def env(data_paths):
    services = make_services(data_paths)
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = data.customers.create_customer(leader, CustomerDraft(surname="Okafor"))
    return services, data, leader, cid


def panel_for(qtbot, services, data, who):
    panel = NotesPanel(data, services.tasks, who)
    drafts = NoteDrafts(panel, data.drafts, services.tasks)
    qtbot.addWidget(panel)
    panel.show()
    return panel, drafts


def test_typed_note_survives_a_crash_and_is_cleared_once_saved(qtbot, env):
    services, data, leader, cid = env
    panel, drafts = panel_for(qtbot, services, data, leader)
    panel.open_customer(cid)
    qtbot.keyClicks(panel.editor, "Caller wants a refund for March")
    assert drafts._timer.isActive()  # saved a second after typing stops
    qtbot.waitUntil(lambda: data.drafts.draft(leader, "note", cid) is not None, timeout=3000)

    # The app dies; a new panel on the same data folder gets the text back.
    again, _ = panel_for(qtbot, services, data, leader)
    again.open_customer(cid)
    assert again.editor.toPlainText() == "Caller wants a refund for March"
    assert "restored" in again.status.text()
    again.permission.setChecked(True)
    with qtbot.waitSignal(again.note_saved):
        again.save_button.click()
    assert data.drafts.draft(leader, "note", cid) is None


def test_damaged_database_offers_the_newest_good_backup(data_paths, monkeypatch, qapp):
    services = make_services(data_paths)
    services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    BackupService(data_paths, services.db).backup_now("manual")
    services.db.dispose()
    data_paths.database.write_bytes(b"not a database any more" * 200)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes,
    )
    recovered = build_or_recover(data_paths, lambda p: make_services(p))
    assert asked and recovered.accounts.has_accounts()
    assert any("damaged" in p.name for p in data_paths.backups.iterdir())
