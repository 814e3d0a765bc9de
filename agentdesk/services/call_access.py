"""Who may reach a customer through a call (#15 item 8): the live-call rules and the
reasons a representative gives for linking a caller whose number does not match."""

from __future__ import annotations

import threading
import uuid

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from agentdesk.errors import NotFoundError, PermissionDeniedError
from agentdesk.models.customer import Customer, Note
from agentdesk.models.interaction import Interaction
from agentdesk.services.identity import Identity

LIVE_STATES = ("active", "wrap_up")
NUMBER_MATCH = "caller-number"  # the audited reason when the calling number is on the card
# What a representative states (audited) to link a live call to a customer they do not
# serve whose phone number is not the one calling; each means the caller answered the
# security questions for that record. Codes only: the audit log keeps no free text.
LINK_REASONS = ("identity-checked", "number-withheld", "new-number")


def live_call(s: Session, who: Identity, interaction_id: str | None) -> Interaction | None:
    """The caller's own call that is still live (ringing, talking or in wrap-up), or None."""
    if not interaction_id:
        return None
    try:
        iid = uuid.UUID(str(interaction_id))
    except ValueError:
        return None
    call = s.get(Interaction, iid)
    if call is None or call.agent_id != who.account_id or call.state not in LIVE_STATES:
        return None
    return call


def may_open(s: Session, who: Identity, cid: uuid.UUID, row: Customer) -> bool:
    """Team leaders read everyone; representatives the customers they serve."""
    if who.is_team_leader or row.created_by == who.account_id:
        return True
    served = select(Interaction.id).where(
        Interaction.customer_id == cid, Interaction.agent_id == who.account_id
    )
    wrote = select(Note.id).where(Note.customer_id == cid, Note.author_id == who.account_id)
    return bool(s.scalar(select(or_(exists(served), exists(wrote)))))


def openable_customer(s: Session, who: Identity, cid: uuid.UUID) -> Customer:
    """The live customer ``cid`` if ``who`` may open it; NotFound or PermissionDenied if not."""
    row = s.get(Customer, cid)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("No such customer.", code="not_found.customer")
    if not may_open(s, who, cid, row):
        raise PermissionDeniedError(
            "You can open customers you have served; ask a team leader for others.",
            code="denied.customers_served",
        )
    return row


class CallerMatches:
    """The customers whose phone number matched each call's calling number, in memory.

    Filled when a call starts with a number (``match_caller``). Not stored: after a crash the
    resumed call has no calling number, so linking someone new needs a reason again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_call: dict[str, frozenset[str]] = {}

    def record(self, interaction_id: str, customer_ids: list[str]) -> None:
        with self._lock:
            self._by_call[str(interaction_id)] = frozenset(customer_ids)

    def matched(self, interaction_id: str, customer_id: uuid.UUID) -> bool:
        with self._lock:
            return str(customer_id) in self._by_call.get(str(interaction_id), frozenset())

    def forget(self, interaction_id: str) -> None:
        with self._lock:
            self._by_call.pop(str(interaction_id), None)


def in_call_link_reason(
    call: Interaction, cid: uuid.UUID, number_matched: bool, reason: str | None
) -> str:
    """The audited reason for linking ``call`` to a customer its representative does not
    serve; refuses a second caller on one call and a link without a match or a reason."""
    if call.customer_id is not None and call.customer_id != cid:
        raise PermissionDeniedError(
            "This call is already linked to another customer; you can open customers you "
            "have served.",
            code="denied.call_linked_other",
        )
    if number_matched:
        return NUMBER_MATCH
    if reason in LINK_REASONS:
        return reason
    raise PermissionDeniedError(
        "This record's phone number is not the number calling: link it to the call only "
        "once the caller has answered the security questions, and say so.",
        code="denied.link_reason",
    )
