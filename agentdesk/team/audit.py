"""Every workstation's audit chain on the team database: verified and re-keyed there.

Each workstation uploads its own entries with the MACs it made (``sync.engine``), so the
server holds one chain per workstation in ``audit_chain``. A team leader verifies every
chain with the team key (an administrator of the server, without it, can neither forge an
entry nor remove one unseen: a gap in seq or a broken MAC shows). A team-key rotation
re-keys the MACs in the same server transaction, exactly as each workstation re-keys its
own copy, so the server's copy stays equal to the workstations'.

Only the workstation itself adds to its chain (its secret, ``agentdesk_audit_append``); an
entry that should not be there is moved by the owner into ``audit_quarantine``, kept as
evidence and listed with every check.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace

from sqlalchemy import Connection, text

from agentdesk.sync.server import audit_chains
from agentdesk.vault.audit_chain import GENESIS_MAC, chain_mac, verify_chain


@dataclass(frozen=True)
class Quarantined:
    workstation: str
    seq: int
    action: str
    actor: str
    by: str
    at: datetime
    reason: str


@dataclass(frozen=True)
class ChainCheck:
    workstation: str
    entries: int
    first_broken: int | None  # the seq of the first entry that does not verify (or is missing)
    quarantined: tuple[Quarantined, ...] = ()  # entries the owner moved out of this chain

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _bytes(row: dict) -> bytes:
    from agentdesk.services.audit import _entry_bytes

    return _entry_bytes(SimpleNamespace(**{**row, "at": row["at"].astimezone(UTC)}))


def _first_broken(key: bytes, rows: list[dict]) -> int | None:
    """Index of the first entry that does not verify under ``key`` (or follows a gap)."""
    broken = verify_chain(key, [(_bytes(r), bytes(r["mac"])) for r in rows])
    gaps = [i for i, r in enumerate(rows) if r["seq"] != i + 1]
    if gaps and (broken is None or gaps[0] < broken):
        broken = gaps[0]
    return broken


def verify_chains(conn: Connection, key: bytes) -> list[ChainCheck]:
    found = []
    moved: dict[str, list[Quarantined]] = {}
    for q in quarantined(conn):
        moved.setdefault(q.workstation, []).append(q)
    for workstation, rows in sorted(audit_chains(conn).items(), key=lambda kv: str(kv[0])):
        broken = _first_broken(key, rows)
        first = rows[broken]["seq"] if broken is not None else None
        found.append(
            ChainCheck(str(workstation), len(rows), first, tuple(moved.get(str(workstation), ())))
        )
    return found


def rekey_chains(conn: Connection, old: bytes, key: bytes) -> int:
    """Every chain's MACs under ``key`` (the new team key's audit key); returns entries.

    Only the part of each chain that verifies under ``old`` is re-keyed: an entry edited,
    forged or following a deleted one keeps its stored MAC, so the chain stays broken at the
    same seq after the rotation instead of being re-signed as if it were genuine."""
    updates = []
    for workstation, rows in audit_chains(conn).items():
        broken = _first_broken(old, rows)
        prev = GENESIS_MAC
        for r in rows[:broken]:
            prev = chain_mac(key, prev, _bytes(r))
            updates.append({"w": workstation, "s": r["seq"], "m": prev})
    if updates:
        conn.execute(
            text("UPDATE audit_chain SET mac = :m WHERE workstation = :w AND seq = :s"), updates
        )
    return len(updates)


def quarantine_entries(
    conn: Connection, workstation: uuid.UUID, seqs: list[int], by: str, reason: str
) -> int:
    """Move these entries of one chain into ``audit_quarantine`` (the owner): kept there as
    evidence with who moved them, when and why; the workstation can then send its own entries
    at those seqs. Returns how many were moved (0: none of those seqs is stored)."""
    moved = conn.execute(
        text(
            "WITH gone AS (DELETE FROM audit_chain WHERE workstation = :w AND seq = ANY(:s) "
            "RETURNING *) "
            "INSERT INTO audit_quarantine (workstation, seq, entry_id, at, actor_id, actor, "
            "action, customer_id, details, mac, quarantined_by, reason) "
            "SELECT workstation, seq, id, at, actor_id, actor, action, customer_id, details, "
            "mac, :by, :reason FROM gone"
        ),
        {"w": workstation, "s": sorted(set(seqs)), "by": by, "reason": reason},
    )
    return moved.rowcount


def forget_registration(conn: Connection, workstation: uuid.UUID) -> bool:
    """The workstation's audit secret is forgotten (the owner): its next sync registers the
    secret it holds, proving it holds its chain (its first entry's MAC)."""
    gone = conn.execute(
        text("DELETE FROM audit_workstation WHERE workstation = :w"), {"w": workstation}
    )
    return bool(gone.rowcount)


def quarantined(conn: Connection) -> list[Quarantined]:
    """Every quarantined entry, oldest move first (team leaders and the owner)."""
    rows = conn.execute(
        text(
            "SELECT workstation, seq, action, actor, quarantined_by, quarantined_at, reason "
            "FROM audit_quarantine ORDER BY quarantined_at, id"
        )
    )
    return [Quarantined(str(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]
