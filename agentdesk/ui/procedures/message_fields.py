"""The seven parts of a message as inputs, each with its own inline problem line."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agentdesk.flows.message import LIMITS, MAX_MESSAGE_LENGTH, MessageDraft, Problem
from agentdesk.services.directory import DirectoryItem
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.procedures.words import ProcedureWords
from agentdesk.vault.blind_index import format_phone_display, normalise_phone


def _now() -> str:
    return QDateTime.currentDateTime().toString("yyyy-MM-ddTHH:mm")


ORDER = (
    "to_whom",
    "from_name",
    "from_connection",
    "phone",
    "extension",
    "what",
    "action_requested",
    "action_promised",
)


class MessageFields(QWidget):
    """``edited`` on every change. Nothing typed is cut: over-long text stays, and says so."""

    edited = Signal()

    def __init__(
        self, by_whom: str, region: str, draft: MessageDraft, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.region = region
        self.words = ProcedureWords()
        self._entries: dict[str, DirectoryItem] = {}
        self._entry_id = draft.to_entry_id
        self._by_whom = by_whom
        self._when = draft.when or _now()
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in ORDER:  # form order, which is also the Tab order
            if name == "what":
                edit = QPlainTextEdit(objectName="msg_what")
                edit.setPlainText(draft.what)
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(70)
                edit.setMaximumHeight(150)  # long messages scroll; the read-back stays in view
            else:
                edit = QLineEdit(getattr(draft, name), objectName=f"msg_{name}")
            edit.textChanged.connect(self._on_edited)
            self.inputs[name] = edit
        self.problems = {name: ErrorLabel() for name in self.inputs}
        self.count = QLabel(objectName="msgCount")
        self.count.setStyleSheet("color: palette(placeholder-text);")
        self.inputs["phone"].editingFinished.connect(self._format_phone)
        self.inputs["extension"].setMaximumWidth(90)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Inline: the rest of the name appears selected as you type; no popup steals the keys.
        self.completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.inputs["to_whom"].setCompleter(self.completer)
        hints = {
            "to_whom": self.tr("Colleague or department (from the directory)"),
            "from_name": self.tr("First name and surname"),
            "from_connection": self.tr("Company, or how they are connected"),
            "phone": self.tr("With area code, or + and country code"),
            "extension": self.tr("Ext."),
            "action_requested": self.tr("What the caller asks for: call back, send a quote…"),
            "action_promised": self.tr("What you promised: e.g. she will call you back today"),
        }
        for name, hint in hints.items():
            self.inputs[name].setPlaceholderText(hint)
        self.inputs["what"].setPlaceholderText(self.tr("The message, in the caller's words"))
        self.taker = QLabel(objectName="msgTaker")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To whom *"), self._cell("to_whom"))
        form.addRow(self.tr("From whom *"), self._cell("from_name"))
        form.addRow(self.tr("Business connection"), self._cell("from_connection"))
        phone = QHBoxLayout()
        phone.addLayout(self._cell("phone"), 1)
        phone.addLayout(self._cell("extension"))
        form.addRow(self.tr("Phone number *"), phone)
        form.addRow(self.tr("Message *"), self._cell("what", self.count))
        form.addRow(self.tr("Action requested *"), self._cell("action_requested"))
        form.addRow(self.tr("Action promised *"), self._cell("action_promised"))
        form.addRow(self.tr("Taken"), self.taker)
        self._show_taker()
        self._show_count()

    def _cell(self, name: str, *extra: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.inputs[name])
        for widget in extra:
            box.addWidget(widget)
        box.addWidget(self.problems[name])
        return box

    def set_directory(self, items: list[DirectoryItem]) -> None:
        if not isValid(self.completer):
            # The step moved on before the directory arrived (a slow disk): the form is gone,
            # and touching it would raise into the crash reporter mid-call.
            return
        self._entries = {i.label: i for i in items}
        self.completer.model().setStringList(list(self._entries))  # type: ignore[attr-defined]

    def draft(self) -> MessageDraft:
        texts = {
            n: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
            for n, w in self.inputs.items()
        }
        entry = self._entries.get(texts["to_whom"].strip())
        entry_id = entry.id if entry is not None else None
        return MessageDraft(**texts, to_entry_id=entry_id, by_whom=self._by_whom, when=self._when)

    def set_draft(self, draft: MessageDraft) -> None:
        for name, widget in self.inputs.items():
            value = getattr(draft, name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self._when = draft.when or _now()
        self._show_taker()

    def fresh(self) -> MessageDraft:
        """An empty message, taken now."""
        return replace(MessageDraft(), when=_now())

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        by_field = {p.field: p for p in problems}
        for name, label in self.problems.items():
            label.show_error(self.words.problem(by_field[name]) if name in by_field else "")

    def focus_first(self, problems: tuple[Problem, ...]) -> None:
        if problems and problems[0].field in self.inputs:
            self.inputs[problems[0].field].setFocus()

    def set_read_only(self, on: bool) -> None:
        for widget in self.inputs.values():
            widget.setReadOnly(on)

    def _format_phone(self) -> None:
        edit = self.inputs["phone"]
        if normalise_phone(edit.text(), self.region) is not None:
            shown = format_phone_display(edit.text(), self.region)
            if shown != edit.text():
                edit.setText(shown)

    def _show_taker(self) -> None:
        self.taker.setText(
            self.tr("by %1, %2")
            .replace("%1", self._by_whom)
            .replace("%2", self.words.when(self._when))
        )

    def _show_count(self) -> None:
        length = len(self.inputs["what"].toPlainText())
        near = length > LIMITS["what"] * 0.9
        self.count.setVisible(near)
        if near:
            self.count.setText(f"{length:,} / {MAX_MESSAGE_LENGTH:,}")

    def _on_edited(self) -> None:
        self._show_count()
        self.edited.emit()
