"""Puts the procedure panels into the call by step kind, and answers Ctrl+Shift+H/T/M from
anywhere in a call. Keeps an unsaved message while the call moves on, so nothing is lost."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from agentdesk.errors import KnownError
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.hold import HoldProcedure
from agentdesk.flows.message import MessageDraft, MessageTaking
from agentdesk.flows.phonetic import Alphabet
from agentdesk.flows.procedures import go_to_kind, step_of_kind
from agentdesk.flows.schema import Flow, Step
from agentdesk.flows.state import Phase
from agentdesk.services.directory import DirectoryService
from agentdesk.services.messages import MessageService
from agentdesk.services.settings import SettingsService
from agentdesk.ui.call.workspace import CallWorkspace
from agentdesk.ui.coach import attach_coach
from agentdesk.ui.errors import error_text
from agentdesk.ui.procedures.callback_panel import CallbackPanel
from agentdesk.ui.procedures.complaint_panel import ComplaintPanel
from agentdesk.ui.procedures.hold_panel import HoldPanel
from agentdesk.ui.procedures.message_form import MessageForm
from agentdesk.ui.procedures.message_step import MessageDialog, MessageStepPanel
from agentdesk.ui.procedures.transfer_panel import TransferPanel
from agentdesk.ui.procedures.verify_panel import VerifyPanel
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
PANEL_CLASSES: dict[str, type[QWidget]] = {
    "hold": HoldPanel,
    "transfer": TransferPanel,
    "callback": CallbackPanel,
    "message": MessageStepPanel,
    "verify": VerifyPanel,
    "complaint": ComplaintPanel,
}
DRAFT_KIND, DRAFT_REF = "message", "current"  # one message is typed at a time


class ProcedureHost(QObject):
    def __init__(
        self,
        workspace: CallWorkspace,
        messages: MessageService,
        directory: DirectoryService,
        settings: SettingsService,
        tasks: TaskRunner,
        alphabets: Mapping[str, Alphabet],
        clock: Callable[[], float],
    ) -> None:
        super().__init__(workspace)
        self.coach_rules = None  # set by ui/app.py once the coach rules are loaded
        self.workspace = workspace
        self._messages, self._directory = messages, directory
        self._settings, self._tasks = settings, tasks
        self._alphabets, self._clock = alphabets, clock
        # The message being typed (and its read-back), kept across step changes.
        self._draft: MessageDraft | None = None
        self._draft_call: str | None = None
        self._taking: MessageTaking | None = None
        self.dialog: MessageDialog | None = None
        # Persisted drafts (issue 10): the half-typed message survives a crash.
        self._drafts = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(1000)  # within the two seconds promised
        self._draft_timer.timeout.connect(self.save_draft_now)
        workspace.view.procedures = self.panel_for
        workspace.view.ready.traits = self.panel_class
        workspace.view.ready.procedure_ahead = self.panel_ahead
        # A message form built ahead in an idle moment: the biggest form of a call (about
        # 9 ms of the GUI thread to build) is ready when Ctrl+Shift+M or Alt+M is pressed.
        self._spare_form: MessageForm | None = None
        workspace.call_started.connect(self._prepare_form_later)
        workspace.view.moved.connect(self._prepare_form_later)
        workspace.call_finished.connect(self._on_call_finished)

    # -- panels by step kind -----------------------------------------------------------
    @staticmethod
    def panel_class(flow: Flow, step: Step) -> type[QWidget] | None:
        """The class ``panel_for`` builds for ``step``: what it takes over from the step's
        own fields and checks is known before it is built (step panels built ahead)."""
        if step.kind == "callback" and flow.channel != "phone":
            return None
        return PANEL_CLASSES.get(step.kind)

    def panel_ahead(self, engine: CallEngine, step: Step) -> QWidget | None:
        """The procedure panel of ``step``, built before the call gets there, for the kinds
        whose panel only reads the call until it is used (its ``sync`` brings it up to date
        when it is shown): the hold panel, the costliest of them (about 6 ms). The others
        are built when the call gets to their step: the complaint records its reference as
        it opens, the call-back and transfer panels fill in what the call has captured."""
        if step.kind != "hold":
            return None
        call = self.workspace.call
        number = call.caller_number if call is not None else None
        progress = self._settings.current().hold_progress_seconds
        hold = HoldProcedure.for_step(engine, step, progress)
        return HoldPanel(engine, hold, self._clock, number)

    def panel_for(self, engine: CallEngine) -> QWidget | None:
        call = self.workspace.call
        number = call.caller_number if call is not None else None
        kind = engine.step.kind
        if kind == "hold":
            progress = self._settings.current().hold_progress_seconds
            hold = HoldProcedure.for_step(engine, engine.step, progress)
            return HoldPanel(engine, hold, self._clock, number)
        if kind == "transfer":
            alphabet = self._alphabet(engine)
            return TransferPanel(
                engine, self._directory, self._tasks, caller_number=number, alphabet=alphabet
            )
        if kind == "callback" and engine.flow.channel == "phone":  # a chat follows up in chat
            return CallbackPanel(engine, self._messages.region, number)
        if kind == "message":
            return MessageStepPanel(self._form(engine))
        if kind == "verify":
            return VerifyPanel(engine)
        if kind == "complaint":
            return ComplaintPanel(engine, self._settings.current().complaint_response_days)
        return None

    def _alphabet(self, engine: CallEngine) -> Alphabet | None:
        step = step_of_kind(engine, "name_capture")
        wanted = step.options.get("alphabet", "nato") if step is not None else "nato"
        return self._alphabets.get(wanted)

    def _form(self, engine: CallEngine | None) -> MessageForm:
        call = self.workspace.call
        iid = call.interaction_id if call is not None else None
        if not _has_text(self._draft):
            self._draft, self._draft_call = None, iid
        # A message begun on another call stays that call's message (and off this call's log).
        own = engine if self._draft_call == iid else None
        if self._taking is None or self._taking.engine is not own:
            self._taking = MessageTaking(own, self._messages.region)
        draft = self._draft
        if draft is None and own is not None:  # "from whom": the caller already captured
            draft = caller_draft(own, call.caller_number if call is not None else None)
        alphabet = self._alphabet(engine) if engine is not None else None
        # Shown on this call but begun on another: the representative must see that.
        earlier = iid is not None and self._draft_call != iid and _has_text(draft)
        form, self._spare_form = self._spare_form, None
        if form is not None and form.who == self.workspace.who:
            form.start(self._taking, alphabet, draft, earlier)
        else:
            if form is not None:
                form.deleteLater()  # built for someone else
            form = self._new_form(self._taking, alphabet, draft, earlier)
        form.edited.connect(self._on_edited)
        form.saved.connect(self._on_saved)
        if earlier:  # once cleared, the form takes this call's message
            form.another.clicked.connect(lambda: self._claim_form(form, engine))
        return form

    def _claim_form(self, form: MessageForm, engine: CallEngine | None) -> None:
        call = self.workspace.call
        self._draft_call = call.interaction_id if call is not None else None
        self._taking = MessageTaking(engine, self._messages.region)
        form.taking = self._taking

    def _new_form(
        self,
        taking: MessageTaking,
        alphabet: Alphabet | None,
        draft: MessageDraft | None,
        from_earlier_call: bool = False,
    ) -> MessageForm:
        form = MessageForm(
            self._messages,
            self._directory,
            self._tasks,
            self.workspace.who,
            taking,
            interaction_id=lambda: self._draft_call,
            alphabet=alphabet,
            draft=draft,
            from_earlier_call=from_earlier_call,
        )
        if self.coach_rules is not None:  # the phrase coach on the message text (T8, D11)
            form.coach = attach_coach(form.fields.inputs["what"], self.coach_rules, record=True)
        return form

    @property
    def ready_form(self) -> MessageForm | None:
        """The message form built ahead, not shown yet."""
        return self._spare_form

    def _prepare_form_later(self, *_args: object) -> None:
        """During a call, keep a message form ready (built in an idle moment)."""
        if self._spare_form is None and self.workspace.phase == "in_call":
            self.workspace.view.ready.add_chore(self._prepare_form)

    def _prepare_form(self) -> None:
        if self._spare_form is None and self.workspace.phase == "in_call":
            region = self._messages.region
            self._spare_form = self._new_form(MessageTaking(None, region), None, None)
            self._spare_form.ensurePolished()

    def _on_edited(self, draft: MessageDraft) -> None:
        self._draft = draft
        if self._drafts is not None:
            self._draft_timer.start()

    def _on_saved(self, _message_id: str) -> None:
        self._draft, self._taking = None, None
        self._draft_timer.stop()
        if self._drafts is not None:
            drafts, who = self._drafts, self.workspace.who
            self._tasks.run_mutation(
                lambda: drafts.clear(who, DRAFT_KIND, DRAFT_REF), _kept, _draft_not_kept
            )

    # -- drafts kept on disk (encrypted), read and written on the database worker ----------
    def attach_drafts(self, drafts) -> None:
        """Keep the half-typed message as an encrypted draft; take back one a crash left."""
        self._drafts = drafts
        who = self.workspace.who
        self._tasks.run_query(
            lambda: drafts.draft(who, DRAFT_KIND, DRAFT_REF), self._on_draft_found, _draft_not_kept
        )

    def _on_draft_found(self, found) -> None:
        if found is not None and self._draft is None:
            self._draft = MessageDraft.from_dict(found.payload)
            self._draft_call = None

    def save_draft_now(self) -> None:
        if self._drafts is None:
            return
        drafts, who, draft = self._drafts, self.workspace.who, self._draft
        if _has_text(draft):
            payload = draft.to_dict()
            work = lambda: drafts.save_draft(who, DRAFT_KIND, DRAFT_REF, payload)  # noqa: E731
        else:
            work = lambda: drafts.clear(who, DRAFT_KIND, DRAFT_REF)  # noqa: E731
        self._tasks.run_mutation(work, _kept, _draft_not_kept)

    # -- the global actions --------------------------------------------------------------
    def open_procedure(self, kind: str) -> None:
        """Ctrl+Shift+H / T / M: go to the call's step of that kind and put focus there."""
        ws, engine = self.workspace, self.workspace.engine
        if engine is None or engine.phase != Phase.IN_CALL:
            if kind == "message":
                self.open_message_dialog()
            else:
                ws.notice.show_notice(
                    self.tr("Hold and transfer are for a call in progress (Ctrl+N answers one)."),
                    kind="warning",
                )
            return
        view = ws.view
        if engine.step.kind != kind:
            if view.step_panel is not None and not view.step_panel.commit_all():
                return
            try:
                go_to_kind(engine, kind)
            except KnownError as exc:
                ws.notice.show_notice(error_text(exc), kind="error")
                return
            if engine.step.kind != kind:
                if kind == "message":
                    self.open_message_dialog()
                    return
                ws.notice.show_notice(self.tr("This call flow has no step for that."), "warning")
                return
            view.refresh()
        panel = view.step_panel
        target = panel.first_focus() if panel is not None else None
        if target is not None:
            target.setFocus()

    def open_message_dialog(self) -> None:
        """A message outside the flow: no call, or during the wrap-up (logged on that call)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        engine = self.workspace.engine
        engine = engine if engine is not None and engine.phase == Phase.WRAP_UP else None
        self.dialog = MessageDialog(self._form(engine), self.workspace.window())
        self.dialog.finished.connect(self._on_dialog_closed)
        self.dialog.show()
        self.dialog.activateWindow()
        self.dialog.form.first_focus().setFocus()

    def _on_dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_call_finished(self, interaction_id: str) -> None:
        if self._draft_call == interaction_id and _has_text(self._draft):
            self.workspace.notice.show_notice(
                self.tr("A message was not saved: press Ctrl+Shift+M to finish it."),
                kind="warning",
            )


def _has_text(draft: MessageDraft | None) -> bool:
    if draft is None:
        return False
    typed = (draft.to_whom, draft.from_name, draft.phone, draft.what, draft.action_requested)
    return any(t.strip() for t in typed)


def caller_draft(engine: CallEngine, number: str | None) -> MessageDraft:
    """A new message from the caller on the line: their name as captured, their number."""
    fields = engine.fields
    name = " ".join(str(fields.get(p) or "").strip() for p in ("first_name", "surname")).strip()
    return MessageDraft(from_name=name, phone=number or "")


def _kept(_result: object) -> None:
    """The draft is on disk: nothing to show."""


def _draft_not_kept(exc: BaseException) -> None:
    if not isinstance(exc, KnownError):
        raise exc
    log.warning("message draft not kept: %s", exc.__class__.__name__)
