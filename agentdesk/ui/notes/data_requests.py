"""A data subject's requests on the open card, for team leaders (GDPR): export everything
about the customer to a file, or erase them for good after typing their surname."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from agentdesk.services.customer_types import CustomerCard
from agentdesk.services.identity import Identity
from agentdesk.ui.tasks import TaskRunner


class DataRequestButtons(QWidget):
    """Export… and Erase… for the card the notes panel shows (``card()``), as ``who()``:
    whoever asked, even when another person logs in while the work waits on the database
    worker. The panel shows them to team leaders only."""

    exported = Signal(object)  # the file's Path
    erased = Signal()
    failed = Signal(object)  # the exception: the panel says it

    def __init__(
        self,
        gdpr,
        tasks: TaskRunner,
        *,
        card: Callable[[], CustomerCard | None],
        who: Callable[[], Identity],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._gdpr = gdpr
        self._tasks = tasks
        self._card, self._who = card, who
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportCustomer")
        self.export_button.clicked.connect(self._on_export)
        self.erase_button = QPushButton(self.tr("Erase…"), objectName="eraseCustomer")
        self.erase_button.clicked.connect(self._on_erase)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)

    def _on_export(self) -> None:
        card = self._card()
        if card is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export customer data"),
            f"customer-{card.id[:8]}.json",
            self.tr("JSON (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        cid, who = self._card().id, self._who()  # whoever asked, even if another logs in meanwhile
        gdpr = self._gdpr

        def work():
            data = gdpr.export_customer(who, cid)
            path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
            return path

        self._tasks.run_query(work, self.exported.emit, self.failed.emit)

    def _on_erase(self) -> None:
        card = self._card()
        if card is None:
            return
        name = card.display_name
        text, ok = QInputDialog.getText(
            self,
            self.tr("Erase customer"),
            self.tr(
                "This deletes %1 and everything about them, for good, including in "
                "backups. Type the customer's surname to confirm."
            ).replace("%1", name),
        )
        if ok:
            self.erase_confirmed(text)

    def erase_confirmed(self, typed: str) -> None:
        card = self._card()
        if card is None or typed.strip().casefold() != card.surname.casefold():
            QMessageBox.information(
                self,
                self.tr("Not erased"),
                self.tr("The surname did not match; nothing was erased."),
            )
            return
        cid, gdpr, who = card.id, self._gdpr, self._who()
        self._tasks.run_mutation(
            lambda: gdpr.erase_customer(who, cid),
            lambda _changes: self.erased.emit(),
            self.failed.emit,
        )
