"""The engine's sink for a call on screen: journal now, database on the worker, in order.

``append`` runs where the engine runs (the GUI thread): it encrypts the event, appends it to
the call journal (no database, no lock, no fsync) and asks ``on_pending`` to schedule a
``flush``. ``flush`` runs on the database worker and writes every pending event in one
transaction, oldest first; a failed flush keeps them pending (and journaled) for the next.
Without ``on_pending`` (the command line, the start of a call on the worker) ``append``
writes at once, as before.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Callable

from sqlalchemy import select

from agentdesk.changes import Changes
from agentdesk.flows.events import CALL_ENDED, STEP_ENTERED, WRAP_UP_SAVED, CallEvent
from agentdesk.models.account import Account
from agentdesk.models.base import utcnow
from agentdesk.models.interaction import Interaction, InteractionEvent
from agentdesk.services.call_journal import CallJournal, JournalEntry
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author
from agentdesk.vault.envelope import CustomerCipher

EVENT_TABLE = "interaction_event"
StoredEvent = tuple[JournalEntry, CallEvent]


def seal(cipher: CustomerCipher, event: CallEvent) -> JournalEntry:
    """The event as its row: a fresh id and the payload encrypted for that id."""
    eid = uuid.uuid4()
    return JournalEntry(
        eid,
        event.seq,
        event.kind,
        event.step or None,
        event.at,
        event.wall,
        # Every string redacted before it is serialised (vault/envelope.py, #15 item 1).
        cipher.encrypt_json(EVENT_TABLE, eid, "data", event.to_dict(), ensure_ascii=False),
    )


def unseal(cipher: CustomerCipher, event_id: uuid.UUID, data_ct: bytes) -> CallEvent:
    """The event a row holds (the reverse of ``seal``)."""
    return CallEvent.from_dict(json.loads(cipher.decrypt(EVENT_TABLE, event_id, "data", data_ct)))


def load_events(session, cipher_for: Callable[[uuid.UUID], CustomerCipher], iid: uuid.UUID):
    """The call's decrypted event log in order; entries whose payload was erased are left
    out. ``cipher_for`` (the vault's ``cipher``) is asked only when there is something."""
    rows = list(
        session.scalars(
            select(InteractionEvent)
            .where(InteractionEvent.interaction_id == iid, InteractionEvent.data_ct.is_not(None))
            .order_by(InteractionEvent.seq)
        )
    )
    if not rows:
        return []
    cipher = cipher_for(iid)
    return [unseal(cipher, e.id, e.data_ct) for e in rows]


def by_its_agent(session, call: Interaction) -> None:
    """What this transaction writes about ``call`` is its representative's change, also when
    it runs in someone else's session (a journal replay after a crash, a wrap-up finishing
    after the desk changed hands): the team database takes it under her role."""
    set_author(session, session.scalar(select(Account.username).where(Account.id == call.agent_id)))


def store_entries(session, interaction_id: uuid.UUID, events: list[StoredEvent]) -> int:
    """Insert the events the database does not have yet (a replay may repeat some), moving
    the interaction's current step and state along; returns how many were new."""
    have = set(
        session.scalars(
            select(InteractionEvent.seq).where(
                InteractionEvent.interaction_id == interaction_id,
                InteractionEvent.seq.in_([e.seq for e, _ in events]),
            )
        )
    )
    row = session.get(Interaction, interaction_id)
    by_its_agent(session, row)
    added = 0
    for entry, event in events:
        if entry.seq in have:
            continue
        added += 1
        session.add(
            InteractionEvent(
                id=entry.id,
                interaction_id=interaction_id,
                seq=entry.seq,
                kind=entry.kind,
                step_id=entry.step,
                monotonic=entry.at,
                at=dt.datetime.fromisoformat(entry.wall),
                data_ct=entry.data_ct,
            )
        )
        if entry.kind == STEP_ENTERED:
            row.current_step = event.data.get("to")
        elif entry.kind == CALL_ENDED:
            row.state = "wrap_up"
            row.ended_at = utcnow()
    return added


class CallRecorder:
    """EventSink of one call. Thread-safe between one appending and one flushing thread."""

    def __init__(
        self,
        db: Database,
        cipher: CustomerCipher,
        interaction_id: uuid.UUID,
        journal: CallJournal | None,
        on_wrap_up: Callable[[CallEvent], None],
    ) -> None:
        self._db = db
        self._cipher = cipher
        self.interaction_id = interaction_id
        self._journal = journal
        self._on_wrap_up = on_wrap_up
        self._pending: list[StoredEvent] = []
        self._lock = threading.Lock()
        self._flushing = threading.Lock()
        self.on_pending: Callable[[], None] | None = None

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def append(self, event: CallEvent) -> None:
        entry = seal(self._cipher, event)
        if self._journal is None or self.on_pending is None:
            self._write([(entry, event)])
            return
        self._journal.append(self.interaction_id, entry)
        with self._lock:
            self._pending.append((entry, event))
        self.on_pending()

    def flush(self) -> Changes:
        """Write every pending event (database worker). Changes.INTERACTIONS (and TASKS at
        the wrap-up) only when the call's state moved: steps are seen on the call screen."""
        with self._flushing:
            with self._lock:
                batch = list(self._pending)
            if not batch:
                return Changes.NONE
            self._write(batch)
            with self._lock:
                del self._pending[: len(batch)]
        kinds = {event.kind for _entry, event in batch}
        changed = Changes.NONE
        if kinds & {CALL_ENDED, WRAP_UP_SAVED}:
            changed |= Changes.INTERACTIONS
        if WRAP_UP_SAVED in kinds:
            changed |= Changes.TASKS
        return changed

    def _write(self, batch: list[StoredEvent]) -> None:
        with self._db.write() as s:
            store_entries(s, self.interaction_id, batch)
        for _entry, event in batch:
            if event.kind == WRAP_UP_SAVED:
                self._on_wrap_up(event)
                if self._journal is not None:
                    self._journal.discard(self.interaction_id)
