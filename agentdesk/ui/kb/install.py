"""Put the knowledge base into the main window: the dock and its actions (Ctrl+K search,
Ctrl+Shift+K insert, the team leaders' editor and feedback list), the note editor as a reply
field, and the link to the call on screen (suggestions, canned-response values, event log)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from agentdesk.coach import RuleSet
from agentdesk.errors import KnownError
from agentdesk.flows.state import Phase
from agentdesk.kb.records import Article
from agentdesk.services.identity import Identity
from agentdesk.services.kb import KnowledgeService, SnippetService
from agentdesk.ui.call.workspace import CallWorkspace
from agentdesk.ui.common.tool_windows import OnLock, ToolWindows
from agentdesk.ui.dock_layout import narrow_after_reading, widen_for_reading
from agentdesk.ui.errors import error_text
from agentdesk.ui.kb.article_editor import ArticleEditor
from agentdesk.ui.kb.call_info import snippet_values
from agentdesk.ui.kb.dock import KnowledgeDock
from agentdesk.ui.kb.feedback_view import FeedbackView
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

OPENED = "kb_article_opened"
REPLY_COACHED = "reply_coached"
LEADER_ACTIONS = ("kb_new_article", "kb_edit_article", "kb_feedback")


class KnowledgeWindows(ToolWindows):
    """The article editor and the feedback list: one each. Locking hides the editor (its
    text is kept for the same person) and closes the list; another person logging in closes
    both."""

    def __init__(
        self, window: MainWindow, dock: KnowledgeDock, kb: KnowledgeService, tasks: TaskRunner
    ) -> None:
        super().__init__(window)
        self._dock, self._kb, self._tasks = dock, kb, tasks

    @property
    def editor(self) -> ArticleEditor | None:
        return self.get("editor")

    @property
    def feedback(self) -> FeedbackView | None:
        return self.get("feedback")

    def edit(self, article: Article | None) -> ArticleEditor | None:
        if not self._frame.identity.is_team_leader:
            return None
        if self.editor is not None and not self.editor.dirty:
            self.discard("editor")  # nothing typed: open the requested article
        # else the unsaved text (perhaps hidden by a lock) comes back
        return self.show("editor", lambda who: self._new_editor(who, article), on_lock=OnLock.HIDE)

    def show_feedback(self) -> FeedbackView | None:
        if not self._frame.identity.is_team_leader:
            return None
        return self.show("feedback", self._new_feedback, again=lambda view: view.start())

    def dismiss(self, key: str, widget) -> None:
        if isinstance(widget, ArticleEditor):
            widget.discard_and_close()  # never asks: the person it was for is gone
        else:
            super().dismiss(key, widget)

    def _new_editor(self, who: Identity, article: Article | None) -> ArticleEditor:
        combo = self._dock.search.category
        categories = [combo.itemData(i) for i in range(1, combo.count())]
        editor = ArticleEditor(
            self._kb, self._tasks, who, article=article, categories=categories,
            parent=self._frame, load_version=self._kb.get_version,
        )  # fmt: skip
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_saved)
        return editor

    def _new_feedback(self, who: Identity) -> FeedbackView:
        view = FeedbackView(self._kb, self._tasks, who, self._frame)
        view.article_requested.connect(self._dock.open_article)
        return view

    def _on_saved(self, article_id: str) -> None:
        self._dock.refresh()
        shown = self._dock.current_article
        if shown is not None and shown.id == article_id:
            self._dock.open_article(article_id)


def add_knowledge_dock(
    window: MainWindow,
    kb: KnowledgeService,
    snippets: SnippetService,
    tasks: TaskRunner,
    rules: RuleSet,
    notes: NotesPanel,
) -> tuple[KnowledgeDock, KnowledgeWindows]:
    """The knowledge dock on the right, its actions, and the note editor as a reply field."""
    dock = KnowledgeDock(kb, snippets, tasks, window.identity, rules=rules)
    window.add_dock(
        "kb",
        window.tr("Knowledge base"),
        dock,
        Qt.DockWidgetArea.RightDockWidgetArea,
        dock.focus_search,
    )
    dock.add_reply_target(notes.editor, window.tr("customer note"))
    # An article is read in a column wide enough to read (about 75 characters), and the
    # column goes back to its width with the results.
    restore: list[int | None] = [None]

    def on_reading(reading: bool) -> None:
        frame = window.docks["kb"]
        if frame.isFloating():
            return
        if reading:
            if restore[0] is None:
                restore[0] = widen_for_reading(window, frame)
        else:
            narrow_after_reading(window, frame, restore[0])
            restore[0] = None

    dock.reading_changed.connect(on_reading)
    windows = KnowledgeWindows(window, dock, kb, tasks)
    actions = window.actions_by_id

    def focus_search() -> None:
        frame = window.docks["kb"]
        frame.show()
        frame.raise_()
        dock.focus_search()

    actions["kb_search"].triggered.connect(focus_search)
    actions["kb_insert"].triggered.connect(dock.insert_passage)
    actions["kb_edit_article"].triggered.connect(lambda: windows.edit(dock.current_article))
    actions["kb_new_article"].triggered.connect(lambda: windows.edit(None))
    actions["kb_feedback"].triggered.connect(windows.show_feedback)
    dock.edit_requested.connect(lambda _aid: windows.edit(dock.current_article))

    def allow(who: Identity) -> None:
        for action_id in LEADER_ACTIONS:
            actions[action_id].setEnabled(who.is_team_leader)
            actions[action_id].setVisible(who.is_team_leader)

    window.identity_changed.connect(dock.set_identity)
    window.identity_changed.connect(allow)
    allow(window.identity)
    return dock, windows


def connect_knowledge_to_calls(
    window: MainWindow, dock: KnowledgeDock, workspace: CallWorkspace, notes: NotesPanel
) -> None:
    """Suggestions follow the call; canned responses get its values; opened articles go into
    its event log (once per call each) and its interaction id into the view record."""

    def customer_name() -> str:
        return notes.card.display_name if notes.card is not None else ""

    dock.set_values_source(
        lambda: snippet_values(workspace.engine, workspace.context(), customer_name())
    )
    dock.context.set_engine_source(lambda: workspace.engine)

    def on_phase(phase: str) -> None:
        if phase == "idle":
            dock.interaction_id = None
        dock.context.poke()

    def on_started(interaction_id: str) -> None:
        dock.interaction_id = interaction_id
        dock.context.poke()

    def on_opened(article_id: str, title: str) -> None:
        engine = workspace.engine
        if engine is None or engine.phase not in (Phase.IN_CALL, Phase.WRAP_UP):
            return
        if any(e.kind == OPENED and e.data.get("article") == article_id for e in engine.events):
            return
        try:
            engine.record(OPENED, {"article": article_id, "title": title})
        except KnownError as exc:
            log.warning("article opening not recorded: %s", exc.__class__.__name__)
            dock.view.show_notice(error_text(exc))

    def on_reply_copied(text: str) -> None:
        engine = workspace.engine
        if engine is None or engine.phase not in (Phase.IN_CALL, Phase.WRAP_UP) or not text:
            return
        findings = dock.coach_findings()
        try:
            engine.record(REPLY_COACHED, reply_coached_data(text, findings))
        except KnownError as exc:
            log.warning("reply coaching not recorded: %s", exc.__class__.__name__)

    workspace.phase_changed.connect(on_phase)
    workspace.call_started.connect(on_started)
    dock.article_opened.connect(on_opened)
    dock.reply_draft.copied.connect(on_reply_copied)


def reply_coached_data(text: str, findings) -> dict:
    """What the call log keeps of a reply: the coach's findings as codes, and its length."""
    return {
        "findings": [{"rule": f.rule_id, "category": f.category} for f in findings],
        "characters": len(text),
    }
