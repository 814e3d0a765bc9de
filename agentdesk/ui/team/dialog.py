"""File ▸ Team database…: the sync's state and the team's members, the conflicts a team leader
confirms, and this workstation's changes the server refused.

Everything shown is read from this workstation's replica through the task runner (it works
offline); "Sync now" only wakes the background sync. The lists refresh from the app-wide
``TaskRunner.changed`` signal, so a conflict pulled from the server appears while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.changes import Changes
from agentdesk.errors import KnownError
from agentdesk.services.accounts import AccountService
from agentdesk.services.identity import Identity, Role
from agentdesk.services.team_review import ConflictItem, RefusalItem, TeamReviewService
from agentdesk.sync.status import SyncStatus
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.team.status_label import TeamStatusLabel

WATCHED = Changes.TEAM | Changes.CUSTOMERS | Changes.KB | Changes.DIRECTORY | Changes.ACCOUNTS


@dataclass(frozen=True)
class TeamInfo:
    url: str
    workstation_id: str


class _Rows(QAbstractTableModel):
    """Dataclass rows under translated headers; ``cells(row)`` gives a row's texts."""

    def __init__(self, headers: list[str], cells: Callable[[object], list[str]]) -> None:
        super().__init__()
        self._headers, self._cells, self.rows = headers, cells, []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(self.rows[index.row()])[index.column()]
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _table(model: _Rows, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class TeamDialog(QDialog):
    def __init__(
        self,
        review: TeamReviewService,
        accounts: AccountService,
        tasks: TaskRunner,
        who: Identity,
        info: TeamInfo,
        *,
        sync_now: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        team=None,
    ) -> None:
        """``team`` (a TeamService) adds the Administration tab for team leaders."""
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team database — agentdesk"))
        self._review, self._accounts, self._tasks, self.who = review, accounts, tasks, who
        self.tabs = QTabWidget(objectName="teamTabs")
        self.tabs.addTab(self._status_page(info, sync_now), self.tr("&Status"))
        self.conflicts = _Rows(
            [
                self.tr("When"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Now"),
                self.tr("Replaced value"),
            ],
            self._conflict_cells,
        )
        self.conflict_view = _table(self.conflicts, "conflictTable")
        self.confirm_button = QPushButton(self.tr("&Confirm"), objectName="confirmConflict")
        self.confirm_button.setToolTip(
            self.tr(
                "The record keeps the value it has now. To keep the replaced value instead, "
                "edit the record as usual, then confirm."
            )
        )
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.conflict_page = self._list_page(
            self.tr(
                "The same field was changed on two workstations while they could not see "
                "each other's work. The later change is in the record now; the value it "
                "replaced is kept here until a team leader confirms."
            ),
            self.conflict_view,
            self.confirm_button,
        )
        self.tabs.addTab(self.conflict_page, self.tr("C&onflicts"))
        self.refusals = _Rows(
            [self.tr("When"), self.tr("Change"), self.tr("Record"), self.tr("Reason")],
            self._refusal_cells,
        )
        self.refusal_view = _table(self.refusals, "refusalTable")
        self.acknowledge_button = QPushButton(
            self.tr("&Acknowledge all"), objectName="acknowledgeRefusals"
        )
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.tabs.addTab(
            self._list_page(
                self.tr(
                    "Changes made on this workstation that the team database refused (for "
                    "example a deletion only a team leader may make, or a note for a "
                    "customer erased meanwhile). They are not on the server; this list keeps "
                    "them in view until you acknowledge them."
                ),
                self.refusal_view,
                self.acknowledge_button,
            ),
            self.tr("&Refused changes"),
        )
        self.admin_page = None
        if team is not None:
            from agentdesk.ui.team.admin import TeamAdminPage

            self.admin_page = TeamAdminPage(team, tasks, who)
            self.tabs.addTab(self.admin_page, self.tr("A&dministration"))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_identity(who)
        tasks.changed.connect(self._on_changes)
        open_fitted(self, QSize(900, 560))

    # -- pages ---------------------------------------------------------------------------
    def _status_page(self, info: TeamInfo, sync_now: Callable[[], None] | None) -> QWidget:
        page = QWidget()
        self.state = TeamStatusLabel(page)
        self.state.setObjectName("teamState")
        self.members = QListWidget(objectName="teamMembers")
        self.members.setAccessibleName(self.tr("Team members"))
        form = QFormLayout()
        form.addRow(self.tr("Team database:"), QLabel(info.url, objectName="teamUrl"))
        form.addRow(self.tr("This workstation:"), QLabel(info.workstation_id))
        form.addRow(self.tr("State:"), self.state)
        self.counts = QLabel(objectName="teamCounts")
        form.addRow(self.tr("To look at:"), self.counts)
        self.sync_button = QPushButton(self.tr("S&ync now"), objectName="syncNow")
        self.sync_button.setEnabled(sync_now is not None)
        if sync_now is not None:
            self.sync_button.clicked.connect(sync_now)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Members (every account logs in at any workstation):")))
        layout.addWidget(self.members, 1)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _list_page(self, intro: str, view: QTableView, button: QPushButton) -> QWidget:
        page = QWidget()
        label = QLabel(intro)
        label.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return page

    # -- data ----------------------------------------------------------------------------
    def show_status(self, status: SyncStatus) -> None:
        self.state.show_status(status)

    def set_identity(self, who: Identity) -> None:
        self.who = who
        self.tabs.setTabVisible(self.tabs.indexOf(self.conflict_page), who.is_team_leader)
        if self.admin_page is not None:
            self.admin_page.who = who
            self.tabs.setTabVisible(self.tabs.indexOf(self.admin_page), who.is_team_leader)
        self.load()

    def load(self) -> None:
        who, review, accounts = self.who, self._review, self._accounts

        def read():
            conflicts = review.conflicts(who) if who.is_team_leader else []
            members = accounts.list_users(who) if who.is_team_leader else []
            return conflicts, review.refusals(who), members, review.counts()

        self._tasks.run_query(read, self._show, self._on_failed)

    def _show(self, found) -> None:
        conflicts, refusals, members, counts = found
        self.conflicts.set_rows(conflicts)
        self.refusals.set_rows(refusals)
        self.confirm_button.setEnabled(bool(conflicts))
        self.acknowledge_button.setEnabled(bool(refusals))
        if conflicts:
            self.conflict_view.selectRow(0)
        self.members.clear()
        for m in members:
            role = (
                self.tr("team leader") if m.role is Role.TEAM_LEADER else self.tr("representative")
            )
            self.members.addItem(f"{m.display_name}  ({m.username}) — {role}")
        if not self.who.is_team_leader:
            self.members.addItem(self.tr("(the member list is shown to team leaders)"))
        parts = [self.tr("%n refused change(s)", "", counts.refusals)]
        if self.who.is_team_leader:
            parts.insert(0, self.tr("%n conflict(s) to confirm", "", counts.open_conflicts))
        self.counts.setText(", ".join(parts))

    def _on_changes(self, changes: Changes) -> None:
        if changes & WATCHED and self.isVisible():
            self.load()

    # -- actions -------------------------------------------------------------------------
    def selected_conflict(self) -> ConflictItem | None:
        rows = self.conflict_view.selectionModel().selectedRows()
        return self.conflicts.rows[rows[0].row()] if rows else None

    def confirm_selected(self) -> None:
        item = self.selected_conflict()
        if item is None:
            return
        who, review = self.who, self._review
        self.confirm_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda: review.confirm(who, item.id),
            lambda _c: self.error.clear_error(),
            self._on_failed,
        )

    def acknowledge(self) -> None:
        who, review = self.who, self._review
        self.acknowledge_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda: review.acknowledge_refusals(who),
            lambda _c: self.error.clear_error(),
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))

    # -- cells ---------------------------------------------------------------------------
    def _conflict_cells(self, c: ConflictItem) -> list[str]:
        kind = self._kind(c.table_name)
        return [
            c.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            f"{kind}: {c.record}",
            self._field(c.field),
            c.current,
            c.kept,
        ]

    def _refusal_cells(self, r: RefusalItem) -> list[str]:
        change = self.tr("deletion") if r.op == "delete" else self.tr("change")
        return [
            r.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            f"{change}: {self._kind(r.table_name)}",
            r.row_id,
            self._reason(r.reason),
        ]

    def _reason(self, code: str) -> str:
        """The server's refusal (a PostgreSQL error class name) in words."""
        return {
            "ForeignKeyViolation": self.tr("the record it belongs to was erased meanwhile"),
            "InsufficientPrivilege": self.tr("only a team leader may do this"),
            "UniqueViolation": self.tr("another workstation saved the same record first"),
        }.get(code, code)

    def _kind(self, table_name: str) -> str:
        return {
            "customer": self.tr("Customer"),
            "article": self.tr("Article"),
            "directory_entry": self.tr("Directory entry"),
            "canned_response": self.tr("Canned response"),
            "note": self.tr("Note"),
        }.get(table_name, table_name)

    def _field(self, field: str) -> str:
        return {
            "name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "tags": self.tr("Tags"),
            "title": self.tr("Title"),
            "body": self.tr("Text"),
            "number": self.tr("Number"),
        }.get(field, field)
