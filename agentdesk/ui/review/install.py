"""Put the review screens into the main window: their actions, and windows that close when
the screen locks or someone else logs in (they show personal data)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.changes import Changes
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.identity import Identity
from agentdesk.services.kpi import KpiService
from agentdesk.services.review import ReviewService
from agentdesk.services.surveys import SurveyService
from agentdesk.ui.common.tool_windows import ToolWindows
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.review.dashboard import KpiDashboard
from agentdesk.ui.review.feedback_window import MyFeedbackWindow
from agentdesk.ui.review.queue_window import ReviewQueueWindow
from agentdesk.ui.tasks import TaskRunner


class ReviewWindows(ToolWindows):
    """Opens each review window once per login; closes them all when the frame hides."""

    opened = Signal(str, object)

    def prepare(self, key: str, widget: QWidget) -> None:
        # The window's keys (F-keys, Ctrl+N, Ctrl+L…) work from here too, and Escape
        # closes it as it would a dialog.
        widget.addActions(self._frame.actions())
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget, widget.close)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.opened.emit(key, widget)


def install_review(
    window: MainWindow,
    review: ReviewService,
    feedback: FeedbackService,
    kpi: KpiService,
    tasks: TaskRunner,
    surveys: SurveyService | None = None,
) -> tuple[ReviewWindows, QLabel]:
    """Connect the "Review queue", "KPI dashboard" and "My feedback" actions."""
    windows = ReviewWindows(window)
    actions = window.actions_by_id
    actions["review_queue"].triggered.connect(
        lambda: windows.show(
            "queue",
            lambda who: ReviewQueueWindow(review, feedback, tasks, who, window, surveys=surveys),
        )
    )
    actions["kpi_dashboard"].triggered.connect(
        lambda: windows.show(
            "kpi", lambda who: KpiDashboard(kpi, tasks, who, window, surveys=surveys)
        )
    )
    actions["my_feedback"].triggered.connect(
        lambda: windows.show("feedback", lambda who: MyFeedbackWindow(feedback, tasks, who, window))
    )

    badge = QLabel(objectName="feedbackBadge")
    badge.setStyleSheet("color: #8a5300; font-weight: 600;")
    badge.hide()
    window.statusBar().addPermanentWidget(badge)

    def show_badge(count: int) -> None:
        text = window.tr("New coaching feedback: %1 (F9)").replace("%1", str(count))
        badge.setText(text)
        badge.setVisible(count > 0)

    def refresh_badge() -> None:
        who = window.identity
        tasks.run_query(lambda: feedback.unacknowledged(who), show_badge, lambda _exc: None)

    def on_identity(who: Identity) -> None:
        actions["review_queue"].setVisible(who.is_team_leader)
        actions["review_queue"].setEnabled(who.is_team_leader)
        refresh_badge()

    def on_changes(changes: Changes) -> None:
        if not shiboken6.isValid(badge):  # the window was built anew (another language)
            tasks.changed.disconnect(on_changes)
            return
        if changes & Changes.FEEDBACK:  # given, acknowledged, or pulled from the team
            refresh_badge()

    tasks.changed.connect(on_changes)
    window.identity_changed.connect(on_identity)
    on_identity(window.identity)
    return windows, badge
