"""Start the desktop app: data folder, database, services, then the session."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from agentdesk.errors import KnownError
from agentdesk.logs import setup_logging
from agentdesk.paths import DataPaths, resolve_data_dir
from agentdesk.services.accounts import AccountService
from agentdesk.services.identity import Identity
from agentdesk.services.settings import SettingsService
from agentdesk.storage.open import open_database
from agentdesk.ui.common.empty_state import EmptyState
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.services import DataServices, Services, retention_from
from agentdesk.ui.session import SessionController
from agentdesk.ui.settings_dialog import install_settings_action
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def build_services(
    paths: DataPaths,
    tasks: TaskRunner | None = None,
    *,
    keyring_store=None,
    key_file=None,
    **account_kw,
) -> Services:
    db = open_database(paths)
    return Services(
        paths=paths,
        db=db,
        accounts=AccountService(db, **account_kw),
        settings=SettingsService(paths.settings_file),
        tasks=tasks or TaskRunner(),
        keyring_store=keyring_store,
        key_file=key_file,
    )


def build_main_window(services: Services, identity: Identity, data: DataServices) -> MainWindow:
    """Place every feature into the frame. Features receive only the services they use."""
    window = MainWindow(identity, str(services.paths.root))
    tr = window.tr
    window.set_central(
        EmptyState(tr("No call in progress"), tr("Guided call flows appear here during a call."))
    )
    area = Qt.DockWidgetArea
    notes = NotesPanel(data, services.tasks, identity)
    window.add_dock("notes", tr("Customer notes"), notes, area.RightDockWidgetArea)
    window.identity_changed.connect(notes.set_identity)
    window.actions_by_id["show_notes"].triggered.connect(
        lambda checked: checked and notes.focus_search()
    )
    window.notes_panel = notes
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
    add_audit_indicator(window, services, data)
    install_settings_action(window, services.settings)
    return window


def add_audit_indicator(window: MainWindow, services: Services, data: DataServices) -> None:
    """Team leaders see at a glance whether the audit chain is intact."""
    label = QLabel(objectName="auditIndicator")
    window.statusBar().addPermanentWidget(label)
    window.audit_label = label

    def show(check) -> None:
        if check.ok:
            label.setText(window.tr("Audit log intact (%n entries)", "", check.entries))
            label.setStyleSheet("color: #1b6e20;")
        elif check.first_broken is not None:
            label.setText(
                window.tr("Audit log altered at entry %1").replace("%1", str(check.first_broken))
            )
            label.setStyleSheet("color: #b00020; font-weight: 600;")
        else:
            label.setText(window.tr("Audit log: newest entries missing"))
            label.setStyleSheet("color: #b00020; font-weight: 600;")

    def refresh(who: Identity) -> None:
        label.setVisible(who.is_team_leader)
        if who.is_team_leader:
            services.tasks.run_query(data.gdpr.verify_audit, show)

    window.identity_changed.connect(refresh)
    refresh(window.identity)


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
    controller = SessionController(
        services, lambda who, data: build_main_window(services, who, data)
    )
    failures: list[str] = []
    controller.failed.connect(failures.append)
    controller.vault_opened.connect(
        lambda data: services.tasks.run_mutation(
            lambda: data.gdpr.purge(None, retention_from(services.settings)),
            lambda report: log.info("retention purge: %s", report),
        )
    )
    controller.finished.connect(app.quit)
    controller.start()
    code = app.exec()
    services.tasks.shutdown()
    if failures:
        QMessageBox.critical(
            None, QApplication.translate("App", "agentdesk cannot start"), failures[0]
        )
        return 1
    return code
