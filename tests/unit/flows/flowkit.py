"""Helpers for flow tests: a fake clock, a minimal valid flow text, log round trips."""

from __future__ import annotations

import datetime as dt
import json

from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import CallEvent, MemorySink
from agentdesk.flows.schema import Flow

EPOCH = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

# Line numbers matter: tests name them in expected messages.
MINI = """\
id: mini
title: Mini
channel: phone
steps:
  - id: greeting
    title: Greeting
    script: "Hello, this is {organisation}."
    transitions:
      - {label: Go, to: closing, shortcut: Alt+G}
  - id: closing
    title: Closing
    closing: true
    transitions:
      - {label: End, to: wrap_up, shortcut: Ctrl+Return}
  - id: wrap_up
    title: Wrap-up
    kind: wrap_up
    fields:
      - id: outcome
        label: Outcome
        type: choice
        required: true
        choices: [resolved, no_action]
"""


class FakeClock:
    """Monotonic seconds you move by hand, with a matching UTC wall clock."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.wall_offset = 0.0

    def __call__(self) -> float:
        return self.now

    def wall(self) -> dt.datetime:
        return EPOCH + dt.timedelta(seconds=self.now + self.wall_offset)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def new_engine(flow: Flow, clock: FakeClock, sink: MemorySink | None = None) -> CallEngine:
    return CallEngine(
        flow, sink if sink is not None else MemorySink(), clock=clock, wall_clock=clock.wall
    )


def through_json(events: list[CallEvent] | tuple[CallEvent, ...]) -> list[CallEvent]:
    """The events as the database would give them back."""
    return [CallEvent.from_dict(json.loads(json.dumps(e.to_dict()))) for e in events]


def snapshot(engine: CallEngine) -> tuple:
    return (
        engine.phase,
        engine.step.id,
        dict(engine.fields),
        engine.ticked,
        engine.on_hold,
        engine.path,
    )
