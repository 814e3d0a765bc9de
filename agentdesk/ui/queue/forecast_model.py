"""The forecast as a table: start, calls offered, handle time; editable by team leaders."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from agentdesk.errors import ValidationError
from agentdesk.services.forecast import MAX_AHT_S, MAX_CALLS, ForecastSlotItem, parse_time
from agentdesk.staffing.units import parse_duration
from agentdesk.ui.queue.words import clock_text

START, CALLS, AHT = range(3)
Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole


class ForecastTableModel(QAbstractTableModel):
    """Rows of ForecastSlotItem; ``problem(text)`` says why a typed value was refused."""

    problem = Signal(str)
    edited = Signal()

    def __init__(self, interval_minutes: int = 30, parent=None) -> None:
        super().__init__(parent)
        self.interval_minutes = interval_minutes
        self.editable = False
        self._rows: list[ForecastSlotItem] = []

    # -- contents --------------------------------------------------------------------------
    def set_rows(self, rows: tuple[ForecastSlotItem, ...] | list[ForecastSlotItem]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.start_minute)
        self.endResetModel()

    def rows(self) -> tuple[ForecastSlotItem, ...]:
        """In start order, as the service stores them."""
        return tuple(sorted(self._rows, key=lambda r: r.start_minute))

    def add_row(self) -> int:
        """A new interval after the last one (08:00 in an empty day); returns its row."""
        last = max((r.start_minute for r in self._rows), default=8 * 60 - self.interval_minutes)
        start = min(last + self.interval_minutes, 24 * 60 - self.interval_minutes)
        previous = self._rows[-1] if self._rows else ForecastSlotItem(start, 0.0, 180.0)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(ForecastSlotItem(start, previous.calls, previous.aht_s))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole:
            return (self.tr("Start"), self.tr("Calls"), self.tr("Handle time"))[section]
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.ToolTipRole:
            return (
                self.tr("Interval start, e.g. 08:30"),
                self.tr("Calls offered in the interval"),
                self.tr("Average handle time, e.g. 180s or 3m"),
            )[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (_ROLE.DisplayRole, _ROLE.EditRole):
            if column == START:
                return row.label
            if column == CALLS:
                return f"{row.calls:g}"
            return clock_text(row.aht_s)
        if role == _ROLE.TextAlignmentRole and column != START:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def setData(self, index: Index, value: Any, role: int = _ROLE.EditRole) -> bool:
        if not (self.editable and index.isValid() and role == _ROLE.EditRole):
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        try:
            changed = self._parsed(row, index.column(), str(value))
        except ValidationError as error:
            self.problem.emit(str(error))
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index, [_ROLE.DisplayRole, _ROLE.EditRole])
        self.edited.emit()
        return True

    def _parsed(self, row: ForecastSlotItem, column: int, text: str) -> ForecastSlotItem:
        if column == START:
            start = parse_time(text)
            if start is None or start % self.interval_minutes:
                raise ValidationError(
                    self.tr("Start: a time like 08:30, on a %1-minute boundary").replace(
                        "%1", str(self.interval_minutes)
                    )
                )
            if any(r.start_minute == start and r is not row for r in self._rows):
                raise ValidationError(self.tr("Start: that interval is already in the day"))
            return replace(row, start_minute=start)
        if column == CALLS:
            try:
                calls = float(text.strip())
            except ValueError:
                calls = -1.0
            if not (math.isfinite(calls) and 0 <= calls <= MAX_CALLS):
                raise ValidationError(self.tr("Calls: a number of calls, 0 or more"))
            return replace(row, calls=calls)
        aht = _clock_seconds(text)
        if aht is None:
            try:
                aht = parse_duration(text.strip(), "aht")
            except ValidationError:
                aht = 0.0
        if not 0 < aht <= MAX_AHT_S:
            raise ValidationError(self.tr("Handle time: a duration like 180s, 3m or 3:00"))
        return replace(row, aht_s=aht)


def _clock_seconds(text: str) -> float | None:
    """Seconds in "3:05" or "1:02:03" (as the table shows them); None for other forms."""
    parts = text.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() and len(p) <= 4 for p in parts):
        return None
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return float(seconds)
