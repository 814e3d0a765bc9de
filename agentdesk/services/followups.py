"""Follow-ups that get done (O7, D9 "keep your promises"): the task list, what is due, and
done / reassign / reschedule with a note. Tasks are created at wrap-up (services/interactions).

Details and the notes of each action are encrypted with the call's key (or the customer's),
so erasing the customer makes them unreadable with everything else about them.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer
from agentdesk.models.interaction import Task
from agentdesk.services.audit import AuditLog
from agentdesk.services.customer_types import display_name
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author
from agentdesk.vault.errors import DecryptionError

OPEN, DONE = "open", "done"
CALL_BACK = "call-back"
MAX_NOTE = 2000
_T = "task"


@dataclass(frozen=True)
class TaskAction:
    """One thing done to a task: done, reassigned, rescheduled; with who, when and a note."""

    at: dt.datetime
    by: str
    action: str
    note: str


@dataclass(frozen=True)
class TaskItem:
    id: str
    kind: str  # "follow-up" or "call-back"
    status: str
    due_at: dt.datetime
    window_end: dt.datetime | None
    details: str
    assignee_id: str
    assignee: str
    customer_id: str | None
    customer_name: str
    interaction_id: str | None
    history: tuple[TaskAction, ...] = ()

    def overdue(self, now: dt.datetime) -> bool:
        return self.status == OPEN and self.due_at < now

    def due_today(self, now: dt.datetime) -> bool:
        local = now.astimezone()
        return self.status == OPEN and self.due_at.astimezone().date() == local.date()

    @property
    def number(self) -> str:
        """The number to ring for a call-back (written first in its details at wrap-up)."""
        if self.kind != CALL_BACK:
            return ""
        return self.details.split(" — ", 1)[0].strip()


@dataclass(frozen=True)
class TaskCounts:
    open: int = 0
    due_today: int = 0  # due later today, not yet overdue
    overdue: int = 0


class FollowUpService:
    def __init__(
        self,
        db: Database,
        vault: VaultService,
        audit: AuditLog,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self._db, self._vault, self._audit, self._clock = db, vault, audit, clock

    # -- reading -------------------------------------------------------------------------
    def list_tasks(
        self, who: Identity, *, team: bool = False, include_done: bool = False
    ) -> list[TaskItem]:
        """My tasks, or (team leaders) the team's; open ones first by due time."""
        if team:
            require_team_leader(who, "team_followups")
        stmt = select(Task).where(Task.deleted_at.is_(None))
        if not team:
            stmt = stmt.where(Task.assignee_id == who.account_id)
        if not include_done:
            stmt = stmt.where(Task.status == OPEN)
        with self._db.read() as s:
            rows = list(s.scalars(stmt.order_by(Task.status.desc(), Task.due_at)))
            names = dict(s.execute(select(Account.id, Account.display_name)).all())
            return [self._item(s, t, names) for t in rows]

    def counts(self, who: Identity) -> TaskCounts:
        """Open tasks of ``who``: how many, how many due later today, how many overdue."""
        now = self._clock()
        with self._db.read() as s:
            dues = list(
                s.scalars(
                    select(Task.due_at).where(
                        Task.assignee_id == who.account_id,
                        Task.status == OPEN,
                        Task.deleted_at.is_(None),
                    )
                )
            )
        today = now.astimezone().date()
        overdue = sum(1 for d in dues if d < now)
        later_today = sum(1 for d in dues if d >= now and d.astimezone().date() == today)
        return TaskCounts(len(dues), later_today, overdue)

    def fallen_due(self, who: Identity, since: dt.datetime) -> list[TaskItem]:
        """Open tasks of ``who`` that fell due after ``since`` and by now: the reminders."""
        now = self._clock()
        with self._db.read() as s:
            rows = list(
                s.scalars(
                    select(Task)
                    .where(
                        Task.assignee_id == who.account_id,
                        Task.status == OPEN,
                        Task.deleted_at.is_(None),
                        Task.due_at > since,
                        Task.due_at <= now,
                    )
                    .order_by(Task.due_at)
                )
            )
            names = dict(s.execute(select(Account.id, Account.display_name)).all())
            return [self._item(s, t, names) for t in rows]

    # -- acting --------------------------------------------------------------------------
    def complete_task(self, who: Identity, task_id: str, note: str = "") -> Changes:
        with self._db.write() as s:
            set_author(s, who)
            task = self._mine(s, who, task_id)
            if task.status == DONE:
                raise ValidationError(
                    "This follow-up is already done.", "status", code="followup.done"
                )
            task.status, task.done_at = DONE, self._clock()
            self._log(s, who, task, "done", note)
        return Changes.TASKS

    def reschedule_task(
        self, who: Identity, task_id: str, due_at: dt.datetime, note: str
    ) -> Changes:
        if due_at.tzinfo is None:
            raise ValidationError(
                "The new time needs a time zone.", "due_at", code="followup.needs_zone"
            )
        if not note.strip():
            raise ValidationError(
                "Say why it moves (the customer will be told what?).", "note",
                code="followup.move_reason",
            )  # fmt: skip
        with self._db.write() as s:
            set_author(s, who)
            task = self._open(s, who, task_id)
            task.due_at = due_at
            if task.window_end is not None and task.window_end < due_at:
                task.window_end = None
            self._log(s, who, task, "rescheduled", note, due_at=due_at.isoformat())
        return Changes.TASKS

    def reassign_task(self, who: Identity, task_id: str, assignee_id: str, note: str) -> Changes:
        if not note.strip():
            raise ValidationError(
                "Say what the colleague needs to know.", "note", code="followup.handover_note"
            )
        try:
            target = uuid.UUID(str(assignee_id))
        except ValueError:
            raise ValidationError(
                "Choose a colleague.", "assignee", code="followup.no_colleague"
            ) from None
        with self._db.write() as s:
            set_author(s, who)
            task = self._open(s, who, task_id)
            person = s.get(Account, target)
            if person is None or person.deleted_at is not None:
                raise ValidationError(
                    "Choose a colleague.", "assignee", code="followup.no_colleague"
                )
            task.assignee_id = target
            self._log(s, who, task, "reassigned", note, to=str(target))
        return Changes.TASKS

    # -- internals -----------------------------------------------------------------------
    def _mine(self, s: Session, who: Identity, task_id: str) -> Task:
        try:
            tid = uuid.UUID(str(task_id))
        except ValueError:
            raise NotFoundError("No such follow-up.", code="not_found.followup") from None
        task = s.get(Task, tid)
        if task is None or task.deleted_at is not None:
            raise NotFoundError("No such follow-up.", code="not_found.followup")
        if task.assignee_id != who.account_id and not who.is_team_leader:
            raise PermissionDeniedError(
                "Only its owner or a team leader can change a follow-up.",
                code="denied.followup_owner",
            )
        return task

    def _open(self, s: Session, who: Identity, task_id: str) -> Task:
        task = self._mine(s, who, task_id)
        if task.status != OPEN:
            raise ValidationError("This follow-up is already done.", "status", code="followup.done")
        return task

    def _owner(self, task: Task) -> uuid.UUID | None:
        return task.interaction_id or task.customer_id

    def _log(
        self, s: Session, who: Identity, task: Task, action: str, note: str, **details: str
    ) -> None:
        note = note.strip()
        if len(note) > MAX_NOTE:
            raise ValidationError(
                f"The note: at most {MAX_NOTE} characters.", "note",
                code="followup.note_too_long", limit=MAX_NOTE,
            )  # fmt: skip
        owner = self._owner(task)
        if note and owner is None:
            raise ValidationError(
                "This follow-up has no call or customer to keep a note.",
                code="followup.no_owner",
            )
        if owner is not None:
            history = self._history(task)
            entry = {"at": self._clock().isoformat(), "by": who.display_name, "action": action}
            history.append({**entry, "note": note})
            task.history_ct = self._vault.cipher(owner).encrypt_json(
                _T, task.id, "history", history, ensure_ascii=False
            )
        self._audit.append(s, who, f"task.{action}", task.customer_id, task=str(task.id), **details)

    def _history(self, task: Task) -> list[dict]:
        owner = self._owner(task)
        if task.history_ct is None or owner is None:
            return []
        try:
            text = self._vault.cipher(owner).decrypt(_T, task.id, "history", task.history_ct)
            found = json.loads(text)
        except (KeyDestroyedError, DecryptionError, ValueError):
            return []  # destroyed, or not one agentdesk sealed (see _item)
        return found if isinstance(found, list) else []

    def _item(self, s: Session, t: Task, names: dict) -> TaskItem:
        owner = self._owner(t)
        details = ""
        if t.details_ct and owner is not None:
            try:
                details = self._vault.cipher(owner).decrypt(_T, t.id, "details", t.details_ct)
            except (KeyDestroyedError, DecryptionError):
                # Destroyed, or noise: any member's role may add a follow-up for a colleague
                # and the server cannot read it; one such row must not empty the list.
                details = ""
        customer_name = ""
        if t.customer_id is not None:
            row = s.get(Customer, t.customer_id)
            if row is not None:
                try:
                    data = json.loads(
                        self._vault.cipher(row.id).decrypt("customer", row.id, "name", row.name_ct)
                    )
                    customer_name = display_name(data.get("first", ""), data.get("surname", ""))
                except (KeyDestroyedError, DecryptionError, ValueError, AttributeError):
                    customer_name = ""
        try:
            history = tuple(
                TaskAction(dt.datetime.fromisoformat(h["at"]), h["by"], h["action"], h["note"])
                for h in self._history(t)
            )
        except (KeyError, TypeError, ValueError):
            history = ()
        return TaskItem(
            id=str(t.id),
            kind=t.kind,
            status=t.status,
            due_at=t.due_at,
            window_end=t.window_end,
            details=details,
            assignee_id=str(t.assignee_id),
            assignee=names.get(t.assignee_id, "?"),
            customer_id=str(t.customer_id) if t.customer_id else None,
            customer_name=customer_name,
            interaction_id=str(t.interaction_id) if t.interaction_id else None,
            history=history,
        )
