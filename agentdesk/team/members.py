"""Members of a team database: add, remove, and the team key each one can open."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, text

from agentdesk.errors import KnownError
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.errors import DecryptionError
from agentdesk.vault.teamkey import (
    AccountSecrets,
    new_member_keypair,
    open_team_key,
    scram_verifier,
    seal_team_key,
    unwrap_private_key,
    wrap_team_key,
)


class NotAMemberError(KnownError):
    """The account has no entry in the team database (removed, or never added)."""


@dataclass(frozen=True)
class Member:
    account_id: str
    username: str
    role_name: str
    team_role: str
    fingerprint: str


def add_member(
    conn: Connection,
    account_id: uuid.UUID,
    username: str,
    team_role: str,
    account_secrets: AccountSecrets,
    team_key: bytes,
) -> str:
    """Create the member's login role and their sealed copy of the team key; returns the role."""
    public, wrapped_private = new_member_keypair(account_secrets.wrap_key, str(account_id))
    sealed = seal_team_key(public, team_key, str(account_id))
    return conn.execute(
        text("SELECT agentdesk_add_member(:a, :u, :r, :v, :pub, :priv, :sealed, :fp)"),
        {
            "a": account_id,
            "u": username,
            "r": team_role,
            "v": scram_verifier(account_secrets.login_secret),
            "pub": public,
            "priv": wrapped_private,
            "sealed": sealed,
            "fp": key_fingerprint(team_key),
        },
    ).scalar_one()


def remove_member(conn: Connection, account_id: uuid.UUID) -> None:
    conn.execute(text("SELECT agentdesk_remove_member(:a)"), {"a": account_id})


def members(conn: Connection) -> list[Member]:
    rows = conn.execute(
        text(
            "SELECT account_id, username, role_name, team_role, team_key_fingerprint "
            "FROM team_member ORDER BY username"
        )
    )
    return [Member(str(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


def _wrong_password() -> KnownError:
    return KnownError(
        "The team key could not be opened with this password; ask a team leader.",
        code="team.key_password",
    )


def _own_member_row(conn: Connection):
    """This login's own team_member row (connected as that member)."""
    row = conn.execute(
        text(
            "SELECT account_id, wrapped_private_key, sealed_team_key FROM team_member "
            "WHERE role_name = session_user"
        )
    ).first()
    if row is None:
        raise NotAMemberError(
            "This account is not a member of the team database.", code="team.not_member"
        )
    return row


def _own_private_key(account_secrets: AccountSecrets, row) -> bytes:
    """The member's private key, unwrapped with the key derived from her password."""
    try:
        return unwrap_private_key(account_secrets.wrap_key, bytes(row[1]), str(row[0]))
    except DecryptionError:
        raise _wrong_password() from None


def own_team_key(conn: Connection, account_secrets: AccountSecrets) -> bytes:
    """The team key, opened with the member's own secrets (connected as that member)."""
    row = _own_member_row(conn)
    private = _own_private_key(account_secrets, row)
    try:
        return open_team_key(private, bytes(row[2]), str(row[0]))
    except DecryptionError:
        raise _wrong_password() from None


def rewrap_own_key(conn: Connection, old: AccountSecrets, new: AccountSecrets) -> None:
    """A password change (connected as that member): the private key that opens the sealed
    team key re-wrapped under the new password's key, and the role's SCRAM verifier replaced,
    so the old password neither logs in nor unwraps anything on the server."""
    row = _own_member_row(conn)
    private = _own_private_key(old, row)
    conn.execute(
        text("SELECT agentdesk_set_member_keys(:a, :v, :priv, NULL, NULL)"),
        {
            "a": row[0],
            "v": scram_verifier(new.login_secret),
            "priv": wrap_team_key(new.wrap_key, private, f"private-key:{row[0]}"),
        },
    )


def reseal_all(conn: Connection, team_key: bytes) -> int:
    """Seal a new team key to every member's public key (after a rotation)."""
    rows = conn.execute(text("SELECT account_id, public_key FROM team_member")).all()
    for account_id, public in rows:
        conn.execute(
            text("SELECT agentdesk_set_member_keys(:a, NULL, NULL, :s, :fp)"),
            {
                "a": account_id,
                "s": seal_team_key(bytes(public), team_key, str(account_id)),
                "fp": key_fingerprint(team_key),
            },
        )
    return len(rows)
