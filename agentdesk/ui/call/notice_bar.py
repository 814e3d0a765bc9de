"""A non-modal message strip above the call: resume offers, incoming-call notices, errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_STYLES = {
    "info": "background: #e8f0fe; color: #0b2a5b;",
    "warning": "background: #fff4e0; color: #5c3700;",
    "error": "background: #fde7ea; color: #7a0015;",
}


class NoticeBar(QFrame):
    """Shows one notice with optional buttons; never takes focus by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(objectName="noticeText")
        self.text.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self._layout.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        self.close_button = QPushButton(self.tr("Dismiss"), objectName="dismissNotice")
        self.close_button.clicked.connect(self.dismiss)
        self._layout.addWidget(self.close_button)
        self._holds: Callable[[], bool] | None = None
        self.hide()

    def show_notice(
        self,
        text: str,
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
        kind: str = "info",
        *,
        holds: Callable[[], bool] | None = None,
    ) -> None:
        """``holds`` says whether what the notice describes is still true; ``recheck`` (called
        when the call or the person changes) takes the notice away once it is not."""
        self._holds = holds
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for label, handler in actions:
            button = QPushButton(label)
            button.clicked.connect(handler)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons.append(button)
        self.setStyleSheet(
            f"NoticeBar {{ {_STYLES.get(kind, _STYLES['info'])} border-radius: 4px; }}"
        )
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def recheck(self) -> None:
        if self.isVisibleTo(self.parentWidget()) and self._holds is not None and not self._holds():
            self.dismiss()

    def dismiss(self) -> None:
        self._holds = None
        self.hide()
        self.text.clear()
