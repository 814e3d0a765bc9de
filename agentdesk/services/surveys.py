"""The customer's verdict: CSAT / CES / NPS answers entered after a call or imported from a
survey tool's CSV, and their distributions per representative and for the team (O1, O4)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.models.account import Account
from agentdesk.models.customer import Customer
from agentdesk.models.interaction import Interaction
from agentdesk.models.survey import SurveyResponse
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.surveys.csvfile import SurveyAnswer, decode, parse_survey_csv
from agentdesk.surveys.scales import check_comment, check_score
from agentdesk.surveys.stats import Verdicts, verdicts

T = "survey_response"
# A survey tool's time is when the call ended or the survey was answered: the call is the one
# from that number that started in the hour before it (or a few minutes after, for clocks).
MATCH_BEFORE, MATCH_AFTER = dt.timedelta(minutes=60), dt.timedelta(minutes=10)


@dataclass(frozen=True)
class SurveyView:
    kind: str
    score: int
    comment: str  # "" when none, or when the call's details have gone (erasure, retention)
    source: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class SurveyImportReport:
    added: int
    updated: int
    problems: tuple[str, ...]  # "file:line: message"


@dataclass(frozen=True)
class VerdictBoard:
    """[since, until): the team's spreads (team leaders) and each representative's."""

    since: dt.datetime
    until: dt.datetime
    agent_id: str | None
    team: Verdicts | None
    rows: tuple[Verdicts, ...]


class SurveyService:
    def __init__(self, db: Database, vault: VaultService, audit: AuditLog, region: str = "GB"):
        self._db = db
        self._vault = vault
        self._audit = audit
        self.region = region

    # -- writing ---------------------------------------------------------------------------
    def record(
        self, who: Identity, interaction_id: str, kind: str, score: int, comment: str = ""
    ) -> Changes:
        """Enter (or correct) the customer's answer on one scale for one call: the call's own
        representative or a team leader."""
        score = check_score(kind, score)
        comment = check_comment(comment)
        with self._db.write() as s:
            call = self._call(s, who, interaction_id)
            self._put(s, who, call, kind, score, comment, "entered")
            self._audit.append(
                s, who, "survey.recorded", call.customer_id, interaction=str(call.id), kind=kind
            )
        return Changes.INTERACTIONS

    def import_file(self, who: Identity, data: bytes, name: str) -> SurveyImportReport:
        """Team leaders: every good row stored (a second import of the same file changes
        nothing), every bad or unmatched row reported by file and line."""
        require_team_leader(who, "import_surveys")
        parsed = parse_survey_csv(decode(data, name), name)
        problems = list(parsed.problems)
        added = updated = 0
        with self._db.write() as s:
            for answer in parsed.answers:
                call, problem = self._match(s, answer)
                if call is None:
                    problems.append(f"{name}:{answer.line}: {problem}")
                    continue
                if self._put(s, who, call, answer.kind, answer.score, answer.comment, "imported"):
                    added += 1
                else:
                    updated += 1
            self._audit.append(
                s, who, "surveys.imported", None, added=added, updated=updated,
                problems=len(problems),
            )  # fmt: skip
        problems.sort(key=lambda p: _line_of(p, name))
        return SurveyImportReport(added, updated, tuple(problems))

    def _put(self, s, who, call, kind, score, comment, source) -> bool:
        """Insert or update the call's answer on ``kind``; True when it is new."""
        row = s.scalar(
            select(SurveyResponse).where(
                SurveyResponse.interaction_id == call.id, SurveyResponse.kind == kind
            )
        )
        new = row is None
        if new:
            row = SurveyResponse(
                id=uuid.uuid4(),
                interaction_id=call.id,
                agent_id=call.agent_id,
                started_at=call.started_at,
                kind=kind,
            )
            s.add(row)
        row.score, row.source, row.deleted_at = score, source, None
        row.recorded_by = who.account_id if s.get(Account, who.account_id) else None
        row.comment_ct = None
        if comment:
            try:
                cipher = self._vault.cipher(call.id)
                row.comment_ct = cipher.encrypt(T, row.id, "comment", comment)
            except KeyDestroyedError:
                pass  # the call's details are gone: keep the figure, not the words
        return new

    # -- reading ---------------------------------------------------------------------------
    def for_interaction(self, who: Identity, interaction_id: str) -> tuple[SurveyView, ...]:
        with self._db.read() as s:
            call = self._call(s, who, interaction_id)
            rows = s.scalars(
                select(SurveyResponse)
                .where(
                    SurveyResponse.interaction_id == call.id, SurveyResponse.deleted_at.is_(None)
                )
                .order_by(SurveyResponse.kind)
            ).all()
            return tuple(
                SurveyView(r.kind, r.score, self._comment(r), r.source, r.updated_at)
                for r in rows
            )

    def _comment(self, row: SurveyResponse) -> str:
        if not row.comment_ct:
            return ""
        try:
            return self._vault.cipher(row.interaction_id).decrypt(
                T, row.id, "comment", row.comment_ct
            )
        except KeyDestroyedError:
            return ""

    def board(
        self,
        who: Identity,
        since: dt.datetime,
        until: dt.datetime,
        agent_id: str | None = None,
    ) -> VerdictBoard:
        """Spreads for [since, until): representatives see only their own."""
        if until <= since:
            raise ValidationError("The end of the period is before its start.", "until")
        if not who.is_team_leader:
            if agent_id not in (None, str(who.account_id)):
                raise PermissionDeniedError(
                    "You can only open your own interactions.", code="denied.own_interactions"
                )
            agent_id = str(who.account_id)
        query = select(SurveyResponse.agent_id, SurveyResponse.kind, SurveyResponse.score).where(
            SurveyResponse.started_at >= since,
            SurveyResponse.started_at < until,
            SurveyResponse.deleted_at.is_(None),
        )
        if agent_id is not None:
            query = query.where(SurveyResponse.agent_id == uuid.UUID(agent_id))
        with self._db.read() as s:
            found = s.execute(query).all()
            names = dict(s.execute(select(Account.id, Account.display_name)).all())
        per_agent: dict[uuid.UUID, list[tuple[str, int]]] = defaultdict(list)
        for agent, kind, score in found:
            per_agent[agent].append((kind, score))
        rows = tuple(
            sorted(
                (verdicts(str(a), names.get(a, "?"), answers) for a, answers in per_agent.items()),
                key=lambda v: v.name.casefold(),
            )
        )
        team = None
        if agent_id is None:
            team = verdicts(None, "", [(k, sc) for _a, k, sc in found])
        return VerdictBoard(since, until, agent_id, team, rows)

    # -- finding the call ------------------------------------------------------------------
    def _call(self, s: Session, who: Identity, interaction_id: str) -> Interaction:
        try:
            iid = uuid.UUID(str(interaction_id))
        except ValueError:
            iid = None
        call = s.get(Interaction, iid) if iid else None
        if call is None or call.deleted_at is not None:
            raise NotFoundError("No such interaction.", code="not_found.interaction")
        if not who.is_team_leader and call.agent_id != who.account_id:
            raise PermissionDeniedError(
                "You can only open your own interactions.", code="denied.own_interactions"
            )
        return call

    def _match(self, s: Session, answer: SurveyAnswer) -> tuple[Interaction | None, str]:
        if answer.interaction_id is not None:
            call = s.get(Interaction, answer.interaction_id)
            if call is None or call.deleted_at is not None:
                return None, "no interaction has that interaction_id"
            return call, ""
        digest = self._vault.indexer.phone(answer.caller_number or "", self.region)
        if not digest or answer.at is None:
            return None, "caller_number: not a phone number"
        customers = select(Customer.id).where(
            Customer.phone_bidx == digest, Customer.deleted_at.is_(None)
        )
        calls = s.scalars(
            select(Interaction)
            .where(
                Interaction.customer_id.in_(customers),
                Interaction.started_at >= answer.at - MATCH_BEFORE,
                Interaction.started_at <= answer.at + MATCH_AFTER,
                Interaction.deleted_at.is_(None),
            )
            .limit(2)
        ).all()
        if not calls:
            return None, "no call from that number in the hour before that time"
        if len(calls) > 1:
            return None, "several calls from that number around that time; give interaction_id"
        return calls[0], ""


def _line_of(problem: str, name: str) -> int:
    """The line of a ``name:line: message`` problem (the name itself may hold colons)."""
    head = problem[len(name) + 1 :].split(":", 1)[0]
    return int(head) if head.isdigit() else 0
