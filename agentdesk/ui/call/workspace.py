"""The call workspace: answer (Ctrl+N or a call pop), guide the call, wrap up, resume."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from agentdesk.callpop.protocol import CallRequest
from agentdesk.errors import KnownError
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.flows.schema import flow_channel, interaction_channel
from agentdesk.flows.state import Phase
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.identity import Identity
from agentdesk.services.interactions import CallStart, InteractionService
from agentdesk.services.settings import SettingsService
from agentdesk.ui.call.call_view import CallView
from agentdesk.ui.call.drafts_notice import DraftsNotice
from agentdesk.ui.call.idle_page import CallIdlePage
from agentdesk.ui.call.keys import FlowKeys
from agentdesk.ui.call.notice_bar import NoticeBar
from agentdesk.ui.errors import error_text
from agentdesk.ui.tasks import TaskRunner

DEFAULT_FLOWS = {"voice": "inbound", "chat": "chat"}
CONSENT_FIELD = "notes_permission"  # one flag per call, shared with the notes panel (T9)


def _ignore(_result: object) -> None:
    """A flush succeeded: the screen already shows the step."""


class CallWorkspace(QWidget):
    """Central widget. Signals: ``call_started(interaction_id)`` (new or resumed),
    ``call_finished(interaction_id)`` (wrap-up saved), ``customer_matched(customer_id)``
    (the call is linked to a customer: open their card), ``phase_changed(phase)``
    ("idle", "in_call", "wrap_up")."""

    call_started = Signal(str)
    call_finished = Signal(str)
    customer_matched = Signal(str)
    phase_changed = Signal(str)
    consent_changed = Signal(object)  # the call's notes_permission: True, False or None

    def __init__(
        self,
        calls: InteractionService,
        flows: FlowLibrary,
        settings: SettingsService,
        tasks: TaskRunner,
        who: Identity,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callWorkspace")
        self._calls, self._flows, self._settings, self._tasks = calls, flows, settings, tasks
        self.who = who
        self._clock = clock
        self.call: CallStart | None = None
        self.waiting: CallRequest | None = None
        self._starting = False
        self.notice = NoticeBar()
        self.resume_bar = NoticeBar()
        self.drafts_notice = DraftsNotice()  # work kept from an earlier session (recovery.py)
        self.idle = CallIdlePage()
        self.idle.answer_requested.connect(self.new_call)
        self.view = CallView(flows.alphabets)
        self.view.moved.connect(self._on_moved)
        self.view.fields_changed.connect(self._on_fields_changed)
        self.view.wrapped_up.connect(self._on_wrapped_up)
        self.view.failed.connect(self._on_error_text)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.idle)
        self.pages.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.resume_bar)
        layout.addWidget(self.drafts_notice)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.keys = FlowKeys(self, self.view.key_handler)
        app = QApplication.instance()
        if app is not None:  # Ctrl+Q quits without hiding the window: keep what was typed
            app.aboutToQuit.connect(self.view.commit_pending)
        self.idle.set_flows(flows.flows().values(), DEFAULT_FLOWS["voice"])

    def hideEvent(self, event: QHideEvent) -> None:
        self.view.commit_pending()  # locking or closing keeps what was typed
        super().hideEvent(event)

    @property
    def engine(self) -> CallEngine | None:
        return self.call.engine if self.call is not None else None

    @property
    def phase(self) -> str:
        engine = self.engine
        return str(engine.phase) if engine is not None and engine.phase != Phase.DONE else "idle"

    def context(self) -> ScriptContext:
        """Greeting values from the settings and the logged-in account, never hard-coded."""
        s = self._settings.current()
        return ScriptContext(s.organisation, s.department, self.who.display_name)

    # -- starting --------------------------------------------------------------------------
    def new_call(self, number: str | None = None, flow_id: str | None = None) -> None:
        """Ctrl+N: start the chosen flow (or the waiting call pop) unless a call is on."""
        if self._refuse_while_busy():
            return
        if number is None and flow_id is None and self.waiting is not None:
            number, flow_id = self.waiting.number, self._flow_for(self.waiting.channel)
            self.waiting = None
        flow = self._flows.flows().get(flow_id or self.idle.selected_flow() or "")
        if flow is None:
            self.notice.show_notice(self.tr("No call flow is loaded."), kind="error")
            return
        channel = interaction_channel(flow.channel)
        who, context, clock = self.who, self.context(), self._clock
        self._starting = True
        self._tasks.run_mutation(
            lambda: self._calls.start_call(
                who, flow.id, context, channel=channel, caller_number=number, clock=clock
            ),
            self._on_started,
            self._on_start_failed,
        )

    def incoming_call(self, request: CallRequest) -> None:
        """A call pop: start it now, or keep it waiting if a call is already on."""
        if self.phase == "idle" and not self._starting:
            flow_id = self._flow_for(request.channel)
            if flow_id is not None:
                self.new_call(request.number, flow_id)
            return
        self.waiting = request
        self.idle.set_waiting(request.number)
        self.notice.show_notice(
            self.tr(
                "Incoming call from %1. It will be waiting when this call is wrapped up."
            ).replace("%1", request.number),
            kind="warning",
            holds=lambda: self.waiting is request and self.phase != "idle",
        )

    def resume(self, interaction_id: str) -> None:
        """Reopen a call left unfinished, at the same step with the same fields."""
        if self._refuse_while_busy():
            return
        who, context, clock = self.who, self.context(), self._clock
        self._starting = True
        self.resume_bar.dismiss()
        self._tasks.run_mutation(
            lambda: self._calls.resume_call(who, interaction_id, context, clock),
            self._on_started,
            self._on_start_failed,
        )

    def end_call(self) -> None:
        self.view.end_call()

    def check_unfinished(self) -> None:
        """Offer calls left unfinished by a crash (non-modal); steps the journal kept but
        the database never got are put back first."""
        who, calls = self.who, self._calls

        def work() -> list[str]:
            calls.replay_journal()
            return calls.unfinished(who)

        self._tasks.run_mutation(work, self._on_unfinished, self._on_error)

    def set_identity(self, who: Identity) -> None:
        if who.account_id != self.who.account_id and self.call is not None:
            self._go_idle()  # another person's call stays unfinished, for them to resume
        self.who = who
        self.notice.recheck()
        if self.phase == "idle":
            self.check_unfinished()

    def link_customer(self, customer_id: str, name: str) -> None:
        """A customer opened in the notes panel: during a call, this is who is calling."""
        call = self.call
        if call is None or self.phase == "idle":
            return
        if call.customer_id == customer_id:
            self.view.set_customer_name(name)
            return
        if call.customer_id is not None:
            return  # already linked to someone: browsing another card changes nothing
        who, iid = self.who, call.interaction_id

        def linked(form_of_address: str | None) -> None:
            if self.call is call:
                self.call = replace(call, customer_id=customer_id)
                self.view.set_customer_name(name)
                if form_of_address:  # T3: offer how they like to be addressed
                    self.view.offer_field("title", form_of_address)

        self._tasks.run_mutation(
            lambda: self._calls.link_customer(who, iid, customer_id), linked, self._on_error
        )

    # -- callbacks -----------------------------------------------------------------------
    def _on_started(self, start: CallStart) -> None:
        self._starting = False
        self.call = start
        recorder = start.recorder
        if recorder is not None:  # from now on each step is journaled, then written here
            recorder.on_pending = lambda: self._tasks.run_mutation(
                recorder.flush, _ignore, self._on_error
            )
        self.notice.dismiss()
        self.resume_bar.dismiss()  # offered again when this call is over (check_unfinished)
        self.drafts_notice.set_in_call(True)
        self.idle.set_waiting(self.waiting.number if self.waiting else None)
        self.pages.setCurrentWidget(self.view)
        self.call_started.emit(start.interaction_id)
        self.view.show_call(start.engine, start.caller_number)
        if start.customer_name:  # from the start itself, not back through the notes panel
            self.view.set_customer_name(start.customer_name)
        if start.customer_id:
            self.customer_matched.emit(start.customer_id)

    def _on_start_failed(self, exc: BaseException) -> None:
        self._starting = False
        self._on_error(exc)

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self._on_error_text(error_text(exc))

    def _on_error_text(self, text: str) -> None:
        self.notice.show_notice(text, kind="error")

    def _on_unfinished(self, ids: list[str]) -> None:
        current = self.call.interaction_id if self.call is not None else None
        ids = [i for i in ids if i != current]
        if not ids:
            self.resume_bar.dismiss()
            return
        self.resume_bar.show_notice(
            self.tr("%n call(s) did not finish when agentdesk last closed.", "", len(ids)),
            [(self.tr("&Resume call"), lambda: self.resume(ids[0]))],
            kind="warning",
        )
        if self.phase == "idle":
            self.resume_bar.buttons[0].setFocus()

    @property
    def consent(self) -> bool | None:
        """May notes be taken on this call: asked and yes, asked and no, not asked yet."""
        engine = self.engine
        if engine is None or engine.phase == Phase.DONE:
            return None
        value = engine.fields.get(CONSENT_FIELD)
        return None if value is None else bool(value)

    def set_consent(self, given: bool) -> bool:
        """The notes panel's box: the same flag as the flow's permission step."""
        return self.view.set_field(CONSENT_FIELD, given)

    def _on_fields_changed(self) -> None:
        self.consent_changed.emit(self.consent)

    def _on_moved(self) -> None:
        self.notice.recheck()
        self.phase_changed.emit(self.phase)

    def _on_wrapped_up(self) -> None:
        call = self.call
        self._go_idle()
        if call is None:
            return
        # Finished once the wrap-up (figures, follow-up tasks) is in the database: the
        # notes card and the adherence score read it.
        iid = call.interaction_id
        if call.recorder is None:
            self.call_finished.emit(iid)
            self.check_unfinished()
            return

        def written(_changes) -> None:
            self.call_finished.emit(iid)
            self.check_unfinished()

        self._tasks.run_mutation(call.recorder.flush, written, self._on_error)

    def _go_idle(self) -> None:
        self.view.clear()
        self.call = None
        self.pages.setCurrentWidget(self.idle)
        self.idle.set_flows(self._flows.flows().values(), DEFAULT_FLOWS["voice"])
        self.idle.set_waiting(self.waiting.number if self.waiting else None)
        self.idle.answer.setFocus()
        self.drafts_notice.set_in_call(False)
        self.notice.recheck()
        self.phase_changed.emit("idle")

    def _refuse_while_busy(self) -> bool:
        if self._starting:
            return True
        if self.phase == "in_call":
            text = self.tr("A call is in progress: finish it first (Ctrl+E ends it).")
        elif self.phase == "wrap_up":
            text = self.tr("Save the wrap-up of this call first (Ctrl+Return).")
        else:
            return False
        phase, who = self.phase, self.who
        self.notice.show_notice(
            text, kind="warning", holds=lambda: self.phase == phase and self.who == who
        )
        return True

    def _flow_for(self, channel: str) -> str | None:
        flows = self._flows.flows()
        wanted = flow_channel(channel)
        preferred = DEFAULT_FLOWS.get(channel, "")
        if preferred in flows and flows[preferred].channel == wanted:
            return preferred
        found = next((f.id for f in flows.values() if f.channel == wanted), None)
        if found is None:
            self.notice.show_notice(
                self.tr("No call flow for this channel is loaded."), kind="error"
            )
        return found
