"""Extra support on the customer card: what the customer needs, what was agreed, and the
playbook's guidance for the call (pace, check understanding, adjustments, second channel)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from agentdesk.playbook import Entry
from agentdesk.playbook.phrases import fill_phrase
from agentdesk.services.customer_types import CustomerCard
from agentdesk.support import guidance_ids, needs_of
from agentdesk.ui.notes.support_words import SupportWords

GuidanceLookup = Callable[[str], Entry | None]


class SupportBox(QFrame):
    """Hidden unless the card records a need (or an older-caller, international or
    accessibility type). While the caller's identity is unchecked, the customer's own note
    is left out; how to talk with them is not (it is needed to run the check itself)."""

    def __init__(self, guidance: GuidanceLookup | None = None, parent: QWidget | None = None):
        super().__init__(parent, objectName="supportBox")
        self._guidance = guidance or (lambda _id: None)
        self._words = SupportWords(self)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#supportBox { border: 2px solid #1f5fa8; border-radius: 4px; }")
        self.heading = QLabel(objectName="supportHeading")
        self.heading.setStyleSheet("font-weight: 600; color: #1f5fa8;")
        self.heading.setWordWrap(True)
        self.agreed = QLabel(objectName="supportAgreed")
        self.agreed.setWordWrap(True)
        self.note = QLabel(objectName="supportNote")
        self.note.setWordWrap(True)
        # The guidance scrolls inside the box: the card beside it must keep its room, and a
        # long wrapped label in a short dock would be drawn over its neighbours.
        self.advice = QPlainTextEdit(objectName="supportGuidance", readOnly=True)
        self.advice.setFrameShape(QFrame.Shape.NoFrame)
        lines = self.advice.fontMetrics().lineSpacing()
        self.advice.setMinimumHeight(lines * 5)
        self.advice.setMaximumHeight(lines * 12)
        self.advice.setAccessibleName(self.tr("How to help this customer"))
        for label in (self.heading, self.agreed, self.note):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for widget in (self.heading, self.agreed, self.note, self.advice):
            layout.addWidget(widget)
        self.setAccessibleName(self.tr("Extra support"))
        self.entries: list[Entry] = []
        self.hide()

    def show_card(self, card: CustomerCard, *, restricted: bool = False) -> None:
        ids = guidance_ids(card.support, card.type_tags)
        if not ids:
            self.entries = []
            self.hide()
            return
        support = card.support
        needs = ", ".join(self._words.need(n) for n in needs_of(support, card.type_tags))
        self.heading.setText(
            self.tr("Extra support: %1").replace("%1", needs or self.tr("ask what would help"))
        )
        agreed = [self._words.adjustment(a) for a in (support.adjustments if support else ())]
        if support and support.confirm_by:
            agreed.append(
                self.tr("confirm by %1").replace("%1", self._words.channel(support.confirm_by))
            )
        self.agreed.setText(
            self.tr("Agreed: %1").replace("%1", "; ".join(agreed))
            if agreed
            else self.tr("Nothing agreed yet: ask what would make contact easier.")
        )
        self.note.setText(support.note if support and support.note and not restricted else "")
        self.note.setVisible(bool(self.note.text()))
        self.entries = [e for e in map(self._guidance, ids) if e is not None]
        named = card.first_name.strip() or card.surname.strip()
        self.advice.setPlainText("\n".join(self._lines(card.display_name if named else None)))
        self.advice.setVisible(bool(self.entries))
        self.show()

    def _lines(self, name: str | None) -> list[str]:
        lines: list[str] = []
        for entry in self.entries:
            lines.append(entry.title)
            lines.extend(f"• {tactic}" for tactic in entry.tactics)
            lines.extend(f"“{fill_phrase(p, name=name)}”" for p in entry.phrases[:1])
        return lines
