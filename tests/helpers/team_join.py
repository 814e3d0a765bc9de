"""Joining a standalone workstation to a team database in tests: the team's first
workstation with a customer, a standalone app folder to join, the join dialog tried with an
account, the app's start and login, and the faults an interrupted join meets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import make_url

from agentdesk.paths import DataPaths
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.directory import DirectoryDraft
from agentdesk.services.identity import Role
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.team.join_dialog import TeamJoinDialog
from agentdesk.vault.keystore import MemoryKeyStore
from tests.helpers.app import make_services, open_data
from tests.helpers.team import standalone


class FakeInstance(QObject):
    call_requested = Signal(object)
    activate_requested = Signal()


def member_url(pg_url: str) -> str:
    """What a workstation is given: the server and database, no owner's credentials."""
    return make_url(pg_url).set(username=None, password=None).render_as_string()


def team_with_a_customer(root, pg_url):
    """Workstation A: the team database started from it, a customer, a second team leader."""
    from agentdesk.services.kb import KnowledgeService

    a = standalone(root, MemoryKeyStore())
    KnowledgeService(a.db).import_bundled_if_empty()  # the team's starter articles
    lead = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.customers.create_customer(lead, CustomerDraft(surname="Okafor"))
    a.team.init(pg_url, "lead", "leader-pass")
    a.team.add_member("lead", "leader-pass", "tina", "Tina Team", "tina-pass", Role.TEAM_LEADER)
    return a


def standalone_app_folder(paths: DataPaths, keyring: MemoryKeyStore, *, customer=False):
    """A workstation used on its own: its key, its first team leader, the starter articles
    (the team's starter articles have the same names), optionally a customer."""
    services = make_services(paths, keyring_store=keyring)
    data = open_data(services)
    boss = services.accounts.create_first_team_leader("boss", "Bo Boss", "boss-pass")
    services.kb.import_bundled_if_empty()
    data.directory.save_entry(boss, DirectoryDraft(name="Local billing", number="020 7946 0000"))
    if customer:
        data.customers.create_customer(boss, CustomerDraft(surname="Local"))
    return services, data, boss


def article_slugs(db) -> list[str]:
    from sqlalchemy import select

    from agentdesk.models.kb import Article

    with db.read() as s:
        return sorted(s.scalars(select(Article.slug)))


def shared_rows(db) -> dict[str, set]:
    from sqlalchemy import select

    from agentdesk.sync.tables import SYNCED_TABLES, key_column, table

    with db.engine.connect() as conn:
        return {
            name: set(conn.execute(select(key_column(table(name)))).scalars())
            for name in SYNCED_TABLES
        }


def wait_window(qtbot, start) -> None:
    qtbot.waitUntil(lambda: getattr(start.controller, "window", None) is not None, timeout=30_000)


def log_in(qtbot, start, name: str, password: str) -> LoginDialog:
    qtbot.waitUntil(lambda: isinstance(start._front(), LoginDialog), timeout=20_000)
    dialog = start._front()
    dialog.username.setText(name)
    dialog.password.setText(password)
    dialog.buttons.accepted.emit()
    return dialog


def cut_first_pull(monkeypatch) -> None:
    """The team database goes away once, at the join's first download."""
    from sqlalchemy.exc import OperationalError

    from agentdesk.sync.engine import SyncEngine

    real_pull = SyncEngine.pull
    cuts = [OperationalError("pull", {}, Exception("connection refused"))]

    def pull_once_cut(self, *args, **kwargs):
        if cuts:
            raise cuts.pop()
        return real_pull(self, *args, **kwargs)

    monkeypatch.setattr(SyncEngine, "pull", pull_once_cut)


def starter_import_after_the_local_rows_go(monkeypatch) -> None:
    """The worst order for a start-up's starter-article import on the bulk worker: after a
    join being finished (on the database worker) removed this folder's own rows, before its
    download (under load in CI this order happened by itself)."""
    import threading

    from agentdesk.services.kb.articles import KnowledgeService
    from agentdesk.services.workstation_join import WorkstationJoinService

    gone = threading.Event()
    real_forget = WorkstationJoinService._forget_own_content
    real_import = KnowledgeService.import_bundled_if_empty

    def forget_then_let_imports_in(self):
        real_forget(self)
        gone.set()

    def import_once_rows_are_gone(self):
        assert gone.wait(30), "the local rows never went"
        return real_import(self)

    monkeypatch.setattr(WorkstationJoinService, "_forget_own_content", forget_then_let_imports_in)
    monkeypatch.setattr(KnowledgeService, "import_bundled_if_empty", import_once_rows_are_gone)


def join_dialog(qtbot, services, data, who, tasks):
    from agentdesk.ui.team.controller import workstation_join

    dialog = TeamJoinDialog(workstation_join(services, data), tasks, who)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def try_join(qtbot, dialog, url: str, name: str, password: str) -> str:
    dialog.url.setText(url)
    dialog.account.setText(name)
    dialog.password.setText(password)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=30_000)
    assert dialog.isVisible() and dialog.buttons.isEnabled() and dialog.password.text() == ""
    return dialog.error.text()
