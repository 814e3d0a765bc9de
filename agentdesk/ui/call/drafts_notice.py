"""The notice of work kept from an earlier session (unsaved notes, a half-typed message).

It sits in the window above the call, never modal: the representative can answer a call, open
the kept work from its buttons (Tab reaches them) or dismiss it, and nothing is lost either way:
the drafts stay kept until saved or cleared. It steps aside while a call is going on (the call's
own Alt keys and room come first) and comes back when the call is over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from agentdesk.services.drafts import PendingDraft
from agentdesk.ui.call.notice_bar import NoticeBar


class DraftsNotice(NoticeBar):
    """``offer`` shows what was kept; "Open note" opens the newest kept note, then the next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsNotice")
        self._open_note: Callable[[str], None] = lambda _customer_id: None
        self._open_message: Callable[[], None] | None = None
        self._notes: list[PendingDraft] = []
        self._message = False
        self._in_call = False

    def offer(
        self,
        pending: Sequence[PendingDraft],
        open_note: Callable[[str], None],
        open_message: Callable[[], None] | None = None,
    ) -> bool:
        """Show the kept drafts (newest first, as the service lists them); False when none."""
        self._open_note, self._open_message = open_note, open_message
        self._notes = [d for d in pending if d.kind == "note" and d.customer_id]
        self._message = any(d.kind == "message" for d in pending)
        return self._show()

    def _show(self) -> bool:
        notes, message = self._notes, self._message
        if not notes and not message:
            self.dismiss()
            return False
        lines = []
        if notes:
            lines.append(self.tr("From your last session: %n unsaved note(s).", "", len(notes)))
        if message:
            lines.append(self.tr("A half-typed message was kept: Ctrl+Shift+M opens it."))
        kept = len(notes) + int(message)  # one draft is "it", not "they"
        lines.append(self.tr("Kept until you save or clear the draft(s).", "", kept))
        actions: list[tuple[str, Callable[[], None]]] = []
        if notes:
            actions.append((self.tr("&Open note"), self._on_open_note))
        if message and self._open_message is not None:
            actions.append((self.tr("Open &message"), self._on_open_message))
        self.show_notice(" ".join(lines), actions, kind="warning")
        self.setVisible(not self._in_call)
        return True

    def set_in_call(self, in_call: bool) -> None:
        """Hidden during a call; shown again afterwards unless it was dealt with."""
        self._in_call = in_call
        if in_call:
            self.hide()
        elif self._notes or self._message:
            self._show()

    def dismiss(self) -> None:
        self._notes, self._message = [], False
        super().dismiss()

    def _on_open_note(self) -> None:
        first, self._notes = self._notes[0], self._notes[1:]
        self._show()  # the next kept note, if any, stays offered
        if first.customer_id:
            self._open_note(first.customer_id)

    def _on_open_message(self) -> None:
        self._message = False
        self._show()
        if self._open_message is not None:
            self._open_message()
