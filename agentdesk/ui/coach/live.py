"""The live phrase coach on a text field: underlines, hover reasons, one-key replacement.

``attach_coach(editor, rules)`` is all a feature writes. The coach re-analyses the whole text
150 ms after the last keystroke, on the GUI thread: ``analyse`` takes about 0.07 ms for a
one-line note and 1.7 ms for 1,500 characters, far below a keystroke, so typing is never
held up. Between analyses the underlines move with the text, so they never flicker.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from agentdesk.coach import Finding, RuleSet, analyse
from agentdesk.ui.coach.highlighter import CoachHighlighter, Span, Utf16Map
from agentdesk.ui.coach.words import CoachWords

DEBOUNCE_MS = 150
FIX_KEYS = "Ctrl+."
_MENU_TEXT_CHARS = 70  # menus do not wrap; longer reasons are cut, the tooltip has them all

TextEditor = QPlainTextEdit | QTextEdit


class LiveCoach(QObject):
    """Coaches one editor; its parent is the editor, so it lives exactly as long."""

    analysed = Signal()  # new findings are on screen

    def __init__(
        self,
        editor: TextEditor,
        rules: RuleSet,
        delay_ms: int = DEBOUNCE_MS,
        *,
        record: bool = False,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._rules = rules
        self.record = record  # a note or message: tone only, nothing replaced (facts stay)
        self._words = CoachWords(self)
        self._doc = editor.document()
        self._text = ""
        self._spans: list[Span] = []
        self.last_analysis_ms = 0.0
        self._delay = delay_ms / 1000
        self._changed_at: float | None = None  # last edit not analysed yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        # Connected before the highlighter's own slot, so spans have moved before it repaints.
        self._doc.contentsChange.connect(self._on_document_changed)
        self._highlighter = CoachHighlighter(lambda: self._spans, self)
        self._highlighter.setDocument(self._doc)
        editor.installEventFilter(self)
        editor.viewport().installEventFilter(self)
        self.analyse_now()

    # -- what tests and features read ---------------------------------------------------
    @property
    def findings(self) -> tuple[Finding, ...]:
        """Findings on screen; offsets index the text as it was at the last analysis."""
        return tuple(span.finding for span in self._spans)

    @property
    def pending(self) -> bool:
        """True while an analysis is due (the text changed in the last ``delay_ms``)."""
        return self._changed_at is not None

    def finding_at(self, position: int) -> Finding | None:
        """The finding under a document position (its end counts: the cursor after a word)."""
        span = self._span_at(position)
        return span.finding if span else None

    def tooltip_text(self, finding: Finding) -> str:
        if not finding.replaceable:
            return self._words.advice_tooltip(finding.category, finding.why, finding.suggestion)
        return self._words.tooltip(finding.category, finding.why, finding.suggestion, FIX_KEYS)

    # -- analysis -----------------------------------------------------------------------
    def analyse_now(self) -> None:
        self._changed_at = None
        started = time.perf_counter()
        text = self._doc.toPlainText()
        units = Utf16Map(text)
        spans = [
            Span(units.to_qt(f.start), units.to_qt(f.end), f)
            for f in analyse(text, self._rules, record=self.record)
        ]
        self.last_analysis_ms = (time.perf_counter() - started) * 1000
        old = {(s.start, s.end, s.finding.category) for s in self._spans}
        new = {(s.start, s.end, s.finding.category) for s in spans}
        self._text, self._spans = text, spans
        for start, end, _ in old ^ new:
            self._rehighlight(start, end)
        self.analysed.emit()

    def _on_document_changed(self, position: int, removed: int, added: int) -> None:
        text = self._doc.toPlainText()
        if text == self._text:
            return  # formats only: the highlighter marking blocks dirty
        self._text = text
        edit_end, delta = position + removed, added - removed
        kept = []
        for span in self._spans:
            if span.end <= position:
                kept.append(span)
            elif span.start >= edit_end:
                kept.append(span.shifted(delta))
            # a span the edit touched is dropped until the next analysis
        self._spans = kept
        # Debounce without restarting the timer on every key (see _on_timer_timeout).
        self._changed_at = time.monotonic()
        if not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._changed_at is None:
            return
        quiet = time.monotonic() - self._changed_at
        if quiet < self._delay:  # typed on since: wait for the rest of the pause
            self._timer.start(max(1, round((self._delay - quiet) * 1000)))
        else:
            self.analyse_now()

    def _rehighlight(self, start: int, end: int) -> None:
        block = self._doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            self._highlighter.rehighlightBlock(block)
            block = block.next()

    def _span_at(self, position: int) -> Span | None:
        return next((s for s in self._spans if s.start <= position <= s.end), None)

    # -- replacing ----------------------------------------------------------------------
    def replace(self, finding: Finding) -> bool:
        """Put the finding's suggestion in place of its phrase (one undo step)."""
        span = next((s for s in self._spans if s.finding is finding), None)
        if span is None or not finding.replaceable:
            return False
        cursor = QTextCursor(self._doc)
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        if _plain(cursor.selectedText()) != _plain(finding.matched):
            return False  # the text moved under us; the next analysis finds it again
        cursor.beginEditBlock()
        cursor.insertText(finding.suggestion)
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)
        return True

    def fix_at_cursor(self) -> bool:
        """Replace the finding at the cursor, or else the nearest one before it in the line."""
        if self.pending:
            self.analyse_now()
        cursor = self._editor.textCursor()
        position = cursor.position()
        span = self._span_at(position)
        if span is None:
            line_start = cursor.block().position()
            before = [s for s in self._spans if line_start <= s.start and s.end <= position]
            span = before[-1] if before else None
        if span is None:
            where = self._editor.viewport().mapToGlobal(self._editor.cursorRect().bottomLeft())
            QToolTip.showText(where, self.tr("Nothing to change here."), self._editor)
            return False
        if not span.finding.replaceable:
            # Advice, not a drop-in: say it rather than change what was written.
            where = self._editor.viewport().mapToGlobal(self._editor.cursorRect().bottomLeft())
            QToolTip.showText(where, self.tooltip_text(span.finding), self._editor)
            return False
        return self.replace(span.finding)

    # -- events -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and _is_fix_key(event):
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self.fix_at_cursor()
            return kind == QEvent.Type.KeyPress
        if kind == QEvent.Type.ToolTip and watched is self._editor.viewport():
            return self._show_tooltip(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.ContextMenu:
            return self._show_menu(watched, event)  # type: ignore[arg-type]
        return False

    def _show_tooltip(self, event: QHelpEvent) -> bool:
        position = self._editor.cursorForPosition(event.pos()).position()
        span = self._span_at(position)
        if span is None:
            QToolTip.hideText()
            event.ignore()
            return True
        QToolTip.showText(event.globalPos(), self.tooltip_text(span.finding), self._editor)
        return True

    def _show_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        viewport = self._editor.viewport()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            at = self._editor.cursorRect().center()
            position = self._editor.textCursor().position()
        else:
            at = event.pos() if watched is viewport else viewport.mapFrom(self._editor, event.pos())
            position = self._editor.cursorForPosition(at).position()
        menu = self.build_menu(at, position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        first = menu.actions()[0] if self._span_at(position) else None
        menu.popup(viewport.mapToGlobal(at), first)
        if first is not None:
            menu.setActiveAction(first)  # Enter takes the replacement
        return True

    def build_menu(self, at: QPoint, position: int) -> QMenu:
        """The editor's own menu with "Replace with …" and the reason on top."""
        menu = self._editor.createStandardContextMenu(at)
        span = self._span_at(position)
        if span is None:
            return menu
        finding = span.finding
        top = menu.actions()[0] if menu.actions() else None
        if finding.replaceable:
            replace = QAction(
                self.tr("Replace with “%1”").replace("%1", _cut(finding.suggestion)), menu
            )
            replace.setObjectName("coachReplace")
            replace.setShortcut(FIX_KEYS)  # shown in the menu; the key itself is handled above
            replace.triggered.connect(lambda: self.replace(finding))
            menu.insertAction(top, replace)
        elif finding.suggestion:
            advice = QAction(
                self.tr("Instead, try: “%1”").replace("%1", _cut(finding.suggestion)), menu
            )
            advice.setObjectName("coachAdvice")
            advice.setEnabled(False)
            menu.insertAction(top, advice)
        why = QAction(f"{self._words.category(finding.category)}: {_cut(finding.why)}", menu)
        why.setEnabled(False)
        menu.insertAction(top, why)
        menu.insertSeparator(top)
        return menu


def attach_coach(
    editor: TextEditor, rules: RuleSet, *, delay_ms: int = DEBOUNCE_MS, record: bool = False
) -> LiveCoach:
    """Coach every word written in ``editor`` (a QPlainTextEdit or QTextEdit).

    ``record``: the editor holds a note or a message (facts): tone is flagged, nothing is
    replaced. Replies to the customer use the full coach.
    """
    return LiveCoach(editor, rules, delay_ms, record=record)


def _is_fix_key(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_Period and mods == Qt.KeyboardModifier.ControlModifier


def _plain(text: str) -> str:
    """Text as toPlainText gives it: selections hold U+2029 for line breaks, and NBSPs."""
    return text.replace("\u2029", "\n").replace("\u00a0", " ")


def _cut(text: str) -> str:
    text = " ".join(text.split()).replace("&", "&&")  # '&' would mark a menu accelerator
    return text if len(text) <= _MENU_TEXT_CHARS else text[: _MENU_TEXT_CHARS - 1] + "…"
