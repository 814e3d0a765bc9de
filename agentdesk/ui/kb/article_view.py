"""Reading one article: rendered Markdown, links to other articles, "insert into reply",
and "helpful / out of date" feedback with an optional comment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk.kb.records import Article
from agentdesk.services.identity import Identity
from agentdesk.services.kb.articles import MAX_COMMENT
from agentdesk.ui.common.locale_text import date_text
from agentdesk.ui.common.min_lines import set_min_lines
from agentdesk.ui.kb.markdown import show_markdown

HELPFUL, OUT_OF_DATE = "helpful", "out_of_date"


class ArticleView(QWidget):
    """Signals: ``back_requested`` (Back), ``results_requested`` (Esc),
    ``link_activated(href)``, ``insert_requested(text)``, ``feedback_submitted(kind, comment)``,
    ``edit_requested(article_id)`` (team leaders)."""

    back_requested = Signal()
    results_requested = Signal()
    link_activated = Signal(str)
    insert_requested = Signal(str)
    feedback_submitted = Signal(str, str)
    edit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self._kind = ""
        self.back_button = QPushButton(self.tr("← Back"), objectName="kbBack")
        self.back_button.setToolTip(self.tr("Back (Esc: back to the results)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(objectName="kbArticleTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.meta = QLabel(objectName="kbArticleMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setStyleSheet("color: #5f6368;")
        self.notice = QLabel(objectName="kbArticleNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.notice.hide()
        self.browser = QTextBrowser(objectName="kbArticleBody")
        self.browser.setOpenLinks(False)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setAccessibleName(self.tr("Article text"))
        self.browser.anchorClicked.connect(self._on_anchor)
        set_min_lines(self.browser, 2)

        self.insert_button = QPushButton(self.tr("Insert into reply"), objectName="kbInsert")
        self.insert_button.setToolTip(
            self.tr("Insert the selected passage, or the whole article, where you are replying")
        )
        self.insert_button.clicked.connect(self.insert_passage)
        self.target = QLabel(objectName="kbInsertTarget")
        self.target.setWordWrap(True)
        self.target.setStyleSheet("color: #5f6368;")
        self.helpful_button = QPushButton(self.tr("Helpful"), objectName="kbHelpful")
        self.helpful_button.clicked.connect(lambda: self._ask_comment(HELPFUL))
        self.outdated_button = QPushButton(self.tr("Out of date…"), objectName="kbOutdated")
        self.outdated_button.clicked.connect(lambda: self._ask_comment(OUT_OF_DATE))
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="kbEdit")
        self.edit_button.clicked.connect(
            lambda: self.article is not None and self.edit_requested.emit(self.article.id)
        )

        self.comment_prompt = QLabel(objectName="kbCommentPrompt")
        self.comment_prompt.setWordWrap(True)
        self.comment = QLineEdit(objectName="kbComment")
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.setPlaceholderText(self.tr("Comment (optional) — Enter sends"))
        self.comment.returnPressed.connect(self.submit_feedback)
        self.send_button = QPushButton(self.tr("Send"), objectName="kbSendFeedback")
        self.send_button.clicked.connect(self.submit_feedback)
        self.comment_row = QWidget()
        comment_layout = QVBoxLayout(self.comment_row)
        comment_layout.setContentsMargins(0, 0, 0, 0)
        comment_line = QHBoxLayout()
        comment_line.addWidget(self.comment, 1)
        comment_line.addWidget(self.send_button)
        comment_layout.addWidget(self.comment_prompt)
        comment_layout.addLayout(comment_line)
        self.comment_row.hide()
        self.thanks = QLabel(objectName="kbThanks")
        self.thanks.setWordWrap(True)
        self.thanks.setStyleSheet("color: #1b6e20;")
        self.thanks.hide()

        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        insert_row = QHBoxLayout()
        insert_row.addWidget(self.insert_button)
        insert_row.addWidget(self.target, 1)
        feedback_row = QHBoxLayout()
        feedback_row.addWidget(self.helpful_button)
        feedback_row.addWidget(self.outdated_button)
        feedback_row.addStretch(1)
        feedback_row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addWidget(self.notice)
        layout.addWidget(self.browser, 1)
        layout.addLayout(insert_row)
        layout.addLayout(feedback_row)
        layout.addWidget(self.comment_row)
        layout.addWidget(self.thanks)
        self.comment.installEventFilter(self)
        self.set_identity(None)

    def set_identity(self, who: Identity | None) -> None:
        self.edit_button.setVisible(who is not None and who.is_team_leader)

    def set_target_name(self, name: str) -> None:
        self.target.setText(self.tr("into: %1").replace("%1", name))

    def show_article(self, article: Article) -> None:
        self.article = article
        self.title.setText(article.title)
        updated = date_text(article.updated)
        parts = [article.category, self.tr("updated %1").replace("%1", updated)]
        if article.tags:
            parts.append(", ".join(article.tags))
        self.meta.setText(" · ".join(parts))
        show_markdown(self.browser, article.body)
        self.browser.verticalScrollBar().setValue(0)
        self.notice.hide()
        self.comment_row.hide()
        self.thanks.hide()
        for button in (self.helpful_button, self.outdated_button):
            button.setEnabled(True)
        self.browser.setFocus()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def passage(self) -> str:
        """The selected text, or else the whole article, as plain text."""
        cursor = self.browser.textCursor()
        if cursor.hasSelection():
            text = cursor.selection().toPlainText()
        else:
            text = self.browser.toPlainText()
        return text.strip()

    def insert_passage(self) -> None:
        if self.article is not None:
            self.insert_requested.emit(self.passage())

    # -- feedback ------------------------------------------------------------------------
    def _ask_comment(self, kind: str) -> None:
        self._kind = kind
        prompt = (
            self.tr("What helped? (optional)")
            if kind == HELPFUL
            else self.tr("What is out of date? Team leaders will see this.")
        )
        self.comment_prompt.setText(prompt)
        self.comment_row.show()
        self.thanks.hide()
        self.comment.setFocus()

    def submit_feedback(self) -> None:
        if self.article is None or not self._kind:
            return
        self.feedback_submitted.emit(self._kind, self.comment.text().strip())

    def show_feedback_sent(self) -> None:
        self.comment.clear()
        self.comment_row.hide()
        for button in (self.helpful_button, self.outdated_button):
            button.setEnabled(False)
        self.thanks.setText(self.tr("Thank you: your feedback was sent."))
        self.thanks.show()
        self.browser.setFocus()

    # -- keys and links ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.comment
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.comment_row.hide()  # Esc leaves the comment, not the article
            self.browser.setFocus()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.results_requested.emit()
            return
        super().keyPressEvent(event)

    def _on_anchor(self, url: QUrl) -> None:
        self.link_activated.emit(url.toString())
