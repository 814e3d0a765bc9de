"""Every main screen and dialog in Italian and Indonesian at 1366×768: no text is cut off.

Italian runs about a third longer than English and Indonesian longer still in places; a label,
button, check box, tab or combo box whose text does not fit is a failure (word-wrapped labels
grow instead, and ElidedLabel elides on purpose with the whole text in its tooltip). The
window is walked through a whole call (every step of the inbound flow and the hold, transfer
and message panels) and every dialog the menus open. Charts count too: their titles, axis
titles, tick labels and legends, filled with data (tests/helpers/chart_clipping.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError

from agentdesk.paths import resources_dir
from agentdesk.review.kpi import Bin, Distribution
from agentdesk.services.identity import Role
from agentdesk.services.kpi import TrendPoint
from agentdesk.staffing.interval import CurvePoint
from agentdesk.staffing.plan import PlanRow
from agentdesk.ui.app import build_workstation
from agentdesk.ui.queue.day_plan_chart import DayPlanChart
from agentdesk.ui.queue.dock import QueueDock
from agentdesk.ui.queue.trade_off_chart import DASHED
from agentdesk.ui.review.charts import HandleTimeChart
from agentdesk.ui.review.dashboard import KpiDashboard
from agentdesk.ui.translation import Translators
from tests.helpers.app import make_services, open_data
from tests.helpers.clipping import clipped_texts

LAPTOP = (1366, 768)
# Every window the menus open without a modal loop (About is QMessageBox.about: modal).
DIALOG_ACTIONS = (
    "settings", "language", "display_names", "add_user", "difficult_moment", "assertiveness",
    "forecast",
    "review_queue", "kpi_dashboard", "my_feedback", "followups", "message_inbox", "directory",
    "kb_new_article", "kb_feedback", "shortcuts",
)  # fmt: skip
STEPS = (
    "name", "notes", "need", "hold", "need", "transfer", "need", "message", "need",
    "callback", "need", "complaint", "need", "data_request", "need", "verify", "need",
    "resolve", "closing", "wrap_up",
)  # fmt: skip


@pytest.fixture(params=["it", "id"])
def language(request, qapp):
    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    translators.use(request.param)
    yield request.param
    translators.use("en")
    QLocale.setDefault(default)


@pytest.fixture
def window(qtbot, data_paths, language):
    services = make_services(data_paths)
    services.settings.save(
        replace(services.settings.current(), organisation="Energia Nord", department="Clienti")
    )
    services.playbook.use_language(language)
    data = open_data(services)
    data.flows.use_language(language)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(
        leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE, language
    )
    win = build_workstation(services, leader, data).window
    qtbot.addWidget(win)
    win.resize(*LAPTOP)
    win.show()
    qtbot.waitUntil(lambda: win.width() == LAPTOP[0])
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and shiboken6.isValid(widget) and widget.isVisible():
            widget.hide()
    services.tasks.shutdown()
    services.db.dispose()


def assert_fits(qtbot, widget: QWidget, where: str) -> None:
    """Nothing clipped once the layout has settled (waited for, never slept), and nothing
    that pushes the window past the laptop's screen (where the text would be off screen)."""
    hint = widget.minimumSizeHint()
    assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], (
        f"{where}: needs {hint.width()}×{hint.height()}, more than {LAPTOP}"
    )
    with contextlib.suppress(TimeoutError):  # the assertion below names what is cut off
        qtbot.waitUntil(lambda: not clipped_texts(widget), timeout=1500)
    clipped = clipped_texts(widget)
    assert not clipped, f"{where}: text cut off at {LAPTOP}:\n  " + "\n  ".join(clipped)


def test_the_window_and_a_whole_call_fit_a_laptop(qtbot, window, language):
    assert window.menuBar().sizeHint().width() <= LAPTOP[0]
    assert_fits(qtbot, window, "idle window")
    workspace = window.centralWidget()
    workspace.new_call("+39 06 1234 5678")
    qtbot.waitUntil(lambda: workspace.engine is not None)
    engine = workspace.engine
    assert engine.flow.title != "Inbound call"  # the flow speaks the language too
    for target in STEPS:
        option = next(o for o in engine.options() if o.transition.to == target)
        engine.take(option.index, override=True)
        workspace.view.refresh()
        assert_fits(qtbot, window, f"step '{target}'")


def test_every_dialog_the_menus_open_fits_a_laptop(qtbot, window, language):
    main = window
    for action_id in DIALOG_ACTIONS:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        main.actions_by_id[action_id].trigger()
        qtbot.waitUntil(
            lambda b=before: any(
                w.isVisible() and id(w) not in b for w in QApplication.topLevelWidgets()
            ),
            timeout=3000,
        )
        opened = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before
        ]
        for dialog in opened:
            if not shiboken6.isValid(dialog):
                continue  # closed along with another one
            if dialog.width() > LAPTOP[0] or dialog.height() > LAPTOP[1]:
                dialog.resize(min(dialog.width(), LAPTOP[0]), min(dialog.height(), LAPTOP[1]))
            assert dialog.minimumSizeHint().width() <= LAPTOP[0], action_id
            assert_fits(qtbot, dialog, f"{action_id} ({dialog.windowTitle()})")
            dialog.hide()


def _fill_queue_charts(queue: QueueDock) -> None:
    """A day's plan and a trade-off curve, as a forecast gives them."""
    starts = list(range(8 * 60, 18 * 60, 30))
    rows = [
        PlanRow(f"{s // 60:02d}:{s % 60:02d}", 40.0, 5.0, 7 + i % 4, 9 + i % 4,
                0.8, 20.0, 0.3, 0.7, 0.05)
        for i, s in enumerate(starts)
    ]  # fmt: skip
    queue.day_plan.show_plan(rows, starts, 30)
    queue.day_plan.mark_now(10.5 * 60, 8)
    curve = [
        CurvePoint(agents, min(1.0, 0.1 * (agents - 4)), 5 / agents, 30.0, 0.05)
        for agents in range(5, 16)
    ]
    queue.trade_off.show_curve(curve, 0.8)
    queue.trade_off.mark_agents(9)


def _fill_dashboard_charts(board: KpiDashboard) -> None:
    """A fortnight's trend and handle times up to an open-ended last band."""
    bins = [Bin(60.0 * i, 60.0 * (i + 1), 3 + i) for i in range(11)]
    bins.append(Bin(660.0, None, 2))
    board.histogram.show_distribution(Distribution(40, 300.0, ((50, 280.0),), tuple(bins)))
    today = dt.date(2026, 3, 20)
    board.trend.show_trend(
        [TrendPoint(today - dt.timedelta(days=d), 0.7 + d / 100, 4) for d in range(14, -1, -1)]
    )


def _open(qtbot, main, action_id: str) -> QWidget:
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    main.actions_by_id[action_id].trigger()
    qtbot.waitUntil(
        lambda: any(w.isVisible() and id(w) not in before for w in QApplication.topLevelWidgets())
    )
    return next(w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before)


def test_every_chart_with_data_fits_a_laptop(qtbot, window, language):
    """Chart titles, axis titles, tick labels: the queue dock's tabs and the KPI dashboard."""
    queue = window.findChild(QueueDock)
    _fill_queue_charts(queue)
    for index in range(queue.tabs.count()):
        queue.tabs.setCurrentIndex(index)
        assert_fits(qtbot, window, f"queue tab {queue.tabs.tabText(index)!r}")
    board = _open(qtbot, window, "kpi_dashboard").findChild(KpiDashboard)
    board = board or next(w for w in QApplication.topLevelWidgets() if isinstance(w, KpiDashboard))
    _fill_dashboard_charts(board)
    assert_fits(qtbot, board.window(), "KPI dashboard with data")


@pytest.mark.parametrize("axis", ["x_axis", "y_axis"])
def test_an_over_long_axis_title_is_caught(qtbot, axis):
    """The detector itself: an axis title that cannot fit the plot is reported."""
    chart = HandleTimeChart()
    qtbot.addWidget(chart)
    chart.resize(420, 280)
    chart.show()
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 0)
    assert clipped_texts(chart) == []
    getattr(chart, axis).setTitleText("A title far too long for the room a chart ever gives " * 2)
    qtbot.waitUntil(lambda: bool(clipped_texts(chart)))
    found = clipped_texts(chart)
    assert any("axis title" in line and "far too long" in line for line in found), found
    # and a test that walks a screen with it fails
    with pytest.raises(AssertionError, match="far too long"):
        assert_fits(qtbot, chart, "injected")


def test_an_over_long_legend_entry_is_caught(qtbot):
    """The queue charts' legend wraps between entries only: an entry wider than the room the
    dock gives it is cut."""
    host = QWidget()  # a dock squeezed below what the chart asks for
    qtbot.addWidget(host)
    chart = DayPlanChart(host)
    host.resize(280, 420)
    chart.setGeometry(0, 0, 280, 420)
    host.show()
    qtbot.waitUntil(lambda: chart.legend.width() > 0)
    assert clipped_texts(host) == []
    long = "Staff to schedule with shrinkage, absence, training and every break of the day"
    chart.set_legend([(long, QColor("#b35900"), DASHED)])
    assert "every break" in chart.legend.text()
    qtbot.waitUntil(lambda: bool(clipped_texts(host)))
    found = clipped_texts(host)
    assert any("legend text" in line and "every break" in line for line in found), found
