"""Articles for the call so far: from what it captured (reason, notes, wrap-up tags) and
what the representative is typing, the top three, without a search.

The call engine has no change signal of its own, so a light heartbeat compares the number of
events it holds; typing in a watched editor is debounced like a search. A query runs only
when the texts changed, on the database worker, and a stale reply is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from agentdesk.errors import KnownError
from agentdesk.flows.engine import CallEngine
from agentdesk.kb.search import in_language_first
from agentdesk.services.kb import KnowledgeService
from agentdesk.ui.kb.call_info import call_texts
from agentdesk.ui.kb.languages import interface_language
from agentdesk.ui.tasks import TaskRunner

DEBOUNCE_MS = 400
HEARTBEAT_MS = 1000
TYPED_CHARS = 1500  # the end of a long draft says most about where the conversation is
TOP = 3

EngineSource = Callable[[], CallEngine | None]


class ContextSuggester(QObject):
    """``suggested(list[ArticleHit])`` whenever the suggestions for the context change."""

    suggested = Signal(list)

    def __init__(
        self,
        kb: KnowledgeService,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        heartbeat_ms: int = HEARTBEAT_MS,
    ) -> None:
        super().__init__(parent)
        self._kb, self._tasks = kb, tasks
        self._engine: EngineSource = lambda: None
        self._editors: list[QPlainTextEdit] = []
        self._last: list[str] | None = None
        self._seen: tuple[int, int] | None = None
        self._generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.check_now)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self._on_heartbeat)
        self._heartbeat.start()

    def set_engine_source(self, engine: EngineSource) -> None:
        self._engine = engine
        self.poke()

    def watch(self, editor: QPlainTextEdit) -> None:
        """Also read what is being typed in ``editor`` (a note, a reply)."""
        self._editors.append(editor)
        editor.textChanged.connect(self.poke)
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))

    def poke(self) -> None:
        self._debounce.start()

    def texts(self) -> list[str]:
        typed = [e.toPlainText()[-TYPED_CHARS:] for e in self._editors]
        return [*call_texts(self._engine()), *(t for t in typed if t.strip())]

    def check_now(self) -> None:
        self._debounce.stop()
        texts = self.texts()
        if texts == self._last:
            return
        self._last = texts
        self._generation += 1
        generation, kb = self._generation, self._kb
        if not texts:
            self.suggested.emit([])
            return
        language = interface_language()

        def suggest() -> list:
            # The reader's language only; other languages' (marked in the list) when none
            # match: English words typed in an Italian note no longer bring English articles
            # ahead of the Italian ones.
            return in_language_first(
                lambda lang: kb.suggest_for_context(texts, TOP, language=lang), language
            )[0]

        self._tasks.run_query(
            suggest,
            lambda hits: generation == self._generation and self.suggested.emit(hits),
            self._on_failed,
        )

    def _on_heartbeat(self) -> None:
        engine = self._engine()
        seen = (id(engine), len(engine.events)) if engine is not None else None
        if seen != self._seen:
            self._seen = seen
            self.poke()

    def _forget(self, editor: QPlainTextEdit) -> None:
        self._editors = [e for e in self._editors if e is not editor]

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
