"""What the composition root builds for one login: the main window and each feature in it.

``ui/app.py`` builds a ``Workstation`` and wires its features to one another; the window is
only the frame they sit in, so nothing is attached to it, and whoever needs a feature (the
start-up sequence, tests, screenshot scripts) takes it from here, typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the features load after login (start-up speed: ui/app.py)
    from PySide6.QtWidgets import QLabel

    from agentdesk.ui.call.workspace import CallWorkspace
    from agentdesk.ui.coach.live import LiveCoach
    from agentdesk.ui.followups.install import FollowUps
    from agentdesk.ui.kb.dock import KnowledgeDock
    from agentdesk.ui.kb.install import KnowledgeWindows
    from agentdesk.ui.main_window import MainWindow
    from agentdesk.ui.notes.dock import NotesPanel
    from agentdesk.ui.notes.note_drafts import NoteDrafts
    from agentdesk.ui.playbook.assertiveness import AssertivenessBuilder
    from agentdesk.ui.playbook.dock import PlaybookDock
    from agentdesk.ui.procedures.host import ProcedureHost
    from agentdesk.ui.procedures.install import ProcedureWindows
    from agentdesk.ui.queue.dock import QueueDock
    from agentdesk.ui.queue.install import ForecastWindows
    from agentdesk.ui.recovery import BackupScheduler
    from agentdesk.ui.review.install import ReviewWindows


@dataclass(frozen=True)
class Workstation:
    """The main window and its features; each is a child of the window (Qt owns them)."""

    window: MainWindow
    workspace: CallWorkspace  # the guided call, in the centre
    notes: NotesPanel
    note_drafts: NoteDrafts
    notes_coach: LiveCoach
    kb: KnowledgeDock
    kb_windows: KnowledgeWindows
    playbook: PlaybookDock
    assertiveness: AssertivenessBuilder
    queue: QueueDock
    forecast_windows: ForecastWindows
    review_windows: ReviewWindows
    feedback_badge: QLabel
    audit_label: QLabel
    procedures: ProcedureHost
    procedure_windows: ProcedureWindows
    followups: FollowUps
    backups: BackupScheduler
