"""A text box's smallest height in lines of its own font, instead of Qt's 70 px default."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def set_min_lines(box: QAbstractScrollArea, lines: int) -> None:
    """``box`` may shrink to ``lines`` lines (plus its frame and margins) and no further.

    Qt's own floor for a scroll area is about 70 px whatever it holds; three such boxes in the
    right column (the note, the article, the reply) made the window taller than a 1366×768
    laptop's screen once a customer card was open. They still grow with the dock."""
    frame = 2 * box.frameWidth() + 8  # the document's own margins
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + frame)
