"""Team-leader review: the queue, one interaction opened in full (audited), adherence scores."""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import DataFileError, KnownError, NotFoundError, ValidationError
from agentdesk.flows.events import CHECK_TICKED, CHECK_UNTICKED, CallEvent, parse_wall
from agentdesk.flows.schema import Flow
from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Note
from agentdesk.models.interaction import Interaction
from agentdesk.models.review import AdherenceScore, CheckCalibration, Review
from agentdesk.review import bundled_rules_dir
from agentdesk.review.adherence import Adherence, call_facts, evaluate
from agentdesk.review.rules import RuleSet
from agentdesk.review.timeline import captured_fields, messages_taken
from agentdesk.review.wording import RuleWords
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_recorder import by_its_agent
from agentdesk.services.call_recorder import load_events as stored_events
from agentdesk.services.customer_types import note_column
from agentdesk.services.feedback import FeedbackItem, FeedbackService, _uuid
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.review_queue import QueueFilter, QueueItem, QueueOptions, queue_query
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author

log = logging.getLogger(__name__)
_CHECK_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")

__all__ = ["InteractionReview", "QueueFilter", "QueueItem", "QueueOptions", "ReviewService"]


@dataclass(frozen=True)
class TimelineEntry:
    seq: int
    kind: str
    step: str
    at: dt.datetime
    offset: float  # seconds since the call started
    data: Mapping[str, Any]


@dataclass(frozen=True)
class ReviewNote:
    id: str
    at: dt.datetime
    author: str
    text: str
    permission_given: bool


@dataclass(frozen=True)
class InteractionReview:
    """Everything a team leader needs to review one call, decrypted."""

    item: QueueItem
    flow_id: str
    timeline: tuple[TimelineEntry, ...]
    fields: Mapping[str, Any]
    notes: tuple[ReviewNote, ...]
    messages: tuple[tuple[int, Mapping[str, Any]], ...]
    adherence: Adherence
    feedback: tuple[FeedbackItem, ...]
    flow: Flow | None = None  # for step, check and field labels; None if no longer loaded
    ticked: tuple[str, ...] = ()  # checks the representative left ticked, in log order
    not_done: frozenset[str] = frozenset()  # of those, what a reviewer found not done


def load_events(s: Session, vault: VaultService, iid: uuid.UUID) -> list[CallEvent]:
    """The decrypted event log (entries whose payload was erased are left out)."""
    return stored_events(s, vault.cipher, iid)


class ReviewService:
    def __init__(
        self,
        db: Database,
        vault: VaultService,
        audit: AuditLog,
        rules: RuleSet,
        feedback: FeedbackService,
        clock: Callable[[], dt.datetime] = utcnow,
        flows: Callable[[], Mapping[str, Flow]] | None = None,
    ) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit
        self.rules = rules
        self._feedback = feedback
        self._clock = clock
        self._flows = flows
        for problem in rules.problems:  # a broken custom rule file is left out, not fatal
            log.warning("adherence rule problem: %s", problem)
        self._words: dict[str, RuleWords] = {}

    def use_language(self, language: str, bundled: Path | None = None) -> None:
        """Rule titles in ``language`` on the review screen (scores are unchanged). Words that
        are missing or broken are logged and the English titles stay."""
        self._words = {}
        if language == "en":
            return
        from agentdesk.review.wording import load_rule_words

        folder = bundled or bundled_rules_dir()
        try:
            self._words = load_rule_words(
                folder,
                language,
                [r.id for r in self.rules.rules],
                [r.id for r in self.rules.rules if r.description],
            )
        except DataFileError as exc:
            for problem in exc.problems:
                log.warning("adherence rule words: %s", problem)

    def _worded(self, adherence: Adherence) -> Adherence:
        if not self._words:
            return adherence
        items = tuple(
            replace(i, title=self._words[i.rule_id].title) if i.rule_id in self._words else i
            for i in adherence.items
        )
        return replace(adherence, items=items)

    # -- scores ------------------------------------------------------------------------------
    def score_interaction(
        self, interaction_id: str | uuid.UUID, events: Sequence[CallEvent] | None = None
    ) -> Adherence:
        """Compute and store the call's adherence (call at wrap-up, after its write commits).

        ``events``: the engine's log when at hand, so nothing needs decrypting again.
        """
        iid = _uuid(interaction_id, "interaction")
        if events is None:
            with self._db.read() as s:
                if s.get(Interaction, iid) is None:
                    raise NotFoundError("No such interaction.", code="not_found.interaction")
                events = load_events(s, self._vault, iid)
        with self._db.write() as s:
            call = s.get(Interaction, iid)
            if call is None:
                raise NotFoundError("No such interaction.", code="not_found.interaction")
            by_its_agent(s, call)  # scored at her wrap-up, on her workstation
            adherence = evaluate(self.rules, events, _not_done(s, iid))
            self._store(s, iid, adherence, events)
        return adherence

    def score_unscored(self, who: Identity, limit: int = 20) -> tuple[int, Changes]:
        """Score ``who``'s wrapped-up calls that have no adherence score yet: the call just
        finished, and any a crash left between its wrap-up and its score (newest first, at
        most ``limit`` per run, so the bulk lane is never held long). A call whose log cannot
        be read is logged and left; the others are scored."""
        with self._db.read() as s:
            ids = s.scalars(
                select(Interaction.id)
                .outerjoin(AdherenceScore, AdherenceScore.interaction_id == Interaction.id)
                .where(
                    Interaction.agent_id == who.account_id,
                    Interaction.wrapped_at.is_not(None),
                    Interaction.deleted_at.is_(None),
                    AdherenceScore.interaction_id.is_(None),
                )
                .order_by(Interaction.wrapped_at.desc())
                .limit(limit)
            ).all()
        scored = 0
        for iid in ids:
            try:
                self.score_interaction(iid)
            except KnownError as exc:  # a damaged log: the rest are still scored
                log.warning("adherence not scored: %s", exc.__class__.__name__)
                continue
            scored += 1
        # The scores feed the dashboard and the review queue, which refresh on INTERACTIONS.
        return scored, Changes.INTERACTIONS if scored else Changes.NONE

    def calibrate_check(
        self, who: Identity, interaction_id: str, check_id: str, not_done: bool
    ) -> Changes:
        """A reviewer's verdict on a ticked check: ``not_done`` when it was ticked but not
        actually done. The stored score (and so the KPI trend) is recomputed with it."""
        require_team_leader(who, "calibrate_checks")
        iid = _uuid(interaction_id, "interaction")
        if not (isinstance(check_id, str) and _CHECK_ID.fullmatch(check_id)):
            raise ValidationError(
                "No such check in this call.", "check", code="review.no_such_check"
            )
        with self._db.write() as s:
            call = s.get(Interaction, iid)
            if call is None:
                raise NotFoundError("No such interaction.", code="not_found.interaction")
            events = load_events(s, self._vault, iid)
            if check_id not in ticked_checks(events):
                raise ValidationError(
                    "Only a check the representative ticked can be reviewed.",
                    code="review.check_not_ticked",
                )
            row = s.scalar(
                select(CheckCalibration).where(
                    CheckCalibration.interaction_id == iid, CheckCalibration.check_id == check_id
                )
            )
            if row is None:
                row = CheckCalibration(interaction_id=iid, check_id=check_id)
                s.add(row)
            row.reviewer_id, row.not_done = who.account_id, bool(not_done)
            s.flush()
            adherence = evaluate(self.rules, events, _not_done(s, iid))
            self._store(s, iid, adherence, events)
            self._audit.append(
                s,
                who,
                "interaction.check_calibrated",
                call.customer_id,
                interaction=str(iid),
                check=check_id,
                not_done=bool(not_done),
            )
        return Changes.INTERACTIONS

    def _store(
        self, s: Session, iid: uuid.UUID, adherence: Adherence, events: Sequence[CallEvent]
    ) -> None:
        facts = call_facts(events)
        call = s.get(Interaction, iid)
        row = s.get(AdherenceScore, iid) or AdherenceScore(interaction_id=iid)
        row.agent_id, row.started_at = call.agent_id, call.started_at
        row.score = adherence.score
        row.passed, row.applicable = adherence.passed, adherence.applicable
        row.rules_digest = adherence.rules_digest
        row.computed_at = self._clock()
        row.results = [[i.rule_id, str(i.status)] for i in adherence.items]
        row.holds, row.messages = facts.holds, facts.messages
        row.warm_transfers, row.cold_transfers = facts.warm_transfers, facts.cold_transfers
        row.callbacks_offered = facts.callbacks_offered
        s.add(row)

    # -- the queue ---------------------------------------------------------------------------
    def queue(self, who: Identity, wanted: QueueFilter) -> list[QueueItem]:
        require_team_leader(who, "review_queue")
        now = self._clock()
        with self._db.read() as s:
            return [QueueItem.of(row, now) for row in s.execute(queue_query(wanted))]

    def options(self, who: Identity) -> QueueOptions:
        """Values the queue's filters offer: representatives, outcomes, channels, causes."""
        require_team_leader(who, "review_queue")
        with self._db.read() as s:
            agents = s.execute(
                select(Account.id, Account.display_name)
                .where(Account.deleted_at.is_(None))
                .order_by(Account.display_name)
            ).all()
            outcomes = s.scalars(
                select(Interaction.outcome).where(Interaction.outcome.is_not(None)).distinct()
            ).all()
            channels = s.scalars(select(Interaction.channel).distinct()).all()
            tags = func.json_each(Interaction.tags).table_valued("value")
            upset = s.scalars(
                select(tags.c.value)
                .select_from(Interaction)
                .join(tags, true())
                .where(tags.c.value.like("upset:%"))
                .distinct()
            ).all()
        return QueueOptions(
            tuple((str(i), n) for i, n in agents),
            tuple(sorted(outcomes)),
            tuple(sorted(channels)),
            tuple(sorted(t.removeprefix("upset:") for t in upset)),
        )

    # -- one interaction ---------------------------------------------------------------------
    def open_interaction(self, who: Identity, interaction_id: str) -> InteractionReview:
        """Decrypt the call's timeline, fields, notes and messages; the view is audited."""
        require_team_leader(who, "review_interactions")
        iid = _uuid(interaction_id, "interaction")
        now = self._clock()
        with self._db.write() as s:
            row = s.execute(queue_query(QueueFilter(interaction_id=str(iid)))).first()
            if row is None:
                raise NotFoundError("No such interaction.", code="not_found.interaction")
            call = s.get(Interaction, iid)
            events = load_events(s, self._vault, iid)
            not_done = _not_done(s, iid)
            adherence = evaluate(self.rules, events, not_done)
            stored = s.get(AdherenceScore, iid)
            if events and (stored is None or stored.rules_digest != adherence.rules_digest):
                self._store(s, iid, adherence, events)  # first review scores it
            notes = self._notes(s, iid)
            feedback = self._feedback.for_interaction(s, iid)
            self._audit.append(
                s, who, "interaction.reviewed_view", call.customer_id, interaction=str(iid)
            )
            item = QueueItem.of(row, now)
            if events and item.score != adherence.score:
                item = item.with_score(adherence.score)
        return InteractionReview(
            item=item,
            flow_id=call.flow_id,
            timeline=_timeline(events),
            fields=captured_fields(events),
            notes=tuple(notes),
            messages=tuple(messages_taken(events)),
            adherence=self._worded(adherence),
            feedback=tuple(feedback),
            flow=self._flows().get(call.flow_id) if self._flows else None,
            ticked=ticked_checks(events),
            not_done=not_done,
        )

    def mark_reviewed(self, who: Identity, interaction_id: str) -> Changes:
        require_team_leader(who, "review_interactions")
        iid = _uuid(interaction_id, "interaction")
        with self._db.write() as s:
            set_author(s, who)
            call = s.get(Interaction, iid)
            if call is None:
                raise NotFoundError("No such interaction.", code="not_found.interaction")
            s.add(Review(interaction_id=iid, reviewer_id=who.account_id, created_at=self._clock()))
            s.flush()
            self._audit.append(
                s, who, "interaction.reviewed", call.customer_id, interaction=str(iid)
            )
        return Changes.INTERACTIONS

    def _notes(self, s: Session, iid: uuid.UUID) -> list[ReviewNote]:
        rows = s.execute(
            select(Note, Account.display_name)
            .join(Account, Account.id == Note.author_id)
            .where(Note.interaction_id == iid, Note.deleted_at.is_(None))
            .order_by(Note.created_at)
        ).all()
        notes = []
        for note, author in rows:
            try:
                text = self._vault.cipher(note.customer_id).decrypt(
                    "note", note.id, note_column(note.version), note.body_ct
                )
            except KeyDestroyedError:
                continue
            notes.append(
                ReviewNote(str(note.id), note.created_at, author, text, note.permission_given)
            )
        return notes


def _not_done(s: Session, iid: uuid.UUID) -> frozenset[str]:
    return frozenset(
        s.scalars(
            select(CheckCalibration.check_id).where(
                CheckCalibration.interaction_id == iid,
                CheckCalibration.not_done.is_(True),
                CheckCalibration.deleted_at.is_(None),
            )
        )
    )


def ticked_checks(events: Sequence[CallEvent]) -> tuple[str, ...]:
    """Checks ticked (and not unticked again) by the end of the call, in the order ticked."""
    state: dict[str, bool] = {}
    for e in events:
        if e.kind in (CHECK_TICKED, CHECK_UNTICKED) and isinstance(e.data.get("check"), str):
            state.pop(e.data["check"], None)
            state[e.data["check"]] = e.kind == CHECK_TICKED
    return tuple(check for check, on in state.items() if on)


def _timeline(events: Sequence[CallEvent]) -> tuple[TimelineEntry, ...]:
    if not events:
        return ()
    start = parse_wall(events[0].wall)
    entries = []
    for e in events:
        at = parse_wall(e.wall)
        entries.append(
            TimelineEntry(e.seq, e.kind, e.step, at, (at - start).total_seconds(), dict(e.data))
        )
    return tuple(entries)
