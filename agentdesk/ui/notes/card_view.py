"""One customer's card: who they are, their history, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from agentdesk.addressing import spoken
from agentdesk.services.customer_types import CustomerCard
from agentdesk.ui.common.locale_text import datetime_text
from agentdesk.ui.notes.support_box import GuidanceLookup, SupportBox


class CustomerCardView(QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, guidance: GuidanceLookup | None = None
    ) -> None:
        super().__init__(parent)
        self.card: CustomerCard | None = None
        self.name = QLabel(objectName="cardName")
        self.name.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.name.setWordWrap(True)
        self.spelling = QLabel(objectName="cardSpelling")
        self.spelling.setStyleSheet("color: #505050;")  # muted, but readable at a glance
        self.spelling.setWordWrap(True)
        self.details = QLabel(objectName="cardDetails")
        self.details.setWordWrap(True)
        self.history = QListWidget(objectName="history")
        self.history.setAccessibleName(self.tr("History, newest first"))
        self.history.setWordWrap(True)
        # At least five lines of history, whatever the dock's height (a card with one visible
        # line of history hides why the customer is calling again).
        frame = 2 * self.history.frameWidth() + 4
        self.history.setMinimumHeight(self.history.fontMetrics().lineSpacing() * 5 + frame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.spelling)
        layout.addWidget(self.details)
        self.support = SupportBox(guidance)
        layout.addWidget(self.support)
        self.locked = QLabel(
            self.tr("Name only until the caller's identity is checked (Alt+Y)"),
            objectName="cardLocked",
        )
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.locked.setToolTip(
            self.tr("History and notes appear once the identity check has passed (G1).")
        )
        # Two wrapped lines even when the dock is short (a wrapped label's height is not
        # asked for by every layout).
        self.locked.setMinimumHeight(self.locked.fontMetrics().lineSpacing() * 2 + 6)
        self.locked.hide()
        layout.addWidget(self.locked)
        self.history_heading = QLabel(self.tr("History"))
        layout.addWidget(self.history_heading)
        layout.addWidget(self.history, 1)
        self.restricted = False

    def set_restricted(self, restricted: bool) -> None:
        """G1/G3: during a call whose identity check has not passed, show only the name."""
        self.restricted = restricted
        for widget in (self.details, self.history_heading, self.history):
            widget.setVisible(not restricted)
        self.locked.setVisible(restricted)
        if self.card is not None:
            self.support.show_card(self.card, restricted=restricted)

    def show_card(self, card: CustomerCard) -> None:
        self.card = card
        self.support.show_card(card, restricted=self.restricted)
        title = f"{spoken(card.form_of_address)} " if spoken(card.form_of_address) else ""
        self.name.setText(f"{title}{card.display_name}")
        # Letter by letter, so the name can be read back and spelt right on every call (T2).
        spelt = "  ".join("-".join(part) for part in card.display_name.split())
        self.name.setToolTip(self.tr("Spelling: %1").replace("%1", spelt))
        self.spelling.setText(self.tr("Spelling: %1").replace("%1", spelt))
        bits = [card.phone, card.email]
        if card.type_tags:
            bits.append(", ".join(t.replace("-", " ") for t in card.type_tags))
        if card.free_tags:
            bits.append(", ".join(card.free_tags))
        if card.lawful_basis:
            bits.append(self.tr("basis: %1").replace("%1", card.lawful_basis.replace("-", " ")))
        self.details.setText(" · ".join(b for b in bits if b))
        self.history.clear()
        notes = {n.id: n for n in card.notes}
        for item in card.history:
            when = datetime_text(item.at)
            if item.kind == "note":
                note = notes[item.ref_id]
                flags = []
                if note.cards_masked:
                    flags.append(self.tr("card number masked"))
                if note.edited:
                    flags.append(self.tr("edited"))
                extra = f"  [{', '.join(flags)}]" if flags else ""
                text = f"{when} · {self.tr('note by')} {note.author}{extra}\n{note.text}"
            else:
                text = f"{when} · {item.summary}"
            QListWidgetItem(text, self.history)

    def clear(self) -> None:
        self.card = None
        self.support.hide()
        self.name.clear()
        self.spelling.clear()
        self.details.clear()
        self.history.clear()
