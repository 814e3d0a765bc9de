"""The customer's verdict on the KPI dashboard: the spread of every CSAT, CES and NPS score for
the scope shown (averages hide problems, O4), a row per representative with each headline, and
(team leaders) the import of a survey tool's CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import QBarSeries, QBarSet, QChartView, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.services.identity import Identity
from agentdesk.services.surveys import SurveyImportReport, SurveyService, VerdictBoard
from agentdesk.surveys.csvfile import read_file
from agentdesk.surveys.stats import ScoreSpread, Verdicts
from agentdesk.ui.common.axes import set_count_axis, ticks_that_fit
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text, problem_text
from agentdesk.ui.review.charts import BAR_COLOUR, _chart, refit_title
from agentdesk.ui.review.detail import table
from agentdesk.ui.review.table import Column, RowTableModel
from agentdesk.ui.tasks import TaskRunner

PROBLEMS_SHOWN = 8


class SpreadChart(QChartView):
    """Answers per score on one scale."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"{kind}Chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 200)
        self.counts: list[int] = []
        self.x_axis: QValueAxis | None = None
        self._scores = (0, 0)

    def show_spread(self, spread: ScoreSpread, title: str) -> None:
        chart = _chart(title, self)
        self.counts = [n for _, n in spread.counts]
        scores = [score for score, _ in spread.counts] or [0]
        first, last = scores[0], scores[-1]
        bars = QBarSet(self.tr("Answers"))
        bars.setColor(BAR_COLOUR)
        # The bar of place i stands at x = i: empty places before the first score put every
        # bar at its own score, so a value axis labels them, every other one when narrow
        # (a category axis would cut "10" to "..." in a third of the dashboard).
        bars.append([0.0] * max(0, first) + [float(n) for n in self.counts])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x = QValueAxis()
        x.setRange(first - 0.5, last + 0.5)
        x.setTickType(QValueAxis.TickType.TicksDynamic)
        x.setTickAnchor(first)
        x.setLabelFormat("%d")
        x.setGridLineVisible(False)
        self.x_axis = x
        self._scores = (first, last)
        self._fit_scores()
        y = QValueAxis()
        set_count_axis(y, max(self.counts, default=0))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _fit_scores(self) -> None:
        """A label on every score, or every 2nd or 5th: as many as Qt Charts draws whole."""
        if self.x_axis is None:
            return
        first, last = self._scores
        metrics = QFontMetricsF(self.x_axis.labelsFont())
        widest = max(metrics.horizontalAdvance(str(first)), metrics.horizontalAdvance(str(last)))
        room = self.chart().plotArea().width() if self.chart() else 0
        room = room or self.width() - 60  # not laid out yet: the y axis takes about this
        self.x_axis.setTickInterval(ticks_that_fit(last - first, room, widest + 4, (1, 2, 5)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        refit_title(self, event.size().width())
        self._fit_scores()


class VerdictPanel(QWidget):
    """Emits ``loaded(VerdictBoard)`` and ``imported(SurveyImportReport)``."""

    loaded = Signal(object)
    imported = Signal(object)

    def __init__(
        self, surveys: SurveyService, tasks: TaskRunner, who: Identity, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self._surveys, self._tasks, self.who = surveys, tasks, who
        self.board: VerdictBoard | None = None
        self._last: tuple[dt.datetime, dt.datetime, str | None] | None = None
        self.charts = {kind: SpreadChart(kind) for kind in ("csat", "ces", "nps")}
        self.model = RowTableModel(
            [
                Column(self.tr("Customer's verdict"), lambda r: r.name or self.tr("Whole team")),
                *self._columns("csat", self.tr("CSAT"), self.tr("% satisfied (4–5)"), _pct),
                *self._columns("ces", self.tr("CES"), self.tr("mean (7: easy)"), _mean),
                *self._columns("nps", self.tr("NPS"), self.tr("NPS (−100…100)"), _nps),
            ],
            self,
        )
        self.view = table(self.model, 0)
        self.view.setObjectName("verdictTable")
        self.summary = QLabel(objectName="verdictSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        self.import_button = QPushButton(
            self.tr("&Import survey results…"), objectName="importSurveys"
        )
        self.import_button.setToolTip(
            self.tr(
                "A CSV from the survey tool: interaction_id (or caller_number and time), "
                "survey and score (or csat, ces, nps columns), comment"
            )
        )
        self.import_button.clicked.connect(self._on_import)
        self.import_button.setVisible(who.is_team_leader)
        charts = QHBoxLayout()
        for chart in self.charts.values():
            charts.addWidget(chart)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(charts, 1)
        layout.addWidget(self.view)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def _columns(self, kind: str, name: str, headline: str, fmt) -> list[Column[Verdicts]]:
        return [
            Column(
                self.tr("%1 answers").replace("%1", name),
                lambda r: str(r.spread(kind).answers),
                lambda r: r.spread(kind).answers,
                numeric=True,
            ),
            Column(
                headline,
                lambda r: fmt(r.spread(kind).headline),
                lambda r: r.spread(kind).headline or -1000,
                numeric=True,
            ),
        ]

    # -- loading ----------------------------------------------------------------------------
    def load(self, since: dt.datetime, until: dt.datetime, agent_id: str | None) -> None:
        self._last = (since, until, agent_id)
        who, surveys = self.who, self._surveys
        self._tasks.run_query(
            lambda: surveys.board(who, since, until, agent_id), self._on_loaded, self._on_failed
        )

    def _on_loaded(self, board: VerdictBoard) -> None:
        self.board = board
        self.error.clear_error()
        shown = board.team if board.team is not None else (board.rows[0] if board.rows else None)
        titles = {
            "csat": self.tr("CSAT: answers per score (1–5)"),
            "ces": self.tr("CES: answers per score (1–7, 7 easiest)"),
            "nps": self.tr("NPS: answers per score (0–10)"),
        }
        for kind, chart in self.charts.items():
            spread = shown.spread(kind) if shown else ScoreSpread(kind, ())
            chart.show_spread(spread, titles[kind])
        rows = [board.team, *board.rows] if board.team is not None else list(board.rows)
        self.model.set_rows(rows)
        self.loaded.emit(board)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))

    # -- importing --------------------------------------------------------------------------
    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import survey results"), "", self.tr("CSV (*.csv *.txt)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Read and import ``path`` on the worker; the summary lists what was wrong by line."""
        who, surveys = self.who, self._surveys
        self.import_button.setEnabled(False)
        self._tasks.run_bulk(  # long storage work: never ahead of a keystroke's save
            lambda: surveys.import_file(who, read_file(path), path.name),
            self._on_imported,
            self._on_import_failed,
        )

    def _on_imported(self, report: SurveyImportReport) -> None:
        self.import_button.setEnabled(True)
        self.error.clear_error()
        text = (
            self.tr("Survey results: %1 new, %2 updated, %3 rows not imported.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(len(report.problems)))
        )
        lines = [text, *map(problem_text, report.problems[:PROBLEMS_SHOWN])]
        if len(report.problems) > PROBLEMS_SHOWN:
            more = len(report.problems) - PROBLEMS_SHOWN
            lines.append(self.tr("… and %1 more").replace("%1", str(more)))
        self.summary.setText("\n".join(lines))
        self.imported.emit(report)
        if self._last is not None:
            self.load(*self._last)

    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, OSError):
            self.error.show_error(
                self.tr("Could not read the file: %1").replace("%1", exc.strerror or "")
            )
            return
        self._on_failed(exc)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _nps(value: float | None) -> str:
    return "–" if value is None else f"{value:+.0f}"
