"""A call on screen: header, step trail, the current step and its ways on, or the wrap-up."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from agentdesk.errors import KnownError
from agentdesk.flows.engine import BlockedError, CallEngine
from agentdesk.flows.guards import transition_options
from agentdesk.flows.phonetic import Alphabet
from agentdesk.flows.schema import coerce_value, interaction_channel
from agentdesk.flows.state import Phase
from agentdesk.ui.call.header import CallHeader
from agentdesk.ui.call.keys import Handler
from agentdesk.ui.call.ready_panels import ReadyPanels
from agentdesk.ui.call.step_panel import StepPanel
from agentdesk.ui.call.trail import StepTrail
from agentdesk.ui.call.transition_bar import TransitionBar
from agentdesk.ui.call.wrap_up import WrapUpForm
from agentdesk.ui.errors import error_text


class CallView(QWidget):
    """Drives one CallEngine through its widgets. ``moved`` after every step change (and
    the end of the call), ``wrapped_up`` once the wrap-up is saved, ``failed`` with a
    sentence when the engine or its storage refused something."""

    moved = Signal()
    fields_changed = Signal()  # something was captured or ticked on the step on screen
    wrapped_up = Signal()
    failed = Signal(str)

    def __init__(self, alphabets: Mapping[str, Alphabet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._alphabets = alphabets
        self.engine: CallEngine | None = None
        self.number: str | None = None
        self.customer_name = ""
        self._shown_seq = -1
        self.step_panel: StepPanel | None = None
        self.wrap_up: WrapUpForm | None = None
        # The step kind's own panel (hold, transfer, …), set by ui/procedures when installed.
        self.procedures: Callable[[CallEngine], QWidget | None] | None = None
        # The next steps' panels, built ahead in idle moments (ui/procedures sets its traits).
        self.ready = ReadyPanels(alphabets, self)
        self.header = CallHeader()
        self.header.end_requested.connect(self.end_call)
        self.trail = StepTrail()
        self.scroll = QScrollArea(objectName="stepScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Whatever takes the focus in the step (by Tab, a mnemonic or a click) is scrolled
        # fully into view: a check box half under the buttons is a check box missed.
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)
        self.bar = TransitionBar()
        self.bar.chosen.connect(self._on_chosen)
        self.body = QStackedWidget()
        step_page = QWidget()
        step_layout = QVBoxLayout(step_page)
        step_layout.setContentsMargins(0, 0, 0, 0)
        step_layout.addWidget(self.scroll, 1)
        step_layout.addWidget(self.bar)
        self.body.addWidget(step_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.trail)
        layout.addWidget(self.body, 1)

    # -- what the workspace calls -------------------------------------------------------
    def show_call(self, engine: CallEngine, number: str | None) -> None:
        self.clear()
        self.engine, self.number = engine, number
        self.refresh()
        # Buttons for the step with the most ways on, two at a time, while nothing happens.
        most = max((len(step.transitions) for step in engine.flow.steps), default=0)
        for count in range(len(self.bar.buttons) + 2, most + 2, 2):
            self.ready.add_chore(partial(self.bar.reserve, min(count, most)))

    def set_customer_name(self, name: str) -> None:
        self.customer_name = name
        self._refresh_header()

    def end_call(self) -> None:
        """Ctrl+E: the conversation is over (caller hung up, line dropped): wrap up."""
        engine = self.engine
        if engine is None or engine.phase != Phase.IN_CALL:
            return
        if self.step_panel is not None and not self.step_panel.commit_all():
            return
        try:
            engine.end_call("ended")
        except KnownError as exc:
            self.failed.emit(error_text(exc))
            return
        self.refresh()

    def set_field(self, field_id: str, value) -> bool:
        """Capture a field from outside the step (the notes panel's consent box) and show it
        on the step if it is there. False when the call has no such field or cannot take it."""
        engine = self.engine
        if engine is None or engine.phase not in (Phase.IN_CALL, Phase.WRAP_UP):
            return False
        if field_id not in engine.flow.field_map:
            return False
        try:
            event = engine.capture(field_id, value)
        except KnownError as exc:
            self.failed.emit(error_text(exc))
            return False
        panel = self.wrap_up.panel if self.wrap_up is not None else self.step_panel
        editor = panel.editors.get(field_id) if panel is not None else None
        if editor is not None:
            editor.set_value(engine.fields.get(field_id))
        if event is not None:
            self._on_panel_changed()
            self.fields_changed.emit()
        return True

    def commit_pending(self) -> None:
        """Store whatever is typed but not yet stored (the window is hiding: lock or quit)."""
        panel = self.wrap_up.panel if self.wrap_up is not None else self.step_panel
        if panel is not None and self.engine is not None and self.engine.phase != Phase.DONE:
            panel.commit_all()

    def clear(self) -> None:
        self.ready.discard()
        self._detach_panels()
        self.engine, self.number, self.customer_name = None, None, ""
        self._shown_seq = -1
        self.header.clear()
        self.trail.show_path(None)

    def key_handler(self, keys: str) -> Handler | None:
        """What a flow shortcut does now, if anything."""
        engine = self.engine
        if engine is None:
            return None
        if engine.phase == Phase.WRAP_UP and self.wrap_up is not None and keys == "Ctrl+Return":
            return self.wrap_up.save
        index = self.bar.index_for(keys) if engine.phase == Phase.IN_CALL else None
        if index is None:
            return None

        def press() -> None:
            if self.step_panel is not None and not self.step_panel.commit_all():
                return
            self._refresh_options()
            self.bar.press(index, engine.flow, engine.fields)

        return press

    def offer_field(self, field_id: str, value: str) -> None:
        """A value known from the customer's card, for a field the call has not filled."""
        engine = self.engine
        if engine is None or engine.phase == Phase.DONE or engine.fields.get(field_id):
            return
        if self.step_panel is not None and self.step_panel.offer(field_id, value):
            return
        if field_id in engine.flow.field_map:
            try:
                engine.capture(field_id, value)
            except KnownError:
                return  # a value this flow does not offer: nothing to fill

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        engine = self.engine
        if engine is None or engine.phase == Phase.DONE:
            return
        self._refresh_header()
        self.trail.show_path(engine)
        if engine.events[-1].seq == self._shown_seq:
            return
        self._shown_seq = engine.events[-1].seq
        self._detach_panels()
        if engine.phase == Phase.WRAP_UP:
            self.wrap_up = self.ready.take_wrap_up(engine) or WrapUpForm(engine, self._alphabets)
            self.ready.discard()
            self.wrap_up.saved.connect(self.wrapped_up)
            self.wrap_up.failed.connect(self.failed)
            self.wrap_up.panel.changed.connect(self._refresh_header)
            self.wrap_up.panel.changed.connect(self.fields_changed)
            self.body.addWidget(self.wrap_up)
            self.body.setCurrentWidget(self.wrap_up)
            _chain([*self.wrap_up.panel.tab_chain(), self.wrap_up.save_button])
            self.wrap_up.first_focus().setFocus()
        else:
            panel = self.ready.take(engine)
            if panel is not None and panel.procedure is not None:
                procedure = panel.procedure  # built ahead with its panel
            else:
                procedure = self.procedures(engine) if self.procedures is not None else None
            if panel is not None and not panel.expects(procedure):
                panel.detach()
                panel.deleteLater()
                panel = None
            if panel is None:
                panel = StepPanel(engine, self._alphabets, procedure=procedure)
            elif procedure is not None:
                panel.attach_procedure(procedure)
            panel.changed.connect(self._on_panel_changed)
            panel.changed.connect(self.fields_changed)
            panel.failed.connect(self.failed)
            panel.flow_moved.connect(self.refresh)
            for editor in panel.editors.values():
                editor.edited.connect(self._refresh_options)
            self.step_panel = panel
            self.scroll.setWidget(panel)
            self.body.setCurrentIndex(0)
            self.bar.clear_message()
            self._refresh_options()
            buttons = [*self.bar.buttons, self.bar.override, self.header.end_button]
            _chain([*panel.tab_chain(), *buttons])
            target = panel.first_focus() or self.bar.first_enabled()
            (target or panel).setFocus()
            self.ready.plan(engine)
        self.moved.emit()

    def _on_chosen(self, index: int, override: bool) -> None:
        engine = self.engine
        if engine is None or (self.step_panel is not None and not self.step_panel.commit_all()):
            return
        try:
            engine.take(index, override=override)
        except BlockedError:
            self._refresh_options()
            self.bar.press(index, engine.flow, engine.fields)
            return
        except KnownError as exc:
            self.failed.emit(error_text(exc))
            return
        self.refresh()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        inner = self.scroll.widget()
        if new is not None and inner is not None and inner.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 8, 8)

    def _on_panel_changed(self) -> None:
        self._refresh_options()
        self._refresh_header()

    def _refresh_header(self) -> None:
        engine = self.engine
        if engine is not None:
            channel = interaction_channel(engine.flow.channel)
            self.header.show_call(engine, self.customer_name, self.number, channel)

    def _refresh_options(self) -> None:
        """Enable the ways on as things are typed, before the text is stored."""
        engine, panel = self.engine, self.step_panel
        if engine is None or panel is None or engine.phase != Phase.IN_CALL:
            return
        fields = dict(engine.fields)
        for fid, editor in panel.editors.items():
            try:
                value = coerce_value(editor.spec, editor.value())
            except ValueError:
                continue
            if value is None:
                fields.pop(fid, None)
            else:
                fields[fid] = value
        options = transition_options(engine.flow, engine.step, fields, engine.ticked)
        self.bar.set_options(options, engine.flow, fields)

    def _detach_panels(self) -> None:
        # Replaced panels go later, not now: the key press that replaced them may still be
        # travelling through one of their children.
        if self.scroll.widget() is not None:
            old = self.scroll.takeWidget()
            old.detach()
            old.hide()
            old.deleteLater()
        if self.wrap_up is not None:
            self.wrap_up.panel.detach()
            self.body.removeWidget(self.wrap_up)
            self.wrap_up.hide()
            self.wrap_up.deleteLater()
        self.step_panel = None
        self.wrap_up = None


def _chain(widgets: list[QWidget]) -> None:
    """Tab goes through the step in reading order, then its ways on (panels are added
    after the rest of the window, so Qt's own order would visit the side panels first)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
