"""Find a colleague or department in the transfer directory by name or topic."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.services.directory import DirectoryItem, DirectoryService
from agentdesk.ui.tasks import TaskRunner

ROLE = Qt.ItemDataRole.UserRole


class DirectoryPicker(QWidget):
    """``picked(entry)`` when an entry becomes current; ``changed`` when the target changes
    (a pick, or a name typed that is not in the directory)."""

    picked = Signal(object)
    changed = Signal()

    def __init__(
        self, directory: DirectoryService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._directory, self._tasks = directory, tasks
        self.search = QLineEdit(objectName="transferSearch")
        self.search.setMaxLength(limits.SEARCH)
        self.search.setPlaceholderText(self.tr("Name or topic, e.g. refunds"))
        self.results = QListWidget(objectName="transferResults")
        self.results.setMinimumHeight(90)
        # Said when the list is empty: on a new install, how colleagues get into it.
        self.hint = QLabel(objectName="transferHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.results.setFocus)
        self.results.currentItemChanged.connect(self._on_current)
        self._on_search("")

    def target(self) -> str:
        """The picked entry's label, else the text typed."""
        item = self.results.currentItem()
        if item is not None and item.isSelected():
            return item.data(ROLE).label
        return self.search.text().strip()

    def _on_search(self, text: str) -> None:
        self._tasks.run_query(
            lambda: self._directory.search(text), lambda items: self._show(items, text)
        )

    def _show(self, items: list[DirectoryItem], text: str = "") -> None:
        self.results.clear()
        # An empty list took 190 px at 1366×768 and pushed "start the transfer" below the
        # fold; the hint says why it is empty instead.
        self.results.setVisible(bool(items))
        if items:
            self.hint.hide()
        elif not text.strip():
            self.hint.setText(
                self.tr(
                    "The transfer directory is empty. A team leader adds departments and "
                    "colleagues in View ▸ Transfer directory (one by one, or from a CSV file). "
                    "Until then, type the name of who you are transferring to."
                )
            )
            self.hint.show()
        else:
            self.hint.setText(
                self.tr("No one in the directory matches: the name as typed will be used.")
            )
            self.hint.show()
        for entry in items:
            ext = self.tr("ext. %1").replace("%1", entry.extension) if entry.extension else ""
            where = " ".join(p for p in (entry.number, ext) if p)
            extra = " · ".join(p for p in (", ".join(entry.topics), where, entry.availability) if p)
            row = QListWidgetItem(f"{entry.label}\n    {extra}" if extra else entry.label)
            row.setData(ROLE, entry)
            self.results.addItem(row)
        self.changed.emit()

    def _on_current(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            current.setSelected(True)
            self.picked.emit(current.data(ROLE))
        self.changed.emit()
