"""The KPI dashboard: a table per representative (team leaders) or one's own figures, the
handle-time distribution, causes of upset and the adherence trend; CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.review.kpi import to_csv
from agentdesk.services.identity import Identity
from agentdesk.services.kpi import Dashboard, KpiService
from agentdesk.services.surveys import SurveyService
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.locale_text import date_format
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.review.charts import AdherenceTrendChart, HandleTimeChart
from agentdesk.ui.review.detail import table
from agentdesk.ui.review.filters import day_start
from agentdesk.ui.review.models import KpiTableModel
from agentdesk.ui.review.table import Column, RowTableModel, sorting_proxy
from agentdesk.ui.review.verdict_panel import VerdictPanel
from agentdesk.ui.review.words import ReviewWords, clock_text
from agentdesk.ui.tasks import TaskRunner

DEFAULT_DAYS = 28


class KpiDashboard(QWidget):
    """Emits ``loaded(Dashboard)``. A representative's only scope is their own figures."""

    loaded = Signal(object)

    def __init__(
        self,
        kpi: KpiService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
        *,
        surveys: SurveyService | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kpiDashboard")
        self.setWindowTitle(self.tr("KPI dashboard — agentdesk"))
        self._kpi, self._tasks, self.who = kpi, tasks, who
        self._words = ReviewWords(self)
        self.board: Dashboard | None = None

        self.scope = QComboBox(objectName="kpiScope")
        if who.is_team_leader:
            self.scope.addItem(self.tr("Whole team"), None)
        else:
            self.scope.addItem(self.tr("My figures"), str(who.account_id))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-DEFAULT_DAYS), objectName="kpiSince")
        self.until = QDateEdit(today, objectName="kpiUntil")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        self.refresh = QPushButton(self.tr("&Refresh"), objectName="kpiRefresh")
        self.export_button = QPushButton(self.tr("&Export CSV…"), objectName="kpiExport")
        self.refresh.clicked.connect(lambda: self.load())
        self.scope.activated.connect(lambda _i: self.load())
        self.export_button.clicked.connect(self._on_export)
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Show"), self.scope),
            (self.tr("&From"), self.since),
            (self.tr("&To"), self.until),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setMinimumWidth(label.sizeHint().width() + 6)  # kerned "To" measures short
            top.addWidget(label)
            top.addWidget(widget)
            top.addSpacing(12)
        top.addStretch(1)
        top.addWidget(self.refresh)
        top.addWidget(self.export_button)

        self.summary = QLabel(objectName="kpiSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = ErrorLabel()
        self.model = KpiTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.view = table(self.proxy, 0)
        self.view.setObjectName("kpiTable")
        self.view.setSortingEnabled(True)
        self.histogram = HandleTimeChart()
        self.trend = AdherenceTrendChart()
        self.upset = RowTableModel(
            [
                Column(self.tr("Cause of upset"), lambda r: self._words.upset(r[0])),
                Column(self.tr("Contacts"), lambda r: str(r[1]), lambda r: r[1], numeric=True),
            ],
            self,
        )
        self.upset_view = table(self.upset, 0)
        self.upset_view.setObjectName("upsetTable")
        charts = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.histogram, self.trend, self.upset_view):
            charts.addWidget(widget)
        charts.setSizes([520, 520, 280])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(charts)
        split.setSizes([240, 520])
        # The customer's own verdict (CSAT, CES, NPS) for the same scope and dates.
        self.verdicts = VerdictPanel(surveys, tasks, who) if surveys is not None else None
        if self.verdicts is not None:
            split.addWidget(self.verdicts)
            split.setSizes([200, 360, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        open_fitted(self, QSize(1280, 800))

    def start(self) -> None:
        self.load()

    def load(self) -> None:
        """The chosen scope over the chosen dates."""
        self.load_scope(self.scope.currentData())

    def load_scope(self, agent_id: str | None) -> None:
        """One representative's figures, or the team's (``None``: team leaders only)."""
        since = day_start(self.since.date())
        until = day_start(self.until.date().addDays(1))
        self.refresh.setEnabled(False)
        self._tasks.run_query(
            lambda who=self.who: self._kpi.dashboard(who, since, until, agent_id),
            self._on_loaded,
            self._on_failed,
        )
        if self.verdicts is not None:
            self.verdicts.load(since, until, agent_id)

    def _on_loaded(self, board: Dashboard) -> None:
        self.refresh.setEnabled(True)
        self.error.clear_error()
        self.board = board
        rows = [board.team, *board.rows] if board.team is not None else list(board.rows)
        self.model.set_rows(rows)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # team first, then by name
        if board.agent_id is None:
            self._offer_people(board)
        d = board.handle
        parts = [self.tr("mean %1").replace("%1", clock_text(d.mean))]
        parts += [
            self.tr("p%1 %2").replace("%1", str(p)).replace("%2", clock_text(v))
            for p, v in d.percentiles
        ]
        text = self.tr("Contacts: %1 · handle time %2").replace("%1", f"{d.count:,}")
        self.summary.setText(text.replace("%2", " · ".join(parts)))
        self.histogram.show_distribution(d)
        self.trend.show_trend(board.trend)
        self.upset.set_rows(board.upset)
        self.loaded.emit(board)

    def _offer_people(self, board: Dashboard) -> None:
        """Team leaders can narrow the view to anyone who appears in the team figures."""
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        while self.scope.count() > 1:
            self.scope.removeItem(1)
        for row in board.rows:
            self.scope.addItem(row.name, row.key)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.blockSignals(False)

    def _on_failed(self, exc: BaseException) -> None:
        self.refresh.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))

    # -- export -------------------------------------------------------------------------------
    def csv_text(self) -> str:
        """The table as shown (sorted), with its headers."""
        headers = [
            self.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(self.model.columnCount())
        ]
        rows = []
        for r in range(self.proxy.rowCount()):
            rows.append([self.proxy.index(r, c).data() for c in range(self.proxy.columnCount())])
        return to_csv(headers, rows)

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export figures"), "kpi.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            path.write_text(self.csv_text(), encoding="utf-8-sig", newline="")
        except OSError as exc:
            message = self.tr("Could not write %1: %2").replace("%1", str(path))
            self.error.show_error(message.replace("%2", exc.strerror or ""))
            return
        self.summary.setText(self.tr("Exported to %1").replace("%1", str(path)))
