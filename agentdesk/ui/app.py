"""Start the desktop app: data folder, database, services, then the session."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from agentdesk.errors import KnownError
from agentdesk.logs import setup_logging
from agentdesk.paths import DataPaths, resolve_data_dir
from agentdesk.services.accounts import AccountService
from agentdesk.services.identity import Identity
from agentdesk.services.settings import SettingsService
from agentdesk.storage.open import open_database
from agentdesk.ui.common.empty_state import EmptyState
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.session import Services, SessionController
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def build_services(paths: DataPaths, tasks: TaskRunner | None = None, **account_kw) -> Services:
    db = open_database(paths)
    return Services(
        paths=paths,
        accounts=AccountService(db, **account_kw),
        settings=SettingsService(paths.settings_file),
        tasks=tasks or TaskRunner(),
    )


def build_main_window(services: Services, identity: Identity) -> MainWindow:
    """Place every feature into the frame. Features receive only the services they use."""
    window = MainWindow(identity, str(services.paths.root))
    tr = window.tr
    window.set_central(
        EmptyState(
            tr("No call in progress"),
            tr("Guided call flows appear here during a call."),
        )
    )
    area = Qt.DockWidgetArea
    window.add_dock(
        "notes",
        tr("Customer notes"),
        EmptyState(tr("Customer notes"), tr("Find a customer to read and add notes.")),
        area.RightDockWidgetArea,
    )
    window.add_dock(
        "kb",
        tr("Knowledge base"),
        EmptyState(tr("Knowledge base"), tr("Search articles while the caller waits.")),
        area.RightDockWidgetArea,
    )
    window.add_dock(
        "playbook",
        tr("Playbook"),
        EmptyState(tr("Playbook"), tr("Tactics and phrasing for difficult moments.")),
        area.LeftDockWidgetArea,
    )
    window.add_dock(
        "queue",
        tr("Queue"),
        EmptyState(tr("Queue"), tr("Calls waiting and staffing at a glance.")),
        area.LeftDockWidgetArea,
    )
    return window


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("agentdesk")
    app.setOrganizationName("agentdesk")
    try:
        paths = resolve_data_dir(args.data_dir).ensure()
        setup_logging(paths.logs)
        services = build_services(paths)
    except KnownError as exc:
        log.warning("start-up refused: %s", exc.__class__.__name__)
        QMessageBox.critical(
            None, QApplication.translate("App", "agentdesk cannot start"), str(exc)
        )
        return 1
    for problem in services.settings.problems:
        log.warning("settings: %s", problem)
    controller = SessionController(services, lambda who: build_main_window(services, who))
    controller.finished.connect(app.quit)
    controller.start()
    code = app.exec()
    services.tasks.shutdown()
    return code
