"""A change pulled from the team database refreshes the screens that are open, as a local
write does: the app's team sync announces it on ``TaskRunner.changed``."""

from __future__ import annotations

from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.team import TeamService
from agentdesk.ui.kb.dock import KnowledgeDock
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.team.controller import team_sync_for
from tests.helpers.app import FAST, make_services, open_data
from tests.helpers.team import close, migrated_server, workstation


def test_a_note_and_an_article_from_another_workstation_show_on_open_screens(
    qtbot, tmp_path, pg_url
):
    from agentdesk.kb.records import ArticleDraft
    from agentdesk.paths import DataPaths

    # Workstation A as the app builds it, joined to the team database by `team init`.
    services = make_services(DataPaths(tmp_path / "a").ensure())
    data = open_data(services)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    cid, _ = data.customers.create_customer(leader, CustomerDraft(surname="Okafor"))
    team = TeamService(services.paths, services.db, data.vault, services.accounts, params=FAST)
    team.init(pg_url, "lead", "leader-pass")
    sync = team_sync_for(services, lambda: data)
    assert sync is not None

    panel = NotesPanel(data, services.tasks, leader)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.customer_opened):
        panel.open_customer(cid)
    assert panel.card_view.history.count() == 0
    kb = KnowledgeDock(services.kb, services.snippets, services.tasks, leader)
    qtbot.addWidget(kb)
    kb.search.box.setText("zebra")  # a search already on screen, with nothing found yet
    kb.search.search_now()
    assert kb.search.model.hits() == []

    # Workstation B, another replica holding the same team key.
    server = migrated_server(pg_url)
    b = workstation(tmp_path / "b", data.vault._master, server)
    try:
        sync.start_for("lead", "leader-pass")
        b.sync.sync()
        who = b.accounts.login("lead", "leader-pass")
        b.notes.add_note(who, cid, "Meter read on Tuesday", permission_given=True)
        b.kb.save_article(
            who, ArticleDraft("zebra-tariff", "Zebra tariff", "Night rates.", "billing")
        )
        b.sync.push()  # NOTIFY: A pulls at once, and its open screens follow
        qtbot.waitUntil(lambda: panel.card_view.history.count() == 1, timeout=15_000)
        assert "Meter read" in panel.card_view.history.item(0).text()
        qtbot.waitUntil(
            lambda: "zebra-tariff" in {h.id for h in kb.search.model.hits()}, timeout=15_000
        )
    finally:
        sync.stop()
        close(b)
        server.dispose()
        services.db.dispose()
