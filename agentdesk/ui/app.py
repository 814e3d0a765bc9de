"""The composition root: the services and the main window (ui/launch.py starts the app)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from agentdesk.paths import DataPaths, resources_dir
from agentdesk.services.accounts import AccountService
from agentdesk.services.kb import KnowledgeService, SnippetService
from agentdesk.services.playbook import PlaybookService
from agentdesk.services.settings import SettingsService
from agentdesk.storage.open import open_database
from agentdesk.team import config as team_config
from agentdesk.ui.accounts.add_user_dialog import install_add_user
from agentdesk.ui.accounts.names_dialog import install_display_names
from agentdesk.ui.services import DataServices, Services
from agentdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from agentdesk.services.identity import Identity
    from agentdesk.ui.call.workspace import CallWorkspace
    from agentdesk.ui.main_window import MainWindow
    from agentdesk.ui.notes.dock import NotesPanel
    from agentdesk.ui.playbook.assertiveness import AssertivenessBuilder
    from agentdesk.ui.playbook.dock import PlaybookDock
    from agentdesk.ui.workstation import Workstation

# Start-up speed: this module loads on the database worker behind the first window
# (ui/launch.py). Every feature of the main window is imported where the window is built,
# after login (benchmarks/startup_bench.py).


def build_services(
    paths: DataPaths,
    tasks: TaskRunner | None = None,
    *,
    keyring_store=None,
    key_file=None,
    **account_kw,
) -> Services:
    db = open_database(paths)
    settings = SettingsService(paths.settings_file)
    return Services(
        paths=paths,
        db=db,
        accounts=AccountService(
            db, joined=lambda: team_config.load(paths.root) is not None, **account_kw
        ),
        settings=settings,
        tasks=tasks or TaskRunner(),
        # In English until login; then in the account's language (start_language).
        playbook=PlaybookService(resources_dir(), paths.custom_content),
        kb=KnowledgeService(db),
        snippets=SnippetService(db),
        keyring_store=keyring_store,
        key_file=key_file,
    )


def build_workstation(
    services: Services,
    identity: Identity,
    data: DataServices,
    *,
    clock: Callable[[], float] = time.monotonic,
    simulate_queue: bool = False,
) -> Workstation:
    """Build every feature, place it into the frame and wire the features to one another.
    Features receive only the services they use; the window gets nothing attached."""
    from PySide6.QtCore import Qt

    from agentdesk.services.backups import BackupService
    from agentdesk.ui.accounts.password_dialog import install_password_action
    from agentdesk.ui.call.verification import connect_verification
    from agentdesk.ui.coach import attach_coach
    from agentdesk.ui.followups.install import install_followups
    from agentdesk.ui.kb.install import add_knowledge_dock, connect_knowledge_to_calls
    from agentdesk.ui.language_dialog import install_language_action
    from agentdesk.ui.main_window import MainWindow
    from agentdesk.ui.notes.dock import NotesPanel
    from agentdesk.ui.notes.note_drafts import NoteDrafts
    from agentdesk.ui.procedures.install import install_procedures
    from agentdesk.ui.queue.install import install_queue
    from agentdesk.ui.recovery import BackupScheduler
    from agentdesk.ui.review.install import install_review
    from agentdesk.ui.review.verdict_dialog import install_verdict_entry
    from agentdesk.ui.settings_dialog import install_settings_action
    from agentdesk.ui.team.init_dialog import install_team_init_action
    from agentdesk.ui.team.join_dialog import install_team_join_action
    from agentdesk.ui.workstation import Workstation

    window = MainWindow(identity, str(services.paths.root))
    tr = window.tr
    area = Qt.DockWidgetArea
    notes = NotesPanel(
        data,
        services.tasks,
        identity,
        guidance=lambda entry_id: services.playbook.playbook.by_id.get(entry_id),
    )
    window.add_dock(
        "notes", tr("Customer notes"), notes, area.RightDockWidgetArea, notes.focus_search
    )
    window.identity_changed.connect(notes.set_identity)
    note_drafts = NoteDrafts(notes, data.drafts, services.tasks)
    backups = BackupScheduler(
        BackupService(services.paths, services.db, keep=services.settings.current().backup_count),
        services.tasks,
        parent=window,
    )
    # Notes record facts: tone only, no replacement that would change what they say (#19).
    notes_coach = attach_coach(notes.editor, services.playbook.rules, record=True)
    kb, kb_windows = add_knowledge_dock(
        window, services.kb, services.snippets, services.tasks, services.playbook.rules, notes
    )
    playbook, assertiveness = add_playbook(window, services)
    queue, forecast_windows = install_queue(
        window, data.forecast, services.tasks, services.paths.root, simulate=simulate_queue
    )
    audit_label = add_audit_indicator(window, services, data)
    review_windows, feedback_badge = install_review(
        window, data.review, data.feedback, data.kpi, services.tasks, data.surveys
    )
    install_settings_action(window, services.settings)
    install_language_action(window, services.accounts, services.tasks)
    install_password_action(window, services, data)
    install_team_init_action(window, services, data)
    install_team_join_action(window, services, data)
    install_display_names(window, services.accounts, services.tasks)
    joined = team_config.load(services.paths.root) is not None
    install_add_user(window, services.accounts, services.tasks, joined)
    window.actions_by_id["team"].setVisible(False)  # File ▸ Team database…: joined folders only
    workspace = add_call_workspace(window, services, data, notes, clock)
    connect_playbook(window, playbook, workspace)
    connect_knowledge_to_calls(window, kb, workspace, notes)
    connect_verification(workspace, notes)
    procedures, procedure_windows = install_procedures(
        window, workspace, data.messages, data.directory, services.settings, services.tasks,
        data.flows.alphabets, clock,
    )  # fmt: skip
    procedures.coach_rules = services.playbook.rules
    procedures.attach_drafts(data.drafts)
    followups = install_followups(
        window, data.followups, services.accounts, services.tasks, workspace, notes
    )
    install_verdict_entry(window, data.surveys, services.tasks, workspace)
    return Workstation(
        window=window,
        workspace=workspace,
        notes=notes,
        note_drafts=note_drafts,
        notes_coach=notes_coach,
        kb=kb,
        kb_windows=kb_windows,
        playbook=playbook,
        assertiveness=assertiveness,
        queue=queue,
        forecast_windows=forecast_windows,
        review_windows=review_windows,
        feedback_badge=feedback_badge,
        audit_label=audit_label,
        procedures=procedures,
        procedure_windows=procedure_windows,
        followups=followups,
        backups=backups,
    )


def add_playbook(
    window: MainWindow, services: Services
) -> tuple[PlaybookDock, AssertivenessBuilder]:
    """The playbook dock, its difficult-moment picker and the assertiveness builder."""
    from PySide6.QtCore import Qt

    from agentdesk.ui.playbook.assertiveness import AssertivenessBuilder
    from agentdesk.ui.playbook.dock import PlaybookDock

    playbook = PlaybookDock(services.playbook.playbook)
    window.add_dock(
        "playbook",
        window.tr("Playbook"),
        playbook,
        Qt.DockWidgetArea.LeftDockWidgetArea,
        playbook.focus_search,
    )
    actions = window.actions_by_id
    actions["difficult_moment"].triggered.connect(playbook.open_picker)
    builder = AssertivenessBuilder(services.playbook, services.tasks, window.identity, window)
    window.identity_changed.connect(builder.set_identity)
    actions["assertiveness"].triggered.connect(builder.open_fresh)
    return playbook, builder


def connect_playbook(window: MainWindow, playbook: PlaybookDock, workspace: CallWorkspace) -> None:
    """Checklist ticks and opened entries go into the call on screen; phrases get its name."""
    from agentdesk.ui.playbook.calls import connect_playbook_to_calls

    connect_playbook_to_calls(
        playbook, lambda: workspace.engine, lambda: window.identity.display_name
    )
    workspace.call_started.connect(playbook.refresh)
    workspace.phase_changed.connect(playbook.refresh)


def add_call_workspace(
    window: MainWindow,
    services: Services,
    data: DataServices,
    notes: NotesPanel,
    clock: Callable[[], float],
) -> CallWorkspace:
    """The guided call in the centre; notes written during a call join it, and the customer
    opened in the notes panel (or matched by the caller's number) is linked to it."""
    from agentdesk.ui.call.workspace import CallWorkspace
    from agentdesk.ui.review.scoring import AdherenceScorer

    workspace = CallWorkspace(
        data.interactions,
        data.flows,
        services.settings,
        services.tasks,
        window.identity,
        clock=clock,
    )
    window.set_central(workspace)
    # Adherence is scored on the bulk lane when a mutation says calls moved (ui/review/scoring.py).
    scorer = AdherenceScorer(services.tasks, data.review, window.identity, window)
    window.identity_changed.connect(scorer.set_identity)
    actions = window.actions_by_id
    actions["new_call"].triggered.connect(lambda: workspace.new_call())
    actions["end_call"].triggered.connect(workspace.end_call)
    actions["end_call"].setEnabled(False)

    def on_phase(phase: str) -> None:
        actions["end_call"].setEnabled(phase == "in_call")
        if phase == "idle":
            notes.end_call()
        # The taskbar says what is under way (never who: the title is seen by everyone).
        state = {"in_call": window.tr("in call"), "wrap_up": window.tr("after-call work")}
        window.setWindowTitle(
            window.tr("agentdesk — %1").replace("%1", state[phase]) if phase in state
            else window.tr("agentdesk")
        )  # fmt: skip

    workspace.phase_changed.connect(on_phase)
    window.add_quit_check(
        lambda: {
            "in_call": window.tr("A call is in progress."),
            "wrap_up": window.tr("This call's wrap-up is not saved yet."),
        }.get(workspace.phase, "")
    )
    workspace.call_started.connect(
        lambda iid: (notes.begin_call(iid), notes.set_consent(workspace.consent))
    )
    # One consent flag per call: the flow's permission step and the panel's box are the same.
    workspace.consent_changed.connect(notes.set_consent)
    notes.consent_given.connect(workspace.set_consent)
    workspace.customer_matched.connect(notes.open_customer)
    # The caller's card refreshes itself from the wrap-up's Changes (ui/notes/dock.py).
    notes.customer_opened.connect(
        lambda cid: workspace.link_customer(cid, notes.card.display_name if notes.card else "")
    )
    window.identity_changed.connect(workspace.set_identity)
    workspace.check_unfinished()
    return workspace


def add_audit_indicator(window: MainWindow, services: Services, data: DataServices) -> QLabel:
    """Team leaders see at a glance whether the audit chain is intact."""
    from PySide6.QtWidgets import QLabel

    label = QLabel(objectName="auditIndicator")
    window.statusBar().addPermanentWidget(label)

    def show(check) -> None:
        if check.ok:
            label.setText(window.tr("Audit log intact (%n entries)", "", check.entries))
            label.setStyleSheet("color: #1b6e20;")
        elif check.first_broken is not None:
            label.setText(
                window.tr("Audit log altered at entry %1").replace("%1", str(check.first_broken))
            )
            label.setStyleSheet("color: #b00020; font-weight: 600;")
        elif check.cut_backs and not (check.truncated or check.rolled_back):
            label.setText(
                window.tr("Audit log: entries removed, found at entry %1").replace(
                    "%1", str(check.cut_backs[-1])
                )
            )
            label.setStyleSheet("color: #b00020; font-weight: 600;")
        else:
            label.setText(window.tr("Audit log: newest entries missing"))
            label.setStyleSheet("color: #b00020; font-weight: 600;")

    def refresh(who: Identity) -> None:
        label.setVisible(who.is_team_leader)
        if who.is_team_leader:
            services.tasks.run_bulk(data.gdpr.verify_audit, show)

    window.identity_changed.connect(refresh)
    refresh(window.identity)
    return label
