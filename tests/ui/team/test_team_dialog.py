"""File ▸ Team database…: a team leader sees the sync's state, confirms a conflict made by two
workstations editing apart, and acknowledges a refused change; a representative sees no
conflicts tab."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.team_review import TeamReviewService
from agentdesk.sync.status import SyncState, SyncStatus
from agentdesk.ui.team.dialog import TeamDialog, TeamInfo
from tests.helpers.app import inline_tasks


def _edit(ws, who, cid, **changes):
    card = ws.customers.open_card(who, cid)
    draft = CustomerDraft(first_name=card.first_name, surname=card.surname, phone=card.phone)
    ws.customers.update_customer(who, cid, CustomerDraft(**{**draft.__dict__, **changes}))


def _cells(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_team_leader_confirms_a_conflict_and_acknowledges_a_refusal(qtbot, tmp_path, pg_url):
    import secrets

    from tests.helpers.team import close, migrated_server, workstation

    server = migrated_server(pg_url)
    key = secrets.token_bytes(32)
    a, b = workstation(tmp_path / "a", key, server), workstation(tmp_path / "b", key, server)
    try:
        leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
        a.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
        cid, _ = a.customers.create_customer(
            leader, CustomerDraft(first_name="Ada", surname="Quinn", phone="01632 960123")
        )
        gone, _ = a.customers.create_customer(leader, CustomerDraft(surname="Gone"))
        a.sync.sync()
        b.sync.sync()
        on_b = b.accounts.login("lead", "leader-pass")
        _edit(a, leader, cid, phone="01632 960999")
        _edit(b, on_b, cid, phone="01632 960555")
        b.notes.add_note(on_b, gone, "For a customer erased meanwhile.", permission_given=True)
        a.gdpr.erase_customer(leader, gone)
        a.sync.sync()
        b.sync.sync()  # B's phone wins (later); A's is kept; B's note is refused
        tasks = inline_tasks()
        dialog = TeamDialog(
            TeamReviewService(b.db, b.vault, b.audit),
            b.accounts,
            tasks,
            on_b,
            TeamInfo("postgresql+psycopg://db.example/agentdesk", "ws-b"),
            sync_now=lambda: None,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.show_status(
            SyncStatus(SyncState.PROBLEM, 0, datetime.now(UTC), "refused", "1: note")
        )
        assert "refused 1: note" in dialog.state.text()
        assert dialog.counts.text() == "1 conflict to confirm, 1 refused change"
        assert dialog.members.count() == 2
        (row,) = _cells(dialog.conflict_view)
        assert row[1:3] == ["Customer: Ada Quinn", "Phone"]
        assert row[3].endswith("960555") and row[4].endswith("960999")
        ((_, change, _, reason),) = _cells(dialog.refusal_view)
        assert change == "change: Note"
        assert reason == "the record it belongs to was erased meanwhile"

        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert _cells(dialog.conflict_view) == []
        qtbot.mouseClick(dialog.acknowledge_button, Qt.MouseButton.LeftButton)
        assert _cells(dialog.refusal_view) == []
        assert dialog.counts.text() == "0 conflicts to confirm, 0 refused changes"

        # A representative: no conflicts tab, no member list.
        dialog.set_identity(b.accounts.login("rep", "rep-password"))
        assert not dialog.tabs.isTabVisible(dialog.tabs.indexOf(dialog.conflict_page))
        assert dialog.counts.text() == "0 refused changes"
    finally:
        close(a)
        close(b)
        server.dispose()
