"""Team-key rotation on the server: every wrapped data key and blind index under a new key.

The server never sees either key: the team leader's workstation unwraps each data key with the
old team key and wraps it with the new one, recomputes the blind indexes from the customers'
ciphertexts, and seals the new key to every remaining member; all in one server transaction.
A removed member's copy is gone and their old key opens nothing written afterwards.

Pushes and pulls take a shared advisory lock and check the member's key fingerprint in the
same transaction; the rotation takes the lock exclusively. So no replica pushes a data key
wrapped under the old key once the rotation has committed, and none pulls one wrapped under
the new key before it has adopted it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select, text, update

from agentdesk.errors import KnownError
from agentdesk.models.customer import Customer
from agentdesk.team import succession
from agentdesk.team.audit import rekey_chains
from agentdesk.team.members import reseal_all
from agentdesk.vault.audit_chain import audit_key
from agentdesk.vault.blind_index import BlindIndexer, readable_blind_indexes
from agentdesk.vault.derive import key_fingerprint
from agentdesk.vault.envelope import CustomerCipher, unwrap_data_key, wrap_data_key
from agentdesk.vault.errors import DecryptionError

ROTATION_LOCK = 0x61647472  # pg_advisory_xact_lock id: "adtr"


class TeamKeyChangedError(KnownError):
    """The team key was rotated on the server; this replica must adopt it before syncing."""


@dataclass(frozen=True)
class ServerRotation:
    keys_rewrapped: int
    customers_reindexed: int
    members_resealed: int
    audit_entries: int = 0  # MACs of the workstations' audit chains, re-keyed
    # Wrapped keys that open under no team key and customers nobody can read (a member's
    # role can plant both): left as they are, they must not stop the rotation.
    unreadable: int = 0


def hold_shared(conn: Connection) -> None:
    """For a push or a pull: no rotation runs until this transaction ends."""
    conn.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": ROTATION_LOCK})


def member_fingerprint(conn: Connection) -> str | None:
    """The fingerprint of the team key sealed to the connected member (None: not a member
    role, e.g. the owner's or a test's superuser connection)."""
    return conn.execute(
        text("SELECT team_key_fingerprint FROM team_member WHERE role_name = session_user")
    ).scalar()


def check_key(conn: Connection, fingerprint: str) -> None:
    found = member_fingerprint(conn)
    if found is not None and found != fingerprint:
        raise TeamKeyChangedError(
            "The team key was changed by a team leader; log in again to continue.",
            code="team.key_changed",
        )


def rotate_on_server(conn: Connection, old: bytes, new: bytes, region: str) -> ServerRotation:
    """Re-wrap, re-index and re-seal under ``new``; the caller commits (or rolls back)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ROTATION_LOCK})
    check_key(conn, key_fingerprint(old))
    data_keys: dict[str, bytes] = {}
    rewrapped = []
    unreadable = 0
    for owner, wrapped in conn.execute(text("SELECT owner_id, wrapped FROM sync_data_key")):
        try:
            data_key = unwrap_data_key(old, bytes(wrapped), uuid.UUID(owner))
        except (DecryptionError, ValueError):
            unreadable += 1  # opened by nobody before either: nothing to keep readable
            continue
        data_keys[owner] = data_key
        rewrapped.append({"o": owner, "w": wrap_data_key(new, data_key, uuid.UUID(owner))})
    if rewrapped:
        conn.execute(text("UPDATE sync_data_key SET wrapped = :w WHERE owner_id = :o"), rewrapped)

    tbl = Customer.__table__
    indexer = BlindIndexer(new, region)
    columns = ("phone_bidx", "email_bidx", "surname_bidx", "import_bidx")
    rows = conn.execute(
        select(tbl.c.id, tbl.c.name_ct, tbl.c.phone_ct, tbl.c.email_ct, *tbl.c[columns])
    ).all()
    reindexed = []
    for row in rows:
        key = data_keys.get(str(row.id))
        if key is None:
            continue  # no key: erased meanwhile, nothing readable to index
        found = readable_blind_indexes(lambda k=key, r=row: CustomerCipher(k, r.id), indexer, row)
        if found is None:
            unreadable += 1
            continue
        reindexed.append({"b_id": row.id, **{c: found.get(c, row._mapping[c]) for c in columns}})
    if reindexed:
        conn.execute(
            update(tbl)
            .where(tbl.c.id == bindparam("b_id"))
            .values({c: bindparam(c) for c in columns}),
            reindexed,
        )
    members = reseal_all(conn, new)
    succession.record(conn, old, new)  # what lets each workstation trust ``new``
    audited = rekey_chains(conn, audit_key(old), audit_key(new))
    return ServerRotation(len(rewrapped), len(reindexed), members, audited, unreadable)
