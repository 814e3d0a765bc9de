"""A one-line label that shortens long text with "…" and shows all of it as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """``full_text()`` is what was set; the label shows as much as fits on one line."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kw) -> None:
        super().__init__(parent, **kw)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def text(self) -> str:  # what was set, as a plain QLabel would answer
        return self._full

    def shown_text(self) -> str:
        """What is on screen: the text, or its start and "…"."""
        return super().text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8, hint.height())

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(0, self.width() - 2)
        )
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
        self.setAccessibleName(self._full)
