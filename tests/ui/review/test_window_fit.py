"""The KPI and review windows open within the screen, and stay usable on a laptop."""

from __future__ import annotations

from PySide6.QtCore import QSize

from agentdesk.ui.common.screen_fit import FRAME, open_fitted
from agentdesk.ui.review.dashboard import KpiDashboard
from agentdesk.ui.review.queue_window import ReviewQueueWindow
from tests.ui.common.test_screen_fit import LAPTOP, fits


def test_review_and_kpi_windows_fit_the_screen(qtbot, shared_env):
    env = shared_env
    for window in (
        KpiDashboard(env.data.kpi, env.services.tasks, env.leader),
        ReviewQueueWindow(env.data.review, env.data.feedback, env.services.tasks, env.leader),
    ):
        qtbot.addWidget(window)
        area = window.screen().availableGeometry()
        assert window.width() <= area.width() - FRAME.width()
        assert window.height() <= area.height() - FRAME.height()
        # ... and on a laptop, with everything still usable at that size
        open_fitted(window, QSize(1280, 800), LAPTOP)
        assert fits(window, LAPTOP)
        assert window.minimumSizeHint().height() <= LAPTOP.height() - FRAME.height()


def test_the_queue_never_squeezes_the_representatives_name(qtbot, shared_env):
    env = shared_env
    window = ReviewQueueWindow(env.data.review, env.data.feedback, env.services.tasks, env.leader)
    qtbot.addWidget(window)
    open_fitted(window, QSize(1280, 760), LAPTOP)
    window.show()
    with qtbot.waitSignal(window.queue_loaded):
        window.start()
    header = window.view.horizontalHeader()
    name = window.view.fontMetrics().horizontalAdvance("Rita Rep")
    qtbot.waitUntil(lambda: header.sectionSize(1) >= name)
