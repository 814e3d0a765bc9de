"""The audit log: who looked at or changed personal data, chained so tampering shows."""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from agentdesk.errors import KnownError
from agentdesk.models.audit import AppMeta, AuditEntry
from agentdesk.models.base import utcnow
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author
from agentdesk.vault.audit_chain import GENESIS_MAC, canonical, chain_mac, verify_chain

if TYPE_CHECKING:
    from agentdesk.storage.datakeys import DataKeyStore

HEAD_KEY = "audit_head"
ANCHOR_PENDING = "audit_anchor_pending"  # session.info: (seq, mac) to anchor after commit
# Entries the unlock check writes when the log no longer reaches its anchor (see ``anchor``).
CUT_BACK_ACTIONS = ("audit.rolled_back", "audit.anchor_invalid", "audit.anchor_missing")

log = logging.getLogger(__name__)


def _forget_pending(session: Session, _previous) -> None:
    session.info.pop(ANCHOR_PENDING, None)


def _after_commit(session: Session) -> None:
    pending = session.info.pop(ANCHOR_PENDING, None)
    if pending is None:
        return
    audit, seq, mac = pending
    try:
        audit.advance(audit._keys, seq, mac)
    except KnownError as exc:  # committed all the same; the next append or unlock catches up
        log.warning("the audit anchor could not be moved on: %s", exc)


_listening = False


def _listen_once() -> None:
    """One listener for every session (cheaper than one per session); it acts only on a
    session an anchored ``AuditLog`` appended in."""
    global _listening
    if not _listening:
        _listening = True
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", _forget_pending)


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
    # Entries (seq numbers) where an unlock found the log cut back or the anchor forged and
    # said so (``AuditLog.anchor``): the entries removed then are gone for good.
    cut_backs: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return (
            self.first_broken is None
            and not self.truncated
            and not self.rolled_back
            and not self.cut_backs
        )


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
    """Appends inside the caller's transaction, so an access and its record commit together.

    With ``keys`` (the key store), each durable transaction that appended moves the anchor
    there to its last entry once it has committed (#15 item 6): cutting recent entries off,
    or putting back an older copy of the database file, is then found at the next unlock
    (``anchor``) and by ``verify``. Entries committed without the fsync (lookups) are covered
    by the next durable one.
    """

    def __init__(self, key: bytes, keys: DataKeyStore | None = None) -> None:
        self._key = key
        self._keys = keys

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
        set_author(session, who)  # whose changes these are (sync)
        head = session.get(AppMeta, HEAD_KEY)
        value = self._head_value(seq, row.mac)
        if head is None:
            session.add(AppMeta(key=HEAD_KEY, value=value))
        else:
            head.value = value
        session.flush()
        if self._keys is not None and session.info.get("durable", True):
            _listen_once()
            session.info[ANCHOR_PENDING] = (self, seq, row.mac)

    def advance(self, keys: DataKeyStore, seq: int, mac: bytes) -> None:
        """Move the key store's anchor on to entry ``seq`` (never back; an anchor this key did
        not make is left for ``anchor`` to report at the next unlock)."""
        value = self._anchor_value(seq, mac)

        def replaces(current: str | None) -> bool:
            # Absent: the first unlock anchors even an empty log, so it was removed; forged:
            # not ours. Both are left for the next unlock to record.
            found = self._read_anchor(current)
            return found is not None and found[0] < seq

        keys.audit.advance_anchor(value, replaces)

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

    @staticmethod
    def _last(db: Database):
        with db.read() as s:
            return s.execute(
                select(AuditEntry.seq, AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)
            ).first()

    def anchor(self, db: Database, keys, *, rewind: bool = False) -> int:
        """Check the log against the key store's anchor and record how far it goes now;
        never backwards unless ``rewind`` (a restore the log itself records).

        Run at every unlock: a log that ends before the anchored entry or disagrees with it
        (entries cut off, the file swapped for an older copy) or an anchor this key did not
        make is written into the log itself (``audit.rolled_back`` / ``audit.anchor_invalid``)
        before anchoring afresh, so the evidence stays and ``verify`` reports it.
        Returns the anchored entry count."""
        last = self._last(db)
        raw = keys.audit.anchor()
        current = self._read_anchor(raw)
        problem = None
        if rewind:
            pass
        elif raw and current is None:
            problem = ("audit.anchor_invalid", {})  # tampered, or a rotation cut short
        elif not raw and last is not None:
            # Every log is anchored from its first unlock on (empty: at entry 0), so a log
            # with entries and no anchor lost it: deleted from both key-store copies.
            problem = ("audit.anchor_missing", {"found": last.seq})
        elif current is not None:
            if current[0] == 0:
                kept = GENESIS_MAC
            else:
                with db.read() as s:
                    kept = s.scalar(select(AuditEntry.mac).where(AuditEntry.seq == current[0]))
            if kept != current[1]:
                found = last.seq if last is not None else 0
                problem = ("audit.rolled_back", {"anchored": current[0], "found": found})
            elif last is not None and current[0] >= last.seq:
                return current[0]
        if problem is not None:
            log.warning("audit log: %s %s", *problem)
            with db.write() as s:
                self.append(s, None, problem[0], None, **problem[1])
            last = self._last(db)
        seq, mac = (last.seq, last.mac) if last is not None else (0, GENESIS_MAC)
        keys.audit.set_anchor(self._anchor_value(seq, mac))
        return seq

    def anchored(self, keys) -> int | None:
        found = self._read_anchor(keys.audit.anchor())
        return found[0] if found else None

    def verify(self, db: Database, keys=None) -> AuditCheck:
        """Check the chain; with ``keys`` (the key store) also against its anchor."""
        with db.read() as s:
            rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
            head = s.get(AppMeta, HEAD_KEY)
            pairs = [(_entry_bytes(r), r.mac) for r in rows]
            seqs = [r.seq for r in rows]
            cut_backs = tuple(r.seq for r in rows if r.action in CUT_BACK_ACTIONS)
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
            raw = keys.audit.anchor()
            found = self._read_anchor(raw)
            if raw and found is None:
                rolled_back = True  # an anchor that this key did not make: tampered
            elif not raw:
                rolled_back = bool(rows)  # anchored since the first unlock: removed
            elif found is not None:
                anchored = found[0]
                macs = dict(zip(seqs, (m for _, m in pairs), strict=True))
                macs[0] = GENESIS_MAC
                rolled_back = macs.get(found[0]) != found[1]
        return AuditCheck(
            len(rows),
            seqs[broken] if broken is not None else None,
            truncated,
            anchored,
            rolled_back,
            cut_backs,
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
        require_team_leader(who, "read_audit_log")
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
