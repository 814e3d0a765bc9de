"""One step of a call: the script to adapt, guidance, fields and checks, all stored as edited."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.guards import FIELD_MISSING, Blocker
from agentdesk.flows.phonetic import Alphabet
from agentdesk.flows.schema import CheckSpec, Step
from agentdesk.ui.call.field_editor import FieldEditor
from agentdesk.ui.call.name_capture import NameCapturePanel
from agentdesk.ui.call.words import expectation
from agentdesk.ui.errors import error_text

NAME_PARTS = ("first_name", "surname")


class _CheckRow(QWidget):
    """A check box whose label wraps (long labels must not widen the window)."""

    def __init__(self, spec: CheckSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(objectName=f"check_{spec.id}")
        self.box.setAccessibleName(spec.label)
        self.label = QLabel(spec.label)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease:
            self.box.setFocus()
            self.box.toggle()  # clicking the words ticks, as with a normal check box
            return True
        return super().eventFilter(watched, event)


class StepPanel(QWidget):
    """Renders ``engine.step``; every check and field change goes to the engine at once
    (text when the field is left, after a typing pause, or by ``commit_all``).

    ``changed`` follows every stored change; ``failed`` carries a sentence when storing
    failed (the typed text stays on screen, so nothing is lost). ``procedure`` is the step
    kind's own panel (hold, transfer, message, call-back: ui/procedures), shown under the
    script; it fills the fields it names in ``handled_fields`` and may move the call on
    (``flow_moved``).

    A panel may be built ahead for a step the call can go to next (``step``, and the class
    of its procedure as ``traits``): ``attach_procedure`` and ``sync`` make it current when
    the call gets there, so a step change swaps a ready panel in.
    """

    changed = Signal()
    failed = Signal(str)
    flow_moved = Signal()

    def __init__(
        self,
        engine: CallEngine,
        alphabets: Mapping[str, Alphabet],
        parent: QWidget | None = None,
        procedure: QWidget | None = None,
        *,
        step: Step | None = None,
        traits: object | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._detached = False
        self.procedure = procedure
        # What the step's procedure panel takes over (its class will do before it is built).
        self._traits = procedure if procedure is not None else traits
        self.step = step = step if step is not None else engine.step
        self.setObjectName(f"step_{step.id}")
        self.title = QLabel(step.title, objectName="stepTitle")
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.script = QLabel(objectName="script")
        self.script.setWordWrap(True)
        self.script.setTextFormat(Qt.TextFormat.PlainText)
        self.script.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.script.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # no extra Tab stop
        self.script.setAccessibleName(self.tr("Script to say in your own words"))
        self.script.setStyleSheet(
            "QLabel#script { font-size: 19px; line-height: 140%; padding: 10px 12px;"
            " background: palette(base); border-left: 4px solid palette(highlight);"
            " border-radius: 4px; }"
        )
        self.guidance = QLabel(step.guidance, objectName="guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("color: palette(placeholder-text); font-size: 12px;")

        self.editors: dict[str, FieldEditor] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.name_panel: NameCapturePanel | None = None
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = engine.fields
        handled = getattr(self._traits, "handled_fields", frozenset())
        specs = [s for s in step.fields if s.id not in handled]
        if step.kind == "name_capture":
            specs.sort(key=lambda s: s.id not in NAME_PARTS)  # the name first, then the rest
            self.name_panel = NameCapturePanel(
                alphabets.get(step.options.get("alphabet", "")), alphabets
            )
        placed = self.name_panel is None
        for spec in specs:
            if not placed and spec.id not in NAME_PARTS:
                form.addRow(self.name_panel)  # the spelling right under the name typed
                placed = True
            editor = FieldEditor(spec, fields.get(spec.id))
            editor.committed.connect(self._on_field_committed)
            self.editors[spec.id] = editor
            label = QLabel(spec.label + ("\u00a0*" if spec.required else ""))
            label.setBuddy(editor.focus_target())
            label.setWordWrap(len(spec.label) > 32)  # short labels stay on one line
            form.addRow(label, editor)
            if self.name_panel is not None and spec.id in NAME_PARTS:
                editor.edited.connect(
                    lambda text, part=spec.id: self.name_panel.set_part(part, text)
                )
                self.name_panel.set_part(spec.id, str(fields.get(spec.id) or ""))
        if not placed:
            form.addRow(self.name_panel)

        checks = QVBoxLayout()
        owned = getattr(self._traits, "handled_checks", frozenset())
        for spec in (c for c in step.checks if c.id not in owned):
            row = _CheckRow(spec)
            row.box.setChecked(spec.id in engine.ticked)
            row.box.toggled.connect(lambda on, cid=spec.id: self._on_check_toggled(cid, on))
            self.checks[spec.id] = row.box
            checks.addWidget(row)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.script)
        layout.addWidget(self.guidance)
        if procedure is not None:
            self._connect_procedure(procedure)
            layout.addWidget(procedure)
        layout.addLayout(form)
        layout.addLayout(checks)
        layout.addStretch(1)
        self.guidance.setVisible(bool(step.guidance))  # only once parented: never a window
        self.refresh()

    def _connect_procedure(self, procedure: QWidget) -> None:
        procedure.changed.connect(self._on_procedure_changed)
        procedure.failed.connect(self.failed)
        procedure.flow_moved.connect(self.flow_moved)

    def expects(self, procedure: QWidget | None) -> bool:
        """Was this panel built for that procedure panel (or for none)?"""
        if self.procedure is not None:
            return procedure is self.procedure
        return self._traits is (type(procedure) if procedure is not None else None)

    def attach_procedure(self, procedure: QWidget) -> None:
        """The step's procedure panel, built now that the call is at this step (a panel
        built ahead was told its class as ``traits``), goes under the guidance."""
        self.procedure = self._traits = procedure
        self._connect_procedure(procedure)
        self.layout().insertWidget(3, procedure)  # title, script, guidance, procedure
        self.refresh()  # building it may have captured what the script names (a complaint)

    def sync(self) -> None:
        """Show the call's values as they are now (a panel built ahead may have been built
        before something was captured or ticked)."""
        fields = self._engine.fields
        for fid, editor in self.editors.items():
            value = fields.get(fid)
            editor.set_value(value)
            if self.name_panel is not None and fid in NAME_PARTS:
                self.name_panel.set_part(fid, str(value or ""))
        for cid, box in self.checks.items():
            if box.isChecked() != (cid in self._engine.ticked):
                box.blockSignals(True)
                box.setChecked(cid in self._engine.ticked)
                box.blockSignals(False)
        sync = getattr(self.procedure, "sync", None)  # a procedure panel built ahead too
        if sync is not None:
            sync()
        self.refresh()

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-render the script: it may use what was just captured."""
        text = self._engine.script(self.step) if self.step.script else ""
        self.script.setText(text)
        own = getattr(self._traits, "replaces_script", False)  # the panel says it better
        self.script.setVisible(bool(text) and not own)

    def first_focus(self) -> QWidget | None:
        """Where the representative starts: the procedure, the first empty field, else the
        first open check."""
        if self.procedure is not None and (target := self.procedure.first_focus()) is not None:
            return target
        for editor in self.editors.values():
            if editor.value() in (None, "", ()):
                return editor.focus_target()
        for cid, box in self.checks.items():
            if cid not in self._engine.ticked:
                return box
        return None

    def tab_chain(self) -> list[QWidget]:
        """Fields, then checks, in the order they are shown."""
        chain: list[QWidget] = []
        if self.procedure is not None:
            chain.extend(self.procedure.tab_chain())
        for editor in self.editors.values():
            chain.extend(editor.tab_chain())
        return chain + list(self.checks.values())

    def show_required(self, blockers: Iterable[Blocker]) -> None:
        """Say next to each empty required field what it expects; clear the others."""
        missing = {b.target for b in blockers if b.code == FIELD_MISSING}
        for fid, editor in self.editors.items():
            editor.show_problem(expectation(editor.spec) if fid in missing else "")

    # -- storing -------------------------------------------------------------------------
    def detach(self) -> None:
        """The call moved on: late signals (focus leaving a field) must store nothing."""
        self._detached = True
        if self.procedure is not None:
            self.procedure.detach()

    def commit_all(self) -> bool:
        """Store every field as shown (before a transition); False if one was refused."""
        stored = all([self._store(fid) for fid in self.editors])
        return stored and (self.procedure is None or self.procedure.commit_all())

    def _on_procedure_changed(self) -> None:
        """The procedure recorded something, maybe ticking this step's checks: show them."""
        if self._detached:
            return
        for cid, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(cid in self._engine.ticked)
            box.blockSignals(False)
        self.refresh()
        self.changed.emit()

    def _on_field_committed(self, field_id: str) -> None:
        self._store(field_id)

    def offer(self, field_id: str, value: str) -> bool:
        """Fill an empty field on this step with a known value (the card's form of address);
        False when the step has no such field or it already holds one."""
        editor = self.editors.get(field_id)
        if editor is None or editor.value() not in (None, "", ()):
            return False
        editor.set_value(value)
        return self._store(field_id)

    def _store(self, field_id: str) -> bool:
        if self._detached:
            return True
        editor = self.editors[field_id]
        try:
            event = self._engine.capture(field_id, editor.value())
        except KnownError as exc:
            if getattr(exc, "field", None) == field_id:
                editor.show_problem(error_text(exc))
            else:
                self.failed.emit(error_text(exc))
            return False
        if editor.problem.isVisible() and editor.value() not in (None, "", ()):
            editor.show_problem("")
        if event is not None:
            self.refresh()
            self.changed.emit()
        return True

    def _on_check_toggled(self, check_id: str, on: bool) -> None:
        if self._detached:
            return
        try:
            self._engine.tick(check_id) if on else self._engine.untick(check_id)
        except KnownError as exc:
            box = self.checks[check_id]
            box.blockSignals(True)
            box.setChecked(not on)
            box.blockSignals(False)
            self.failed.emit(error_text(exc))
            return
        notify = getattr(self.procedure, "on_checks_changed", None)
        if notify is not None:  # a panel that counts the step's checks (identity check)
            notify()
        self.changed.emit()
