"""What the phrase coach shows: category names in the user's language and their colours."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

# One colour per category (coach/model.py CATEGORIES); the tooltip names the category too,
# so colour is never the only cue.
COLOURS: dict[str, str] = {
    "aggressive": "#d32f2f",
    "least-helpful": "#e65100",
    "goodwill": "#a86b00",
    "absence": "#7b1fa2",
    "reframe": "#1565c0",
    "absolute": "#00796b",
    "jargon": "#546e7a",
}


def colour(category: str) -> QColor:
    return QColor(COLOURS.get(category, "#546e7a"))


class CoachWords(QObject):
    """Translatable words of the coach (categories are codes in the core, words here)."""

    def category(self, category: str) -> str:
        labels = {
            "aggressive": self.tr("Sounds aggressive"),
            "least-helpful": self.tr("Unhelpful phrase"),
            "goodwill": self.tr("Loses goodwill"),
            "absence": self.tr("Says why a colleague is away"),
            "reframe": self.tr("Negative wording"),
            "absolute": self.tr("Absolute word"),
            "jargon": self.tr("Internal jargon"),
        }
        return labels.get(category, category)

    def advice_tooltip(self, category: str, why: str, suggestion: str) -> str:
        """Rich text for a finding with nothing to replace: the reason, and any advice."""
        text = (
            f"<qt><b style='color:{COLOURS.get(category, '#546e7a')}'>"
            f"{html.escape(self.category(category))}</b><br>{html.escape(why)}"
        )
        if suggestion:
            tip = self.tr("Instead, try: “%1”").replace("%1", f"<b>{html.escape(suggestion)}</b>")
            text += "<br>" + tip
        return text + "</qt>"

    def tooltip(self, category: str, why: str, suggestion: str, keys: str = "Ctrl+.") -> str:
        """Rich text (escaped) for the hover tooltip: category, reason, what to say instead."""
        return (
            f"<qt><b style='color:{COLOURS.get(category, '#546e7a')}'>"
            f"{html.escape(self.category(category))}</b><br>{html.escape(why)}<br>"
            + self.tr("Try: “%1”").replace("%1", f"<b>{html.escape(suggestion)}</b>")
            + "<br><i>"
            + html.escape(self.tr("%1 or right-click to replace").replace("%1", keys))
            + "</i></qt>"
        )
