"""Keeps the notes panel's unsaved text as an encrypted draft: nothing typed is lost.

Drafts are read and written on the database worker, in the order they were asked for, so a
slow disk never holds up typing; the text stays on screen until the panel saves the note.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from agentdesk.errors import KnownError
from agentdesk.services.drafts import DraftService
from agentdesk.ui.errors import error_text
from agentdesk.ui.notes.dock import NotesPanel
from agentdesk.ui.tasks import TaskRunner

KIND = "note"
SAVE_AFTER_MS = 1000  # well inside the two seconds promised after each change


class NoteDrafts(QObject):
    """Saves the editor a second after typing stops; clears on save; restores on open."""

    def __init__(
        self,
        panel: NotesPanel,
        drafts: DraftService,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or panel)
        self._panel = panel
        self._drafts = drafts
        self._tasks = tasks
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        self._loading = False
        panel.editor.textChanged.connect(self._on_changed)
        panel.permission.toggled.connect(self._on_changed)
        panel.customer_opened.connect(self._on_customer_opened)
        panel.note_saved.connect(self._on_note_saved)
        panel.leaving_customer.connect(self._on_leaving)

    def _on_changed(self, *_args) -> None:
        if not self._loading and self._panel.card is not None:
            self._timer.start()

    def save_now(self) -> None:
        card = self._panel.card
        if card is None:
            return
        text = self._panel.editor.toPlainText()
        drafts, who, cid = self._drafts, self._panel.who, card.id
        if text.strip():
            payload = {"text": text, "permission": self._panel.permission.isChecked()}
            self._tasks.run_mutation(
                lambda: drafts.save_draft(who, KIND, cid, payload, customer_id=cid),
                _kept,
                self._on_failed,
            )
        else:
            self._tasks.run_mutation(lambda: drafts.clear(who, KIND, cid), _kept, self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        # The text is still on screen; say why it could not be kept.
        self._panel.error.show_error(error_text(exc))

    def _on_customer_opened(self, customer_id: str) -> None:
        if self._panel.editor.toPlainText().strip():
            return  # never overwrite what is on screen
        drafts, who = self._drafts, self._panel.who
        self._tasks.run_query(
            lambda: drafts.draft(who, KIND, customer_id),
            lambda found: self._restore(customer_id, found),
            self._on_failed,
        )

    def _restore(self, customer_id: str, found) -> None:
        card = self._panel.card
        if found is None or card is None or card.id != customer_id:
            return  # another card is open by now
        if self._panel.editor.toPlainText().strip():
            return  # typed meanwhile: never overwrite what is on screen
        self._loading = True
        try:
            self._panel.editor.setPlainText(found.payload.get("text", ""))
            if not self._panel.in_call:  # in a call, consent is the call's, not a draft's
                self._panel.permission.setChecked(bool(found.payload.get("permission")))
        finally:
            self._loading = False
        self._panel.status.setText(self.tr("Your unsaved note was restored."))

    def _on_leaving(self) -> None:
        # Another call or customer: what is typed for this one is kept before it goes.
        if self._timer.isActive():
            self._timer.stop()
            self.save_now()

    def _on_note_saved(self, _saved) -> None:
        self._timer.stop()
        card = self._panel.card
        if card is not None:
            drafts, who, cid = self._drafts, self._panel.who, card.id
            self._tasks.run_mutation(lambda: drafts.clear(who, KIND, cid), _kept, self._on_failed)


def _kept(_result: object) -> None:
    """Written: nothing to show (the text is on screen already)."""
