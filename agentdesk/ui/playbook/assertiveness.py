"""Assertiveness builder (D6): three short answers become a sentence to say, checked as typed."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.coach import Finding
from agentdesk.errors import KnownError
from agentdesk.services.identity import Identity
from agentdesk.services.playbook import MAX_PART_CHARS, PlaybookService, SnippetList
from agentdesk.ui.coach.words import COLOURS, CoachWords
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.errors import error_text
from agentdesk.ui.playbook.companion import HideWithParent
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

BUILDER_KEYS = "Ctrl+Shift+I"  # "I" language (D3, D6)


class AssertivenessBuilder(QDialog):
    """Non-modal dialog; ``snippets_changed`` fires after every load, save or removal."""

    snippets_changed = Signal(object)

    def __init__(
        self,
        service: PlaybookService,
        tasks: TaskRunner,
        who: Identity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assertivenessBuilder")
        self.setWindowTitle(self.tr("Assertiveness builder"))
        self.setModal(False)
        self._service = service
        self._tasks = tasks
        self._who = who
        self._words = CoachWords(self)
        self.findings: tuple[Finding, ...] = ()
        self.apply_buttons: list[QPushButton] = []

        intro = QLabel(
            self.tr(
                "Say what happened, how it makes you feel and what you would like instead. "
                "Describe the behaviour, not the person."
            )
        )
        intro.setWordWrap(True)
        self.when_you = QLineEdit(objectName="whenYou")
        self.when_you.setPlaceholderText(self.tr("raise your voice"))
        self.i_feel = QLineEdit(objectName="iFeel")
        self.i_feel.setPlaceholderText(self.tr("unable to help you properly"))
        self.appreciate = QLineEdit(objectName="appreciate")
        for edit in (self.when_you, self.i_feel, self.appreciate):
            edit.setMaxLength(MAX_PART_CHARS)
        self.appreciate.setPlaceholderText(self.tr("could tell me what happened, step by step"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, edit in (
            (self.tr("&When you …"), self.when_you),
            (self.tr("I &feel …"), self.i_feel),
            (self.tr("I would &appreciate it if you …"), self.appreciate),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self._update)

        self.statement = QLabel(objectName="statement")
        self.statement.setWordWrap(True)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement.setStyleSheet("font-size: 15px; padding: 6px;")
        self.statement.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy sentence"), objectName="copyStatement")
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.statement.text())
        )
        self.save_button = QPushButton(self.tr("&Save as my snippet"), objectName="saveSnippet")
        self.save_button.setToolTip(self.tr("Keep this sentence to reuse it (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_snippet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.warnings = QWidget(objectName="statementWarnings")
        self._warning_rows = QVBoxLayout(self.warnings)
        self._warning_rows.setContentsMargins(0, 0, 0, 0)

        self.snippet_list = QListWidget(objectName="snippets")
        self.snippet_list.setWordWrap(True)
        self.snippet_list.setAccessibleName(self.tr("My snippets"))
        self.snippet_list.itemActivated.connect(self._on_snippet_chosen)
        self.snippet_list.installEventFilter(self)
        snippets_label = QLabel(self.tr("&My snippets — Enter puts one back, Delete removes it"))
        snippets_label.setBuddy(self.snippet_list)
        self.no_snippets = QLabel(
            self.tr("No snippets yet. Save a sentence you want to use again (Ctrl+S).")
        )
        self.no_snippets.setWordWrap(True)
        self.no_snippets.setStyleSheet("color: palette(placeholder-text);")
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.statement)
        layout.addWidget(self.verdict)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(snippets_label)
        layout.addWidget(self.no_snippets)
        layout.addWidget(self.snippet_list, 1)
        layout.addStretch(0)  # takes the room while there are no snippets
        QShortcut(QKeySequence("Ctrl+."), self, self.apply_first)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_snippet)
        open_fitted(self, QSize(580, 520))
        if parent is not None:
            HideWithParent(self, parent)
        self._update()
        self.load_snippets()

    # -- public -------------------------------------------------------------------------
    def parts(self) -> tuple[str, str, str]:
        return (self.when_you.text(), self.i_feel.text(), self.appreciate.text())

    def set_parts(self, parts: tuple[str, str, str]) -> None:
        for edit, text in zip((self.when_you, self.i_feel, self.appreciate), parts, strict=True):
            if edit.text() != text:
                edit.setText(text)

    def set_identity(self, who: Identity) -> None:
        if who.account_id != self._who.account_id:
            self.set_parts(("", "", ""))  # one person's draft is not the next one's
        self._who = who
        self.load_snippets()

    def open_fresh(self) -> None:
        """Show (or raise) the builder with the first field ready for typing."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.when_you.setFocus()

    def apply(self, finding: Finding) -> bool:
        """Put the calmer wording into the field the finding came from."""
        fixed = self._service.calmer(self.parts(), finding)
        if fixed is None:
            return False
        self.set_parts(fixed)
        return True

    def apply_first(self) -> None:
        if self.findings:
            self.apply(self.findings[0])

    def load_snippets(self) -> None:
        who = self._who
        self._tasks.run_query(lambda: self._service.snippets(who), self._show_snippets, self._fail)

    def save_snippet(self) -> None:
        who, parts = self._who, self.parts()
        self.error.clear_error()
        self._tasks.run_mutation(
            lambda: self._service.add_snippet(who, parts), self._show_snippets, self._fail
        )

    def remove_snippet(self, snippet_id: str) -> None:
        who = self._who
        self._tasks.run_mutation(
            lambda: self._service.remove_snippet(who, snippet_id), self._show_snippets, self._fail
        )

    # -- internals ----------------------------------------------------------------------
    def _update(self) -> None:
        statement = self._service.statement(self.parts())
        self.statement.setText(statement.text)
        # Aggressive findings first: they are the ones that turn a talk into a fight.
        findings = statement.aggressive + tuple(
            f for f in statement.findings if f.category != "aggressive"
        )
        if findings != self.findings:
            self.findings = findings
            self._show_warnings()
        filled = all(p.strip() for p in self.parts())
        if statement.aggressive:
            self.verdict.setText(self.tr("This sounds aggressive. Try the calmer wording below."))
            self.verdict.setStyleSheet(f"color: {COLOURS['aggressive']}; font-weight: 600;")
        elif filled and not findings:
            self.verdict.setText(self.tr("Assertive, not aggressive. Ready to say."))
            self.verdict.setStyleSheet("color: #1b6e20; font-weight: 600;")
        else:
            self.verdict.setText("")
        self.verdict.setVisible(bool(self.verdict.text()))

    def _show_warnings(self) -> None:
        while self._warning_rows.count():
            widget = self._warning_rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.apply_buttons = []
        for finding in self.findings:
            self._warning_rows.addWidget(self._warning_row(finding))
        self.warnings.setVisible(bool(self.findings))

    def _warning_row(self, finding: Finding) -> QWidget:
        row = QFrame(objectName="statementWarning")
        colour = COLOURS.get(finding.category, "#546e7a")
        row.setStyleSheet(f"QFrame#statementWarning {{ border-left: 4px solid {colour}; }}")
        fixed = self._service.calmer(self.parts(), finding)
        # The whole changed answer reads better than a bare suggestion such as "you".
        changed = [new for old, new in zip(self.parts(), fixed or (), strict=False) if old != new]
        shown = changed[0] if changed else finding.suggestion
        text = QLabel(
            f"<b style='color:{colour}'>{html.escape(self._words.category(finding.category))}"
            f"</b> — “{html.escape(finding.matched)}”<br>{html.escape(finding.why)}<br>"
            + self.tr("Try: “%1”").replace("%1", f"<b>{html.escape(shown)}</b>")
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        button = QPushButton(self.tr("Use this"))
        tip = self.tr("Replace “%1” with the calmer wording")
        button.setToolTip(tip.replace("%1", finding.matched))
        button.setEnabled(fixed is not None)
        button.clicked.connect(lambda: self.apply(finding))
        self.apply_buttons.append(button)
        line = QHBoxLayout(row)
        line.setContentsMargins(8, 2, 2, 2)
        line.addWidget(text, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _show_snippets(self, snippets: SnippetList) -> None:
        self.snippet_list.clear()
        for snippet in snippets.items:
            item = QListWidgetItem(snippet.text, self.snippet_list)
            item.setData(Qt.ItemDataRole.UserRole, snippet)
        self.no_snippets.setVisible(not snippets.items)
        self.snippet_list.setVisible(bool(snippets.items))
        if snippets.problem:
            self.error.show_error(snippets.problem)
        self.snippets_changed.emit(snippets)

    def _on_snippet_chosen(self, item: QListWidgetItem) -> None:
        self.set_parts(item.data(Qt.ItemDataRole.UserRole).parts)
        self.when_you.setFocus()

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.error.show_error(error_text(exc))
        else:
            log.error("snippets failed", exc_info=exc)
            self.error.show_error(self.tr("Your snippets could not be saved or read."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.snippet_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and self.snippet_list.currentItem() is not None
        ):
            self.remove_snippet(self.snippet_list.currentItem().data(Qt.ItemDataRole.UserRole).id)
            return True
        return False
