"""Complaints (seed 002; D9): a reference the customer is given, the response date promised
(the organisation's timescale, a setting) and, when asked for, escalation to a team leader;
the wrap-up turns it into a task (services/interactions.py)."""

from __future__ import annotations

import datetime as dt
import secrets

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent
from agentdesk.flows.procedures import capture_if_declared

KIND = "complaint"
LOGGED = "complaint_logged"  # data: reference, due
REFERENCE, DUE = "complaint_reference", "complaint_due"
CATEGORY, WANTS, ESCALATE = "complaint_category", "complaint_wants", "complaint_escalate"
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to mishear on the phone


def new_reference(today: dt.date) -> str:
    """'C-261206-7KQ4': the date and four characters easy to read out."""
    tail = "".join(secrets.choice(_ALPHABET) for _ in range(4))
    return f"C-{today:%y%m%d}-{tail}"


def open_complaint(engine: CallEngine, today: dt.date, response_days: int) -> CallEvent | None:
    """Give the call a reference and a promised response date, once; None if it has them."""
    if engine.fields.get(REFERENCE):
        return None
    reference = new_reference(today)
    due = today + dt.timedelta(days=response_days)
    capture_if_declared(engine, REFERENCE, reference)
    capture_if_declared(engine, DUE, due.isoformat())
    return engine.record(LOGGED, {"reference": reference, "due": due.isoformat()})
