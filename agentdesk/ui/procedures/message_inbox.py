"""MessageInbox: messages for a person or department with their status (new, passed on,
done); copy one as plain text for e-mail or print; add notes from memory after the call."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.changes import Changes
from agentdesk.errors import KnownError
from agentdesk.services.directory import DirectoryItem, DirectoryService
from agentdesk.services.identity import Identity
from agentdesk.services.messages import NOT_IN_DIRECTORY, MessageService, MessageView
from agentdesk.ui.common.clipboard import copy_redacted
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.locale_text import datetime_text
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.procedures.words import ProcedureWords
from agentdesk.ui.review.table import Column, RowTableModel, sorting_proxy
from agentdesk.ui.tasks import TaskRunner
from agentdesk.vault.blind_index import format_phone_display

ALL = None


class MessageTableModel(RowTableModel[MessageView]):
    def __init__(self, words: ProcedureWords, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Taken"),
                    lambda m: datetime_text(m.taken_at),
                    lambda m: m.taken_at.timestamp(),
                ),
                Column(self.tr("For"), lambda m: m.draft.to_whom),
                Column(self.tr("From"), lambda m: m.draft.from_name),
                Column(
                    self.tr("Status"),
                    lambda m: words.status(m.status),
                    colour=lambda m: "#b00020" if m.status == "new" else None,
                ),
                Column(self.tr("Taken by"), lambda m: m.taken_by),
            ],
            parent,
        )


class MessageInbox(QDialog):
    def __init__(
        self,
        messages: MessageService,
        directory: DirectoryService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageInbox")
        self.setWindowTitle(self.tr("Messages"))
        self._messages, self._directory, self._tasks, self._who = messages, directory, tasks, who
        tasks.changed.connect(self._on_changes)  # a message taken or changed anywhere
        self.words = ProcedureWords()
        self.recipient = QComboBox(objectName="inboxRecipient")
        self.recipient.addItem(self.tr("Everyone"), ALL)
        self.status = QComboBox(objectName="inboxStatus")
        for label, statuses in (
            (self.tr("Open (new or passed on)"), ("new", "passed_on")),
            (self.tr("New"), ("new",)),
            (self.tr("Done"), ("done",)),
            (self.tr("All"), ()),
        ):
            self.status.addItem(label, statuses)
        self.model = MessageTableModel(self.words, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView(objectName="inboxTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QPlainTextEdit(objectName="inboxDetail", readOnly=True)
        self.mark_passed_on = QPushButton(self.tr("Mark &passed on"), objectName="markPassedOn")
        self.mark_done = QPushButton(self.tr("Mark &done"), objectName="markDone")
        self.copy_button = QPushButton(self.tr("Copy as te&xt"), objectName="copyInboxMessage")
        self.memory = QPlainTextEdit(objectName="memoryNote")
        self.memory.setPlaceholderText(self.tr("Anything you remember after the call…"))
        self.memory.setTabChangesFocus(True)
        self.memory.setMaximumHeight(80)
        self.add_memory = QPushButton(self.tr("&Add note from memory"), objectName="addMemory")
        self.error = ErrorLabel()
        self._build()
        self.recipient.currentIndexChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.mark_passed_on.clicked.connect(lambda: self._set_status("passed_on"))
        self.mark_done.clicked.connect(lambda: self._set_status("done"))
        self.copy_button.clicked.connect(self._on_copy)
        self.add_memory.clicked.connect(self._on_add_memory)
        open_fitted(self, QSize(900, 600))

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("For")))
        filters.addWidget(self.recipient, 1)
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.status)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        for button in (self.mark_passed_on, self.mark_done, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(self.memory)
        side.addWidget(self.add_memory, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([480, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

    def start(self) -> None:
        self._tasks.run_query(self._directory.entries, self._show_recipients)

    def _show_recipients(self, items: list[DirectoryItem]) -> None:
        self.recipient.blockSignals(True)
        for item in items:
            self.recipient.addItem(item.label, item.id)
        self.recipient.addItem(self.tr("Not in the directory"), NOT_IN_DIRECTORY)
        self.recipient.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        who, recipient = self._who, self.recipient.currentData()
        statuses = self.status.currentData()
        keep = self.current().id if self.current() else None
        self._tasks.run_query(
            lambda: self._messages.inbox(who, recipient, tuple(statuses or ())),
            lambda rows: self._show_rows(rows, keep),
            self._on_error,
        )

    def _show_rows(self, rows: list[MessageView], keep: str | None) -> None:
        self.error.clear_error()
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        row = ids.index(keep) if keep in ids else 0
        if rows:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._show_current()

    def current(self) -> MessageView | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if index is None or not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _on_current_changed(self, *_index: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        view = self.current()
        buttons = (self.mark_passed_on, self.mark_done, self.copy_button, self.add_memory)
        for widget in (*buttons, self.memory):
            widget.setEnabled(view is not None)
        for button in (self.mark_passed_on, self.mark_done):  # what set_status would refuse
            button.setEnabled(view is not None and view.may_mark)
        self.detail.setPlainText(self._text(view) if view is not None else "")

    def _text(self, view: MessageView) -> str:
        number = format_phone_display(view.draft.phone, self._messages.region)
        return self.words.message_text(view.draft, number, view.memory)

    def _set_status(self, status: str) -> None:
        view, who = self.current(), self._who
        if view is not None:
            self._tasks.run_mutation(
                lambda: self._messages.set_status(who, view.id, status),
                lambda _c: None,  # the list reloads from the write's Changes
                self._on_error,
            )

    def _on_copy(self) -> None:
        view = self.current()
        if view is not None:
            copy_redacted(self._text(view))

    def _on_add_memory(self) -> None:
        view, who, text = self.current(), self._who, self.memory.toPlainText()
        if view is None:
            return

        def added(_changes: object) -> None:
            self.memory.clear()  # the list reloads from the write's Changes

        self._tasks.run_mutation(
            lambda: self._messages.add_memory_note(who, view.id, text), added, self._on_error
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes & Changes.MESSAGES and self.isVisible():
            self.reload()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))  # what was typed stays in the box
