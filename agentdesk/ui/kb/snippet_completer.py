"""Canned responses in any reply field: type ``::`` and a code, pick from the popup with the
arrows, Enter (or Tab) inserts; the caller's name and other known values are filled in, and
Tab then selects each remaining blank in turn (Shift+Tab goes back).

``attach_snippets(editor, snippets, tasks, values)`` is all a feature writes. The canned
responses are loaded once (a few dozen short texts) and filtered in memory on each key, so
the popup follows typing without a database round trip; ``reload()`` after they change.
Blanks are kept as QTextCursors, which the document moves along with every edit, so several
responses can be combined and edited in any order; a blank counts as filled once its
``[label]`` text has changed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit

from agentdesk.i18n import language_of_locale
from agentdesk.kb.records import CannedResponse
from agentdesk.kb.snippets import expand_template
from agentdesk.services.kb import SnippetService
from agentdesk.ui.common.screen_fit import inside
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

TOKEN = re.compile(r"(?:^|(?<=\s))(::[A-Za-z0-9-]*)$")
MAX_SHOWN = 10
VISIBLE_ROWS = 8

Values = Callable[[], Mapping[str, str]]


def _units(text: str) -> int:
    """Length in UTF-16 code units, as QTextCursor positions count."""
    return len(text.encode("utf-16-le")) // 2


class SnippetPopup(QListWidget):
    """The list under the cursor; it never takes the focus, the editor keeps typing."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("snippetPopup")
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setStyleSheet("QListWidget#snippetPopup { border: 1px solid #7a838f; }")
        self.setAccessibleName(self.tr("Canned responses"))

    def move_current(self, step: int) -> None:
        if self.count():
            self.setCurrentRow((self.currentRow() + step) % self.count())

    def current_code(self) -> str | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class SnippetCompleter(QObject):
    """Lives as long as its editor (its parent). ``inserted(code)`` after each insertion."""

    inserted = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        editor: QPlainTextEdit,
        snippets: SnippetService,
        tasks: TaskRunner,
        values: Values | None = None,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._snippets = snippets
        self._tasks = tasks
        self._values: Values = values or dict
        self.entries: list[CannedResponse] = []
        self._blanks: list[tuple[QTextCursor, str]] = []
        self.popup = SnippetPopup(editor)
        self.popup.itemClicked.connect(self._on_item_clicked)
        editor.textChanged.connect(self._update_popup)
        editor.cursorPositionChanged.connect(self._on_cursor_moved)
        editor.installEventFilter(self)
        self.reload()

    def set_values_source(self, values: Values) -> None:
        self._values = values

    def reload(self) -> None:
        self._tasks.run_query(self._snippets.list_snippets, self._on_loaded, self._on_load_failed)

    @property
    def pending_blanks(self) -> list[tuple[int, int]]:
        """(start, end) of the blanks still showing their ``[label]``, in order."""
        self._prune()
        return [(c.selectionStart(), c.selectionEnd()) for c, _ in self._blanks]

    # -- inserting ----------------------------------------------------------------------
    def insert(self, code: str) -> bool:
        """Replace the ``::code`` being typed (if any) with the expanded response."""
        entry = next((e for e in self.entries if e.code == code), None)
        if entry is None:
            return False
        expansion = expand_template(entry.body, self._values())
        text = expansion.text.rstrip()
        cursor = self._editor.textCursor()
        token = self._token()
        if token is not None:
            cursor.setPosition(token[0], QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        start = cursor.selectionStart()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.popup.hide()
        new: list[tuple[QTextCursor, str]] = []
        for blank in expansion.blanks:
            if blank.end > len(text):
                continue
            marker = QTextCursor(self._editor.document())
            marker.setPosition(start + _units(text[: blank.start]))
            marker.setPosition(start + _units(text[: blank.end]), QTextCursor.MoveMode.KeepAnchor)
            new.append((marker, text[blank.start : blank.end]))
        self._prune()
        self._blanks = sorted(self._blanks + new, key=lambda pair: pair[0].selectionStart())
        if new:
            self._select(new[0][0])
        else:
            self._editor.setTextCursor(cursor)
        self.inserted.emit(code)
        return True

    def next_blank(self, forward: bool = True) -> bool:
        """Select the next (or previous) unfilled blank; False when none is left."""
        self._prune()
        if not self._blanks:
            return False
        here = self._editor.textCursor()
        markers = [c for c, _ in self._blanks]
        if forward:
            later = [c for c in markers if c.selectionStart() >= here.selectionEnd()]
            target = later[0] if later else markers[0]
        else:
            earlier = [c for c in markers if c.selectionEnd() <= here.selectionStart()]
            target = earlier[-1] if earlier else markers[-1]
        self._select(target)
        return True

    def _select(self, marker: QTextCursor) -> None:
        self._editor.setTextCursor(QTextCursor(marker))
        self._editor.ensureCursorVisible()

    def _prune(self) -> None:
        self._blanks = [(c, label) for c, label in self._blanks if c.selectedText() == label]

    # -- the popup ----------------------------------------------------------------------
    def _token(self) -> tuple[int, str] | None:
        """(document position where it starts, text) of a ``::code`` just before the cursor."""
        cursor = self._editor.textCursor()
        if cursor.hasSelection():
            return None
        units = cursor.positionInBlock()
        before = cursor.block().text().encode("utf-16-le")[: 2 * units].decode("utf-16-le")
        match = TOKEN.search(before)
        if match is None:
            return None
        token = match.group(1)
        return cursor.position() - _units(token), token

    def matches(self, token: str) -> list[CannedResponse]:
        token = token.lower()
        return [e for e in self.entries if e.code.startswith(token)][:MAX_SHOWN]

    def _update_popup(self) -> None:
        token = self._token()
        found = self.matches(token[1]) if token is not None else []
        if not found or not self._editor.hasFocus():
            self.popup.hide()
            return
        self.popup.clear()
        for entry in found:
            item = QListWidgetItem(f"{entry.code}   {entry.title}", self.popup)
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            item.setToolTip(entry.body)
        self.popup.setCurrentRow(0)
        self.popup.setGeometry(self._popup_rect(len(found)))
        self.popup.show()

    def _popup_rect(self, rows: int) -> QRect:
        """Under the cursor, or above it when the screen has no room below."""
        popup = self.popup
        rows = min(rows, VISIBLE_ROWS)
        height = rows * max(popup.sizeHintForRow(0), 18) + 2 * popup.frameWidth()
        width = max(280, popup.sizeHintForColumn(0) + 2 * popup.frameWidth() + 24)
        cursor = self._editor.cursorRect()
        below = self._editor.viewport().mapToGlobal(cursor.bottomLeft()) + QPoint(0, 2)
        above = self._editor.viewport().mapToGlobal(cursor.topLeft()) - QPoint(0, height + 2)
        screen = self._editor.screen().availableGeometry()
        at = below if below.y() + height <= screen.bottom() or above.y() < screen.top() else above
        # Near the right edge (a reply field in a dock) the list slides left: all of it shows.
        return inside(QRect(at, QSize(width, height)), screen)

    def _on_cursor_moved(self) -> None:
        if self.popup.isVisible() and self._token() is None:
            self.popup.hide()

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        self.insert(item.data(Qt.ItemDataRole.UserRole))

    def _on_loaded(self, entries: list[CannedResponse]) -> None:
        self.entries = in_language(entries, language_of_locale(QLocale().name()) or "en")
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        log.warning("canned responses not loaded: %s", exc.__class__.__name__)

    # -- keys ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self.popup.hide()
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if self.popup.isVisible():
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.popup.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and plain:
                code = self.popup.current_code()
                return self.insert(code) if code else False
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
            return False
        if key == Qt.Key.Key_Tab and plain:
            return self.next_blank(True)
        if key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.ShiftModifier
        ):
            return self.next_blank(False)
        return False


def in_language(entries: list[CannedResponse], language: str) -> list[CannedResponse]:
    """The responses written in the interface's language (the locale the account's language
    installed); the English ones when there are none in it. A reply goes out in one language."""
    own = [e for e in entries if e.language == language]
    return own or [e for e in entries if e.language == "en"] or list(entries)


def attach_snippets(
    editor: QPlainTextEdit,
    snippets: SnippetService,
    tasks: TaskRunner,
    values: Values | None = None,
) -> SnippetCompleter:
    """Make ``::code`` insert canned responses in ``editor`` (any QPlainTextEdit)."""
    return SnippetCompleter(editor, snippets, tasks, values)
