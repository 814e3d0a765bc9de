"""The transfer step (T5): can you help yourself? then pick who (directory search by name or
topic), tell the caller why and to whom, announce the call with the handover (one-click copy),
connect; or, when nobody takes it, back to the caller with a message or a call-back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.phonetic import Alphabet
from agentdesk.flows.procedures import go_to_kind
from agentdesk.flows.transfer import (
    FAILURE_REASONS,
    MAX_TEXT,
    TransferProcedure,
    TransferStage,
    handover,
)
from agentdesk.services.directory import DirectoryItem, DirectoryService
from agentdesk.ui.common.clipboard import copy_redacted
from agentdesk.ui.procedures.base import ProcedurePanel, heading, script_label
from agentdesk.ui.procedures.directory_picker import DirectoryPicker
from agentdesk.ui.tasks import TaskRunner


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _row(layout_items: list[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in layout_items:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class TransferPanel(ProcedurePanel):
    replaces_script = True  # its own script names the colleague and why
    handled_fields = frozenset({"transfer_target"})

    def __init__(
        self,
        engine: CallEngine,
        directory: DirectoryService,
        tasks: TaskRunner,
        *,
        caller_number: str | None = None,
        alphabet: Alphabet | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("transferPanel", parent)
        self.engine, self.transfer = engine, TransferProcedure(engine)
        self._directory, self._tasks = directory, tasks
        self._number, self._alphabet = caller_number or "", alphabet
        self._cannot_help = False
        tr = self.tr
        self.pages = QWidget()  # one page shown at a time; hidden ones take no room
        QVBoxLayout(self.pages).setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None
        # 1. Can you help yourself?
        self.cannot_help = QPushButton(tr("No, I cannot help: f&ind a colleague"))
        self.cannot_help.setObjectName("transferCannotHelp")
        self.can_help = QPushButton(tr("I can help after all"), objectName="transferCanHelp")
        decide = self._page(
            heading(tr("Can you resolve this yourself?")),
            _wrapped(tr("Transfer only when you cannot help and the colleague can.")),
            _row([self.cannot_help]),
            _row([self.can_help]),
        )
        # 2. Who, and why; tell the caller.
        self.picker = DirectoryPicker(directory, tasks)
        self.search, self.results = self.picker.search, self.picker.results
        self.reason = QLineEdit(objectName="transferReason")
        self.reason.setMaxLength(MAX_TEXT)
        self.reason.setPlaceholderText(tr("they look after meter corrections"))
        self.warm = QRadioButton(tr("&Warm: announce the caller first"), objectName="warm")
        self.cold = QRadioButton(tr("Co&ld: connect without announcing (recorded as cold)"))
        self.warm.setChecked(True)
        self.pick_script = script_label("transferScript")
        self.start_button = QPushButton(tr("I told the caller — &start the transfer"))
        self.start_button.setObjectName("transferStart")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Find"), self.picker)
        form.addRow(tr("Why they can help"), self.reason)
        pick = self._page(form, self.warm, self.cold, self.pick_script, self.start_button)
        # 3. Announce and connect.
        self.target_label = QLabel(objectName="transferTarget")
        self.target_label.setWordWrap(True)
        self.announcement = QPlainTextEdit(objectName="announcement")
        self.announcement.setTabChangesFocus(True)
        self.announcement.setMaximumHeight(190)
        self.copy_button = QPushButton(tr("Cop&y announcement"), objectName="copyAnnouncement")
        self.announced = QPushButton(tr("Colleague has it — &announced"), objectName="announced")
        self.connected = QPushButton(tr("C&onnected"), objectName="transferConnected")
        self.failure = QComboBox(objectName="failureReason")
        labels = (tr("No answer"), tr("Busy"), tr("Unavailable"), tr("Declined"))
        for code, label in zip(FAILURE_REASONS, labels, strict=True):
            self.failure.addItem(label, code)
        self.failed_button = QPushButton(tr("Not &possible — back to the caller"))
        self.failed_button.setObjectName("transferFailed")
        consult = self._page(
            self.target_label,
            self.announcement,
            _row([self.copy_button, self.announced]),
            _row([self.connected]),
            _row([self.failure, self.failed_button]),
        )
        # 4. Nobody took it: back to the caller.  5. Connected.
        self.back_script = script_label("transferBackScript")
        self.to_message = QPushButton(tr("Take a message (Alt+M)"), objectName="toMessage")
        self.to_callback = QPushButton(tr("Offer a call-back (Alt+B)"), objectName="toCallback")
        self.retry = QPushButton(tr("Try someone else"), objectName="transferRetry")
        failed = self._page(
            self.back_script, _row([self.to_message, self.to_callback]), _row([self.retry])
        )
        self.done_label = QLabel(objectName="transferDone")
        self.done_label.setWordWrap(True)
        done = self._page(self.done_label)
        self._page_of = {"decide": decide, "pick": pick, "consult": consult}
        self._page_of.update(failed=failed, done=done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        self.cannot_help.clicked.connect(self._on_cannot_help)
        self.can_help.clicked.connect(self._on_can_help)
        self.picker.picked.connect(self._on_picked)
        self.picker.changed.connect(self._show_script)
        self.reason.textChanged.connect(self._show_script)
        self.start_button.clicked.connect(self._on_start)
        self.copy_button.clicked.connect(self._on_copy)
        self.announced.clicked.connect(lambda: self._record(self.transfer.announce))
        self.connected.clicked.connect(lambda: self._record(self.transfer.complete))
        self.failed_button.clicked.connect(
            lambda: self._record(lambda: self.transfer.fail(self.failure.currentData()))
        )
        self.to_message.clicked.connect(lambda: self._go("message"))
        self.to_callback.clicked.connect(lambda: self._go("callback"))
        self.retry.clicked.connect(lambda: self._show("pick"))
        self._show_script()
        self.refresh()

    def _page(self, *items: QWidget | QHBoxLayout | QFormLayout) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        for item in items:
            box.addLayout(item) if not isinstance(item, QWidget) else box.addWidget(item)
        page.hide()
        self.pages.layout().addWidget(page)
        return page

    def _show(self, name: str) -> None:
        self._current = self._page_of[name]
        for page in self._page_of.values():
            page.setVisible(page is self._current)
        target = self.first_focus()
        if target is not None and self.isVisible():
            target.setFocus()

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        state = self.transfer.state()
        if state.stage != TransferStage.READY:
            warm = state.warm
            self.target_label.setText(
                (self.tr("Announce the call to %1, then connect.") if warm else
                 self.tr("Cold transfer to %1: connect when ready.")).replace("%1", state.target)
            )  # fmt: skip
            for widget in (self.announcement, self.copy_button, self.announced):
                widget.setVisible(warm and state.stage == TransferStage.STARTED)
            if not self.announcement.toPlainText():
                h = handover(
                    self.engine, number=self._number, alphabet=self._alphabet, target=state.target
                )
                self.announcement.setPlainText(self.words.handover_text(h))
            self._show("consult")
        elif state.last_outcome == "completed":
            self.done_label.setText(
                self.tr("Connected. Press Ctrl+Return to record the transfer and wrap up.")
            )
            self._show("done")
        elif state.last_outcome == "failed":
            target = self.engine.fields.get("transfer_target") or self.tr("my colleague")
            self.back_script.setText(
                self.engine.render(
                    self.tr(
                        "I'm sorry[, {caller_name}], %1 can't take your call just now. I can "
                        "take a message, or arrange a call-back. Which would you prefer?"
                    ).replace("%1", str(target).replace("{", "{{").replace("}", "}}"))
                )
            )
            self._show("failed")
        else:
            self._show("pick" if self._cannot_help else "decide")

    def _show_script(self) -> None:
        # Nothing picked or typed yet: the script still reads as a sentence, never "…: …".
        target = self.picker.target().replace("{", "{{").replace("}", "}}")
        target = target or self.tr("a colleague who can help")
        why = self.reason.text().strip().rstrip(".").replace("{", "{{").replace("}", "}}")
        if why:
            script = self.tr(
                "I'll put you through to %1[, {caller_name}]: %2. I'll tell them what you've "
                "told me, so you won't need to repeat it. Is that all right?"
            ).replace("%2", why)
        else:
            script = self.tr(
                "I'll put you through to %1[, {caller_name}]. I'll tell them what you've "
                "told me, so you won't need to repeat it. Is that all right?"
            )
        self.pick_script.setText(self.engine.render(script.replace("%1", target)))

    # -- acting --------------------------------------------------------------------------
    def _on_cannot_help(self) -> None:
        self._cannot_help = True
        self._show("pick")

    def _on_can_help(self) -> None:
        for option in self.engine.options():
            if option.enabled and self.engine.flow.step(option.transition.to).kind == "script":
                if self.act(lambda i=option.index: self.engine.take(i)) is not None:
                    self.flow_moved.emit()
                return

    def _on_picked(self, entry: DirectoryItem) -> None:
        if entry.topics and not self.reason.isModified():
            topics = ", ".join(entry.topics[:3])
            self.reason.setText(self.tr("they look after %1").replace("%1", topics))

    def _on_start(self) -> None:
        target, reason = self.picker.target(), self.reason.text()
        self._record(
            lambda: self.transfer.start(
                target, reason, cannot_help=self._cannot_help, explained=True,
                warm=self.warm.isChecked(),
            )
        )  # fmt: skip

    def _on_copy(self) -> None:
        copy_redacted(self.announcement.toPlainText())
        self.copy_button.setText(self.tr("Copied — cop&y again"))

    def _record(self, action) -> None:
        if self.act(action) is not None:
            self.changed.emit()
            self.refresh()

    def _go(self, kind: str) -> None:
        if self.act(lambda: go_to_kind(self.engine, kind) or True) is not None:
            self.flow_moved.emit()

    def commit_all(self) -> bool:
        """A transfer under way needs its outcome first: connected, or not possible."""
        if self._detached or self.transfer.state().stage == TransferStage.READY:
            return True
        self.error.show_error(
            self.tr("Record how the transfer went first: Connected, or Not possible.")
        )
        self.connected.setFocus()
        return False

    def first_focus(self) -> QWidget | None:
        page = self._current
        return {
            self._page_of["decide"]: self.cannot_help,
            self._page_of["pick"]: self.search,
            self._page_of["consult"]: self.copy_button
            if self.copy_button.isVisibleTo(self)
            else self.connected,
            self._page_of["failed"]: self.to_message,
        }.get(page)

    def tab_chain(self) -> list[QWidget]:
        return [
            self.cannot_help, self.can_help, self.search, self.results, self.reason, self.warm,
            self.cold, self.start_button, self.announcement, self.copy_button, self.announced,
            self.connected, self.failure, self.failed_button, self.to_message,
            self.to_callback, self.retry,
        ]  # fmt: skip
