"""The retention purge: every kind of personal data has a period after which it goes (#15 item 7).

- notes (and their earlier versions): ``notes_days`` after they were written;
- messages, linked to a customer or not: ``notes_days`` after they were taken; a message
  with its own data key has that key destroyed;
- call details: ``interactions_days`` after the call, linked to a customer or not: the call's
  data key is destroyed first (events, tasks, messages sealed with it), then the events'
  ciphertext and survey comments are cleared and the customer link removed; the figures
  (survey scores included) stay;
- drafts (typed, never saved): ``DRAFT_DAYS`` after their last change; a drafts key left
  with no draft is destroyed;
- customers with no contact for ``inactive_customers_days``: erased like a subject request.
Keys go before rows, so a crash leaves only unreadable rows, removed by the next purge.

On a workstation joined to a team database, only a team leader's purge is sent to the team
database (her role may delete and clear any row there); anyone else's (a representative's,
or one run with no one logged in) removes this replica's own copy and sends nothing: her role
may not delete others' notes, messages, follow-ups or customers, and the server refuses it
(migration 0025 also refuses her clearing another representative's call details). Sent, those
deletions came back as "refused changes" on every representative's workstation at every
routine purge. The rows on the server go with the next team leader's purge, and reach every
replica through sync (docs/team-database.md).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update

from agentdesk.models.customer import Customer, Note, NoteVersion
from agentdesk.models.draft import Draft
from agentdesk.models.interaction import Interaction, InteractionEvent, Task
from agentdesk.models.message import Message
from agentdesk.models.survey import SurveyResponse
from agentdesk.services.gdpr import (
    GdprService,
    PurgeReport,
    PurgeTooLargeError,
    Retention,
    _too_many,
)
from agentdesk.services.identity import Identity
from agentdesk.sync.outbox import LOCAL_ONLY

DRAFT_DAYS = 30  # a draft is typing to recover after a crash, not a record


def purge(
    gdpr: GdprService,
    who: Identity | None,
    policy: Retention,
    now: datetime,
    *,
    allow_large: bool = False,
) -> PurgeReport:
    db, vault, audit = gdpr._db, gdpr._vault, gdpr._audit
    from agentdesk.services.drafts import draft_key_owner

    # Standalone, nothing records changes: the flag changes nothing there.
    local_only = who is None or not who.is_team_leader

    with db.read() as s:
        old_notes: list[uuid.UUID] = []
        old_messages: list[tuple[uuid.UUID, uuid.UUID]] = []
        if policy.notes_days:
            cutoff = now - timedelta(days=policy.notes_days)
            old_notes = list(s.scalars(select(Note.id).where(Note.created_at < cutoff)))
            old_messages = [
                (r.id, r.key_owner_id)
                for r in s.execute(
                    select(Message.id, Message.key_owner_id).where(Message.taken_at < cutoff)
                )
            ]
        stale: list[uuid.UUID] = []
        if policy.inactive_customers_days:
            cutoff = now - timedelta(days=policy.inactive_customers_days)
            recent_note = select(Note.customer_id).where(Note.created_at >= cutoff)
            recent_call = select(Interaction.customer_id).where(
                Interaction.started_at >= cutoff, Interaction.customer_id.is_not(None)
            )
            stale = list(
                s.scalars(
                    select(Customer.id).where(
                        Customer.updated_at < cutoff,
                        Customer.id.not_in(recent_note),
                        Customer.id.not_in(recent_call),
                    )
                )
            )
        old_calls: list[uuid.UUID] = []
        if policy.interactions_days:
            cutoff = now - timedelta(days=policy.interactions_days)
            with_details = select(InteractionEvent.interaction_id).where(
                InteractionEvent.data_ct.is_not(None)
            )
            with_comments = select(SurveyResponse.interaction_id).where(
                SurveyResponse.comment_ct.is_not(None)
            )
            old_calls = list(
                s.scalars(
                    select(Interaction.id).where(
                        Interaction.started_at < cutoff,
                        or_(
                            Interaction.customer_id.is_not(None),
                            Interaction.id.in_(with_details),
                            Interaction.id.in_(with_comments),
                        ),
                    )
                )
            )
        draft_cutoff = now - timedelta(days=DRAFT_DAYS)
        old_drafts = list(
            s.execute(
                select(Draft.id, Draft.account_id, Draft.customer_id).where(
                    Draft.updated_at < draft_cutoff
                )
            )
        )
        if not allow_large:
            all_notes = s.scalar(select(func.count()).select_from(Note)) or 0
            all_customers = s.scalar(select(func.count()).select_from(Customer)) or 0
            if _too_many(len(stale), all_customers):
                raise PurgeTooLargeError("customers", len(stale), all_customers)
            if _too_many(len(old_notes), all_notes):
                raise PurgeTooLargeError("notes", len(old_notes), all_notes)
    # Keys first: calls past retention and messages with their own key.
    own_message_keys = [owner for mid, owner in old_messages if owner == mid]
    vault.keys.destroy_owners(old_calls, kind="interaction")
    vault.keys.destroy_owners(own_message_keys, kind="message")
    vault.forget(*old_calls, *own_message_keys)
    with db.write() as s:
        s.info[LOCAL_ONLY] = local_only
        notes = 0
        if old_notes:
            s.execute(delete(NoteVersion).where(NoteVersion.note_id.in_(old_notes)))
            notes = s.execute(delete(Note).where(Note.id.in_(old_notes))).rowcount
        messages = 0
        if old_messages:
            ids = [mid for mid, _ in old_messages]
            messages = s.execute(delete(Message).where(Message.id.in_(ids))).rowcount
        tasks = 0
        if policy.interactions_days:
            # Follow-ups done before the cutoff go with the calls they came from.
            cutoff = now - timedelta(days=policy.interactions_days)
            tasks = s.execute(
                delete(Task).where(Task.status == "done", Task.done_at < cutoff)
            ).rowcount
        if old_calls:
            s.execute(
                update(InteractionEvent)
                .where(InteractionEvent.interaction_id.in_(old_calls))
                .values(data_ct=None)
            )
            s.execute(
                update(SurveyResponse)
                .where(SurveyResponse.interaction_id.in_(old_calls))
                .values(comment_ct=None)
            )
            s.execute(
                update(Interaction).where(Interaction.id.in_(old_calls)).values(customer_id=None)
            )
        drafts = 0
        if old_drafts:
            drafts = s.execute(
                delete(Draft).where(Draft.id.in_([d.id for d in old_drafts]))
            ).rowcount
        left = {(a, c) for a, c in s.execute(select(Draft.account_id, Draft.customer_id))}
        if notes or old_calls or stale or messages or drafts or tasks:
            audit.append(
                s,
                who,
                "retention.purged",
                None,
                notes=notes,
                interactions=len(old_calls),
                customers=len(stale),
                messages=messages,
                drafts=drafts,
                tasks=tasks,
            )
    # A drafts key with no draft left guards nothing: destroy it (a new draft makes a new one).
    unused = {
        draft_key_owner(d.account_id, d.customer_id)
        for d in old_drafts
        if (d.account_id, d.customer_id) not in left
    }
    vault.keys.destroy_owners(unused, kind="drafts")
    vault.forget(*unused)
    customers = 0
    for cid in stale:
        if gdpr._erase(who, cid, "customer.erased_by_retention", local_only=local_only):
            customers += 1
    gdpr.anchor_audit()
    return PurgeReport(
        notes, len(old_calls), customers, messages=messages, drafts=drafts, tasks=tasks
    )
