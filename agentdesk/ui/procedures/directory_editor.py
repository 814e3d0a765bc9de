"""DirectoryEditor: team leaders keep the transfer directory — departments and people, their
numbers, topics and availability — by hand or from a CSV file (bad rows reported by line)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.errors import KnownError
from agentdesk.services.directory import (
    DirectoryDraft,
    DirectoryItem,
    DirectoryService,
    ImportReport,
    split_topics,
)
from agentdesk.services.identity import Identity
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text, problem_message
from agentdesk.ui.review.table import Column, RowTableModel, sorting_proxy
from agentdesk.ui.tasks import TaskRunner


class DirectoryTableModel(RowTableModel[DirectoryItem]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda i: i.name),
                Column(self.tr("Department"), lambda i: i.department),
                Column(self.tr("Number"), lambda i: i.number),
                Column(self.tr("Ext."), lambda i: i.extension),
                Column(self.tr("Topics"), lambda i: "; ".join(i.topics)),
                Column(self.tr("Availability"), lambda i: i.availability),
            ],
            parent,
        )


class DirectoryEditor(QDialog):
    def __init__(
        self,
        directory: DirectoryService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryEditor")
        self.setWindowTitle(self.tr("Transfer directory"))
        self._directory, self._tasks, self._who = directory, tasks, who
        self._editing: str | None = None
        self.model = DirectoryTableModel(self)
        self.table = QTableView(objectName="directoryTable")
        self.table.setModel(sorting_proxy(self.model, self))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.kind = QComboBox(objectName="entryKind")
        self.kind.addItem(self.tr("Department"), "department")
        self.kind.addItem(self.tr("Person"), "person")
        self.inputs = {
            name: QLineEdit(objectName=f"entry_{name}")
            for name in ("name", "department", "number", "extension", "topics", "availability")
        }
        self.inputs["topics"].setPlaceholderText(self.tr("refunds; meter readings; tariffs"))
        # As the directory service allows (topics: 20 of 80 characters).
        most = {"name": 200, "department": 200, "availability": 500, "topics": 20 * 82}
        most.update(number=limits.PHONE, extension=12)
        for name, edit in self.inputs.items():
            edit.setMaxLength(most[name])
        self.inputs["availability"].setPlaceholderText(self.tr("e.g. Mon–Fri 8:00–18:00"))
        self.new_button = QPushButton(self.tr("&New entry"), objectName="newEntry")
        self.save_button = QPushButton(self.tr("&Save entry"), objectName="saveEntry")
        self.remove_button = QPushButton(self.tr("&Remove entry"), objectName="removeEntry")
        self.import_button = QPushButton(self.tr("&Import CSV…"), objectName="importCsv")
        self.report = QPlainTextEdit(objectName="importReport", readOnly=True)
        self.report.setMaximumHeight(110)
        self.report.hide()
        self.error = ErrorLabel()
        self.note = QLabel(objectName="directoryNote")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        labels = (
            self.tr("Name"), self.tr("Department"), self.tr("Number"), self.tr("Extension"),
            self.tr("Topics"), self.tr("Availability"),
        )  # fmt: skip
        for label, edit in zip(labels, self.inputs.values(), strict=True):
            form.addRow(label, edit)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.report)
        leader = who.is_team_leader
        for widget in (self.kind, *self.inputs.values(), *self._buttons()):
            widget.setEnabled(leader)
        self.note.setText(
            self.tr("Departments and people to transfer calls to.")
            if leader
            else self.tr("Only team leaders change the directory; you can look it up.")
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self._on_new)
        self.save_button.clicked.connect(self._on_save)
        self.remove_button.clicked.connect(self._on_remove)
        self.import_button.clicked.connect(self._on_import_clicked)
        open_fitted(self, QSize(860, 620))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.new_button, self.save_button, self.remove_button, self.import_button)

    def start(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._tasks.run_query(self._directory.entries, self.model.set_rows, self._on_error)

    def draft(self) -> DirectoryDraft:
        text = {name: edit.text() for name, edit in self.inputs.items()}
        return DirectoryDraft(
            kind=self.kind.currentData(),
            name=text["name"],
            department=text["department"],
            number=text["number"],
            extension=text["extension"],
            topics=split_topics(text["topics"]),
            availability=text["availability"],
        )

    def _on_current_changed(self, *_index: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        proxy = self.table.model()
        item = self.model.row_at(proxy.mapToSource(index).row())
        self._editing = item.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        values = (item.name, item.department, item.number, item.extension)
        for name, value in zip(("name", "department", "number", "extension"), values, strict=True):
            self.inputs[name].setText(value)
        self.inputs["topics"].setText("; ".join(item.topics))
        self.inputs["availability"].setText(item.availability)

    def _on_new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        for edit in self.inputs.values():
            edit.clear()
        self.inputs["name"].setFocus()

    def _on_save(self) -> None:
        who, draft, entry = self._who, self.draft(), self._editing

        def saved(result: tuple[str, object]) -> None:
            self._editing = result[0]
            self.error.clear_error()
            self.reload()

        self._tasks.run_mutation(
            lambda: self._directory.save_entry(who, draft, entry), saved, self._on_error
        )

    def _on_remove(self) -> None:
        who, entry = self._who, self._editing
        if entry is not None:
            self._tasks.run_mutation(
                lambda: self._directory.remove_entry(who, entry),
                lambda _c: self._on_new() or self.reload(),
                self._on_error,
            )

    def _on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the directory"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.error.show_error(
                self.tr("The file cannot be read as UTF-8 text (%1).").replace(
                    "%1", error_text(exc)
                )
            )
            return
        who = self._who
        self._tasks.run_mutation(
            lambda: self._directory.import_csv(who, text), self._on_imported, self._on_error
        )

    def _on_imported(self, result: tuple[ImportReport, object]) -> None:
        report = result[0]
        lines = [
            self.tr("Added %1, updated %2.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
        ]
        for problem in report.problems:
            text = problem_message(problem)
            lines.append(
                self.tr("Line %1: %2").replace("%1", str(problem.line)).replace("%2", text)
            )
        self.report.setPlainText("\n".join(lines))
        self.report.show()
        self.error.clear_error()
        self.reload()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))  # the form keeps what was typed
