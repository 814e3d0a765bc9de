"""One playbook entry, laid out to scan mid-call: short bullets, phrases to say, ticks."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.playbook import ChecklistItem, Entry, fill_phrase
from agentdesk.ui.playbook.words import PlaybookWords

PHRASE_STYLE = (
    "QFrame#phrase { border-left: 4px solid #2e7d32; background: palette(alternate-base);"
    " border-radius: 3px; }"
)


@dataclass(frozen=True)
class PlaybookContext:
    """What the call adds: the caller's and agent's names, and checklist ticks so far.

    ``ticked`` None means no call is going on: ticks then stay on screen only.
    """

    name: str | None = None
    agent: str | None = None
    ticked: frozenset[str] | None = None


def _label(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class _CheckRow(QWidget):
    """A checkbox whose text wraps (QCheckBox's own text never does); the text toggles it."""

    def __init__(self, item: ChecklistItem, checked: bool) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.box.setObjectName(f"tick_{item.key}")
        self.box.setAccessibleName(item.text)
        self.box.setChecked(checked)
        self.text = _label(item.text)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.MouseButtonRelease:
            self.box.toggle()
            self.box.setFocus()
            return True
        return False


class EntryView(QScrollArea):
    """Shows one entry; ``item_toggled(entry_id, item_id, checked)`` reports every tick."""

    item_toggled = Signal(str, str, bool)
    see_also_chosen = Signal(str)

    def __init__(self, titles: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = titles  # entry id -> title, for "see also" links
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._words = PlaybookWords(self)
        self.entry: Entry | None = None
        self.checkboxes: dict[str, QCheckBox] = {}
        self.copy_buttons: list[QToolButton] = []
        self.phrases: list[str] = []
        self._said: list[tuple[QLabel, QToolButton, str]] = []  # each phrase's widgets, template
        self._show_placeholder()

    # -- public -------------------------------------------------------------------------
    def show_entry(self, entry: Entry, context: PlaybookContext, ticked: frozenset[str]) -> None:
        """Lay out ``entry``; phrases get the names in ``context``, ``ticked`` keys are ticked."""
        self.entry = entry
        self.checkboxes, self.copy_buttons, self.phrases = {}, [], []
        self._said = []
        page = QWidget()
        page.setObjectName("entryPage")
        page.setStyleSheet(PHRASE_STYLE)
        layout = QVBoxLayout(page)
        layout.setSpacing(4)
        layout.addWidget(_label(entry.title, "font-size: 15px; font-weight: 600;"))
        kind = self._words.kind(entry.kind)
        layout.addWidget(_label(f"{kind} · {entry.practice}", "color: palette(placeholder-text);"))
        if entry.summary:
            layout.addWidget(_label(entry.summary))
        self._bullets(layout, self.tr("Recognise it"), entry.recognise)
        self._bullets(layout, self.tr("What to do"), entry.tactics)
        if entry.phrases:
            self._heading(layout, self.tr("Say it like this"))
            for phrase in entry.phrases:
                layout.addWidget(self._phrase(phrase, context))
        self._bullets(layout, self.tr("Avoid"), entry.avoid)
        if entry.reframes:
            self._heading(layout, self.tr("Instead of … say"))
            for reframe in entry.reframes:
                layout.addWidget(_label(f"✗ {reframe.instead_of}", "color: #b00020;"))
                layout.addWidget(self._phrase(reframe.say, context))
        if entry.examples:
            self._heading(layout, self.tr("Examples"))
            for example in entry.examples:
                layout.addWidget(_label(example.situation, "font-style: italic;"))
                layout.addWidget(self._phrase(example.say, context))
        if entry.checklist:
            note = (
                self.tr("Checklist — ticks go into the call record")
                if context.ticked is not None
                else self.tr("Checklist")
            )
            self._heading(layout, note)
            for item in entry.checklist:
                row = _CheckRow(item, item.key in ticked)
                row.box.toggled.connect(
                    lambda on, e=entry.id, i=item.id: self.item_toggled.emit(e, i, on)
                )
                self.checkboxes[item.key] = row.box
                layout.addWidget(row)
        if entry.see_also:
            self._heading(layout, self.tr("See also"))
            links = " · ".join(
                f"<a href='{html.escape(t)}'>{html.escape(self._titles.get(t, t))}</a>"
                for t in entry.see_also
            )
            see_also = QLabel(links)
            see_also.setObjectName("seeAlso")
            see_also.setWordWrap(True)
            see_also.setTextFormat(Qt.TextFormat.RichText)
            see_also.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            see_also.linkActivated.connect(self.see_also_chosen.emit)
            layout.addWidget(see_also)
        layout.addStretch(1)
        self.setWidget(page)
        self.verticalScrollBar().setValue(0)

    def rename(self, context: PlaybookContext) -> None:
        """New names (the caller's, once known) in the phrases on screen, in place: laying the
        whole entry out again cost a visible stall mid-call."""
        for position, (said, copy, template) in enumerate(self._said):
            text = fill_phrase(template, **_names(context))
            said.setText(f"“{text}”")
            copy.setAccessibleName(self.tr("Copy: %1").replace("%1", text))
            self.phrases[position] = text

    def set_ticked(self, ticked: frozenset[str]) -> None:
        """Show these ticks without reporting them again (another view ticked them)."""
        for key, box in self.checkboxes.items():
            box.blockSignals(True)
            box.setChecked(key in ticked)
            box.blockSignals(False)

    def focus_first(self) -> None:
        """Keyboard users land on the first thing to act on: a tick, else a copy button."""
        targets = [*self.checkboxes.values(), *self.copy_buttons]
        (targets[0] if targets else self).setFocus()

    def clear(self) -> None:
        self.entry = None
        self.checkboxes, self.copy_buttons, self.phrases = {}, [], []
        self._said = []
        self._show_placeholder()

    # -- building -----------------------------------------------------------------------
    def _show_placeholder(self) -> None:
        hint = _label(self.tr("Pick an entry to see what to do and what to say."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.setWidget(hint)

    def _heading(self, layout: QVBoxLayout, text: str) -> None:
        heading = _label(text.upper(), "font-size: 11px; font-weight: 700; color: #37474f;")
        heading.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)

    def _bullets(self, layout: QVBoxLayout, title: str, lines: tuple[str, ...]) -> None:
        if not lines:
            return
        self._heading(layout, title)
        for line in lines:
            layout.addWidget(_label(f"•  {line}"))

    def _phrase(self, template: str, context: PlaybookContext) -> QFrame:
        text = fill_phrase(template, **_names(context))
        position = len(self.phrases)
        frame = QFrame()
        frame.setObjectName("phrase")
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 4, 4, 4)
        said = _label(f"“{text}”", "font-size: 14px; font-style: italic;")
        said.setObjectName("phraseText")
        copy = QToolButton()
        copy.setText(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy this phrase"))
        copy.setAccessibleName(self.tr("Copy: %1").replace("%1", text))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.phrases[position]))
        row.addWidget(said, 1)
        row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        self.copy_buttons.append(copy)
        self.phrases.append(text)
        self._said.append((said, copy, template))
        return frame


def _names(context: PlaybookContext) -> dict[str, str | None]:
    return {"name": context.name, "agent": context.agent}
