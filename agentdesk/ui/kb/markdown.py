"""Markdown shown in a narrow dock: Qt renders headings at up to twice the text size."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser

# Qt's size steps: 0 = text size, 1 = 1.2x, 2 = 1.5x (bold stays from the heading format).
HEADING_STEPS = {1: 2, 2: 1}


def show_markdown(browser: QTextBrowser, text: str) -> None:
    """Render ``text`` with headings one or two steps smaller than Qt's default."""
    browser.setMarkdown(text)
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            smaller = QTextCharFormat()
            smaller.setProperty(
                QTextFormat.Property.FontSizeAdjustment, HEADING_STEPS.get(level, 0)
            )
            cursor.mergeCharFormat(smaller)
        block = block.next()
    doc.setModified(False)
