"""Dialog to record what a customer needs and the adjustments agreed with them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.errors import KnownError
from agentdesk.services.customer_types import CustomerCard
from agentdesk.services.identity import Identity
from agentdesk.services.support import SupportService
from agentdesk.support import ADJUSTMENTS, CONFIRM_CHANNELS, NEEDS, NOTE_LIMIT, SupportProfile
from agentdesk.ui.common.forms import ErrorLabel
from agentdesk.ui.errors import error_text
from agentdesk.ui.notes.support_words import SupportWords
from agentdesk.ui.tasks import TaskRunner


def _grid(codes: tuple[str, ...], label: Callable[[str], str], ticked, columns: int):
    boxes: dict[str, QCheckBox] = {}
    grid = QGridLayout()
    for i, code in enumerate(codes):
        box = QCheckBox(label(code), objectName=f"support_{code}")
        box.setChecked(code in ticked)
        boxes[code] = box
        grid.addWidget(box, i // columns, i % columns)
    return boxes, grid


class SupportForm(QDialog):
    """Runs ``submit(profile)`` on the database worker; a refusal is shown inline and what was
    ticked and typed stays."""

    def __init__(
        self,
        submit: Callable[[SupportProfile], object],
        tasks: TaskRunner,
        current: SupportProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._tasks = tasks
        words = SupportWords(self)
        current = current or SupportProfile()
        self.setWindowTitle(self.tr("Extra support"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Record only what the customer has told you and agreed to. It is kept "
                "encrypted, shown to whoever serves them, and exported or erased with the card."
            )
        )
        intro.setWordWrap(True)
        self.needs, needs_grid = _grid(NEEDS, words.need, current.needs, 2)
        self.adjustments, adjust_grid = _grid(ADJUSTMENTS, words.adjustment, current.adjustments, 2)
        self.confirm_by = QComboBox(objectName="support_confirm_by")
        self.confirm_by.addItem(self.tr("(no second channel)"), None)
        for code in CONFIRM_CHANNELS:
            self.confirm_by.addItem(words.channel(code), code)
        self.confirm_by.setCurrentIndex(max(0, self.confirm_by.findData(current.confirm_by)))
        self.note = QPlainTextEdit(current.note, objectName="support_note")
        self.note.setPlaceholderText(self.tr("Anything else agreed, in the customer's words"))
        self.note.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Needs"), needs_grid)
        form.addRow(self.tr("Agreed adjustments"), adjust_grid)
        form.addRow(self.tr("Confirm &by"), self.confirm_by)
        form.addRow(self.tr("&Other"), self.note)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def profile(self) -> SupportProfile:
        return SupportProfile(
            needs=tuple(c for c, box in self.needs.items() if box.isChecked()),
            adjustments=tuple(c for c, box in self.adjustments.items() if box.isChecked()),
            confirm_by=self.confirm_by.currentData(),
            note=self.note.toPlainText(),
        )

    def _on_save(self) -> None:
        profile, submit = self.profile(), self._submit
        if len(profile.note.strip()) > NOTE_LIMIT:
            self.error.show_error(
                self.tr("Other: at most %1 characters.").replace("%1", str(NOTE_LIMIT))
            )
            return
        self.buttons.setEnabled(False)
        self._tasks.run_mutation(lambda: submit(profile), self._on_saved, self._on_failed)

    def _on_saved(self, _changes) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.error.show_error(error_text(exc))


def open_support_form(
    parent: QWidget, support: SupportService, tasks: TaskRunner, who: Identity, card: CustomerCard
) -> SupportForm:
    """The form for ``card``'s customer, saved on the worker; the card then refreshes itself
    from the Changes the save returns."""
    cid = card.id
    form = SupportForm(
        lambda profile: support.set_support(who, cid, profile), tasks, card.support, parent
    )
    form.setObjectName("supportForm")
    form.finished.connect(form.deleteLater)
    form.open()
    return form
