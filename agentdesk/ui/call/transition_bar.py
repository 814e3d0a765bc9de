"""The ways on from a step: buttons with their flow shortcuts, blocked ones saying why, and
a way to move on anyway that the call log records as skipped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agentdesk.flows.guards import TransitionOption
from agentdesk.flows.schema import Flow, Value
from agentdesk.ui.call.words import sentence

# (row, column, rows spanned, columns spanned) in the bar's two-column grid.
Place = tuple[int, int, int, int]


def place_of(position: int, count: int) -> Place:
    """Where the button for the ``position``-th of ``count`` ways on goes: two columns, and
    with an odd number the first (the usual way on) takes the whole first row, so no button
    is left alone beside an empty cell (seen on the hold step's three ways on)."""
    if count <= 1:
        return (0, 0, 1, 1)
    if count % 2:
        if position == 0:
            return (0, 0, 1, 2)
        position += 1
    row, column = divmod(position, 2)
    return (row, column, 1, 1)


def native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class _TransitionButton(QPushButton):
    """Shows "label  (shortcut)", shortening the label, never the shortcut, when narrow."""

    def __init__(self, label: str, shortcut: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = 0  # the transition it stands for (buttons are reused from step to step)
        self.place: Place | None = None  # where it sits in the bar's grid
        # Preferred, not QPushButton's Minimum: a long label may shrink (and elide).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_transition(label, shortcut)

    def set_transition(self, label: str, shortcut: str) -> None:
        self.full_label = label
        self.keys = native(shortcut) if shortcut else ""
        self.setAccessibleName(label)
        # The usual way on stands out; a font, not a style sheet (restyling costs a frame).
        usual = bool(shortcut) and QKeySequence(shortcut).toString() == "Ctrl+Return"
        if self.font().bold() != usual:
            font = self.font()
            font.setBold(usual)
            self.setFont(font)
        self._fit(self.width() if self.isVisible() else 10_000)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        suffix = f"  ({self.keys})" if self.keys else ""
        metrics = self.fontMetrics()
        room = width - 24 - metrics.horizontalAdvance(suffix)
        label = metrics.elidedText(self.full_label, Qt.TextElideMode.ElideRight, max(room, 20))
        if self.text() != label + suffix:
            self.setText(label + suffix)


class TransitionBar(QWidget):
    """``chosen(index, override)`` when the representative picks a way on.

    A blocked way is disabled and its tooltip says why; pressing its shortcut shows why
    and, pressed again, moves on anyway (override) — the representative is never stuck.
    """

    chosen = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: tuple[TransitionOption, ...] = ()
        self.buttons: list[_TransitionButton] = []  # one per way on from the step shown
        self._spare: list[_TransitionButton] = []  # hidden, kept for a step with more
        self._armed: int | None = None
        self.message = QLabel(objectName="blockedMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.message.hide()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.override = QPushButton(self.tr("Move on anyway…"), objectName="overrideButton")
        self.override.setToolTip(
            self.tr("Skip what is missing and go on; the call log records it as skipped")
        )
        self.override.setMenu(QMenu(self.override))
        self.override.hide()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.override)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(self.grid)
        layout.addLayout(bottom)

    def set_options(
        self, options: Sequence[TransitionOption], flow: Flow, fields: Mapping[str, Value]
    ) -> None:
        """Show ``options``; the same transitions keep their buttons (and keyboard focus)."""
        options = tuple(options)
        same = [o.transition for o in options] == [o.transition for o in self.options]
        self.options = options
        if not same:
            self._rebuild()
        # Called at every key typed into a field: only what changed is touched.
        blocked = []
        for option, button in zip(options, self.buttons, strict=True):
            if button.isEnabled() != option.enabled:
                button.setEnabled(option.enabled)
            tr = option.transition
            if option.enabled:
                tip = tr.label + (f" ({button.keys})" if tr.shortcut else "")
            else:
                blocked.append(option)
                how = (
                    self.tr("To move on anyway press %1 twice, or use “Move on anyway…”.").replace(
                        "%1", button.keys
                    )
                    if tr.shortcut
                    else self.tr("To move on anyway use “Move on anyway…”.")
                )
                tip = f"{sentence(option.blockers, flow, fields)}\n{how}"
            if button.toolTip() != tip:
                button.setToolTip(tip)
                button.setAccessibleDescription(tip)
        menu = self.override.menu()
        labels = [o.transition.label for o in blocked]
        if [a.text() for a in menu.actions()] != labels or not same:
            menu.clear()
            for option in blocked:
                action = menu.addAction(option.transition.label)
                action.triggered.connect(lambda _c=False, i=option.index: self.chosen.emit(i, True))
        if self.override.isHidden() == bool(blocked):
            self.override.setVisible(bool(blocked))
        if self._armed is not None:
            armed = options[self._armed] if self._armed < len(options) else None
            if armed is None or armed.enabled:
                self.clear_message()
            else:
                self._explain(armed, flow, fields)

    def press(self, index: int, flow: Flow, fields: Mapping[str, Value]) -> None:
        """A transition's shortcut or button: go, explain why not, or (twice) override."""
        option = self.options[index]
        if option.enabled:
            self.clear_message()
            self.chosen.emit(index, False)
        elif self._armed == index:
            self.clear_message()
            self.chosen.emit(index, True)
        else:
            self._armed = index
            self._explain(option, flow, fields)

    def index_for(self, keys: str) -> int | None:
        """The transition whose shortcut is ``keys`` (portable text, e.g. "Alt+R")."""
        for option in self.options:
            shortcut = option.transition.shortcut
            if shortcut and QKeySequence(shortcut).toString() == keys:
                return option.index
        return None

    def first_enabled(self) -> QPushButton | None:
        return next((b for b in self.buttons if b.isEnabled()), None)

    def clear_message(self) -> None:
        self._armed = None
        self.message.clear()
        self.message.hide()

    def _explain(self, option: TransitionOption, flow: Flow, fields: Mapping[str, Value]) -> None:
        keys = option.transition.shortcut
        again = (
            self.tr("Press %1 again to move on anyway (recorded as skipped).").replace(
                "%1", native(keys)
            )
            if keys
            else ""
        )
        self.message.setText(f"{sentence(option.blockers, flow, fields)} {again}".strip())
        self.message.show()

    def reserve(self, count: int) -> None:
        """Build buttons ahead (hidden, in idle time) so a step with more ways on than the
        last one only relabels them: a new button costs about a millisecond mid-call."""
        while len(self.buttons) + len(self._spare) < count:
            button = _TransitionButton("", "")
            button.clicked.connect(lambda _c=False, b=button: self._on_clicked(b.index))
            button.hide()
            # Where it will most likely go: the next place in a two-column grid.
            row, column = divmod(len(self.buttons) + len(self._spare), 2)
            button.place = (row, column, 1, 1)
            self.grid.addWidget(button, *button.place)
            self._spare.append(button)

    def _rebuild(self) -> None:
        """Other ways on: the buttons there are take the new labels (building new ones at each
        step cost tens of milliseconds mid-call); buttons not needed now are hidden and kept
        for the next step with more ways on."""
        self.clear_message()
        # Qt lays the bar out again each time one of its buttons is shown or hidden (so that
        # the button has its place before it paints): eight buttons shown one by one took
        # 8-13 ms. Laid out once, after all of them, instead.
        layout = self.layout()
        layout.setEnabled(False)
        try:
            self._place_buttons()
        finally:
            layout.setEnabled(True)
        if self.isVisible():
            layout.activate()

    def _place_buttons(self) -> None:
        columns = 1 if len(self.options) <= 1 else 2
        for column in range(2):
            if self.grid.columnStretch(column) != (1 if column < columns else 0):
                self.grid.setColumnStretch(column, 1 if column < columns else 0)
        while len(self.buttons) > len(self.options):
            extra = self.buttons.pop()
            extra.hide()  # hidden widgets take no room in the grid
            extra.setObjectName("")
            self._spare.append(extra)
        count = len(self.options)
        for position, option in enumerate(self.options):
            tr = option.transition
            place = place_of(position, count)
            if position < len(self.buttons):
                button = self.buttons[position]
                button.set_transition(tr.label, tr.shortcut)
            else:
                button = self._take_spare(place)
                button.set_transition(tr.label, tr.shortcut)
                button.setVisible(True)  # shown with the bar if the bar is not on screen yet
                self.buttons.append(button)
            button.index = option.index
            button.setObjectName(f"transition_{option.index}")
            if button.place != place:  # a button left where it is costs no new layout
                self.grid.removeWidget(button)
                self.grid.addWidget(button, *place)
                button.place = place
            if self.isVisible() and button.isHidden():
                button.show()  # now, not at the next layout pass: Tab needs it

    def _take_spare(self, place: Place) -> _TransitionButton:
        """A hidden button, the one already at ``place`` if there is one (moving a button in
        the grid costs a layout pass)."""
        if not self._spare:
            self.reserve(len(self.buttons) + 1)
        here = next((b for b in self._spare if b.place == place), self._spare[-1])
        self._spare.remove(here)
        return here

    def _on_clicked(self, index: int) -> None:
        self.clear_message()
        self.chosen.emit(index, False)
