"""What the key store keeps for the audit log, away from the database and its backups: the
anchor (where the log stood, #15 6), entries recorded while the vault was closed, and
restores not yet written into the log (services/audit.py and services/upkeep.py use them)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update

from agentdesk.storage.engine import relaxed
from agentdesk.storage.keystore_files import (
    KeyStoreCopies,
    audit_pending,
    restore_log,
    set_meta,
    store_meta,
)

_IS_ANCHOR = store_meta.c.key == "audit_anchor"


class KeyStoreAuditRecords:
    """The audit log's records in both copies of the key store."""

    def __init__(self, copies: KeyStoreCopies) -> None:
        self._copies = copies
        # The anchor as this process last wrote or read it, per copy (a hint only).
        self._anchor_seen: list[str | None] = [None, None]

    def set_anchor(self, value: str) -> None:
        """Where the audit log stood, kept away from the database and its backups (#15 6)."""
        with self._copies.each() as engines:
            for i, engine in enumerate(engines):
                with engine.begin() as conn:
                    set_meta(conn, "audit_anchor", value)
                self._anchor_seen[i] = value

    def advance_anchor(self, value: str, replaces: Callable[[str | None], bool]) -> None:
        """Set the anchor in each copy where ``replaces(current value)`` says so, reading and
        writing in one transaction (two processes appending never move it backwards).

        Without the commit fsync: called after each audited database commit, which was
        fsync'd first, so a power cut can leave the anchor behind the log, never ahead of it.
        """
        with self._copies.each() as engines:
            for i, engine in enumerate(engines):
                with relaxed(engine).begin() as conn:
                    seen = self._anchor_seen[i]
                    if seen is not None and replaces(seen):
                        # Usually the copy still holds what this process wrote last: one
                        # statement, no read (it changes nothing if someone else wrote since).
                        moved = conn.execute(
                            update(store_meta)
                            .where(_IS_ANCHOR, store_meta.c.value == seen)
                            .values(value=value)
                        ).rowcount
                        if moved:
                            self._anchor_seen[i] = value
                            continue
                    current = conn.execute(select(store_meta.c.value).where(_IS_ANCHOR)).scalar()
                    if replaces(current):
                        set_meta(conn, "audit_anchor", value)
                        current = value
                    self._anchor_seen[i] = current

    def anchor(self) -> str | None:
        return self._copies.first(
            lambda conn: conn.execute(select(store_meta.c.value).where(_IS_ANCHOR)).scalar(),
            found=bool,
        )

    def pending_restores(self) -> list[tuple[str, str, str]]:
        """Restores not yet in the audit log: (id, at, source)."""
        with self._copies.primary() as conn:
            rows = conn.execute(
                select(restore_log.c.id, restore_log.c.at, restore_log.c.source).where(
                    restore_log.c.audited == "0"
                )
            ).all()
        return [tuple(r) for r in rows]

    def restore_audited(self, restore_id: str) -> None:
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        update(restore_log)
                        .where(restore_log.c.id == restore_id)
                        .values(audited="1")
                    )

    def pending_entries(self) -> list[tuple[str, str, str, str]]:
        """Entries recorded without the vault, not yet in the audit log: (id, at, action,
        details as JSON)."""
        with self._copies.primary() as conn:
            rows = conn.execute(
                select(
                    audit_pending.c.id,
                    audit_pending.c.at,
                    audit_pending.c.action,
                    audit_pending.c.details,
                ).where(audit_pending.c.done == "0")
            ).all()
        return [tuple(r) for r in rows]

    def entry_done(self, entry_id: str) -> None:
        with self._copies.each() as engines:
            for engine in engines:
                with engine.begin() as conn:
                    conn.execute(
                        update(audit_pending).where(audit_pending.c.id == entry_id).values(done="1")
                    )
