"""The message form where it is used: in the call's message step, or on its own (Ctrl+Shift+M
with no call on screen, or during the wrap-up)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from agentdesk.ui.common.screen_fit import open_fitted
from agentdesk.ui.procedures.base import ProcedurePanel, heading
from agentdesk.ui.procedures.message_form import MessageForm


class MessageStepPanel(ProcedurePanel):
    """Fills the message step's fields (for its ways on) when the message is saved."""

    handled_fields = frozenset({"message_for", "message_text", "message_number"})
    handled_checks = frozenset({"read_back_number"})

    def __init__(self, form: MessageForm, parent: QWidget | None = None) -> None:
        super().__init__("messagePanel", parent)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Take the message: all seven parts")))
        layout.addWidget(form)
        form.saved.connect(lambda _mid: self.changed.emit())
        form.failed.connect(self.failed)

    def first_focus(self) -> QWidget | None:
        return self.form.first_focus()

    def tab_chain(self) -> list[QWidget]:
        return self.form.tab_chain()


class MessageDialog(QDialog):
    """A message taken outside the call flow; closing keeps the draft for next time."""

    def __init__(self, form: MessageForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self.setWindowTitle(self.tr("Take a message"))
        self.form = form
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Take a message: all seven parts")))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        open_fitted(self, QSize(640, 760))
