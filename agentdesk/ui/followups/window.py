"""The follow-up list (O7): my tasks or, for team leaders, the team's; done, reschedule and
reassign with a note; "Call back" starts the call with the customer's card open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.changes import Changes
from agentdesk.errors import KnownError
from agentdesk.flows.engine import utc_now as utcnow  # the core's clock, not the ORM's
from agentdesk.services.followups import FollowUpService, TaskItem
from agentdesk.services.identity import Identity
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.review.detail import table
from agentdesk.ui.review.table import Column, RowTableModel, sorting_proxy
from agentdesk.ui.tasks import TaskRunner

OVERDUE_COLOUR = "#b00020"
TODAY_COLOUR = "#8a5300"


def when_text(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%a %d %b %H:%M")


class FollowUpWindow(QWidget):
    """Emits ``call_back_requested(task)``, ``loaded(n)``."""

    call_back_requested = Signal(object)
    loaded = Signal(int)

    def __init__(
        self,
        service: FollowUpService,
        tasks: TaskRunner,
        who: Identity,
        colleagues=None,
        parent: QWidget | None = None,
        clock=utcnow,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("followUpWindow")
        self.setWindowTitle(self.tr("Follow-ups"))
        self._service, self._tasks, self.who, self._clock = service, tasks, who, clock
        tasks.changed.connect(self._on_changes)  # any follow-up written anywhere: reload
        self._colleagues = colleagues  # callable -> [(account id, name)], team leaders only
        self.scope = QComboBox(objectName="followUpScope")
        self.scope.addItem(self.tr("My follow-ups"), False)
        if who.is_team_leader:
            self.scope.addItem(self.tr("The team's follow-ups"), True)
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.show_done = QCheckBox(self.tr("Show &done"), objectName="followUpShowDone")
        self.show_done.toggled.connect(lambda _on: self.load())
        self.model = RowTableModel[TaskItem](
            [
                Column(
                    self.tr("Due"),
                    lambda t: when_text(t.due_at),
                    lambda t: t.due_at,
                    colour=self._colour,
                ),
                Column(self.tr("What"), lambda t: self._kind(t.kind)),
                Column(self.tr("Customer"), lambda t: t.customer_name or "–"),
                Column(self.tr("Details"), lambda t: t.details, tip=lambda t: t.details),
                Column(self.tr("Owner"), lambda t: t.assignee),
                Column(self.tr("State"), lambda t: self._state(t), colour=self._colour),
            ],
            self,
        )
        self.proxy = sorting_proxy(self.model, self)
        self.view = table(self.proxy, 3)
        self.view.setObjectName("followUpTable")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.history = QLabel(objectName="followUpHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLineEdit(objectName="followUpNote")
        self.note.setPlaceholderText(self.tr("What was done, or why it changes"))
        self.when = QDateTimeEdit(objectName="followUpWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.colleague = QComboBox(objectName="followUpColleague")
        self.done_button = QPushButton(self.tr("Mark &done"), objectName="followUpDone")
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button = QPushButton(self.tr("&Reschedule"), objectName="followUpMove")
        self.reschedule_button.clicked.connect(self.reschedule)
        self.reassign_button = QPushButton(self.tr("Re&assign"), objectName="followUpReassign")
        self.reassign_button.clicked.connect(self.reassign)
        self.call_button = QPushButton(self.tr("&Call back"), objectName="followUpCallBack")
        self.call_button.setToolTip(self.tr("Start the call with the customer's card open"))
        self.call_button.clicked.connect(self._on_call_back)
        self.error = ErrorLabel()
        self._build()
        self._show_current()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.show_done)
        top.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("New &time"), self.when)
        if self.who.is_team_leader:
            form.addRow(self.tr("Co&lleague"), self.colleague)
        else:
            self.colleague.hide()
            self.reassign_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for button in (
            self.call_button,
            self.reschedule_button,
            self.reassign_button,
            self.done_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(1000, 560)

    # -- loading ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.who.is_team_leader and self._colleagues is not None:
            self._tasks.run_query(self._colleagues, self._on_colleagues, self._on_failed)
        self.load()

    def load(self) -> None:
        team, done = bool(self.scope.currentData()), self.show_done.isChecked()
        who = self.who
        self._tasks.run_query(
            lambda: self._service.list_tasks(who, team=team, include_done=done),
            self._on_loaded,
            self._on_failed,
        )

    def _on_loaded(self, items: list[TaskItem]) -> None:
        self.model.set_rows(items)
        if items:
            self.view.selectRow(0)
        self._show_current()
        self.loaded.emit(len(items))

    def _on_colleagues(self, people) -> None:
        self.colleague.clear()
        for person in people:
            self.colleague.addItem(person.display_name, person.id)

    # -- the selected task -------------------------------------------------------------------
    @property
    def current(self) -> TaskItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select(self, task_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id == (
                task_id
            ):
                self.view.selectRow(row)
                return

    def _show_current(self) -> None:
        task = self.current
        open_task = task is not None and task.status == "open"
        for button in (self.done_button, self.reschedule_button, self.reassign_button):
            button.setEnabled(open_task)
        self.call_button.setEnabled(open_task and bool(task.customer_id or task.number))
        if task is None:
            self.history.setText(self.tr("Nothing to follow up."))
            return
        self.when.setDateTime(QDateTime(task.due_at.astimezone().replace(tzinfo=None)))
        lines = [
            f"{when_text(h.at)} · {h.by} · {self._action(h.action)}: {h.note}" for h in task.history
        ]
        self.history.setText("\n".join(lines) or self.tr("No changes yet."))

    # -- acting --------------------------------------------------------------------------
    def mark_done(self) -> None:
        task, note, who = self.current, self.note.text(), self.who
        if task is not None:
            self._act(lambda: self._service.complete_task(who, task.id, note))

    def reschedule(self) -> None:
        task, note, who = self.current, self.note.text(), self.who
        if task is None:
            return
        when = self.when.dateTime().toPython().astimezone()
        self._act(lambda: self._service.reschedule_task(who, task.id, when, note))

    def reassign(self) -> None:
        task, note, who = self.current, self.note.text(), self.who
        target = self.colleague.currentData()
        if task is not None:
            self._act(lambda: self._service.reassign_task(who, task.id, target, note))

    def _act(self, fn) -> None:
        self._tasks.run_mutation(fn, self._on_done, self._on_failed)

    def _on_done(self, _changes) -> None:
        self.note.clear()
        self.error.clear_error()  # the list reloads from the write's Changes (_on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes & Changes.TASKS and self.isVisible():
            self.load()

    def _on_call_back(self) -> None:
        task = self.current
        if task is not None:
            self.call_back_requested.emit(task)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))  # the note stays typed

    # -- words -----------------------------------------------------------------------------
    def _kind(self, kind: str) -> str:
        return {
            "call-back": self.tr("Call-back"),
            "follow-up": self.tr("Follow-up"),
            "complaint": self.tr("Complaint"),
            "data-request": self.tr("Data-protection request"),
        }.get(kind, kind)

    def _action(self, action: str) -> str:
        return {
            "done": self.tr("done"),
            "rescheduled": self.tr("rescheduled"),
            "reassigned": self.tr("reassigned"),
        }.get(action, action)

    def _state(self, task: TaskItem) -> str:
        now = self._clock()
        if task.status == "done":
            return self.tr("Done")
        if task.overdue(now):
            return self.tr("Overdue")
        return self.tr("Due today") if task.due_today(now) else self.tr("Open")

    def _colour(self, task: TaskItem) -> str | None:
        now = self._clock()
        if task.overdue(now):
            return OVERDUE_COLOUR
        return TODAY_COLOUR if task.due_today(now) else None
