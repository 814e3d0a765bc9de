"""One flow field as an input chosen by its type; says when its value should be stored."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.flows.schema import FieldSpec, Value
from agentdesk.ui.common.forms import show_inline
from agentdesk.ui.common.locale_text import date_format, datetime_format

# Typing pauses longer than this store the text, so a crash mid-sentence loses little.
TYPING_PAUSE_MS = 1500
_UNSET = QDateTime(QDate(1900, 1, 1), QTime(0, 0))


class _DateInput(QDateTimeEdit):
    """A date (or date and time) that can be "not set".

    Focusing an empty one shows today as a starting point; it stays empty unless the
    representative changes it or confirms it with Enter.
    """

    def __init__(self, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_time = with_time
        self._provisional = False
        self.setDisplayFormat(datetime_format() if with_time else date_format())
        self.setCalendarPopup(True)
        self.setMinimumDateTime(_UNSET)
        self.setSpecialValueText(self.tr("not set"))
        self.setDateTime(_UNSET)
        self.dateTimeChanged.connect(self._on_changed)

    def value(self) -> str | None:
        if self._provisional or self.dateTime() == _UNSET:
            return None
        if self._with_time:
            return self.dateTime().toString("yyyy-MM-ddTHH:mm")
        return self.date().toString("yyyy-MM-dd")

    def set_value(self, value: str | None) -> None:
        self._provisional = False
        when = _UNSET
        if value:
            try:
                parsed = dt.datetime.fromisoformat(value)
                when = QDateTime(
                    QDate(parsed.year, parsed.month, parsed.day), QTime(parsed.hour, parsed.minute)
                )
            except ValueError:
                when = _UNSET
        self.blockSignals(True)
        self.setDateTime(when)
        self.blockSignals(False)

    def _on_changed(self) -> None:
        self._provisional = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.dateTime() == _UNSET:
            now = QDateTime.currentDateTime()
            hour = min(now.time().hour() + 1, 23) if self._with_time else 0
            start = QDateTime(now.date(), QTime(hour, 0))
            self.blockSignals(True)
            self.setDateTime(start)
            self.blockSignals(False)
            self._provisional = True
        super().focusInEvent(event)
        self.setCurrentSection(QDateTimeEdit.Section.DaySection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._provisional = False  # Enter accepts the date shown
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._provisional and not (self.calendarWidget() and self.calendarWidget().isVisible()):
            self.set_value(None)  # looked at, not chosen: stays empty
        super().focusOutEvent(event)


class FieldEditor(QWidget):
    """Text → line edit, choice → combo box, bool → yes/no, date(time) → date edit,
    tags → checkable list. ``committed`` asks the owner to store the value now (a choice
    made, a text field left or paused in); ``edited`` reports text as it is typed."""

    committed = Signal(str)
    edited = Signal(str)

    def __init__(self, spec: FieldSpec, value: Value | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.id}")
        self.problem = QLabel(objectName="fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._commit)
        self.input = self._build(spec)
        self.input.setAccessibleName(spec.label)
        if spec.help:
            self.input.setToolTip(spec.help)
            self.input.setAccessibleDescription(spec.help)
        layout.addWidget(self.input if spec.type != "bool" else self._bool_row)
        layout.addWidget(self.problem)
        self.set_value(value)

    # -- building ------------------------------------------------------------------------
    def _build(self, spec: FieldSpec) -> QWidget:
        if spec.type == "choice":
            box = QComboBox()
            box.addItem(self.tr("— choose —"), None)
            for choice in spec.choices:
                box.addItem(choice.label, choice.value)
            box.currentIndexChanged.connect(self._commit)
            return box
        if spec.type == "bool":
            self._yes = QRadioButton(self.tr("Yes"), objectName="yes")
            self._no = QRadioButton(self.tr("No"), objectName="no")
            self._group = QButtonGroup(self)
            self._group.addButton(self._yes)
            self._group.addButton(self._no)
            self._group.buttonToggled.connect(lambda _b, on: on and self._commit())
            self._bool_row = QWidget()
            row = QHBoxLayout(self._bool_row)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self._yes)
            row.addWidget(self._no)
            row.addStretch(1)
            return self._yes
        if spec.type in ("date", "datetime"):
            edit = _DateInput(spec.type == "datetime")
            edit.editingFinished.connect(self._commit)
            return edit
        if spec.type == "tags":
            tags = QListWidget()
            tags.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            for choice in spec.choices:
                item = QListWidgetItem(choice.label, tags)
                item.setData(Qt.ItemDataRole.UserRole, choice.value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            rows = max(1, len(spec.choices))
            tags.setFixedHeight(tags.sizeHintForRow(0) * rows + 2 * tags.frameWidth() + 2)
            tags.itemChanged.connect(self._commit)
            tags.installEventFilter(self)
            return tags
        line = QLineEdit()
        line.setMaxLength(spec.max_length)  # the engine refuses longer text as well
        line.setPlaceholderText(spec.help)
        line.editingFinished.connect(self._commit)
        line.textEdited.connect(self._on_text_edited)
        return line

    def eventFilter(self, watched, event: QEvent) -> bool:
        # Entering the tag list by keyboard puts the cursor on its first tag, ready for Space.
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QListWidget)
            and watched.currentRow() < 0
            and watched.count()
        ):
            watched.setCurrentRow(0)
        return super().eventFilter(watched, event)

    # -- value ---------------------------------------------------------------------------
    def value(self) -> Value | None:
        kind, w = self.spec.type, self.input
        if kind == "choice":
            return w.currentData()
        if kind == "bool":
            return True if self._yes.isChecked() else False if self._no.isChecked() else None
        if kind in ("date", "datetime"):
            return w.value()
        if kind == "tags":
            return tuple(
                w.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            )
        return w.text()

    def set_value(self, value: Value | None) -> None:
        """Show ``value`` without asking to store it."""
        kind, w = self.spec.type, self.input
        self.blockSignals(True)
        w.blockSignals(True)
        try:
            if kind == "choice":
                w.setCurrentIndex(max(0, w.findData(value)) if value is not None else 0)
            elif kind == "bool":
                self._group.setExclusive(False)
                self._yes.setChecked(value is True)
                self._no.setChecked(value is False)
                self._group.setExclusive(True)
            elif kind in ("date", "datetime"):
                w.set_value(value if isinstance(value, str) else None)
            elif kind == "tags":
                chosen = set(value) if isinstance(value, tuple) else set()
                for i in range(w.count()):
                    item = w.item(i)
                    on = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            elif w.text() != (value or ""):
                w.setText(str(value or ""))
        finally:
            w.blockSignals(False)
            self.blockSignals(False)

    def focus_target(self) -> QWidget:
        if self.spec.type == "bool" and self._no.isChecked():
            return self._no
        return self.input

    def tab_chain(self) -> list[QWidget]:
        return [self._yes, self._no] if self.spec.type == "bool" else [self.input]

    def show_problem(self, text: str) -> None:
        show_inline(self.problem, text)

    # -- signals -------------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        self.edited.emit(text)
        self._typing.start()

    def _commit(self, *_args: object) -> None:
        self._typing.stop()
        self.committed.emit(self.spec.id)
