"""Search as you type: a box, category and tag filters, "did you mean", ranked results; with
an empty box, the articles suggested for the call, recently viewed and most viewed.

Every query runs on the database worker 120 ms after the last keystroke; each carries a
generation number and a reply that is not the newest is dropped, so a slow answer to "bi"
can never replace the results for "bill" (and typing never waits for the database).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk import limits
from agentdesk.errors import KnownError
from agentdesk.kb.records import ArticleHit
from agentdesk.kb.search import in_language_first
from agentdesk.services.identity import Identity
from agentdesk.services.kb import KnowledgeService
from agentdesk.ui.errors import error_text
from agentdesk.ui.kb.hits import HitList, HitRow
from agentdesk.ui.kb.languages import interface_language, language_note
from agentdesk.ui.tasks import TaskRunner

DEBOUNCE_MS = 120
LIMIT = 20
FEW = 3  # fewer results than this: also ask for "did you mean"
BROWSE = 5


@dataclass(frozen=True)
class Found:
    query: str
    hits: list[ArticleHit]
    fixes: list[str]
    other_languages: bool = False  # nothing in the reader's language: these are others'


@dataclass(frozen=True)
class Browse:
    recent: list[ArticleHit]
    popular: list[ArticleHit]


class KnowledgeSearch(QWidget):
    """Signals: ``article_chosen(id)``; ``results_shown()`` once a reply is on screen."""

    article_chosen = Signal(str)
    results_shown = Signal()

    def __init__(
        self,
        kb: KnowledgeService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._kb, self._tasks, self.who = kb, tasks, who
        self._generation = 0
        self._suggested: list[ArticleHit] = []
        self._fixes: list[str] = []
        self._waiting = False  # a query is on the worker
        self._open_on_reply = False
        self._browse = Browse([], [])
        self.shown_query: str | None = None  # the query whose results are on screen

        self.box = QLineEdit(objectName="kbSearch")
        self.box.setMaxLength(limits.SEARCH)
        self.box.setPlaceholderText(self.tr("Search articles (Ctrl+K)"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search the knowledge base"))
        self.category = QComboBox(objectName="kbCategory")
        self.category.setAccessibleName(self.tr("Category"))
        self.tag = QComboBox(objectName="kbTag")
        self.tag.setAccessibleName(self.tr("Tag"))
        for combo in (self.category, self.tag):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self._fill_filters([], [])
        self.did_you_mean = QLabel(objectName="kbDidYouMean")
        self.did_you_mean.setWordWrap(True)
        self.did_you_mean.setTextFormat(Qt.TextFormat.RichText)
        self.did_you_mean.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.did_you_mean.linkActivated.connect(self.apply_fix)
        self.did_you_mean.hide()
        self.status = QLabel(objectName="kbStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #5f6368;")
        self.results = HitList()
        self.results.setAccessibleName(self.tr("Articles"))
        self.results.hit_activated.connect(self.article_chosen)
        self.model = self.results.hit_model
        filters = QHBoxLayout()
        filters.addWidget(self.category, 1)
        filters.addWidget(self.tag, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addWidget(self.did_you_mean)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.category.currentIndexChanged.connect(lambda _i: self.search_now())
        self.tag.currentIndexChanged.connect(lambda _i: self.search_now())
        self.box.installEventFilter(self)
        self.results.installEventFilter(self)

    # -- what the dock calls -----------------------------------------------------------
    def set_identity(self, who: Identity) -> None:
        self.who = who
        self.search_now()

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def focus_results(self) -> None:
        (self.results if self.results.first_row() is not None else self.box).setFocus()

    def set_suggestions(self, hits: list[ArticleHit]) -> None:
        """Articles for the call so far; shown at the top while the box is empty."""
        self._suggested = list(hits)
        if not self.box.text().strip():
            self._show_browse(self._browse)

    def reload_filters(self) -> None:
        kb = self._kb
        self._tasks.run_query(lambda: (kb.categories(), kb.tags()), self._on_filters, self._fail)

    def search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self._waiting = True
        query = self.box.text().strip()
        kb, who = self._kb, self.who
        if not query:
            self._tasks.run_query(
                lambda: Browse(kb.recent(who, BROWSE), kb.most_viewed(BROWSE)),
                lambda browse: self._on_reply(generation, browse),
                self._fail,
            )
            return
        tags = [self.tag.currentData()] if self.tag.currentData() else []
        category = self.category.currentData() or None

        language = interface_language()

        def find() -> Found:
            # Articles in the interface's language; other languages' (marked) only when none
            # match, e.g. a topic only the English starter articles cover.
            hits, others = in_language_first(
                lambda lang: kb.search(
                    query, tags=tags, category=category, language=lang, limit=LIMIT
                ),
                language,
            )
            return Found(query, hits, kb.suggest(query) if len(hits) < FEW else [], others)

        self.show_status(self.tr("Searching…"))
        self._tasks.run_query(find, lambda found: self._on_reply(generation, found), self._fail)

    def apply_fix(self, text: str) -> None:
        """Search for a "did you mean" correction instead of what was typed."""
        self.box.setText(text)
        self.search_now()
        self.box.setFocus()

    # -- replies -------------------------------------------------------------------------
    def _on_reply(self, generation: int, reply: Found | Browse) -> None:
        if generation != self._generation:
            return  # a newer query was sent since: this answer is stale
        self._waiting = False
        if isinstance(reply, Browse):
            self._browse = reply
            self._show_browse(reply)
        else:
            self._show_found(reply)
        self.results_shown.emit()
        if self._open_on_reply:
            self._open_on_reply = False
            self.results.open_current()

    def _show_found(self, found: Found) -> None:
        self.shown_query = found.query
        self._fixes = found.fixes
        self.results.set_rows(self._rows(found.hits))
        links = ", ".join(
            f"<a href='{html.escape(f, quote=True)}'>{html.escape(f)}</a>" for f in found.fixes
        )
        self.did_you_mean.setText(self.tr("Did you mean %1?").replace("%1", links))
        self.did_you_mean.setVisible(bool(found.fixes))
        if found.hits and found.other_languages:
            self.show_status(
                self.tr(
                    "Nothing in your language matches: %n article(s) in other languages — "
                    "Enter opens",
                    "",
                    len(found.hits),
                )
            )
        elif found.hits:
            self.show_status(self.tr("%n article(s) — Enter opens", "", len(found.hits)))
        else:
            self.show_status(
                self.tr("No article matches “%1”. Try other or fewer words.").replace(
                    "%1", found.query
                )
            )

    def _show_browse(self, browse: Browse) -> None:
        self.shown_query = ""
        self._fixes = []
        self.did_you_mean.hide()
        rows: list[HitRow] = []
        for heading, hits in (
            (self.tr("Suggested for this call"), self._suggested),
            (self.tr("Recently viewed"), browse.recent),
            (self.tr("Most viewed"), browse.popular),
        ):
            if hits:
                rows.append(HitRow(heading=heading))
                rows.extend(self._rows(hits))
        self.results.set_rows(rows)
        self.show_status(
            ""
            if rows
            else self.tr("Type to search. Articles you open and articles for the call show here.")
        )

    def _rows(self, hits: list[ArticleHit]) -> list[HitRow]:
        """Rows for ``hits``, each article in another language marked with its name."""
        language = interface_language()
        return [HitRow(hit=h, note=language_note(h, language)) for h in hits]

    def _on_filters(self, found: tuple[list[str], list[str]]) -> None:
        self._fill_filters(*found)

    def _fill_filters(self, categories: list[str], tags: list[str]) -> None:
        for combo, everything, values in (
            (self.category, self.tr("All categories"), categories),
            (self.tag, self.tr("Any tag"), tags),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _fail(self, exc: BaseException) -> None:
        self._waiting = self._open_on_reply = False
        if not isinstance(exc, KnownError):
            raise exc
        self.show_status(error_text(exc))

    # -- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5}.get(key, -5)
            current = self.results.current_row()
            if watched is self.results and step < 0 and current == self.results.first_row():
                self.box.setFocus()  # up from the first result: back to typing
                return True
            self.results.move(step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self._timer.isActive() or self._waiting:
                # What is on screen is not for what was typed: open the first new result.
                self._open_on_reply = True
                if self._timer.isActive():
                    self.search_now()
            elif not self.results.open_current() and self._fixes and watched is self.box:
                self.apply_fix(self._fixes[0])  # nothing found: Enter takes "did you mean"
            return True
        if key == Qt.Key.Key_Escape and watched is self.box and self.box.text():
            self.box.clear()
            return True
        return False
