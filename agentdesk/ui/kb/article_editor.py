"""Team leaders write articles in the app: fields, Markdown beside its live preview, Save
(Ctrl+S) as a new version, and the list of earlier versions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk.changes import Changes
from agentdesk.errors import KnownError
from agentdesk.kb.article_file import LANGUAGES, MAX_ID
from agentdesk.kb.records import Article, ArticleDraft, ArticleRevision
from agentdesk.services.identity import Identity
from agentdesk.services.kb import KnowledgeService
from agentdesk.services.kb.convert import MAX_TITLE
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.kb.markdown import show_markdown
from agentdesk.ui.tasks import TaskRunner

PREVIEW_MS = 150
VersionLoader = Callable[[str, int], Article]


def slug_for(title: str) -> str:
    """An article id from a title ("Refunds & returns" -> "refunds-returns")."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_ID].strip("-")


class ArticleEditor(QWidget):
    """A window; ``saved(article_id)`` after each save that changed something.

    ``load_version(id, number)`` shows an earlier version in the preview; without it the
    history only lists the versions.
    """

    saved = Signal(str)

    def __init__(
        self,
        kb: KnowledgeService,
        tasks: TaskRunner,
        who: Identity,
        *,
        article: Article | None = None,
        categories: list[str] | None = None,
        load_version: VersionLoader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("articleEditor")
        self._kb, self._tasks, self.who = kb, tasks, who
        self._load_version = load_version
        self._article_id = article.id if article is not None else None
        self.dirty = False
        self._discard_armed = False
        self.setWindowTitle(
            self.tr("Edit article — %1").replace("%1", article.title)
            if article
            else self.tr("New article")
        )
        self.id_edit = QLineEdit(objectName="kbEditId")
        self.id_edit.setPlaceholderText(self.tr("lower-case-words-with-hyphens"))
        self.title_edit = QLineEdit(objectName="kbEditTitle")
        self.category = QComboBox(objectName="kbEditCategory")
        self.category.setEditable(True)
        self.category.addItems(categories or [])
        self.tags = QLineEdit(objectName="kbEditTags")
        self.id_edit.setMaxLength(MAX_ID)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.tags.setMaxLength(1000)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.language = QComboBox(objectName="kbEditLanguage")
        for code in LANGUAGES:
            self.language.addItem(code, code)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("I&d"), self.id_edit)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("&Language"), self.language)

        self.body = QPlainTextEdit(objectName="kbEditBody")
        self.body.setAccessibleName(self.tr("Article text (Markdown)"))
        self.body.setPlaceholderText(self.tr("Markdown: ## headings, - lists, [link](kb:id)"))
        self.preview = QTextBrowser(objectName="kbEditPreview")
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview_label = QLabel(self.tr("Preview"), objectName="kbPreviewLabel")
        self.preview_label.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("Back to the draft"), objectName="kbShowDraft")
        self.draft_button.clicked.connect(self.show_draft)
        self.draft_button.hide()
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_top = QHBoxLayout()
        preview_top.addWidget(self.preview_label, 1)
        preview_top.addWidget(self.draft_button)
        preview_layout.addLayout(preview_top)
        preview_layout.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.body)
        split.addWidget(preview_box)
        split.setChildrenCollapsible(False)

        self.history = QListWidget(objectName="kbHistory")
        self.history.setAccessibleName(self.tr("Versions"))
        self.history.setMaximumHeight(110)
        self.history.itemActivated.connect(lambda _item: self.view_version())
        self.view_button = QPushButton(self.tr("View version"), objectName="kbViewVersion")
        self.view_button.clicked.connect(self.view_version)
        self.view_button.setVisible(load_version is not None)
        self.error = ErrorLabel()
        self.status = QLabel(objectName="kbEditStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), objectName="kbSaveArticle")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), objectName="kbCloseEditor")
        self.close_button.clicked.connect(self.close)
        history_row = QHBoxLayout()
        history_row.addWidget(self.history, 1)
        history_row.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(QLabel(self.tr("Versions")))
        layout.addLayout(history_row)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_MS)
        self._timer.timeout.connect(self.show_draft)
        if article is not None:
            self.id_edit.setText(article.id)
            self.id_edit.setReadOnly(True)
            self.title_edit.setText(article.title)
            self.category.setCurrentText(article.category)
            self.tags.setText(", ".join(article.tags))
            self.language.setCurrentIndex(max(0, self.language.findData(article.language)))
            self.body.setPlainText(article.body)
        self.show_draft()
        self.body.textChanged.connect(self._on_edited)
        self.title_edit.textChanged.connect(self._on_title_edited)
        for line in (self.id_edit, self.tags):
            line.textEdited.connect(lambda _t: self._mark_dirty())
        self.category.editTextChanged.connect(lambda _t: self._mark_dirty())
        open_fitted(self, QSize(1000, 680))

    def start(self) -> None:
        self.load_history()
        self.title_edit.setFocus()

    # -- preview and history -----------------------------------------------------------
    def show_draft(self) -> None:
        self._timer.stop()
        show_markdown(self.preview, self.body.toPlainText())
        self.preview_label.setText(self.tr("Preview"))
        self.draft_button.hide()

    def load_history(self) -> None:
        if self._article_id is None:
            self.history.clear()
            return
        kb, aid = self._kb, self._article_id
        self._tasks.run_query(lambda: kb.history(aid), self._show_history, self._fail)

    def _show_history(self, versions: list[ArticleRevision]) -> None:
        self.history.clear()
        locale = QLocale()
        for version in versions:
            when = locale.toString(version.saved_at.astimezone(), QLocale.FormatType.ShortFormat)
            text = self.tr("Version %1 · %2 · %3 — %4")
            for key, value in (("%1", version.number), ("%2", when), ("%3", version.saved_by)):
                text = text.replace(key, str(value))
            item = QListWidgetItem(text.replace("%4", version.title), self.history)
            item.setData(Qt.ItemDataRole.UserRole, version.number)
        if self.history.count():
            self.history.setCurrentRow(0)

    def view_version(self) -> None:
        item = self.history.currentItem()
        if item is None or self._load_version is None or self._article_id is None:
            return
        number = int(item.data(Qt.ItemDataRole.UserRole))
        load, aid = self._load_version, self._article_id
        self._tasks.run_query(lambda: load(aid, number), self._show_version, self._fail)

    def _show_version(self, article: Article) -> None:
        show_markdown(self.preview, article.body)
        self.preview_label.setText(
            self.tr("Version %1 (read only): %2")
            .replace("%1", str(article.revision))
            .replace("%2", article.title)
        )
        self.draft_button.show()

    # -- saving --------------------------------------------------------------------------
    def draft(self) -> ArticleDraft:
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return ArticleDraft(
            id=self.id_edit.text().strip(),
            title=self.title_edit.text().strip(),
            body=self.body.toPlainText(),
            category=self.category.currentText().strip(),
            language=self.language.currentData() or LANGUAGES[0],
            tags=tags,
        )

    def save(self) -> None:
        draft, kb, who = self.draft(), self._kb, self.who
        self.save_button.setEnabled(False)
        self.error.clear_error()
        self._tasks.run_mutation(
            lambda: (draft.id, kb.save_article(who, draft)), self._on_saved, self._on_failed
        )

    def _on_saved(self, result: tuple[str, Changes]) -> None:
        article_id, changes = result
        self.save_button.setEnabled(True)
        self.dirty = False
        self._article_id = article_id
        self.id_edit.setReadOnly(True)
        self.status.setText(self.tr("Saved.") if changes else self.tr("Nothing changed."))
        self.load_history()
        if changes:
            self.saved.emit(article_id)

    def _on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._fail(exc)  # the text stays in the editor: nothing typed is lost

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))

    def _on_edited(self) -> None:
        self._mark_dirty()
        self._timer.start()

    def _on_title_edited(self, title: str) -> None:
        self._mark_dirty()
        if self._article_id is None and not self.id_edit.isModified():
            self.id_edit.setText(slug_for(title))

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._discard_armed = False
        self.status.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        # No modal question: the first Close with unsaved text only warns, a second discards.
        if self.dirty and not self._discard_armed:
            self._discard_armed = True
            self.error.show_error(
                self.tr("Not saved yet: Save (Ctrl+S) keeps it; Close again discards it.")
            )
            event.ignore()
            return
        event.accept()

    def discard_and_close(self) -> None:
        self.dirty = False
        self.close()
