"""The audit log: who looked at or changed personal data, chained so tampering shows."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agentdesk.models.audit import AppMeta, AuditEntry
from agentdesk.models.base import utcnow
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.storage.session import Database
from agentdesk.vault.audit_chain import GENESIS_MAC, canonical, chain_mac, verify_chain

HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: datetime
    actor: str
    action: str
    customer_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditCheck:
    """Result of verifying the chain: ``first_broken`` is a seq number, or None.

    ``anchored`` is the entry count the key store last recorded (None: no anchor);
    ``rolled_back`` says the log now ends before that entry or disagrees with it: entries
    were removed together with the database's own head (or the file was swapped for an older
    copy) without a restore that the log records.
    """

    entries: int
    first_broken: int | None
    truncated: bool
    anchored: int | None = None
    rolled_back: bool = False

    @property
    def ok(self) -> bool:
        return self.first_broken is None and not self.truncated and not self.rolled_back


def _entry_bytes(row: AuditEntry) -> bytes:
    return canonical(
        {
            "seq": row.seq,
            "at": row.at.isoformat(),
            "actor_id": str(row.actor_id) if row.actor_id else None,
            "actor": row.actor,
            "action": row.action,
            "customer_id": str(row.customer_id) if row.customer_id else None,
            "details": row.details,
        }
    )


class AuditLog:
    """Appends inside the caller's transaction, so an access and its record commit together."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def rekey(self, key: bytes) -> None:
        """The chain was re-keyed (a team key rotation): append under the new key."""
        self._key = key

    def _head_value(self, seq: int, mac: bytes) -> str:
        # Keyed, so cutting entries off the end cannot be hidden by editing the head.
        tag = hmac.new(self._key, b"head|%d|" % seq + mac, hashlib.sha256).hexdigest()
        return f"{seq}:{tag}"

    def append(
        self,
        session: Session,
        who: Identity | None,
        action: str,
        customer_id: uuid.UUID | None = None,
        **details: Any,
    ) -> None:
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        seq, prev = (last.seq + 1, last.mac) if last else (1, GENESIS_MAC)
        row = AuditEntry(
            seq=seq,
            at=utcnow(),
            actor_id=who.account_id if who else None,
            actor=who.username if who else "system",
            action=action,
            customer_id=customer_id,
            details=details,
            mac=b"",
        )
        row.mac = chain_mac(self._key, prev, _entry_bytes(row))
        session.add(row)
        head = session.get(AppMeta, HEAD_KEY)
        value = self._head_value(seq, row.mac)
        if head is None:
            session.add(AppMeta(key=HEAD_KEY, value=value))
        else:
            head.value = value
        session.flush()

    def _anchor_value(self, seq: int, mac: bytes) -> str:
        tag = hmac.new(self._key, b"anchor|%d|" % seq + mac, hashlib.sha256).hexdigest()
        return f"{seq}:{mac.hex()}:{tag}"

    def _read_anchor(self, value: str | None) -> tuple[int, bytes] | None:
        """(seq, mac) of a genuine anchor; None when absent or not made with this key."""
        try:
            seq_text, mac_hex, _tag = (value or "").split(":")
            seq, mac = int(seq_text), bytes.fromhex(mac_hex)
        except ValueError:
            return None
        return (seq, mac) if hmac.compare_digest(self._anchor_value(seq, mac), value) else None

    def anchor(self, db: Database, keys, *, rewind: bool = False) -> int:
        """Record in the key store how far the log goes; never backwards unless ``rewind``
        (a restore the log itself records). Returns the anchored entry count."""
        with db.read() as s:
            last = s.execute(
                select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
            ).first()
        if last is None:
            return 0
        raw = keys.audit_anchor()
        current = self._read_anchor(raw)
        if current is not None and current[0] >= last.seq and not rewind:
            return current[0]
        problem = None
        if raw and current is None:
            problem = ("audit.anchor_invalid", {})  # tampered, or a rotation cut short
        elif current is not None:
            with db.read() as s:
                kept = s.scalar(select(AuditEntry.mac).where(AuditEntry.seq == current[0]))
            if kept != current[1]:
                problem = ("audit.rolled_back", {"anchored": current[0]})
        if problem is not None and not rewind:
            # Say so in the log itself before anchoring afresh, so the evidence stays.
            with db.write() as s:
                self.append(s, None, problem[0], None, **problem[1])
            with db.read() as s:
                last = s.execute(
                    select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
                ).first()
        keys.set_audit_anchor(self._anchor_value(last.seq, last.mac))
        return last.seq

    def anchored(self, keys) -> int | None:
        found = self._read_anchor(keys.audit_anchor())
        return found[0] if found else None

    def verify(self, db: Database, keys=None) -> AuditCheck:
        """Check the chain; with ``keys`` (the key store) also against its anchor."""
        with db.read() as s:
            rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
            head = s.get(AppMeta, HEAD_KEY)
            pairs = [(_entry_bytes(r), r.mac) for r in rows]
            seqs = [r.seq for r in rows]
            head_value = head.value if head else None
        broken = verify_chain(self._key, pairs)
        if broken is None:
            # A gap in seq numbers is a deleted entry even if the macs were re-forged.
            gaps = [i for i, seq in enumerate(seqs) if seq != i + 1]
            broken = gaps[0] if gaps else None
        expected = self._head_value(seqs[-1], pairs[-1][1]) if rows else None
        truncated = head_value != expected and broken is None
        anchored, rolled_back = None, False
        if keys is not None:
            raw = keys.audit_anchor()
            found = self._read_anchor(raw)
            if raw and found is None:
                rolled_back = True  # an anchor that this key did not make: tampered
            elif found is not None:
                anchored = found[0]
                macs = dict(zip(seqs, (m for _, m in pairs), strict=True))
                rolled_back = macs.get(found[0]) != found[1]
        return AuditCheck(
            len(rows),
            seqs[broken] if broken is not None else None,
            truncated,
            anchored,
            rolled_back,
        )

    def entries_about(self, session: Session, customer_id: uuid.UUID) -> list[AuditRecord]:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.customer_id == customer_id).order_by(AuditEntry.seq)
        )
        return [
            AuditRecord(r.seq, r.at, r.actor, r.action, str(r.customer_id), dict(r.details))
            for r in rows
        ]

    def recent(self, db: Database, who: Identity, limit: int = 200) -> list[AuditRecord]:
        require_team_leader(who, "read the audit log")
        with db.read() as s:
            rows = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit))
            return [
                AuditRecord(
                    r.seq,
                    r.at,
                    r.actor,
                    r.action,
                    str(r.customer_id) if r.customer_id else None,
                    dict(r.details),
                )
                for r in rows
            ]
