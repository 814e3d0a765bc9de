"""Render File ▸ Team database… offscreen into docs/team-status.png, docs/team-conflicts.png and
docs/team-refused.png (run: python docs/make_team_screenshots.py; needs Debian's postgresql
package, as the tests do).

Two workstations on a throw-away PostgreSQL cluster and data folders, with demo accounts and
customers edited on both while apart: no real data is pictured.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from agentdesk.kb.records import ArticleDraft
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.team_review import TeamReviewService
from agentdesk.sync.status import SyncState, SyncStatus
from agentdesk.ui.team.dialog import TeamDialog, TeamInfo
from tests.helpers.app import inline_tasks
from tests.helpers.pg import start_cluster, stop_cluster
from tests.helpers.team import close, migrated_server, workstation

DOCS = Path(__file__).resolve().parent


def edit(ws, who, cid, **changes) -> None:
    card = ws.customers.open_card(who, cid)
    draft = CustomerDraft(
        first_name=card.first_name, surname=card.surname, phone=card.phone, email=card.email
    )
    ws.customers.update_customer(who, cid, CustomerDraft(**{**draft.__dict__, **changes}))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    cluster = start_cluster()
    try:
        server = migrated_server(cluster.url(cluster.create_database("agentdesk")))
        key = secrets.token_bytes(32)
        with tempfile.TemporaryDirectory() as folder:
            a = workstation(Path(folder) / "a", key, server)
            b = workstation(Path(folder) / "b", key, server)
            lead = a.accounts.create_first_team_leader("lea", "Lea Leader", "leader-password")
            for name, shown in (("rita", "Rita Rossi"), ("tom", "Tom Okafor")):
                a.accounts.add_user(lead, name, shown, "rep-password-1", Role.REPRESENTATIVE)
            jay, _ = a.customers.create_customer(
                lead, CustomerDraft("Jayson", "Okafor", "020 7946 0101", "jay@example.org")
            )
            anna, _ = a.customers.create_customer(
                lead, CustomerDraft("Anna", "Rossi", "020 7946 0102")
            )
            gone, _ = a.customers.create_customer(lead, CustomerDraft("Mei", "Chen"))
            article = ArticleDraft(
                "meter-readings", "Meter readings", "Read the meter monthly.", "billing"
            )
            a.kb.save_article(lead, article)
            a.sync.sync()
            b.sync.sync()
            on_b = b.accounts.login("lea", "leader-password")
            # Apart: both workstations change the same fields.
            edit(a, lead, jay, phone="020 7946 0199")
            edit(b, on_b, jay, phone="020 7946 0155")
            edit(a, lead, anna, surname="Rossi-Bianchi")
            edit(b, on_b, anna, surname="Russo")
            a.kb.save_article(lead, ArticleDraft(**{**article.__dict__, "title": "Reading meters"}))
            b.kb.save_article(
                on_b, ArticleDraft(**{**article.__dict__, "title": "Meter readings (monthly)"})
            )
            b.notes.add_note(on_b, gone, "Asked about the refund.", permission_given=True)
            a.gdpr.erase_customer(lead, gone)
            a.sync.sync()
            b.sync.sync()
            a.sync.sync()
            dialog = TeamDialog(
                TeamReviewService(a.db, a.vault, a.audit),
                a.accounts,
                inline_tasks(),
                a.accounts.login("lea", "leader-password"),
                TeamInfo(
                    "postgresql+psycopg://db.example.org/agentdesk?sslmode=verify-full",
                    str(a.sync.workstation_id),
                ),
                sync_now=lambda: None,
            )
            dialog.show_status(SyncStatus(SyncState.UP_TO_DATE, 0, datetime.now(UTC)))
            dialog.resize(980, 560)
            dialog.show()
            for index, name in ((0, "team-status"), (1, "team-conflicts")):
                dialog.tabs.setCurrentIndex(index)
                app.processEvents()
                dialog.grab().save(str(DOCS / f"{name}.png"))
                print(f"wrote docs/{name}.png")
            # The refused change is on B, the workstation that wrote it.
            refused = TeamDialog(
                TeamReviewService(b.db, b.vault, b.audit),
                b.accounts,
                inline_tasks(),
                on_b,
                TeamInfo(
                    "postgresql+psycopg://db.example.org/agentdesk?sslmode=verify-full",
                    str(b.sync.workstation_id),
                ),
                sync_now=lambda: None,
            )
            refused.show_status(
                SyncStatus(SyncState.PROBLEM, 0, datetime.now(UTC), "refused", "1: note")
            )
            refused.resize(980, 560)
            refused.show()
            refused.tabs.setCurrentIndex(2)
            app.processEvents()
            refused.grab().save(str(DOCS / "team-refused.png"))
            print("wrote docs/team-refused.png")
            dialog.close()
            refused.close()
            close(a)
            close(b)
        server.dispose()
    finally:
        stop_cluster(cluster)


if __name__ == "__main__":
    main()
