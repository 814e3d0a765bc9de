"""Search-as-you-type over playbook entries with the chosen one shown beside the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.playbook import Entry, Playbook
from agentdesk.ui.playbook.entry_list import EntryDelegate, EntryListModel
from agentdesk.ui.playbook.entry_view import EntryView, PlaybookContext

_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class EntryBrowser(QWidget):
    """Type to filter, arrows to move, Enter to open: the entry shows as soon as it is current.

    ``entry_opened`` fires on Enter or a click (not while arrowing through), so the call record
    lists what the representative chose, not everything they passed on the way.
    """

    entry_opened = Signal(str)
    item_toggled = Signal(str, str, bool)

    def __init__(
        self,
        playbook: Playbook,
        find: Callable[[str], Sequence[Entry]],
        orientation: Qt.Orientation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._playbook = playbook
        self._find = find
        self._context: Callable[[], PlaybookContext] = PlaybookContext
        self._local_ticks: set[str] = set()
        self._shown: tuple | None = None  # what the shown layout was made from
        self.search = QLineEdit(objectName="playbookSearch")
        self.search.setMaxLength(limits.SEARCH)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.set_query)
        self.search.returnPressed.connect(self.open_current)
        self.search.installEventFilter(self)
        self.model = EntryListModel(self)
        self.results = QListView(objectName="playbookResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(EntryDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.selectionModel().currentChanged.connect(self._on_results_current)
        self.results.activated.connect(lambda _: self.open_current())
        self.results.clicked.connect(lambda _: self.open_current(focus=False))
        self.nothing = QLabel(objectName="playbookNothing")
        self.nothing.setWordWrap(True)
        self.nothing.setStyleSheet("color: palette(placeholder-text);")
        self.nothing.hide()
        self.view = EntryView({e.id: e.title for e in playbook.entries})
        self.view.item_toggled.connect(self._on_view_toggled)
        self.view.see_also_chosen.connect(self.show_entry)

        column = QWidget()
        self._column = column
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        left.addWidget(self.nothing)
        self.splitter = QSplitter(orientation)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(column)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)  # the entry gets the room the window gives
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.set_query("")

    # -- public -------------------------------------------------------------------------
    def set_context_source(self, source: Callable[[], PlaybookContext]) -> None:
        self._context = source

    def ticked(self) -> frozenset[str]:
        """Ticks of the call going on, or the ones made on screen when there is no call."""
        ticked = self._context().ticked
        return frozenset(self._local_ticks) if ticked is None else ticked

    def set_query(self, text: str) -> None:
        if self.search.text() != text:
            self.search.setText(text)  # comes back here through textChanged
            return
        entries = self._find(text)
        self.model.set_entries(entries)
        self.nothing.setVisible(not entries)
        self.nothing.setText(
            self.tr("Nothing matches “%1”. Try a feeling or a word the caller used.").replace(
                "%1", text.strip()
            )
        )
        if entries:
            self.results.setCurrentIndex(self.model.index(0))
        else:
            self.view.clear()

    def current(self) -> Entry | None:
        return self.model.entry(self.results.currentIndex().row())

    def open_current(self, focus: bool = True) -> None:
        entry = self.current()
        if entry is None:
            return
        if self.view.entry is None or self.view.entry.id != entry.id:
            self._show(entry)
        self.entry_opened.emit(entry.id)
        if focus:
            self.view.focus_first()

    def show_entry(self, entry_id: str) -> None:
        """Show any entry (a "see also" link), selecting it when it is in the list."""
        entry = self._playbook.by_id.get(entry_id)
        if entry is None:
            return
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row))
        self._show(entry)
        self.entry_opened.emit(entry_id)

    def refresh_ticks(self) -> None:
        self.view.set_ticked(self.ticked())

    def refresh_entry(self) -> None:
        """New names (the caller's, once known) in the shown entry's phrases, changed in place:
        the focus, the scroll position and the layout stay (laying the entry out again cost a
        visible stall mid-call)."""
        if self.view.entry is not None:
            context = self._context()
            key = _layout_key(self.view.entry, context)
            if self._shown != key:
                self.view.rename(context)
                self._shown = key
        self.refresh_ticks()

    def show_rows(self, rows: int, least: int = 3) -> None:
        """Start the results list ``rows`` rows high (it never goes below ``least`` rows) and
        give the rest to the entry: in a short dock the entry is what has to be read."""
        row = self.results.sizeHintForRow(0)
        if row <= 0:
            row = self.results.fontMetrics().height() + 4
        frame = 2 * self.results.frameWidth()
        self.results.setMinimumHeight(least * row + frame)
        spacing = max(0, self._column.layout().spacing())
        column = self.search.sizeHint().height() + spacing + rows * row + frame
        self.splitter.setSizes([column, max(1, self.splitter.height() - column, 10 * row)])

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- internals ----------------------------------------------------------------------
    def _show(self, entry: Entry) -> None:
        context = self._context()
        self.view.show_entry(entry, context, self.ticked())
        self._shown = _layout_key(entry, context)

    def _on_results_current(self) -> None:
        entry = self.current()
        if entry is None:
            self.view.clear()
        elif self.view.entry is None or self.view.entry.id != entry.id:
            self._show(entry)

    def _on_view_toggled(self, entry_id: str, item_id: str, on: bool) -> None:
        key = f"{entry_id}/{item_id}"
        if self._context().ticked is None:
            (self._local_ticks.add if on else self._local_ticks.discard)(key)
        self.item_toggled.emit(entry_id, item_id, on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrows in the search field move through the results, so the hands stay on the keys.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LIST_KEYS
            and self.model.rowCount()
        ):
            self._move(event.key())
            return True
        return False

    def _move(self, key: int) -> None:
        row = self.results.currentIndex().row()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(key, 5)
        row = max(0, min(self.model.rowCount() - 1, row + step))
        self.results.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )


def _layout_key(entry: Entry, context: PlaybookContext) -> tuple:
    """What the entry's layout depends on (ticks are updated in place)."""
    return (entry.id, context.name, context.agent)
