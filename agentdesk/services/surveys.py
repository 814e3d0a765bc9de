"""The customer's verdict: CSAT / CES / NPS answers entered after a call or imported from a
survey tool's CSV, and their distributions per representative and for the team (O1, O4)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.models.account import Account
from agentdesk.models.customer import Customer
from agentdesk.models.interaction import Interaction
from agentdesk.models.survey import SurveyResponse
from agentdesk.problems import Problem
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
IMPORT_CHUNK = 1_000


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
    problems: tuple[Problem, ...]  # each with the file and line


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
            batch = _Batch(s, who, set())
            existing = batch.answer(call.id, kind)
            if existing is not None and existing.source == "imported" and not who.is_team_leader:
                # The customer's own answer from the survey tool is evidence about this
                # representative: she may not replace it with one of her own.
                raise PermissionDeniedError(
                    "The customer's answer came from the survey import; only a team leader "
                    "can change it.",
                    code="denied.survey_imported",
                )
            self._put(s, who, call, kind, score, comment, "entered", batch)
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
        answers = parsed.answers
        # A transaction per thousand answers: SQLite has one writer, and a note being saved
        # meanwhile must not wait for the whole file. Stopped half-way, importing the same
        # file again completes it (nothing is doubled).
        for start in range(0, max(len(answers), 1), IMPORT_CHUNK):
            part = answers[start : start + IMPORT_CHUNK]
            with self._db.write() as s, s.no_autoflush:
                # One query per chunk for the calls and their answers, not one per row.
                batch = _Batch(s, who, {a.interaction_id for a in part if a.interaction_id})
                for answer in part:
                    call, problem = self._match(s, answer, batch.calls)
                    if call is None:
                        problems.append(Problem(problem, file=name, line=answer.line))
                        continue
                    new = self._put(
                        s, who, call, answer.kind, answer.score, answer.comment, "imported", batch
                    )
                    added, updated = (added + 1, updated) if new else (added, updated + 1)
                if start + IMPORT_CHUNK >= len(answers):
                    self._audit.append(
                        s, who, "surveys.imported", None, added=added, updated=updated,
                        problems=len(problems),
                    )  # fmt: skip
        problems.sort(key=lambda p: p.line)
        return SurveyImportReport(added, updated, tuple(problems))

    def _put(self, s, who, call, kind, score, comment, source, batch=None) -> bool:
        """Insert or update the call's answer on ``kind``; True when it is new."""
        batch = batch or _Batch(s, who, set())
        row = batch.answer(call.id, kind)
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
            batch.answers[(call.id, kind)] = row
        row.score, row.source, row.deleted_at = score, source, None
        row.recorded_by = batch.recorder
        row.comment_ct = None
        if comment:
            cipher = batch.cipher(self._vault, call.id)
            if cipher is not None:  # None: the call's details are gone; keep the figure only
                row.comment_ct = cipher.encrypt(T, row.id, "comment", comment)
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
                SurveyView(r.kind, r.score, self._comment(r), r.source, r.updated_at) for r in rows
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
            raise ValidationError(
                "The end of the period is before its start.", "until",
                code="surveys.range_reversed",
            )  # fmt: skip
        if not who.is_team_leader:
            if agent_id not in (None, str(who.account_id)):
                raise PermissionDeniedError(
                    "You can only open your own interactions.", code="denied.own_interactions"
                )
            agent_id = str(who.account_id)
        # Counted in SQL over the covering index: a few hundred (agent, scale, score) rows
        # come back, however many answers there are.
        columns = (SurveyResponse.agent_id, SurveyResponse.kind, SurveyResponse.score)
        query = (
            select(*columns, func.count())
            .where(
                SurveyResponse.started_at >= since,
                SurveyResponse.started_at < until,
                SurveyResponse.deleted_at.is_(None),
            )
            .group_by(*columns)
        )
        if agent_id is not None:
            query = query.where(SurveyResponse.agent_id == uuid.UUID(agent_id))
        with self._db.read() as s:
            found = s.execute(query).all()
            names = dict(s.execute(select(Account.id, Account.display_name)).all())
        per_agent: dict[uuid.UUID, Counter] = defaultdict(Counter)
        for agent, kind, score, count in found:
            per_agent[agent][(kind, score)] += count
        rows = tuple(
            sorted(
                (verdicts(str(a), names.get(a, "?"), answers) for a, answers in per_agent.items()),
                key=lambda v: v.name.casefold(),
            )
        )
        team = None
        if agent_id is None:
            total: Counter = Counter()
            for counts in per_agent.values():
                total.update(counts)
            team = verdicts(None, "", total)
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

    def _match(
        self, s: Session, answer: SurveyAnswer, known: dict[uuid.UUID, Interaction]
    ) -> tuple[Interaction | None, str]:
        """The call the answer is about, or None and the code of why none is."""
        if answer.interaction_id is not None:
            call = known.get(answer.interaction_id)
            if call is None or call.deleted_at is not None:
                return None, "surveys_import.no_such_call"
            return call, ""
        digest = self._vault.indexer.phone(answer.caller_number or "", self.region)
        if not digest or answer.at is None:
            return None, "surveys_import.number"
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
            return None, "surveys_import.no_call_then"
        if len(calls) > 1:
            return None, "surveys_import.several_calls"
        return calls[0], ""


class _Batch:
    """What one write needs again and again: the calls named in the file, their existing
    answers, each call's cipher, and the recorder's account row (looked up once)."""

    CHUNK = 900  # SQLite's bound-parameter limit is far above this; keeps each IN list short

    def __init__(self, s: Session, who: Identity, interaction_ids: set[uuid.UUID]) -> None:
        self._s = s
        self.recorder = who.account_id if s.get(Account, who.account_id) else None
        self.calls: dict[uuid.UUID, Interaction] = {}
        self.answers: dict[tuple[uuid.UUID, str], SurveyResponse] = {}
        self._loaded: set[uuid.UUID] = set()
        self._ciphers: dict[uuid.UUID, object] = {}
        ids = sorted(interaction_ids)
        for i in range(0, len(ids), self.CHUNK):
            chunk = ids[i : i + self.CHUNK]
            self.calls.update(
                (c.id, c) for c in s.scalars(select(Interaction).where(Interaction.id.in_(chunk)))
            )
            self._load(chunk)

    def _load(self, ids: list[uuid.UUID]) -> None:
        self._loaded.update(ids)
        for row in self._s.scalars(
            select(SurveyResponse).where(SurveyResponse.interaction_id.in_(ids))
        ):
            self.answers[(row.interaction_id, row.kind)] = row

    def answer(self, interaction_id: uuid.UUID, kind: str) -> SurveyResponse | None:
        if interaction_id not in self._loaded:
            self._load([interaction_id])
        return self.answers.get((interaction_id, kind))

    def cipher(self, vault: VaultService, interaction_id: uuid.UUID):
        if interaction_id not in self._ciphers:
            try:
                self._ciphers[interaction_id] = vault.cipher(interaction_id)
            except KeyDestroyedError:
                self._ciphers[interaction_id] = None
        return self._ciphers[interaction_id]
