"""Interactions for review tests: real calls through the engine, or rows written directly."""

from __future__ import annotations

import uuid

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.interaction import Interaction

CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita")


class Mono:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def go(engine, target):
    for option in engine.options():
        if option.transition.to == target and option.enabled:
            return engine.take(option.index)
    raise AssertionError(f"no enabled way to {target}")


def run_call(env, who, *, customer_id=None, hold_seconds=0, thank=True, score=True, during=None):
    """A real call through the engine; returns the interaction id (scored at wrap-up).

    ``env``: anything with ``calls`` (InteractionService) and ``review`` (ReviewService);
    ``during(engine)``: procedures (transfer, message) run once the reason is captured.
    """
    mono = Mono()
    start = env.calls.start_call(who, "inbound", CONTEXT, clock=mono)
    if customer_id:
        env.calls.link_customer(who, start.interaction_id, customer_id, reason="identity-checked")
    engine = start.engine
    for check in ("said_organisation", "gave_own_name", "offered_help"):
        engine.tick(check)
    go(engine, "name")
    engine.capture("title", "ms")
    engine.capture("surname", "Rossi")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Meter reading looks wrong")
    engine.tick("repeated_specifics")
    if during is not None:
        during(engine)
    if hold_seconds:
        go(engine, "hold")
        engine.tick("hold_permission")
        engine.record("hold_started", {"estimate_seconds": 60})
        mono.now += hold_seconds
        engine.record("hold_ended", {"thanked": thank})
    go(engine, "resolve")
    engine.tick("confirmed_solution")
    mono.now += 120
    go(engine, "closing")
    engine.tick("summarised_next_steps")
    engine.tick("asked_anything_else")
    if thank:
        engine.tick("thanked_by_name")
    go(engine, "wrap_up")
    mono.now += 30
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", True)
    engine.save_wrap_up()
    if score:
        env.review.score_interaction(start.interaction_id, engine.events)
    return start.interaction_id


def add_interaction(
    s,
    agent_id,
    started_at,
    *,
    talk=0.0,
    hold=0.0,
    wrap=0.0,
    outcome="resolved",
    fcr=True,
    tags=(),
    channel="voice",
    state="done",
):
    """An interaction row written directly (KPI tests and the benchmark need thousands)."""
    iid = uuid.uuid4()
    s.add(
        Interaction(
            id=iid,
            agent_id=agent_id,
            channel=channel,
            flow_id="inbound",
            state=state,
            started_at=started_at,
            wrapped_at=started_at,
            outcome=outcome,
            first_contact_resolution=fcr,
            talk_seconds=talk,
            hold_seconds=hold,
            wrap_seconds=wrap,
            tags=list(tags),
        )
    )
    return iid
