"""Calibration (O6): the checks a representative ticked, each of which the reviewer can mark
"not actually done"; the score and the KPI trend then use the reviewed value."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from agentdesk.flows.schema import Flow


class CalibrationList(QListWidget):
    """Emits ``calibrated(check id, not done)`` when the reviewer ticks or clears an item."""

    calibrated = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="calibrationList")
        self.setAccessibleName(self.tr("Checks ticked in the call: tick those not actually done"))
        self.setToolTip(
            self.tr(
                "Tick a check the representative ticked but did not actually do; "
                "the score and the trend use your verdict."
            )
        )
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)

    def show_checks(
        self, ticked: tuple[str, ...], not_done: frozenset[str], flow: Flow | None
    ) -> None:
        labels = {c.id: c.label for step in flow.steps for c in step.checks} if flow else {}
        self.setVisible(bool(ticked))
        self._filling = True
        try:
            self.clear()
            for check in ticked:
                label = labels.get(check, check)
                item = QListWidgetItem(self.tr("Not actually done: %1").replace("%1", label))
                item.setData(Qt.ItemDataRole.UserRole, check)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                checked = check in not_done
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.addItem(item)
        finally:
            self._filling = False

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        check = item.data(Qt.ItemDataRole.UserRole)
        self.calibrated.emit(check, item.checkState() == Qt.CheckState.Checked)
