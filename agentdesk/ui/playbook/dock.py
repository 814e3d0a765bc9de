"""The playbook dock: search every entry; the difficult-moment picker opens from here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from agentdesk.playbook import Entry, Playbook
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.playbook.browser import EntryBrowser
from agentdesk.ui.playbook.companion import HideWithParent, top_window
from agentdesk.ui.playbook.entry_view import PlaybookContext
from agentdesk.ui.playbook.picker import PICKER_KEYS, DifficultMomentPicker


class PlaybookDock(QWidget):
    """``entry_opened(entry_id)``, ``item_ticked(entry_id, item_id)`` and ``item_unticked``
    come from the dock and from its picker alike; ``connect_playbook_to_calls`` logs them."""

    entry_opened = Signal(str)
    item_ticked = Signal(str, str)
    item_unticked = Signal(str, str)

    def __init__(self, playbook: Playbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playbook = playbook
        self._context: Callable[[], PlaybookContext] = PlaybookContext
        self._picker: DifficultMomentPicker | None = None
        self.browser = EntryBrowser(playbook, self._find, Qt.Orientation.Vertical)
        self.browser.search.setPlaceholderText(self.tr("Search the playbook — e.g. angry, say no"))
        self.browser.show_rows(5)
        self.browser.entry_opened.connect(self.entry_opened)
        self.browser.item_toggled.connect(self._on_toggled)
        self.moment_button = QPushButton(
            self.tr("Difficult moment… (%1)").replace("%1", PICKER_KEYS),
            objectName="difficultMomentButton",
        )
        self.moment_button.setToolTip(
            self.tr("Pick what is happening and see what to do and say at once")
        )
        self.moment_button.clicked.connect(self.open_picker)
        self.problem = ErrorLabel()
        top = QHBoxLayout()
        top.addWidget(self.moment_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a short dock's height goes to the entry
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.browser, 1)

    @property
    def picker(self) -> DifficultMomentPicker | None:
        return self._picker

    def set_context_source(self, source: Callable[[], PlaybookContext]) -> None:
        """Where the caller's name and the call's ticks come from (see calls.py)."""
        self._context = source
        self.browser.set_context_source(source)
        if self._picker is not None:
            self._picker.browser.set_context_source(source)

    def open_picker(self) -> DifficultMomentPicker:
        if self._picker is None:
            main = top_window(self)
            self._picker = DifficultMomentPicker(self.playbook, main)
            HideWithParent(self._picker, main)
            self._picker.browser.set_context_source(self._context)
            self._picker.entry_opened.connect(self.entry_opened)
            self._picker.item_toggled.connect(self._on_toggled)
        self._picker.open_fresh()
        return self._picker

    def refresh(self) -> None:
        """The call changed (started, named, ended): redraw names and ticks where shown."""
        for browser in self._browsers():
            browser.refresh_entry()

    def focus_search(self) -> None:
        self.browser.focus_search()

    def show_not_recorded(self, reason: str) -> None:
        """A tick could not be written to the call record (the screen still shows it)."""
        self.problem.show_error(self.tr("Not saved in the call record: %1").replace("%1", reason))

    def _find(self, query: str) -> list[Entry]:
        return self.playbook.search(query) if query.strip() else list(self.playbook.entries)

    def _on_toggled(self, entry_id: str, item_id: str, on: bool) -> None:
        self.problem.clear_error()
        (self.item_ticked if on else self.item_unticked).emit(entry_id, item_id)
        for browser in self._browsers():
            browser.refresh_ticks()

    def _browsers(self) -> list[EntryBrowser]:
        return [self.browser, *([self._picker.browser] if self._picker else [])]
