"""After-call work: the wrap-up step's fields and Save wrap-up (Ctrl+Return)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from agentdesk.errors import KnownError
from agentdesk.flows.engine import BlockedError, CallEngine
from agentdesk.flows.phonetic import Alphabet
from agentdesk.ui.call.step_panel import StepPanel
from agentdesk.ui.call.words import sentence
from agentdesk.ui.errors import error_text


class WrapUpForm(QWidget):
    """Pre-filled from the call; what is still required is said next to each field.

    ``saved`` once the engine stored the wrap-up; ``failed`` with a sentence otherwise.
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        engine: CallEngine,
        alphabets: Mapping[str, Alphabet],
        parent: QWidget | None = None,
        *,
        ahead: bool = False,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        # ``ahead``: built during the call, before the wrap-up (its panel's ``sync`` then
        # shows the call's values as they are when the wrap-up starts).
        step = engine.flow.wrap_up if ahead else None
        self.panel = StepPanel(engine, alphabets, step=step)
        self.panel.changed.connect(self._on_changed)
        self.panel.failed.connect(self.failed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.panel)
        self.problems = QLabel(objectName="wrapUpProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020; font-weight: 600;")
        self.problems.hide()
        self.save_button = QPushButton(
            self.tr("Save wrap-up (Ctrl+Return)"), objectName="saveWrapUp"
        )
        self.save_button.setStyleSheet("font-weight: 600;")
        self.save_button.setToolTip(self.tr("Store the outcome and end after-call work"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.problems, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

    def first_focus(self) -> QWidget:
        return self.panel.first_focus() or self.save_button

    def save(self) -> None:
        if not self.panel.commit_all():
            return
        blockers = self._engine.wrap_up_blockers()
        if not blockers:
            try:
                self._engine.save_wrap_up()
            except BlockedError as exc:
                blockers = exc.blockers
            except KnownError as exc:
                self.failed.emit(error_text(exc))
                return
            else:
                self.saved.emit()
                return
        self._show(blockers)
        target = self.panel.editors.get(blockers[0].target)
        if target is not None:
            target.focus_target().setFocus()

    def _show(self, blockers) -> None:
        self.panel.show_required(blockers)
        text = sentence(blockers, self._engine.flow, self._engine.fields)
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def _on_changed(self) -> None:
        if self.problems.isVisible():  # once shown, keep the list of what is missing current
            self._show(self._engine.wrap_up_blockers())
