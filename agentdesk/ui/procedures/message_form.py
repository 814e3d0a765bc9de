"""MessageForm (T6, T8): the seven parts, the absence phrase, a read-back the caller confirms,
then save — stored encrypted by MessageService and, on a call, logged as `message_taken`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.errors import KnownError
from agentdesk.flows.message import (
    MessageDraft,
    MessageIncompleteError,
    MessageTaking,
    build_read_back,
    message_problems,
)
from agentdesk.flows.phonetic import Alphabet
from agentdesk.flows.procedures import ProcedureError
from agentdesk.services.directory import DirectoryService
from agentdesk.services.identity import Identity
from agentdesk.services.messages import MessageSaved, MessageService
from agentdesk.ui.common.clipboard import copy_redacted
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.procedures.absence import AbsenceHelper
from agentdesk.ui.procedures.message_fields import MessageFields
from agentdesk.ui.procedures.read_back_box import ReadBackBox
from agentdesk.ui.procedures.words import ProcedureWords
from agentdesk.ui.tasks import TaskRunner
from agentdesk.vault.blind_index import format_phone_display


class MessageForm(QWidget):
    """``edited(draft)`` as typed (the host keeps it, so leaving the step loses nothing);
    ``saved(message_id)`` once stored; ``failed(text)`` when storing the call's event failed."""

    edited = Signal(object)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        messages: MessageService,
        directory: DirectoryService,
        tasks: TaskRunner,
        who: Identity,
        taking: MessageTaking,
        *,
        interaction_id: Callable[[], str | None] = lambda: None,
        alphabet: Alphabet | None = None,
        draft: MessageDraft | None = None,
        from_earlier_call: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageForm")
        self._messages, self._tasks, self._who = messages, tasks, who
        self._directory = directory
        self.taking, self._alphabet = taking, alphabet
        self._interaction_id = interaction_id
        self._problems_shown = False
        self.words = ProcedureWords()
        region = messages.region
        self.earlier = QLabel(
            self.tr(
                "This message was begun during an earlier call: it is not about this caller. "
                "Save it, or clear it with Take another message, before taking this caller's "
                "message."
            ),
            objectName="messageFromEarlierCall",
        )
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.absence = AbsenceHelper()
        self.fields = MessageFields(who.display_name, region, draft or MessageDraft())
        self.read_back = ReadBackBox()
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save message"), objectName="saveMessage")
        self.saved_note = QLabel(objectName="messageSaved")
        self.saved_note.setWordWrap(True)
        self.saved_note.setStyleSheet("color: #1b6e20; font-weight: 600;")
        self.copy_button = QPushButton(self.tr("Copy as te&xt"), objectName="copyMessage")
        self.another = QPushButton(self.tr("Take &another message"), objectName="anotherMessage")
        after = QHBoxLayout()
        for button in (self.save_button, self.copy_button, self.another):
            after.addWidget(button)
        after.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.earlier)
        layout.addWidget(self.absence)
        layout.addWidget(self.fields)
        layout.addWidget(self.read_back)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_note)
        layout.addLayout(after)
        self.fields.edited.connect(self._on_edited)
        self.read_back.confirmed.toggled.connect(self._on_confirmed)
        self.save_button.clicked.connect(self._on_save)
        self.copy_button.clicked.connect(self._on_copy)
        self.another.clicked.connect(self._on_another)
        tasks.run_query(directory.entries, self.fields.set_directory)
        self._set_saved(False)
        self._set_from_earlier_call(from_earlier_call)
        self._on_edited()

    @property
    def who(self) -> Identity:
        return self._who

    def start(
        self,
        taking: MessageTaking,
        alphabet: Alphabet | None,
        draft: MessageDraft | None,
        from_earlier_call: bool = False,
    ) -> None:
        """A form built ahead (never shown) becomes the form for ``taking``, showing
        ``draft``: what the constructor would have made of them."""
        self.taking, self._alphabet = taking, alphabet
        self._set_from_earlier_call(from_earlier_call)
        self.fields.blockSignals(True)  # one _on_edited below, not one per input
        try:
            self.fields.set_draft(draft or MessageDraft())
        finally:
            self.fields.blockSignals(False)
        self._tasks.run_query(self._directory.entries, self.fields.set_directory)
        self._on_edited()

    def draft(self) -> MessageDraft:
        return self.fields.draft()

    def first_focus(self) -> QWidget:
        return self.fields.inputs["to_whom"] if not self.saved_note.isVisible() else self.another

    def tab_chain(self) -> list[QWidget]:
        return [
            self.absence.kind, self.absence.until, *self.fields.inputs.values(),
            self.read_back.confirmed, self.save_button, self.copy_button, self.another,
        ]  # fmt: skip

    # -- reacting ------------------------------------------------------------------------
    def _on_edited(self) -> None:
        draft = self.draft()
        self.absence.set_name(draft.to_whom)
        self.read_back.show_read_back(build_read_back(draft, self._alphabet, self.taking.region))
        if self.taking.confirmed is not None and not self.taking.is_confirmed(draft):
            self.taking.withdraw()
            self.read_back.set_confirmed(
                False, self.tr("Changed since the read-back: read it back again.")
            )
        if self._problems_shown:
            problems = message_problems(draft, self.taking.region)
            self.fields.show_problems(problems)
            if not problems:  # "some parts are missing" no longer true: it goes
                self.error.clear_error()
        self.edited.emit(draft)

    def _on_confirmed(self, on: bool) -> None:
        if not on:
            self.taking.withdraw()
            return
        try:
            self.taking.confirm_read_back(self.draft())
        except MessageIncompleteError as exc:
            self._show_problems(exc.problems)
            self.read_back.set_confirmed(False)
            self.error.show_error(self.tr("Fill in what is missing before reading it back."))
            return
        self.read_back.set_confirmed(True)
        self.error.clear_error()

    def _show_problems(self, problems) -> None:
        self._problems_shown = True
        self.fields.show_problems(problems)
        self.fields.focus_first(problems)

    def _on_save(self) -> None:
        draft = self.draft()
        problems = message_problems(draft, self.taking.region)
        if problems:
            self._show_problems(problems)
            self.error.show_error(self.words.refusal("incomplete"))
            return
        if not self.taking.is_confirmed(draft):
            self.error.show_error(self.words.refusal("read_back_missing"))
            self.read_back.confirmed.setFocus()
            return
        who, confirmed, iid = self._who, self.taking.confirmed, self._interaction_id()
        take = self._messages.take_message
        self.save_button.setEnabled(False)
        self._tasks.run_mutation(
            lambda: take(who, draft, confirmed=confirmed, interaction_id=iid),
            lambda result: self._on_saved(draft, result[0]),
            self._on_save_failed,
        )

    def _on_saved(self, draft: MessageDraft, saved: MessageSaved) -> None:
        try:
            self.taking.record_taken(draft, saved.id)
        except KnownError as exc:  # stored, but the call's log refused: say so, keep going
            self.failed.emit(error_text(exc))
        text = self.tr("Message saved for %1.").replace("%1", draft.to_whom.strip())
        if saved.redacted:
            text += " " + self.tr("Card details in it were masked.")
        self.saved_note.setText(text)
        self._set_saved(True)
        self._set_from_earlier_call(False)
        self.another.setFocus()
        self.saved.emit(saved.id)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ProcedureError):
            self.error.show_error(self.words.refusal_of(exc))
        elif isinstance(exc, KnownError):
            self.error.show_error(error_text(exc))  # the typed text stays, to try again
        else:
            raise exc

    def _on_copy(self) -> None:
        draft = self.draft()
        number = format_phone_display(draft.phone, self.taking.region)
        copy_redacted(self.words.message_text(draft, number))

    def _on_another(self) -> None:
        self.taking.withdraw()
        self.fields.set_draft(self.fields.fresh())
        self.read_back.set_confirmed(False)
        self._problems_shown = False
        self.fields.show_problems(())
        self._set_saved(False)
        self._set_from_earlier_call(False)
        self.fields.inputs["to_whom"].setFocus()

    def _set_saved(self, saved: bool) -> None:
        self.fields.set_read_only(saved)
        self.read_back.confirmed.setEnabled(not saved)
        self.save_button.setVisible(not saved)
        self.save_button.setEnabled(True)
        for widget in (self.saved_note, self.copy_button, self.another):
            widget.setVisible(saved)

    def _set_from_earlier_call(self, earlier: bool) -> None:
        """The draft shown was begun on another call: say so, and offer to clear it."""
        self.earlier.setVisible(earlier)
        if earlier:
            self.another.setVisible(True)
