"""Follow-ups: tasks after a call, handed over or moved (services/followups.py)."""

from __future__ import annotations

from agentdesk.error_texts.mark import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "followup.done": QT_TRANSLATE_NOOP("Errors", "This follow-up is already done."),
    "followup.no_colleague": QT_TRANSLATE_NOOP("Errors", "Choose a colleague."),
    "followup.note_too_long": QT_TRANSLATE_NOOP("Errors", "The note: at most {limit} characters."),
    "followup.no_owner": QT_TRANSLATE_NOOP(
        "Errors", "This follow-up has no call or customer to keep a note."
    ),
    "followup.needs_zone": QT_TRANSLATE_NOOP("Errors", "The new time needs a time zone."),
    "followup.move_reason": QT_TRANSLATE_NOOP(
        "Errors", "Say why it moves (the customer will be told what?)."
    ),
    "followup.handover_note": QT_TRANSLATE_NOOP("Errors", "Say what the colleague needs to know."),
}
