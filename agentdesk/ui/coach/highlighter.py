"""Wavy underlines under the coach's findings, from spans kept in document positions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat

from agentdesk.coach import Finding
from agentdesk.ui.coach.words import colour


@dataclass(frozen=True)
class Span:
    """A finding placed in the document: ``start``/``end`` count UTF-16 units, as Qt does."""

    start: int
    end: int
    finding: Finding

    def shifted(self, delta: int) -> Span:
        return Span(self.start + delta, self.end + delta, self.finding)


class Utf16Map:
    """Converts between Python string offsets and Qt's UTF-16 positions in one text.

    They differ only after a character outside the Basic Multilingual Plane (most emoji,
    some CJK): Qt counts it twice.
    """

    def __init__(self, text: str) -> None:
        self._units: list[int] | None = None
        if len(text.encode("utf-16-le")) != 2 * len(text):
            units = [0]
            for ch in text:
                units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
            self._units = units

    def to_qt(self, index: int) -> int:
        return index if self._units is None else self._units[index]


class CoachHighlighter(QSyntaxHighlighter):
    """Formats each block from ``spans()``; knows nothing about rules or timing."""

    def __init__(self, spans: Callable[[], Iterable[Span]], parent: QObject) -> None:
        super().__init__(parent)
        self._spans = spans
        self._formats: dict[str, QTextCharFormat] = {}

    def format_for(self, category: str) -> QTextCharFormat:
        fmt = self._formats.get(category)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour(category))
            self._formats[category] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1  # UTF-16 length of the block's text
        for span in self._spans():
            if span.start >= end or span.end <= start:
                continue
            first, last = max(span.start, start), min(span.end, end)
            self.setFormat(first - start, last - first, self.format_for(span.finding.category))
