"""The knowledge dock: search, read, insert a passage into the reply, give feedback; context
suggestions for the call; a reply draft with canned responses and the phrase coach."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.changes import Changes
from agentdesk.coach import RuleSet
from agentdesk.errors import KnownError
from agentdesk.kb.records import Article, ArticleHit
from agentdesk.services.identity import Identity
from agentdesk.services.kb import KnowledgeService, SnippetService
from agentdesk.ui.coach import attach_coach
from agentdesk.ui.errors import error_text
from agentdesk.ui.kb.article_view import ArticleView
from agentdesk.ui.kb.context import ContextSuggester
from agentdesk.ui.kb.reply_box import ReplyDraft
from agentdesk.ui.kb.search_panel import DEBOUNCE_MS, KnowledgeSearch
from agentdesk.ui.kb.snippet_completer import SnippetCompleter, attach_snippets
from agentdesk.ui.tasks import TaskRunner

KB_SCHEME = "kb:"
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class InsertTargets(QObject):
    """Where "Insert into reply" writes: the reply field that last had the focus."""

    changed = Signal(str)

    def __init__(self, default: QPlainTextEdit, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self._names: dict[QPlainTextEdit, str] = {default: name}
        self.current = default
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)

    def add(self, editor: QPlainTextEdit, name: str) -> None:
        self._names[editor] = name
        editor.destroyed.connect(lambda _obj=None, e=editor: self._names.pop(e, None))

    @property
    def name(self) -> str:
        return self._names.get(self.current, "")

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new in self._names and new is not self.current:
            self.current = new  # type: ignore[assignment]
            self.changed.emit(self.name)


class KnowledgeDock(QWidget):
    """Signals: ``article_opened(id, title)`` once an article is on screen (the call logs
    it); ``edit_requested(id)`` when a team leader asks to edit the article shown."""

    article_opened = Signal(str, str)
    edit_requested = Signal(str)
    reading_changed = Signal(bool)  # an article is on screen (True) or the results (False)

    def __init__(
        self,
        kb: KnowledgeService,
        snippets: SnippetService,
        tasks: TaskRunner,
        who: Identity,
        *,
        rules: RuleSet | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeDock")
        self._kb, self._snippets, self._tasks, self.who = kb, snippets, tasks, who
        self.interaction_id: str | None = None
        self._values: Callable[[], Mapping[str, str]] = lambda: {
            "representative": self.who.display_name
        }
        self._back: list[str] = []
        self._push_on_show: str | None = None

        self.search = KnowledgeSearch(kb, tasks, who, debounce_ms=debounce_ms)
        self.search.article_chosen.connect(lambda aid: self.open_article(aid))
        self.view = ArticleView()
        self.view.back_requested.connect(self.go_back)
        self.view.results_requested.connect(self.show_results)
        self.view.link_activated.connect(self._on_link)
        self.view.insert_requested.connect(self.insert_text)
        self.view.feedback_submitted.connect(self._on_feedback)
        self.view.edit_requested.connect(self.edit_requested)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.search)
        self.pages.addWidget(self.view)
        self.pages.currentChanged.connect(
            lambda _i: self.reading_changed.emit(self.pages.currentWidget() is self.view)
        )

        self.reply_draft = ReplyDraft()
        self.reply = self.reply_draft.box
        self.completers: list[SnippetCompleter] = []
        self.completer = self._attach(self.reply)
        self.coach = attach_coach(self.reply, rules) if rules is not None else None
        self.targets = InsertTargets(self.reply, self.tr("reply draft"), self)
        self.targets.changed.connect(self.view.set_target_name)
        self.view.set_target_name(self.targets.name)
        self.context = ContextSuggester(kb, tasks, self)
        self.context.watch(self.reply)
        self.context.suggested.connect(self.search.set_suggestions)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.reply_draft)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.view.set_identity(who)
        tasks.changed.connect(self._on_changes)
        self.refresh()

    def coach_findings(self) -> tuple:
        """What the phrase coach finds in the reply draft now (analysed afresh)."""
        if self.coach is None:
            return ()
        if self.coach.pending:
            self.coach.analyse_now()
        return self.coach.findings

    def _on_changes(self, changes: Changes) -> None:
        """Articles imported or edited anywhere (the starter import at first start included)."""
        if changes & Changes.KB:
            self.refresh()

    # -- wiring from ui/app.py ---------------------------------------------------------
    def add_reply_target(self, editor: QPlainTextEdit, name: str) -> SnippetCompleter:
        """Another reply field (the note editor): ``::`` completion, passages, context."""
        self.targets.add(editor, name)
        self.context.watch(editor)
        return self._attach(editor)

    def set_values_source(self, values: Callable[[], Mapping[str, str]]) -> None:
        """Values for canned-response blanks (caller's name, representative, fields)."""
        self._values = values

    def set_identity(self, who: Identity) -> None:
        self.who = who
        self.search.set_identity(who)
        self.view.set_identity(who)

    def refresh(self) -> None:
        """Filters and lists again (after an import or an article was saved)."""
        self.search.reload_filters()
        self.search.search_now()

    # -- navigation --------------------------------------------------------------------
    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.search)
        self.search.focus_search()

    def show_results(self) -> None:
        self._back.clear()
        self.pages.setCurrentWidget(self.search)
        self.search.focus_results()

    def go_back(self) -> None:
        if self._back:
            self.open_article(self._back.pop(), push=False)
        else:
            self.show_results()

    def open_article(self, article_id: str, *, push: bool = False) -> None:
        """Show an article; ``push`` keeps the one on screen for Back (followed links)."""
        current = self.view.article
        self._push_on_show = current.id if push and current is not None else None
        kb = self._kb
        self._tasks.run_query(lambda: kb.get_article(article_id), self._show_article, self._fail)

    @property
    def current_article(self) -> Article | None:
        return self.view.article if self.pages.currentWidget() is self.view else None

    def _show_article(self, article: Article) -> None:
        if self._push_on_show is not None:
            self._back.append(self._push_on_show)
        elif self.pages.currentWidget() is self.search:
            self._back.clear()
        self._push_on_show = None
        self.view.show_article(article)
        self.pages.setCurrentWidget(self.view)
        self.view.browser.setFocus()
        kb, who = self._kb, self.who
        iid = uuid.UUID(self.interaction_id) if self.interaction_id else None
        self._tasks.run_mutation(
            lambda: kb.record_view(who, article.id, iid), lambda _c: self._viewed(), self._fail
        )
        self.article_opened.emit(article.id, article.title)

    def _viewed(self) -> None:
        if not self.search.box.text().strip():
            self.search.search_now()  # "Recently viewed" now starts with it

    def _on_link(self, href: str) -> None:
        if href.startswith(KB_SCHEME):
            kb = self._kb
            self._tasks.run_query(lambda: kb.resolve_link(href), self._on_link_resolved, self._fail)
        elif QUrl(href).scheme() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(QUrl(href))

    def _on_link_resolved(self, hit: ArticleHit | None) -> None:
        if hit is None:
            self.view.show_notice(self.tr("That article is not in the knowledge base any more."))
            return
        self.open_article(hit.id, push=True)

    # -- replies and feedback ----------------------------------------------------------
    def insert_passage(self) -> None:
        """Ctrl+Shift+K: the selection (or the whole article) into the reply field."""
        if self.current_article is not None:
            self.view.insert_passage()

    def insert_text(self, text: str) -> None:
        target = self.targets.current
        cursor = target.textCursor()
        start = cursor.selectionStart()
        if start > 0 and not target.document().characterAt(start - 1).isspace():
            text = "\n" + text
        cursor.insertText(text)
        target.setTextCursor(cursor)
        target.setFocus()

    def _on_feedback(self, kind: str, comment: str) -> None:
        article = self.view.article
        if article is None:
            return
        kb, who = self._kb, self.who
        self._tasks.run_mutation(
            lambda: kb.add_feedback(who, article.id, kind, comment),
            lambda _c: self.view.show_feedback_sent(),
            self._fail,
        )

    def _attach(self, editor: QPlainTextEdit) -> SnippetCompleter:
        completer = attach_snippets(editor, self._snippets, self._tasks, lambda: self._values())
        self.completers.append(completer)
        return completer

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        if self.pages.currentWidget() is self.view:
            self.view.show_notice(error_text(exc))
        else:
            self.search.show_status(error_text(exc))
