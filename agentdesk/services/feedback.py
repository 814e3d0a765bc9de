"""Coaching feedback: a team leader writes it on an interaction, the representative reads and
acknowledges it. The text is encrypted with its own key (it outlives a customer's erasure);
giving and acknowledging are audited."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.interaction import Interaction
from agentdesk.models.review import AdherenceScore, Feedback, Review
from agentdesk.services.audit import AuditLog
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.services.vault import KeyDestroyedError, VaultService
from agentdesk.storage.session import Database

FEEDBACK_DUE = dt.timedelta(days=3)  # O6: feedback on behaviour within three days
MAX_FEEDBACK_LENGTH = 20_000


@dataclass(frozen=True)
class FeedbackItem:
    id: str
    interaction_id: str
    author: str
    recipient: str
    text: str
    given_at: dt.datetime
    call_at: dt.datetime
    call_outcome: str | None
    call_channel: str
    score: float | None
    acknowledged_at: dt.datetime | None

    @property
    def given_after(self) -> dt.timedelta:
        """How long after the call the feedback came (the goal: within three days)."""
        return self.given_at - self.call_at

    @property
    def on_time(self) -> bool:
        return self.given_after <= FEEDBACK_DUE


def _uuid(value: str | uuid.UUID, what: str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise NotFoundError(f"No such {what}.", code=f"not_found.{what}") from None


class FeedbackService:
    def __init__(
        self,
        db: Database,
        vault: VaultService,
        audit: AuditLog,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit
        self._clock = clock

    def give_feedback(self, who: Identity, interaction_id: str, text: str) -> tuple[str, Changes]:
        """Store feedback for the interaction's representative; the call counts as reviewed."""
        require_team_leader(who, "give_feedback")
        text = text.strip()
        if not text:
            raise ValidationError("Feedback: write something first.", "text", code="feedback.empty")
        if len(text) > MAX_FEEDBACK_LENGTH:
            raise ValidationError(
                f"Feedback: at most {MAX_FEEDBACK_LENGTH:,} characters.", "text",
                code="feedback.too_long", limit=f"{MAX_FEEDBACK_LENGTH:,}",
            )  # fmt: skip
        iid = _uuid(interaction_id, "interaction")
        fid = uuid.uuid4()
        with self._db.write() as s:
            call = s.get(Interaction, iid)
            if call is None or call.deleted_at is not None:
                raise NotFoundError("No such interaction.", code="not_found.interaction")
            cipher = self._vault.new_cipher(fid, "feedback")
            s.add(
                Feedback(
                    id=fid,
                    interaction_id=iid,
                    author_id=who.account_id,
                    recipient_id=call.agent_id,
                    body_ct=cipher.encrypt("feedback", fid, "body", text),
                    created_at=self._clock(),
                )
            )
            if not s.scalar(select(func.count()).where(Review.interaction_id == iid)):
                s.add(
                    Review(interaction_id=iid, reviewer_id=who.account_id, created_at=self._clock())
                )
            s.flush()
            self._audit.append(
                s, who, "feedback.given", call.customer_id, interaction=str(iid), feedback=str(fid)
            )
        return str(fid), Changes.FEEDBACK | Changes.INTERACTIONS

    def acknowledge(self, who: Identity, feedback_id: str) -> Changes:
        """The representative confirms they have read it; only the recipient can."""
        fid = _uuid(feedback_id, "feedback")
        with self._db.write() as s:
            row = s.get(Feedback, fid)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("No such feedback.", code="not_found.feedback")
            if row.recipient_id != who.account_id:
                raise PermissionDeniedError(
                    "Only the representative it is for can acknowledge it.",
                    code="denied.acknowledge_feedback",
                )
            if row.acknowledged_at is None:
                row.acknowledged_at = self._clock()
                self._audit.append(s, who, "feedback.acknowledged", None, feedback=str(fid))
        return Changes.FEEDBACK

    def my_feedback(self, who: Identity) -> list[FeedbackItem]:
        """Feedback for the logged-in representative, newest first."""
        with self._db.read() as s:
            return self._items(s, Feedback.recipient_id == who.account_id)

    def unacknowledged(self, who: Identity) -> int:
        with self._db.read() as s:
            return (
                s.scalar(
                    select(func.count()).where(
                        Feedback.recipient_id == who.account_id,
                        Feedback.acknowledged_at.is_(None),
                        Feedback.deleted_at.is_(None),
                    )
                )
                or 0
            )

    def for_interaction(self, s: Session, interaction_id: uuid.UUID) -> list[FeedbackItem]:
        """Inside the caller's session (the review screen opens everything in one)."""
        return self._items(s, Feedback.interaction_id == interaction_id)

    def _items(self, s: Session, condition) -> list[FeedbackItem]:
        author, recipient = aliased(Account), aliased(Account)
        rows = s.execute(
            select(
                Feedback,
                author.display_name,
                recipient.display_name,
                Interaction.started_at,
                Interaction.outcome,
                Interaction.channel,
                AdherenceScore.score,
            )
            .join(author, author.id == Feedback.author_id)
            .join(recipient, recipient.id == Feedback.recipient_id)
            .join(Interaction, Interaction.id == Feedback.interaction_id)
            .outerjoin(AdherenceScore, AdherenceScore.interaction_id == Feedback.interaction_id)
            .where(condition, Feedback.deleted_at.is_(None))
            .order_by(Feedback.created_at.desc())
        ).all()
        return [
            FeedbackItem(
                id=str(f.id),
                interaction_id=str(f.interaction_id),
                author=a,
                recipient=r,
                text=self._text(f),
                given_at=f.created_at,
                call_at=started,
                call_outcome=outcome,
                call_channel=channel,
                score=score,
                acknowledged_at=f.acknowledged_at,
            )
            for f, a, r, started, outcome, channel, score in rows
        ]

    def _text(self, row: Feedback) -> str:
        try:
            return self._vault.cipher(row.id).decrypt("feedback", row.id, "body", row.body_ct)
        except KeyDestroyedError:
            return ""
