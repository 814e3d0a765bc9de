"""What every procedure panel shares: the signals the step panel listens to, a script box, and
running a procedure action so that a refusal is shown rather than raised."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from agentdesk.errors import KnownError
from agentdesk.flows.procedures import ProcedureError
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.procedures.words import ProcedureWords

T = TypeVar("T")


def script_label(name: str = "procedureScript") -> QLabel:
    """A line to say to the caller: large, selectable, marked like the step's script."""
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"QLabel#{name} {{ font-size: 16px; padding: 6px 10px; background: palette(base);"
        " border-left: 4px solid palette(highlight); border-radius: 4px; }"
    )
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    label.setWordWrap(True)
    return label


class ProcedurePanel(QFrame):
    """Base of HoldPanel, TransferPanel, MessageStepPanel and CallbackPanel.

    ``changed``: something was recorded (checks may be ticked, ways on may open);
    ``flow_moved``: the panel moved the call to another step; ``failed``: storage failed.
    """

    changed = Signal()
    flow_moved = Signal()
    failed = Signal(str)
    handled_fields: frozenset[str] = frozenset()
    # Checks the panel ticks itself from what was done (its own box or button): the step
    # does not show them a second time.
    handled_checks: frozenset[str] = frozenset()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A palette, not a style sheet: a style sheet here would restyle every widget in the
        # panel through Qt's style-sheet engine (a message form: milliseconds at each step).
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.words = ProcedureWords()
        self.error = ErrorLabel()
        self._detached = False

    def first_focus(self) -> QWidget | None:
        return None

    def tab_chain(self) -> list[QWidget]:
        return []

    def commit_all(self) -> bool:
        return True

    def detach(self) -> None:
        self._detached = True

    def act(self, action: Callable[[], T]) -> T | None:
        """Run one procedure action: a refusal goes to the error line, a storage failure to
        ``failed``; None when it did not happen."""
        if self._detached:
            return None
        try:
            result = action()
        except ProcedureError as exc:
            self.error.show_error(self.words.refusal_of(exc))
            return None
        except KnownError as exc:
            self.failed.emit(error_text(exc))
            return None
        self.error.clear_error()
        return result
