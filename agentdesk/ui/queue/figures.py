"""The live figures of the current interval: waiting, longest wait, agents, service level so
far; a stale feed is said in words (and the figures greyed), never shown as live."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.callqueue.tracker import QueueSnapshot
from agentdesk.callqueue.verdict import Verdict, judge_level
from agentdesk.ui.queue.words import COLOURS, STALE_COLOUR, QueueWords, clock_text, percent_text

SYMBOLS = {Verdict.MEETS: "✓", Verdict.CLOSE: "▲", Verdict.SHORT: "✗"}


def value_label(name: str, accessible: str) -> QLabel:
    label = QLabel("–", objectName=name)
    label.setAccessibleName(accessible)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def small_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


class LiveFigures(QWidget):
    """Shows a QueueSnapshot; ``stale`` tells whether the last one shown was stale."""

    def __init__(self, words: QueueWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self.stale = True
        # The dock says "not live" once, in its headline; alone, these figures say it here.
        self.says_stale = True
        self.verdict: Verdict | None = None
        self.source_label = small_label("queueSource")
        self.stale_label = QLabel(objectName="queueStale")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(
            f"color: {STALE_COLOUR.name()}; font-weight: 600; "
            f"border-left: 4px solid {STALE_COLOUR.name()}; padding-left: 4px;"
        )
        self.group = QGroupBox(self.tr("Now in the queue"), objectName="queueNow")
        self.waiting = value_label("queueWaiting", self.tr("Calls waiting"))
        self.longest = value_label("queueLongest", self.tr("Longest wait"))
        self.available = value_label("queueAvailable", self.tr("Agents available"))
        self.busy = value_label("queueBusy", self.tr("Agents busy"))
        self.level = value_label("queueLevel", self.tr("Service level so far"))
        self.target = small_label("queueTarget")
        self.skipped = small_label("queueSkipped")
        self.skipped.hide()
        form = QFormLayout(self.group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Calls waiting"), self.waiting)
        form.addRow(self.tr("Longest wait"), self.longest)
        form.addRow(self.tr("Agents available"), self.available)
        form.addRow(self.tr("Agents busy"), self.busy)
        form.addRow(self.tr("Service level so far"), self.level)
        form.addRow(self.target)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_label)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.group)
        layout.addWidget(self.skipped)

    def show_snapshot(self, snap: QueueSnapshot, now: datetime, settings: QueueSettings) -> None:
        words = self._words
        self.stale = snap.is_stale(now, settings.stale_after_seconds)
        self.stale_label.setVisible(self.stale and self.says_stale)
        if self.stale:
            self.stale_label.setText(words.stale(snap.received_at, snap.age_s(now)))
        self.group.setEnabled(not self.stale)  # greyed: the last figures, not live ones
        if not snap.has_data:
            for label in (self.waiting, self.longest, self.available, self.busy, self.level):
                label.setText("–")
            self._show_verdict(None)
            return
        self.waiting.setText(str(snap.waiting))
        self.longest.setText(clock_text(snap.longest_wait_s if snap.waiting else 0))
        self.available.setText(str(snap.agents_available))
        self.busy.setText(str(snap.agents_busy))
        level = snap.service_level
        target = settings.target_percent / 100
        if level is None:
            self.level.setText("–")
            self._show_verdict(None)
        else:
            verdict = judge_level(level, target)
            self.level.setText(
                self.tr("%1 %2 %3")
                .replace("%1", percent_text(level))
                .replace("%2", SYMBOLS[verdict])
                .replace("%3", words.verdict(verdict))
            )
            self._show_verdict(None if self.stale else verdict)
        start = snap.interval_start.astimezone().strftime("%H:%M") if snap.interval_start else ""
        self.target.setText(
            self.tr("Since %1: %2 answered, %3 abandoned; %4")
            .replace("%1", start)
            .replace("%2", str(snap.answered))
            .replace("%3", str(snap.abandoned))
            .replace("%4", words.target(target, settings.answer_seconds))
        )

    def show_source(self, text: str, malformed: int, problem) -> None:
        self.source_label.setText(text)
        self.skipped.setVisible(malformed > 0)
        if malformed:
            self.skipped.setText(self._words.skipped(malformed, problem))

    def _show_verdict(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        colour = COLOURS[verdict].name() if verdict is not None else "palette(text)"
        self.level.setStyleSheet(f"color: {colour};")
