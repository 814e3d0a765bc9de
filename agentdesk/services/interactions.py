"""Interactions: start a call, persist every engine event encrypted, resume, wrap up (the
tasks a wrap-up creates: services/wrap_up_tasks.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from agentdesk.addressing import parse_form
from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError
from agentdesk.flows.durations import compute_durations
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import WRAP_UP_SAVED, CallEvent
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.flows.schema import Flow
from agentdesk.models.base import utcnow
from agentdesk.models.customer import Customer
from agentdesk.models.interaction import Interaction
from agentdesk.services.audit import AuditLog
from agentdesk.services.call_access import in_call_link_reason, live_call, may_open
from agentdesk.services.call_journal import CallJournal
from agentdesk.services.call_recorder import (
    CallRecorder,
    by_its_agent,
    load_events,
    store_entries,
    unseal,
)
from agentdesk.services.customers import CustomerService
from agentdesk.services.identity import Identity
from agentdesk.services.vault import VaultService
from agentdesk.services.wrap_up_tasks import add_wrap_up_tasks
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author

TITLE_FIELD = "title"  # the flows' form-of-address field (T3)
ACTIVE_STATES = ("active", "wrap_up")


@dataclass(frozen=True)
class CallStart:
    """What the workspace needs to show a new or resumed call."""

    interaction_id: str
    engine: CallEngine
    customer_id: str | None
    caller_number: str | None
    resumed: bool
    recorder: CallRecorder | None = None  # the engine's sink: the UI schedules its flushes
    customer_name: str = ""  # the linked customer's, for the call header at once


class InteractionService:
    def __init__(
        self,
        db: Database,
        vault: VaultService,
        audit: AuditLog,
        customers: CustomerService,
        flows: Callable[[], dict[str, Flow]],
        journal: CallJournal | None = None,
    ) -> None:
        self._db = db
        self._vault = vault
        self._audit = audit
        self._customers = customers
        self._flows = flows
        self._journal = journal
        self._live: set[uuid.UUID] = set()  # calls whose journal a recorder writes now

    def start_call(
        self,
        who: Identity,
        flow_id: str,
        context: ScriptContext,
        *,
        channel: str = "voice",
        caller_number: str | None = None,
        clock=None,
    ) -> CallStart:
        """Create the interaction; a caller number that matches one customer links them."""
        flow = self._flow(flow_id)
        iid = uuid.uuid4()
        customer_id = None
        if caller_number:
            matches = self._customers.match_caller(who, caller_number, str(iid))
            if len(matches) == 1:
                customer_id = uuid.UUID(matches[0])
        self._vault.new_cipher(iid, "interaction", customer_id)
        with self._db.write() as s:
            set_author(s, who)
            s.add(
                Interaction(
                    id=iid,
                    agent_id=who.account_id,
                    customer_id=customer_id,
                    channel=channel,
                    flow_id=flow.id,
                    state="active",
                    started_at=utcnow(),
                    tags=[],
                )
            )
            if customer_id is not None:
                s.flush()
                self._audit.append(
                    s, who, "interaction.linked", customer_id, interaction=str(iid),
                    reason="caller-number",
                )  # fmt: skip
        engine, recorder = self._engine(flow, iid, context, clock)
        engine.start()
        if customer_id is not None:
            self.offer_form_of_address(engine, str(customer_id))
        return CallStart(
            str(iid),
            engine,
            str(customer_id) if customer_id else None,
            caller_number,
            resumed=False,
            recorder=recorder,
            customer_name=self._customers.caller_name(str(customer_id)) if customer_id else "",
        )

    def _engine(
        self,
        flow: Flow,
        iid: uuid.UUID,
        context: ScriptContext,
        clock,
        events: list[CallEvent] | None = None,
    ) -> tuple[CallEngine, CallRecorder]:
        recorder = CallRecorder(
            self._db,
            self._vault.cipher(iid),
            iid,
            self._journal,
            lambda e, iid=iid: self._on_wrapped(iid, e),
        )
        self._live.add(iid)
        kw = {"context": context}
        if clock is not None:
            kw["clock"] = clock
        if events is None:
            return CallEngine(flow, recorder, **kw), recorder
        return CallEngine.resume(flow, events, recorder, **kw), recorder

    def unfinished(self, who: Identity) -> list[str]:
        """This representative's calls that were not wrapped up (a crash mid-call)."""
        with self._db.read() as s:
            return [
                str(i)
                for i in s.scalars(
                    select(Interaction.id)
                    .where(
                        Interaction.agent_id == who.account_id, Interaction.state.in_(ACTIVE_STATES)
                    )
                    .order_by(Interaction.started_at)
                )
            ]

    def resume_call(
        self, who: Identity, interaction_id: str, context: ScriptContext, clock=None
    ) -> CallStart:
        iid = uuid.UUID(interaction_id)
        self._replay(iid)
        events = self.events(who, interaction_id)
        with self._db.read() as s:
            row = s.get(Interaction, iid)
            flow_id, customer = row.flow_id, row.customer_id
        if events:
            engine, recorder = self._engine(self._flow(flow_id), iid, context, clock, events)
        else:
            # Killed between creating the call and logging its start: start it now.
            engine, recorder = self._engine(self._flow(flow_id), iid, context, clock)
            engine.start()
        customer_id = str(customer) if customer else None
        name = self._customers.caller_name(customer_id) if customer_id else ""
        return CallStart(interaction_id, engine, customer_id, None, True, recorder, name)

    def replay_journal(self) -> Changes:
        """Put journaled events the database lacks into it (after a kill or a power cut);
        the journals of calls on screen in this process are left alone."""
        if self._journal is None:
            return Changes.NONE
        changed = Changes.NONE
        for iid in self._journal.interactions():
            if iid not in self._live and self._replay(iid):
                changed |= Changes.INTERACTIONS
        return changed

    def _replay(self, iid: uuid.UUID) -> int:
        if self._journal is None:
            return 0
        entries = self._journal.entries(iid)
        if not entries:
            self._journal.discard(iid)
            return 0
        cipher = self._vault.cipher(iid)
        events = [(e, unseal(cipher, e.id, e.data_ct)) for e in entries]
        with self._db.write() as s:
            added = store_entries(s, iid, events)
            state = s.get(Interaction, iid).state
        wrapped = [event for _entry, event in events if event.kind == WRAP_UP_SAVED]
        if wrapped and state != "done":
            self._on_wrapped(iid, wrapped[-1])
        self._journal.discard(iid)
        return added

    def events(self, who: Identity, interaction_id: str) -> list[CallEvent]:
        iid = uuid.UUID(interaction_id)
        with self._db.read() as s:
            row = s.get(Interaction, iid)
            if row is None:
                raise NotFoundError("No such interaction.", code="not_found.interaction")
            if row.agent_id != who.account_id and not who.is_team_leader:
                raise PermissionDeniedError(
                    "You can only open your own interactions.", code="denied.own_interactions"
                )
            return load_events(s, self._vault.cipher, iid)

    def link_customer(
        self, who: Identity, interaction_id: str, customer_id: str, *, reason: str | None = None
    ) -> str | None:
        """The caller is this customer: the call joins their history.

        A representative links their own call: to a customer they serve at any time, to any
        other only while the call is live and unlinked (the caller's record, audited) —
        #15 item 8 — and then only a customer the calling number matched, or with ``reason``
        (one of ``call_access.LINK_REASONS``).
        Returns the form of address on their card (a code such as "ms"), to offer (T3).
        """
        iid, cid = uuid.UUID(interaction_id), uuid.UUID(customer_id)
        with self._db.write() as s:
            row = s.get(Interaction, iid)
            if row is None or (row.agent_id != who.account_id and not who.is_team_leader):
                raise NotFoundError("No such interaction.", code="not_found.interaction")
            customer = s.get(Customer, cid)
            if customer is None or customer.deleted_at is not None:
                raise NotFoundError("No such customer.", code="not_found.customer")
            details = {}
            if not who.is_team_leader and not may_open(s, who, cid, customer):
                call = live_call(s, who, interaction_id)
                if call is None:
                    raise PermissionDeniedError(
                        "Outside a live call you can link only customers you have served.",
                        code="denied.link_outside_call",
                    )
                matched = self._customers.caller_matches.matched(interaction_id, cid)
                details["reason"] = in_call_link_reason(call, cid, matched, reason)
            row.customer_id = cid
            row_flow = row.flow_id
            stored = parse_form(customer.form_of_address)
            self._audit.append(
                s, who, "interaction.linked", cid, interaction=interaction_id, **details
            )
        self._vault.keys.link_customer(iid, cid)
        spec = self._flow(row_flow).field_map.get(TITLE_FIELD) if row_flow else None
        return flow_title(spec, stored) if spec is not None and stored else None

    def offer_form_of_address(self, engine: CallEngine, customer_id: str) -> str | None:
        """Fill the call's form of address from the card when the call has none yet (T3).

        The representative sees it chosen on the name step and can change it; the value
        captured by the end of the call is saved back to the card at wrap-up.
        """
        spec = engine.flow.field_map.get(TITLE_FIELD)
        with self._db.read() as s:
            customer = s.get(Customer, uuid.UUID(customer_id))
            stored = parse_form(customer.form_of_address) if customer is not None else None
        if spec is None or stored is None or engine.fields.get(TITLE_FIELD):
            return None
        value = flow_title(spec, stored)
        if value is None:
            return None
        engine.capture(TITLE_FIELD, value)
        return value

    def _on_wrapped(self, iid: uuid.UUID, event: CallEvent) -> None:
        """Store the figures KPIs need and the follow-up tasks the wrap-up asked for."""
        with self._db.read() as s:
            events = load_events(s, self._vault.cipher, iid)
        cipher = self._vault.cipher(iid)  # the follow-up tasks' details are sealed with it
        d = compute_durations(events)
        fields = dict(event.data.get("fields", {}))
        captured = {}
        for e in events:
            if e.kind == "field_captured":
                captured[e.data.get("field")] = e.data.get("value")
        captured.update(fields)
        self._live.discard(iid)
        self._customers.caller_matches.forget(str(iid))
        with self._db.write() as s:
            row = s.get(Interaction, iid)
            by_its_agent(s, row)
            row.state = "done"
            row.wrapped_at = utcnow()
            row.outcome = str(captured.get("outcome")) if captured.get("outcome") else None
            fcr = captured.get("first_contact_resolution")
            row.first_contact_resolution = bool(fcr) if fcr is not None else None
            row.talk_seconds, row.hold_seconds, row.wrap_seconds = d.talk, d.hold, d.wrap_up
            tags = captured.get("customer_type") or []
            upset = captured.get("upset_causes") or []
            row.tags = sorted({*map(str, tags), *(f"upset:{u}" for u in upset)})
            form = parse_form(str(captured.get(TITLE_FIELD) or "")) or None
            if form is not None and row.customer_id is not None:
                # T3: the preference the caller gave is kept on their card for next time.
                customer = s.get(Customer, row.customer_id)
                if customer is not None and customer.form_of_address != form:
                    customer.form_of_address = form
            add_wrap_up_tasks(s, row, captured, cipher)

    def _flow(self, flow_id: str) -> Flow:
        flows = self._flows()
        if flow_id not in flows:
            raise NotFoundError(
                f"No call flow '{flow_id}' is loaded.", code="not_found.flow", flow=flow_id
            )
        return flows[flow_id]


def flow_title(spec, stored: str | None) -> str | None:
    """The flow's choice for a stored form of address ('Mrs' -> 'mrs'): one vocabulary, read
    through addressing.parse_form on both sides; None when the flow does not offer it."""
    if stored is None:
        return None
    if not spec.choices:
        return stored
    return next((c.value for c in spec.choices if parse_form(c.value) == stored), None)
