"""The tasks a saved wrap-up creates, in the wrap-up's transaction: a complaint, a
data-protection request, a follow-up or a booked call-back, each sealed with the call's key."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.interaction import Interaction, Task
from agentdesk.vault.envelope import CustomerCipher


def add_wrap_up_tasks(s: Session, row: Interaction, captured: dict, cipher: CustomerCipher) -> None:
    """The tasks the call's captured fields ask for (``row``: the call being wrapped up)."""
    # In this order: a data request goes to the leader with the fewest open tasks, counting
    # the complaint just added for this call.
    _complaint_task(s, row, captured, cipher)
    _data_request_task(s, row, captured, cipher)
    for kind, due_key, text_key in (
        ("follow-up", "follow_up_due", "follow_up_task"),
        ("call-back", "callback_due", "callback_number"),
    ):
        due = captured.get(due_key)
        if not due:
            continue
        if kind == "follow-up" and captured.get("callback_due"):
            continue  # the booked call-back is the follow-up: one task, not two
        tid = uuid.uuid4()
        text = str(captured.get(text_key) or "")
        # A call-back booked by the procedure (flows/callback.py) has a window and a reason.
        until = captured.get("callback_until") if kind == "call-back" else None
        if kind == "call-back" and captured.get("callback_reason"):
            text = f"{text} — {captured['callback_reason']}"
        s.add(
            Task(
                id=tid,
                kind=kind,
                customer_id=row.customer_id,
                interaction_id=row.id,
                assignee_id=row.agent_id,
                due_at=_due(due),
                window_end=_due(until) if until else None,
                status="open",
                details_ct=cipher.encrypt("task", tid, "details", text),
            )
        )


def _complaint_task(s: Session, row: Interaction, captured: dict, cipher) -> None:
    """A logged complaint becomes a task: the representative's, or a team leader's when
    escalated (the one with the fewest open tasks), due on the date promised."""
    reference = captured.get("complaint_reference")
    if not reference:
        return
    assignee = row.agent_id
    if captured.get("complaint_escalate"):
        leader = _least_busy_leader(s)
        assignee = leader if leader is not None else assignee
    parts = [str(reference), str(captured.get("complaint_category") or "")]
    parts.append(str(captured.get("complaint_wants") or ""))
    if captured.get("complaint_escalate"):
        parts.append("escalated")
    tid = uuid.uuid4()
    due = captured.get("complaint_due") or utcnow().date().isoformat()
    s.add(
        Task(
            id=tid,
            kind="complaint",
            customer_id=row.customer_id,
            interaction_id=row.id,
            assignee_id=assignee,
            due_at=_due(due),
            status="open",
            details_ct=cipher.encrypt("task", tid, "details", " — ".join(p for p in parts if p)),
        )
    )


def _data_request_task(s: Session, row: Interaction, captured: dict, cipher) -> None:
    """G1: a data-protection request taken on a call is logged for a team leader, due by
    the statutory deadline (one calendar month from the day it was made)."""
    kind = captured.get("dp_request_type")
    if not kind:
        return
    tid = uuid.uuid4()
    made = utcnow()
    leader = _least_busy_leader(s) or row.agent_id
    details = " — ".join(p for p in (str(kind), str(captured.get("dp_request_details") or "")) if p)
    s.add(
        Task(
            id=tid,
            kind="data-request",
            customer_id=row.customer_id,
            interaction_id=row.id,
            assignee_id=leader,
            due_at=one_month_after(made),
            status="open",
            details_ct=cipher.encrypt("task", tid, "details", details),
        )
    )


def _least_busy_leader(s: Session) -> uuid.UUID | None:
    leaders = list(
        s.execute(
            select(Account.id, Account.display_name).where(
                Account.role == "team-leader", Account.deleted_at.is_(None)
            )
        ).all()
    )
    if not leaders:
        return None
    load = dict(
        s.execute(
            select(Task.assignee_id, func.count())
            .where(Task.status == "open")
            .group_by(Task.assignee_id)
        ).all()
    )
    return min(leaders, key=lambda r: (load.get(r[0], 0), r[1]))[0]


def one_month_after(when: dt.datetime) -> dt.datetime:
    """The same day next month (the last day when it has no such day): GDPR art. 12(3)."""
    year, month = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
    for day in (when.day, 30, 29, 28):
        try:
            return when.replace(year=year, month=month, day=min(when.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _due(value: object) -> dt.datetime:
    text = str(value)
    when = dt.datetime.fromisoformat(text)
    if when.tzinfo is None:
        when = (
            when.replace(tzinfo=dt.UTC)
            if "T" in text
            else dt.datetime(when.year, when.month, when.day, 17, tzinfo=dt.UTC)
        )
    return when
