"""The review queue's query: done interactions with filters, review state and counts."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import Select, exists, func, select

from agentdesk.models.account import Account
from agentdesk.models.customer import Note
from agentdesk.models.interaction import Interaction
from agentdesk.models.review import AdherenceScore, Feedback, Review

REVIEW_DUE = dt.timedelta(days=3)  # O6: review (and give feedback) within three days
UPSET = "upset:"


@dataclass(frozen=True)
class QueueFilter:
    """Empty values mean "any"; ``until`` is exclusive."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    agent_id: str | None = None
    outcome: str | None = None
    channel: str | None = None
    upset: str | None = None  # cause code, without the "upset:" prefix
    unreviewed_only: bool = False
    interaction_id: str | None = None
    limit: int = 1000


@dataclass(frozen=True)
class QueueItem:
    interaction_id: str
    agent_id: str
    agent_name: str
    started_at: dt.datetime
    channel: str
    outcome: str | None
    handle_seconds: float | None
    upset: tuple[str, ...]
    score: float | None
    reviewed: bool
    overdue: bool
    notes: int
    feedback: int
    age: dt.timedelta

    @classmethod
    def of(cls, row, now: dt.datetime) -> QueueItem:
        parts = (row.talk_seconds, row.hold_seconds, row.wrap_seconds)
        handle = sum(p or 0.0 for p in parts) if any(p is not None for p in parts) else None
        age = now - row.started_at
        return cls(
            interaction_id=str(row.id),
            agent_id=str(row.agent_id),
            agent_name=row.agent_name,
            started_at=row.started_at,
            channel=row.channel,
            outcome=row.outcome,
            handle_seconds=handle,
            upset=tuple(t.removeprefix(UPSET) for t in row.tags or () if t.startswith(UPSET)),
            score=row.score,
            reviewed=bool(row.reviewed),
            overdue=not row.reviewed and age > REVIEW_DUE,
            notes=row.notes or 0,
            feedback=row.feedback or 0,
            age=age,
        )

    def with_score(self, score: float | None) -> QueueItem:
        return replace(self, score=score)


@dataclass(frozen=True)
class QueueOptions:
    agents: tuple[tuple[str, str], ...]  # (account id, display name)
    outcomes: tuple[str, ...]
    channels: tuple[str, ...]
    upset_causes: tuple[str, ...]


def queue_query(wanted: QueueFilter) -> Select:
    """Newest first, at most ``wanted.limit`` rows."""
    i = Interaction
    reviewed = exists().where(Review.interaction_id == i.id, Review.deleted_at.is_(None))
    notes = (
        select(func.count(Note.id))
        .where(Note.interaction_id == i.id, Note.deleted_at.is_(None))
        .scalar_subquery()
    )
    feedback = (
        select(func.count(Feedback.id))
        .where(Feedback.interaction_id == i.id, Feedback.deleted_at.is_(None))
        .scalar_subquery()
    )
    stmt = (
        select(
            i.id,
            i.agent_id,
            Account.display_name.label("agent_name"),
            i.started_at,
            i.channel,
            i.outcome,
            i.talk_seconds,
            i.hold_seconds,
            i.wrap_seconds,
            i.tags,
            AdherenceScore.score,
            reviewed.label("reviewed"),
            notes.label("notes"),
            feedback.label("feedback"),
        )
        .join(Account, Account.id == i.agent_id)
        .outerjoin(AdherenceScore, AdherenceScore.interaction_id == i.id)
        .where(i.state == "done", i.deleted_at.is_(None))
    )
    if wanted.interaction_id:
        stmt = stmt.where(i.id == uuid.UUID(wanted.interaction_id))
    if wanted.since is not None:
        stmt = stmt.where(i.started_at >= wanted.since)
    if wanted.until is not None:
        stmt = stmt.where(i.started_at < wanted.until)
    if wanted.agent_id:
        stmt = stmt.where(i.agent_id == uuid.UUID(wanted.agent_id))
    if wanted.outcome:
        stmt = stmt.where(i.outcome == wanted.outcome)
    if wanted.channel:
        stmt = stmt.where(i.channel == wanted.channel)
    if wanted.upset:
        tags = func.json_each(i.tags).table_valued("value")
        stmt = stmt.where(
            exists(select(1).select_from(tags).where(tags.c.value == UPSET + wanted.upset))
        )
    if wanted.unreviewed_only:
        stmt = stmt.where(~reviewed)
    return stmt.order_by(i.started_at.desc()).limit(wanted.limit)
