"""Team leaders see what representatives said about articles: out-of-date reports first,
helpful counts, comments; Enter opens the article in the knowledge dock."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.kb.records import ArticleFeedbackSummary
from agentdesk.services.identity import Identity
from agentdesk.services.kb import KnowledgeService
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE, OUT_OF_DATE, HELPFUL, LAST, COMMENTS = range(5)


class FeedbackTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleFeedbackSummary] = []
        self._headers = [
            self.tr("Article"),
            self.tr("Out of date"),
            self.tr("Helpful"),
            self.tr("Latest"),
            self.tr("Comments"),
        ]

    def set_rows(self, rows: list[ArticleFeedbackSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> ArticleFeedbackSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s, column = self._rows[index.row()], index.column()
        if role == SORT_ROLE:
            return [s.title.casefold(), s.out_of_date, s.helpful, s.last_at.timestamp(),
                    len(s.comments)][column]  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole:
            when = QLocale().toString(s.last_at.astimezone(), QLocale.FormatType.ShortFormat)
            latest = s.comments[0] if s.comments else ""
            return [s.title, s.out_of_date, s.helpful, when, latest][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COMMENTS and s.comments:
            return "\n".join(s.comments)
        if role == Qt.ItemDataRole.ForegroundRole and column == OUT_OF_DATE and s.out_of_date:
            return Qt.GlobalColor.darkRed
        return None


class FeedbackView(QWidget):
    """A window for team leaders; ``article_requested(id)`` opens the article in the dock."""

    article_requested = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        kb: KnowledgeService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kbFeedbackView")
        self.setWindowTitle(self.tr("Article feedback"))
        self._kb, self._tasks, self.who = kb, tasks, who
        self.model = FeedbackTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="kbFeedbackTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ARTICLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMMENTS, QHeaderView.ResizeMode.Stretch)
        for column in (OUT_OF_DATE, HELPFUL, LAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_comments())
        self.comments = QPlainTextEdit(objectName="kbFeedbackComments")
        self.comments.setReadOnly(True)
        self.comments.setAccessibleName(self.tr("Comments on the selected article"))
        self.comments.setMaximumHeight(140)
        self.status = QLabel(objectName="kbFeedbackStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel()
        self.open_button = QPushButton(self.tr("Open article"), objectName="kbFeedbackOpen")
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="kbFeedbackRefresh")
        self.refresh_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Comments, newest first")))
        layout.addWidget(self.comments)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        open_fitted(self, QSize(820, 520))

    def start(self) -> None:
        kb, who = self._kb, self.who
        self._tasks.run_query(lambda: kb.feedback_summary(who), self._show, self._fail)

    def _show(self, summaries: list[ArticleFeedbackSummary]) -> None:
        self.error.clear_error()
        self.model.set_rows(summaries)
        self.table.sortByColumn(OUT_OF_DATE, Qt.SortOrder.DescendingOrder)
        self.status.setText(
            self.tr("%n article(s) with feedback", "", len(summaries))
            if summaries
            else self.tr("No feedback yet.")
        )
        if summaries:
            self.table.selectRow(0)
            self.table.setFocus()
        self._show_comments()
        self.loaded.emit()

    def selected(self) -> ArticleFeedbackSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.proxy.mapToSource(index).row())

    def _show_comments(self) -> None:
        summary = self.selected()
        self.comments.setPlainText("\n\n".join(summary.comments) if summary else "")

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.article_requested.emit(summary.article_id)

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))
