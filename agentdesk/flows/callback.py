"""Booking a call-back (T4 past three minutes, or instead of a transfer): a number that is a
number, a time window that makes sense, the reason; stored as flow fields (the wrap-up turns
them into a call-back task) and a `callback_booked` event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent
from agentdesk.flows.procedures import ProcedureError, capture_if_declared, tick_if_declared
from agentdesk.vault.blind_index import format_phone_display, normalise_phone

CALLBACK_BOOKED = "callback_booked"
MAX_REASON_LENGTH = 500
# The English sentence for each problem (logs, command line); the window words the code.
REFUSALS = {
    "number_missing": "Call-back: give the number to call.",
    "number_invalid": "Call-back: that is not a phone number; check the digits.",
    "due_missing": "Call-back: pick when to call back.",
    "window_invalid": "Call-back: the end of the window must be after its start.",
    "reason_missing": "Call-back: say what it is about.",
    "reason_too_long": f"Call-back: the reason is at most {MAX_REASON_LENGTH} characters.",
}
# Flow fields the booking fills (resources/flows/inbound.yaml, step 'callback').
FIELDS = ("callback_due", "callback_until", "callback_number", "callback_reason")


@dataclass(frozen=True)
class CallbackRequest:
    """``due`` and ``until``: local date-times as "YYYY-MM-DDTHH:MM"."""

    number: str = ""
    due: str = ""
    until: str = ""
    reason: str = ""


def _when(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def callback_problems(req: CallbackRequest, region: str) -> list[tuple[str, str]]:
    """(field, code) for each thing to fix: number_missing, number_invalid, due_missing,
    window_invalid (until not after due), reason_missing, reason_too_long."""
    found: list[tuple[str, str]] = []
    if not req.number.strip():
        found.append(("number", "number_missing"))
    elif normalise_phone(req.number, region) is None:
        found.append(("number", "number_invalid"))
    due, until = _when(req.due), _when(req.until)
    if due is None:
        found.append(("due", "due_missing"))
    elif req.until.strip() and (until is None or until <= due):
        found.append(("until", "window_invalid"))
    if not req.reason.strip():
        found.append(("reason", "reason_missing"))
    elif len(req.reason) > MAX_REASON_LENGTH:
        found.append(("reason", "reason_too_long"))
    return found


class CallbackBooking:
    """Books a call-back on the call: fields first (so the step may move on), then the event."""

    def __init__(self, engine: CallEngine, region: str) -> None:
        self.engine = engine
        self.region = region

    def book(self, req: CallbackRequest, *, number_read_back: bool) -> CallEvent:
        problems = callback_problems(req, self.region)
        if problems:
            field, code = problems[0]
            raise ProcedureError(f"callback.{code}", REFUSALS[code], field, limit=MAX_REASON_LENGTH)
        number = format_phone_display(req.number, self.region)
        due = req.due.strip()
        until = req.until.strip() or None
        reason = req.reason.strip()
        for fid, value in zip(FIELDS, (due, until, number, reason), strict=True):
            capture_if_declared(self.engine, fid, value)
        if number_read_back:
            tick_if_declared(self.engine, "read_back_callback_number")
        data = {
            "due": due,
            "window_end": until,
            "number": number,
            "reason": reason,
            "number_read_back": number_read_back,
        }
        return self.engine.record(CALLBACK_BOOKED, data)
