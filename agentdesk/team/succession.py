"""Which team key a workstation takes from the server: only one the key it holds vouches for.

Each rotation records, for the key it replaces, the new key wrapped under the old one
(``team_key_successor``, migration 0026: team leaders add, every member reads). A workstation
whose member's sealed key changed follows that chain from its own key before switching. The
owner role, a superuser or anyone else who can write ``team_member`` can seal a key of their
own to a member's public key (it is public) and set the fingerprint to match, but cannot wrap
it under a team key they never held: the workstation refuses it, keeps its key and sends
nothing under the other one. Joining a team takes the first key on trust, as before.
"""

from __future__ import annotations

import hmac

from sqlalchemy import Connection, text

from agentdesk.errors import KnownError
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.errors import DecryptionError
from agentdesk.vault.teamkey import unwrap_team_key, wrap_team_key

MAX_STEPS = 1000  # rotations a workstation may have missed while away


class UnprovenTeamKeyError(KnownError):
    """The team key sealed to this member changed without proof from the key it replaces."""


def _label(old_fingerprint: str, new_fingerprint: str) -> str:
    return f"successor:{old_fingerprint}:{new_fingerprint}"


def record(conn: Connection, old: bytes, new: bytes) -> None:
    """In the rotation's transaction: ``new`` wrapped under ``old``, the proof that whoever
    made ``new`` held ``old``."""
    old_fp, new_fp = key_fingerprint(old), key_fingerprint(new)
    conn.execute(
        text(
            "INSERT INTO team_key_successor (old_fingerprint, new_fingerprint, proof) "
            "VALUES (:o, :n, :p) ON CONFLICT (old_fingerprint) DO UPDATE "
            "SET new_fingerprint = excluded.new_fingerprint, proof = excluded.proof"
        ),
        {"o": old_fp, "n": new_fp, "p": wrap_team_key(old, new, _label(old_fp, new_fp))},
    )


def check(conn: Connection, current: bytes, offered: bytes) -> None:
    """Raise UnprovenTeamKeyError unless rotations recorded on the server lead from
    ``current`` (this workstation's key) to ``offered`` (the one sealed to its member)."""
    key = current
    for _ in range(MAX_STEPS):
        if hmac.compare_digest(key, offered):
            return
        old_fp = key_fingerprint(key)
        row = conn.execute(
            text(
                "SELECT new_fingerprint, proof FROM team_key_successor WHERE old_fingerprint = :o"
            ),
            {"o": old_fp},
        ).first()
        if row is None:
            break
        try:
            key = unwrap_team_key(key, bytes(row.proof), _label(old_fp, row.new_fingerprint))
        except DecryptionError:
            break
        if key_fingerprint(key) != row.new_fingerprint:
            break
    raise UnprovenTeamKeyError(
        "The team key on the team database changed without proof from the key this "
        "workstation holds; it was not adopted. Tell a team leader.",
        code="team.key_unproven",
    )
