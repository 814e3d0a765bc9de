"""The "difficult moment" picker: a behaviour, type or situation, and what to do, at once."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from agentdesk.playbook import PICKER_KINDS, Entry, Playbook
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.playbook.browser import EntryBrowser

PICKER_KEYS = "Ctrl+Shift+D"


class DifficultMomentPicker(QDialog):
    """Non-modal, so the representative can keep typing notes while it is open.

    Opens with the filter focused: type, arrows, Enter; Enter moves to the first tick or
    phrase. Escape closes it; ``PICKER_KEYS`` pressed inside it goes back to the filter.
    """

    entry_opened = Signal(str)
    item_toggled = Signal(str, str, bool)

    def __init__(self, playbook: Playbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("difficultMomentPicker")
        self.setWindowTitle(self.tr("Difficult moment"))
        self.setModal(False)
        self._playbook = playbook
        self.browser = EntryBrowser(playbook, self._find, Qt.Orientation.Horizontal)
        self.browser.search.setPlaceholderText(
            self.tr("What is happening? e.g. shouting, says no, won't stop talking")
        )
        self.browser.splitter.setSizes([330, 510])
        self.browser.entry_opened.connect(self.entry_opened)
        self.browser.item_toggled.connect(self.item_toggled)
        hint = QLabel(
            self.tr("Type to filter · ↑↓ to choose · Enter to work through it · Esc to close")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(hint)
        again = QShortcut(QKeySequence(PICKER_KEYS), self)
        again.activated.connect(self.browser.focus_search)
        open_fitted(self, QSize(860, 620))

    def _find(self, query: str) -> list[Entry]:
        if not query.strip():
            return self._playbook.picker_entries()
        return [e for e in self._playbook.search(query) if e.kind in PICKER_KINDS]

    def open_fresh(self) -> None:
        """Show (or raise) the picker with the filter selected, ready for typing."""
        self.browser.refresh_entry()
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.focus_search()
