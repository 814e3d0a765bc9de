"""A chat or e-mail reply being drafted beside the call: canned responses, article passages
and the phrase coach all work in it; Copy puts it on the clipboard for the chat tool."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.ui.common.clipboard import copy_redacted
from agentdesk.ui.common.min_lines import set_min_lines


class ReplyBox(QPlainTextEdit):
    """Tab leaves the box once no canned-response blank is left to fill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kbReply")
        self.setPlaceholderText(self.tr("Type :: for a canned response"))
        self.setAccessibleName(self.tr("Reply draft"))
        self.setTabChangesFocus(True)
        set_min_lines(self, 2)


class ReplyDraft(QWidget):
    """The reply box with its heading and Copy / Clear buttons; ``copied(text)`` when the
    reply goes to the clipboard (to be sent)."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = ReplyBox()
        heading = QLabel(self.tr("Reply draft"))
        heading.setStyleSheet("font-weight: 600;")
        heading.setBuddy(self.box)
        self.status = QLabel(objectName="kbReplyStatus")
        self.status.setStyleSheet("color: #5f6368;")
        self.copy_button = QPushButton(self.tr("Copy"), objectName="kbCopyReply")
        self.copy_button.setToolTip(self.tr("Copy the reply to paste it into the chat or e-mail"))
        self.copy_button.clicked.connect(self.copy)
        self.clear_button = QPushButton(self.tr("Clear"), objectName="kbClearReply")
        self.clear_button.clicked.connect(self.box.clear)
        self.box.textChanged.connect(lambda: self.status.clear())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.status, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.box, 1)

    def copy(self) -> None:
        text = copy_redacted(self.box.toPlainText())
        self.status.setText(self.tr("Copied."))
        self.copied.emit(text)
