"""Review codes in words: statuses, outcomes, channels, durations, ages, timeline events."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from agentdesk.flows.schema import Flow


def clock_text(seconds: float | None) -> str:
    """ "4:05" for 245 s; "1:02:03" past an hour; "–" for nothing."""
    if seconds is None:
        return "–"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _is_id(value: Any) -> bool:
    """An internal identifier (a UUID), which means nothing to a person."""
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str | uuid.UUID) and len(str(value)) == 36


def percent_text(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


class ReviewWords(QObject):
    """One translator for every review screen (context "ReviewWords")."""

    def status(self, code: str, reason: str = "") -> str:
        if code == "not_applicable" and reason:
            return {
                "flow": self.tr("Not applicable: another call flow's rule"),
                "channel": self.tr("Not applicable: another channel's rule"),
                "condition": self.tr("Not applicable: did not arise in this call"),
            }.get(reason, self.tr("Not applicable"))
        return {
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
            "not_applicable": self.tr("Not applicable"),
        }.get(code, code)

    def outcome(self, code: str | None) -> str:
        if not code:
            return "–"
        return {
            "resolved": self.tr("Resolved"),
            "follow_up": self.tr("Follow-up needed"),
            "callback_booked": self.tr("Call-back booked"),
            "transferred": self.tr("Transferred"),
            "message_taken": self.tr("Message taken"),
            "information": self.tr("Information given"),
            "complaint": self.tr("Complaint recorded"),
            "no_action": self.tr("No action needed"),
            "wrong_number": self.tr("Wrong number"),
        }.get(code, code)

    def channel(self, code: str) -> str:
        return {
            "voice": self.tr("Phone"),
            "phone": self.tr("Phone"),
            "chat": self.tr("Chat"),
            "email": self.tr("E-mail"),
            "social": self.tr("Social"),
        }.get(code, code)

    def upset(self, code: str) -> str:
        """Causes of upset (D1) as the inbound flow's wrap-up offers them; a team's own
        codes are shown as written."""
        known = {
            "product-fault": self.tr("Product or service fault"),
            "billing-dispute": self.tr("Billing or price dispute"),
            "miscommunication": self.tr("Miscommunication"),
            "unmet-expectations": self.tr("Expectations not met"),
            "rude-treatment": self.tr("Treated rudely"),
            "inconvenience": self.tr("Inconvenience"),
            "unclear-policy": self.tr("Unclear policy"),
            "long-wait": self.tr("Waited too long"),
            "past-bad-experience": self.tr("Bad experience before"),
            "personal-stress": self.tr("Personal stress"),
        }
        return known.get(code) or code.replace("-", " ").replace("_", " ").capitalize()

    def age(self, age: dt.timedelta) -> str:
        """ "2 days", "1 day", "5 hours" (explicit forms: no "day(s)" without a translation)."""
        days = age.days
        if days >= 1:
            return self.tr("1 day") if days == 1 else self.tr("%1 days").replace("%1", str(days))
        hours = max(0, int(age.total_seconds() // 3600))
        return self.tr("1 hour") if hours == 1 else self.tr("%1 hours").replace("%1", str(hours))

    def age_short(self, age: dt.timedelta) -> str:
        """ "3 d" or "5 h", for table cells."""
        if age.days >= 1:
            return self.tr("%1 d").replace("%1", str(age.days))
        return self.tr("%1 h").replace("%1", str(max(0, int(age.total_seconds() // 3600))))

    def review_state(self, reviewed: bool, overdue: bool) -> str:
        if reviewed:
            return self.tr("Reviewed")
        return self.tr("Overdue") if overdue else self.tr("To review")

    def event_line(self, kind: str, data: Mapping[str, Any], flow: Flow | None) -> str:
        """One timeline line, with labels from the flow where it is still loaded. (Not named
        ``event``: that would hide QObject.event, and Qt calls it with a QEvent, e.g. when a
        translator is installed.)"""

        def step(step_id: Any) -> str:
            if flow is not None and step_id in flow.step_map:
                return flow.step(step_id).title
            return str(step_id or "")

        def check(check_id: Any) -> str:
            spec = flow.check_map.get(check_id) if flow is not None else None
            return spec.label if spec else str(check_id)

        def field(field_id: Any, value: Any) -> str:
            spec = flow.field_map.get(field_id) if flow is not None else None
            return f"{spec.label if spec else field_id}: {self.value(value, spec)}"

        texts = {
            "call_started": lambda: self.tr("Call started at “%1”").replace(
                "%1", step(data.get("step"))
            ),
            "step_entered": lambda: self.tr("Went to “%1”").replace("%1", step(data.get("to"))),
            "field_captured": lambda: field(data.get("field"), data.get("value")),
            "check_ticked": lambda: self.tr("Ticked “%1”").replace("%1", check(data.get("check"))),
            "check_unticked": lambda: self.tr("Unticked “%1”").replace(
                "%1", check(data.get("check"))
            ),
            "call_ended": lambda: self.tr("Call ended"),
            "wrap_up_saved": lambda: self.tr("Wrap-up saved"),
            "call_resumed": lambda: self.tr("Resumed after a restart"),
            "hold_requested": lambda: self.tr("Asked to hold (about %1)").replace(
                "%1", clock_text(data.get("estimate_seconds"))
            ),
            "hold_permission": lambda: self.tr("Caller's answer to hold: %1").replace(
                "%1", str(data.get("answer", ""))
            ),
            "hold_started": lambda: self.tr("On hold"),
            "hold_checked_back": lambda: self.tr("Progress report to the caller"),
            "hold_ended": lambda: self.tr("Back from hold"),
            "callback_offered": lambda: self.tr("Offered a call-back"),
            "callback_booked": lambda: self.tr("Call-back booked"),
            "transfer_started": lambda: self.tr("Transfer to %1").replace(
                "%1", str(data.get("target", ""))
            ),
            "transfer_announced": lambda: self.tr("Transfer announced to the colleague"),
            "transfer_completed": lambda: self.tr("Transfer completed"),
            "transfer_failed": lambda: self.tr("Transfer failed"),
            "message_taken": lambda: self.tr("Message taken"),
            "complaint_logged": lambda: (
                self.tr("Complaint logged: reference %1, answer by %2")
                .replace("%1", str(data.get("reference", "")))
                .replace("%2", str(data.get("due", "")))
            ),
            "identity_verified": lambda: self.tr("Identity verified"),
            "identity_failed": lambda: self.tr("Identity not verified"),
            "reply_coached": lambda: self._reply(data),
        }
        make = texts.get(kind)
        return make() if make else kind.replace("_", " ")

    def _reply(self, data: Mapping[str, Any]) -> str:
        findings = data.get("findings") or []
        if not findings:
            return self.tr("Reply sent; the coach found nothing to change")
        rules = ", ".join(str(f.get("rule", "")) for f in findings if hasattr(f, "get"))
        return (
            self.tr("Reply sent with %1 coach findings: %2")
            .replace("%1", str(len(findings)))
            .replace("%2", rules)
        )

    def value(self, value: Any, spec=None) -> str:
        if value is None:
            return "–"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list | tuple):
            return ", ".join(self.value(v, spec) for v in value)
        if isinstance(value, Mapping):  # a record: its readable values, never its keys or ids
            return "; ".join(
                self.value(v) for v in value.values() if v not in (None, "") and not _is_id(v)
            )
        if spec is not None and isinstance(value, str):
            return spec.label_of(value)
        return str(value)
