"""The forecast window: a day's calls and handle times per interval, typed in or imported
from CSV (bad rows listed by line).  Representatives read it; team leaders change it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.errors import KnownError
from agentdesk.services.forecast import DayForecast, ForecastImport, ForecastService
from agentdesk.services.forecast import parse_forecast_csv as parse_csv
from agentdesk.services.identity import Identity
from agentdesk.ui.common.locale_text import date_format
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text, problem_text
from agentdesk.ui.queue.forecast_model import ForecastTableModel
from agentdesk.ui.tasks import TaskRunner

MAX_FILE_BYTES = 2_000_000


def read_csv_file(path: Path, settings: QueueSettings) -> ForecastImport:
    """Read and parse a forecast file (run on the CPU pool: a network drive can be slow)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return ForecastImport((), (f"{path.name}: the file is too large to be a forecast",))
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return ForecastImport((), (f"{path.name}: cannot be read ({exc.__class__.__name__})",))
    return parse_csv(text, settings, path.name)


class ForecastEditor(QWidget):
    """Emits ``saved(day)`` after a team leader stored a day's forecast."""

    saved = Signal(object)
    loaded = Signal(object)

    def __init__(
        self,
        forecast: ForecastService,
        settings: QueueSettings,
        tasks: TaskRunner,
        who: Identity,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("forecastEditor")
        self.setWindowTitle(self.tr("Forecast — agentdesk"))
        self._forecast, self._settings, self._tasks, self.who = forecast, settings, tasks, who
        self.model = ForecastTableModel(settings.interval_minutes, self)
        self.model.editable = who.is_team_leader
        self.model.problem.connect(self._show_status)
        self.day = QDateEdit(QDate(today()), objectName="forecastDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        self.day.dateChanged.connect(lambda _d: self.load())
        self.table = QTableView(objectName="forecastTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Add interval"), objectName="forecastAdd")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="forecastRemove")
        self.import_button = QPushButton(self.tr("&Import CSV…"), objectName="forecastImport")
        self.save_button = QPushButton(self.tr("&Save"), objectName="forecastSave")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(objectName="forecastStatus")
        self.status.setWordWrap(True)
        self.problems = QPlainTextEdit(objectName="forecastProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self._build()
        open_fitted(self, QSize(460, 560))

    def _build(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Day"))
        label.setBuddy(self.day)
        top.addWidget(label)
        top.addWidget(self.day)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        note = QLabel(
            self.tr(
                "Calls offered and average handle time per %1-minute interval. Target, "
                "shrinkage and patience come from the queue settings."
            ).replace("%1", str(self._settings.interval_minutes))
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        leader = self.who.is_team_leader
        for button in (self.add_button, self.remove_button, self.import_button, self.save_button):
            button.setVisible(leader)
        if not leader:
            self._show_status(self.tr("Only team leaders change the forecast."))

    @property
    def selected_day(self) -> date:
        return self.day.date().toPython()

    def start(self) -> None:
        self.load()

    def load(self) -> None:
        day = self.selected_day
        self._tasks.run_query(
            lambda: self._forecast.day(day, self._settings.interval_minutes),
            self._on_loaded,
            self._on_failed,
        )

    def _on_loaded(self, forecast: DayForecast) -> None:
        self.model.interval_minutes = forecast.interval_minutes
        self.model.set_rows(forecast.slots)
        self.problems.hide()
        self._show_status(
            self.tr("%n interval(s) in the forecast.", "", len(forecast.slots))
            if forecast.slots
            else self.tr("No forecast for this day yet.")
        )
        self.loaded.emit(forecast)

    # -- editing (team leaders) ------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        row = self.model.add_row()
        self.table.setCurrentIndex(self.model.index(row, 1))
        self.table.setFocus()

    def _on_remove_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def _on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import forecast"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self._tasks.run_cpu(
                lambda: read_csv_file(Path(path), self._settings),
                self.show_import,
                self._on_failed,
            )

    def import_text(self, text: str, source: str = "forecast") -> None:
        """Put a CSV's rows into the table (not stored until Save), problems listed."""
        self.show_import(parse_csv(text, self._settings, source))

    def show_import(self, result: ForecastImport) -> None:
        self.model.set_rows(result.slots)
        self.problems.setVisible(bool(result.problems))
        self.problems.setPlainText("\n".join(map(problem_text, result.problems)))
        self._show_status(
            self.tr("%n interval(s) read; check them, then Save.", "", len(result.slots))
            if result.slots
            else self.tr("Nothing could be read from the file.")
        )

    def save(self) -> None:
        day, rows = self.selected_day, self.model.rows()
        interval = self.model.interval_minutes
        self._tasks.run_mutation(
            lambda who=self.who: self._forecast.save_day(who, day, interval, rows),
            lambda _changes: self._on_saved(day, len(rows)),
            self._on_failed,
        )

    def _on_saved(self, day: date, count: int) -> None:
        self._show_status(self.tr("Saved %n interval(s).", "", count))
        self.saved.emit(day)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self._show_status(error_text(exc))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
