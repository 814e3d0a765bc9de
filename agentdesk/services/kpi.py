"""KPI dashboard figures for a date range: sums in SQL, percentiles over one column in Python.

Representatives see their own figures; team leaders see everyone's and the team's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    not_,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from agentdesk.errors import ValidationError
from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.interaction import Interaction, Task
from agentdesk.models.review import AdherenceScore
from agentdesk.review.kpi import Distribution, Figures, Totals, distribution
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.storage.session import Database

UPSET = "upset:"


@dataclass(frozen=True)
class TrendPoint:
    day: dt.date
    adherence: float  # mean stored score that day, 0..1
    scored: int


@dataclass(frozen=True)
class Dashboard:
    """One screenful: per-representative rows, the team total (team leaders), the handle-time
    distribution, causes of upset and the adherence trend, all for [since, until)."""

    since: dt.datetime
    until: dt.datetime
    agent_id: str | None  # None: the whole team
    rows: tuple[Figures, ...]
    team: Figures | None
    handle: Distribution
    upset: tuple[tuple[str, int], ...]
    trend: tuple[TrendPoint, ...]


def _flag(condition):
    """1 where ``condition`` holds, else 0 (NULL counts as not holding)."""
    return cast(case((condition, 1), else_=0), Integer)


class KpiService:
    def __init__(self, db: Database, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._db = db
        self._clock = clock

    def dashboard(
        self,
        who: Identity,
        since: dt.datetime,
        until: dt.datetime,
        agent_id: str | None = None,
    ) -> Dashboard:
        """The team (``agent_id`` None) or one representative; PermissionDeniedError when a
        representative asks for the team or for someone else."""
        if agent_id is None:
            require_team_leader(who, "team_figures")
        elif uuid.UUID(agent_id) != who.account_id:
            require_team_leader(who, "others_figures")
        if until <= since:
            raise ValidationError(
                "The end of the date range must be after its start.", "until",
                code="kpi.range_reversed",
            )  # fmt: skip
        agent = uuid.UUID(agent_id) if agent_id else None
        i, a = Interaction, AdherenceScore
        # Both filters match a covering index (models/review.py): no table row is read.
        calls = [i.state == "done", i.started_at >= since, i.started_at < until]
        calls.append(i.deleted_at.is_(None))
        scores = [a.started_at >= since, a.started_at < until]
        if agent is not None:
            calls.append(i.agent_id == agent)
            scores.append(a.agent_id == agent)
        with self._db.read() as s:
            totals = self._totals(s, calls)
            self._add_logged(s, calls, scores, totals)
            trend = self._stored(s, scores, totals)
            handles = self._handles(s, calls)
            self._add_tasks(s, totals, agent)
            names = dict(s.execute(select(Account.id, Account.display_name)).all())
            upset = self._upset(s, calls)
        rows = sorted(
            (
                Figures.of(str(key), names.get(key, "?"), t, handles.get(str(key), ()))
                for key, t in totals.items()
            ),
            key=lambda f: f.name.casefold(),
        )
        everyone = [h for values in handles.values() for h in values]
        team = None
        if agent is None:
            team = Figures.of("", "", sum(totals.values(), Totals()), everyone)
        return Dashboard(
            since, until, agent_id, tuple(rows), team, distribution(everyone), upset, trend
        )

    def _totals(self, s: Session, calls: list) -> dict[uuid.UUID, Totals]:
        """Sums per representative; transfers and messages count outcomes (the warm/cold split
        and adherence come from stored scores, see ``_stored``)."""
        i = Interaction
        stmt = (
            select(
                i.agent_id,
                func.count(),
                func.coalesce(func.sum(i.talk_seconds), 0.0),
                func.coalesce(func.sum(i.hold_seconds), 0.0),
                func.coalesce(func.sum(i.wrap_seconds), 0.0),
                func.sum(_flag(i.hold_seconds > 0)),
                func.sum(_flag(i.outcome == "transferred")),
                func.sum(_flag(i.first_contact_resolution.is_(True))),
                func.count(i.first_contact_resolution),
                func.sum(_flag(i.outcome == "message_taken")),
            )
            .where(*calls)
            .group_by(i.agent_id)
        )
        result: dict[uuid.UUID, Totals] = {}
        for agent, n, talk, hold, wrap, held, moved, fcr, known, msgs in s.execute(stmt):
            result[agent] = Totals(
                handled=n,
                talk=talk,
                hold=hold,
                wrap=wrap,
                held=held or 0,
                transferred=moved or 0,
                fcr_yes=fcr or 0,
                fcr_known=known,
                messages=msgs or 0,
            )
        return result

    def _add_logged(
        self, s: Session, calls: list, scores: list, totals: dict[uuid.UUID, Totals]
    ) -> None:
        """Transfers and messages the outcome does not tell: a representative who completes a
        warm transfer or takes a message and then picks another outcome at wrap-up still
        transferred the call or took the message. The counts come from the call's log, kept
        with its score; only the few scores with any are matched to their interaction."""
        i, a = Interaction, AdherenceScore
        moved = a.warm_transfers + a.cold_transfers > 0
        counted = i.id.is_not(None)  # the call is in range, finished and not erased
        said_moved = func.coalesce(i.outcome == "transferred", False)
        said_message = _flag(func.coalesce(i.outcome == "message_taken", False))
        stmt = (
            select(
                a.agent_id,
                func.sum(_flag(and_(counted, moved, not_(said_moved)))),
                # The outcome "message taken" already counted one of the call's messages.
                func.sum(case((and_(counted, a.messages > 0), a.messages - said_message), else_=0)),
            )
            # A LEFT JOIN with the call's conditions in ON keeps SQLite reading the scores
            # first (a few thousand rows by its index) instead of every call in the range.
            .outerjoin(i, and_(i.id == a.interaction_id, *calls))
            .where(*scores, or_(moved, a.messages > 0))
            .group_by(a.agent_id)
        )
        for agent, moved_too, messages_too in s.execute(stmt):
            extra = Totals(transferred=moved_too or 0, messages=messages_too or 0)
            totals[agent] = totals.get(agent, Totals()) + extra

    def _stored(
        self, s: Session, scores: list, totals: dict[uuid.UUID, Totals]
    ) -> tuple[TrendPoint, ...]:
        """One pass over stored scores: warm/cold transfers and adherence per representative
        (added to ``totals``) and the adherence trend per (UTC) day."""
        a = AdherenceScore
        day = func.date(a.started_at)
        stmt = (
            select(
                a.agent_id,
                day,
                func.coalesce(func.sum(a.warm_transfers), 0),
                func.coalesce(func.sum(a.cold_transfers), 0),
                func.coalesce(func.sum(a.score), 0.0),
                func.count(a.score),
            )
            .where(*scores)
            .group_by(a.agent_id, day)
        )
        days: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
        people: dict[uuid.UUID, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0])
        for agent, when, warm, cold, total, n in s.execute(stmt).all():
            sums = people[agent]
            sums[0] += warm
            sums[1] += cold
            sums[2] += total
            sums[3] += n
            days[when][0] += total
            days[when][1] += n
        for agent, (warm, cold, total, n) in people.items():
            extra = Totals(warm=warm, cold=cold, adherence_sum=total, adherence_n=n)
            totals[agent] = totals.get(agent, Totals()) + extra
        return tuple(
            TrendPoint(dt.date.fromisoformat(d), total / n, n)
            for d, (total, n) in sorted(days.items())
            if n
        )

    def _handles(self, s: Session, calls: list) -> dict[str, list[float]]:
        """Handle times per representative (text ids: 50,000 UUID objects cost a third of a
        second, and only the grouping needs them)."""
        i = Interaction
        handle = (
            func.coalesce(i.talk_seconds, 0.0)
            + func.coalesce(i.hold_seconds, 0.0)
            + func.coalesce(i.wrap_seconds, 0.0)
        )
        values: dict[str, list[float]] = defaultdict(list)
        # Core rows straight from the connection: the ORM's per-row work would double the time.
        rows = s.connection().execute(select(type_coerce(i.agent_id, String), handle).where(*calls))
        for agent, value in rows.all():
            values[agent].append(value)
        for v in values.values():
            v.sort()  # sorted runs: the team's sort (and each p90) is then nearly free
        return {str(uuid.UUID(k)): v for k, v in values.items()}

    def _add_tasks(self, s: Session, totals: dict[uuid.UUID, Totals], agent) -> None:
        """Open follow-ups and call-backs now (not limited to the range), and overdue ones."""
        now = self._clock()
        stmt = (
            select(Task.assignee_id, func.count(), func.sum(case((Task.due_at < now, 1), else_=0)))
            .where(Task.status == "open", Task.deleted_at.is_(None))
            .group_by(Task.assignee_id)
        )
        if agent is not None:
            stmt = stmt.where(Task.assignee_id == agent)
        for assignee, n, late in s.execute(stmt):
            base = totals.get(assignee, Totals())
            totals[assignee] = base + Totals(callbacks_open=n, callbacks_overdue=late or 0)

    def _upset(self, s: Session, calls: list) -> tuple[tuple[str, int], ...]:
        tags = func.json_each(Interaction.tags).table_valued("value")
        rows = s.execute(
            select(tags.c.value, func.count())
            .select_from(Interaction)
            .join(tags, true())
            # The text test first: only the few calls with a cause get their JSON parsed.
            .where(*calls, type_coerce(Interaction.tags, String).like(f'%"{UPSET}%'))
            .where(tags.c.value.like(UPSET + "%"))
            .group_by(tags.c.value)
            .order_by(func.count().desc(), tags.c.value)
        ).all()
        return tuple((str(v).removeprefix(UPSET), n) for v, n in rows)
