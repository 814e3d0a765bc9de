"""The owner's tools for the workstations' audit chains on the team database.

A chain takes entries only from its own workstation (its secret, migration 0019). What is
left to the owner: an entry that should not be in a chain (one squatted there before this
version, or written by someone holding the owner's password) is moved into quarantine, kept as
evidence, so the workstation can send its own entry at that seq; and a workstation that lost
the secret it registered (its key store restored from nothing) is let to register again.
Both connect with the owner's URL, used once and never stored, like ``team upgrade``.
"""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.storage.engine import make_engine
from agentdesk.team import config
from agentdesk.team.audit import forget_registration, quarantine_entries

REASON_LIMIT = 500


def _workstation(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            "Give the workstation's id as `agentdesk team status` shows it.",
            "workstation",
            code="team.bad_workstation",
        ) from None


def _owner(owner_url: str):
    return make_engine(config.server_url(owner_url).render_as_string(hide_password=False))


def quarantine_audit_entries(owner_url: str, workstation: str, seqs: list[int], reason: str) -> int:
    """Move a workstation's entries at ``seqs`` out of its chain, into ``audit_quarantine``
    with the owner's role, the time and ``reason``. Returns how many moved."""
    from agentdesk.services.team import connection_error

    ws = _workstation(workstation)
    if not seqs or any(s < 1 for s in seqs):
        raise ValidationError(
            "Give the seq of each entry to move (1 or more).", "seq", code="team.bad_seq"
        )
    reason = reason.strip()[:REASON_LIMIT] or "forged or squatted entry"
    owner = _owner(owner_url)
    try:
        with owner.begin() as conn:
            by = conn.execute(text("SELECT current_user")).scalar_one()
            moved = quarantine_entries(conn, ws, seqs, by, reason)
    except OperationalError as exc:
        raise connection_error(exc) from None
    finally:
        owner.dispose()
    if not moved:
        raise NotFoundError(
            "That workstation has no entry at those seqs on the team database.",
            code="team.no_audit_entry",
        )
    return moved


def reset_audit_credential(owner_url: str, workstation: str) -> None:
    """Forget a workstation's registered audit secret; its next sync registers the one it
    holds (proving it holds its chain with its first entry's MAC)."""
    from agentdesk.services.team import connection_error

    ws = _workstation(workstation)
    owner = _owner(owner_url)
    try:
        with owner.begin() as conn:
            found = forget_registration(conn, ws)
    except OperationalError as exc:
        raise connection_error(exc) from None
    finally:
        owner.dispose()
    if not found:
        raise NotFoundError(
            "That workstation has no audit registration on the team database.",
            code="team.no_audit_registration",
        )
