"""Put the follow-ups into the main window: the action (Ctrl+Shift+F), the counts in the
status bar and on the idle screen, the reminder, and call-backs that start the call with the
customer's card open."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel

from agentdesk.services.accounts import AccountService
from agentdesk.services.followups import FollowUpService, TaskCounts, TaskItem
from agentdesk.services.identity import Identity
from agentdesk.ui.call.workspace import CallWorkspace
from agentdesk.ui.common.tool_windows import ToolWindows
from agentdesk.ui.followups.reminder import FollowUpReminder
from agentdesk.ui.followups.window import FollowUpWindow, when_text
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.tasks import TaskRunner


class FollowUps(QObject):
    def __init__(
        self,
        window: MainWindow,
        service: FollowUpService,
        accounts: AccountService,
        tasks: TaskRunner,
        workspace: CallWorkspace,
        notes: NotesPanel,
        reminder: FollowUpReminder,
    ) -> None:
        super().__init__(window)
        self._frame, self._service, self._accounts, self._tasks = window, service, accounts, tasks
        self._workspace, self._notes, self.reminder = workspace, notes, reminder
        # The list shows customers' names: it closes at a lock and when the person changes.
        self._windows = ToolWindows(window)
        self.last_reminder = ""
        self.badge = QLabel(objectName="followUpBadge")
        self.badge.setStyleSheet("font-weight: 600;")
        self.badge.hide()
        window.statusBar().addPermanentWidget(self.badge)
        reminder.counts_changed.connect(self._on_counts)
        reminder.fell_due.connect(self._on_fell_due)
        window.identity_changed.connect(self.reminder.set_identity)

    @property
    def window(self) -> FollowUpWindow | None:
        return self._windows.get("list")

    def show_list(self) -> FollowUpWindow:
        return self._windows.show("list", self._new_list, again=lambda listing: listing.load())

    def _new_list(self, who: Identity) -> FollowUpWindow:
        colleagues = (lambda: self._accounts.list_users(who)) if who.is_team_leader else None
        listing = FollowUpWindow(self._service, self._tasks, who, colleagues, self._frame)
        listing.call_back_requested.connect(self.call_back)
        return listing

    def call_back(self, task: TaskItem) -> None:
        """Open the customer's card, then start the call to the number promised."""
        if task.customer_id:
            self._notes.open_customer(task.customer_id)
        self._workspace.new_call(task.number or None)

    def _on_counts(self, counts: TaskCounts) -> None:
        text = counts_text(self._frame, counts)
        self.badge.setText(text)
        self.badge.setVisible(bool(text))
        self.badge.setStyleSheet(
            "font-weight: 600; color: #b00020;" if counts.overdue else "font-weight: 600;"
        )
        self._workspace.idle.set_followups(text)

    def _on_fell_due(self, due: list[TaskItem]) -> None:
        first = due[0]
        who = first.customer_name or first.details or ""
        text = (
            self._frame.tr("Follow-up due now (%1): %2 — Ctrl+Shift+F to open the list")
            .replace("%1", when_text(first.due_at))
            .replace("%2", who)
        )
        if len(due) > 1:
            text += " " + self._frame.tr("(and %1 more)").replace("%1", str(len(due) - 1))
        self._frame.statusBar().showMessage(text, 60_000)
        self.last_reminder = text
        QApplication.alert(self._frame)  # the taskbar flashes if agentdesk is behind
        if self.window is not None and self.window.isVisible():
            self.window.load()


def counts_text(frame: QObject, counts: TaskCounts) -> str:
    """ "Follow-ups: 1 overdue, 2 due today" or "" when nothing is due today."""
    parts = []
    if counts.overdue:
        parts.append(frame.tr("%1 overdue").replace("%1", str(counts.overdue)))
    if counts.due_today:
        parts.append(frame.tr("%1 due today").replace("%1", str(counts.due_today)))
    if not parts:
        return ""
    return frame.tr("Follow-ups: %1 (Ctrl+Shift+F)").replace("%1", ", ".join(parts))


def install_followups(
    window: MainWindow,
    service: FollowUpService,
    accounts: AccountService,
    tasks: TaskRunner,
    workspace: CallWorkspace,
    notes: NotesPanel,
    reminder: FollowUpReminder | None = None,
) -> FollowUps:
    reminder = reminder or FollowUpReminder(service, tasks, window.identity, parent=window)
    followups = FollowUps(window, service, accounts, tasks, workspace, notes, reminder)
    window.actions_by_id["followups"].triggered.connect(followups.show_list)
    reminder.start()
    return followups
