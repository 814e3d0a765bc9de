"""The review queue's filter bar: representative, dates, outcome, channel, cause, not reviewed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from agentdesk.services.review import QueueFilter, QueueOptions
from agentdesk.ui.common.locale_text import date_format
from agentdesk.ui.review.words import ReviewWords

DEFAULT_DAYS = 14


def day_start(day: QDate) -> dt.datetime:
    """Local midnight at the start of ``day``, in UTC."""
    local = dt.datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(dt.UTC)


class QueueFilterBar(QWidget):
    """Emits ``filter_changed`` with a QueueFilter whenever a choice changes."""

    filter_changed = Signal(object)

    def __init__(self, words: ReviewWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        today = QDate.currentDate()
        self.agent = QComboBox(objectName="filterAgent")
        self.since = QDateEdit(today.addDays(-DEFAULT_DAYS), objectName="filterSince")
        self.until = QDateEdit(today, objectName="filterUntil")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        self.outcome = QComboBox(objectName="filterOutcome")
        self.channel = QComboBox(objectName="filterChannel")
        self.upset = QComboBox(objectName="filterUpset")
        self.unreviewed = QCheckBox(self.tr("&Not yet reviewed"), objectName="filterUnreviewed")
        self.refresh = QPushButton(self.tr("&Refresh"), objectName="refreshQueue")
        self.set_options(QueueOptions((), (), (), ()))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        pairs = [
            (self.tr("Re&presentative"), self.agent),
            (self.tr("&From"), self.since),
            (self.tr("&To"), self.until),
            (self.tr("O&utcome"), self.outcome),
            (self.tr("C&hannel"), self.channel),
            (self.tr("&Cause of upset"), self.upset),
        ]
        for n, (text, widget) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(widget)
            row, col = divmod(n, 3)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        grid.addWidget(self.unreviewed, 0, 6)
        grid.addWidget(self.refresh, 1, 6)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)

        for combo in (self.agent, self.outcome, self.channel, self.upset):
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self._emit)
        self.unreviewed.toggled.connect(self._emit)
        self.refresh.clicked.connect(self._emit)

    def set_options(self, options: QueueOptions) -> None:
        """Fill the lists; the current choices stay when they are still offered."""
        w = self._words
        self._fill(self.agent, self.tr("Everyone"), options.agents)
        self._fill(
            self.outcome, self.tr("Any outcome"), [(o, w.outcome(o)) for o in options.outcomes]
        )
        self._fill(
            self.channel, self.tr("Any channel"), [(c, w.channel(c)) for c in options.channels]
        )
        self._fill(
            self.upset, self.tr("Any or none"), [(u, w.upset(u)) for u in options.upset_causes]
        )

    def _fill(self, combo: QComboBox, anything: str, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def current(self) -> QueueFilter:
        return QueueFilter(
            since=day_start(self.since.date()),
            until=day_start(self.until.date().addDays(1)),
            agent_id=self.agent.currentData(),
            outcome=self.outcome.currentData(),
            channel=self.channel.currentData(),
            upset=self.upset.currentData(),
            unreviewed_only=self.unreviewed.isChecked(),
        )

    def _emit(self, *_args) -> None:
        self.filter_changed.emit(self.current())
