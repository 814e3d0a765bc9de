"""Random walks through every bundled flow reach wrap-up, and a crash resumes where it was."""

from __future__ import annotations

import datetime as dt
import functools
from collections import deque

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.flows import bundled_flows_dir
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from agentdesk.flows.guards import CHECK_UNTICKED, FIELD_MISMATCH, Blocker
from agentdesk.flows.loader import load_flow_file
from agentdesk.flows.schema import FieldSpec, Flow
from agentdesk.flows.state import Phase
from tests.unit.flows.flowkit import FakeClock, new_engine, snapshot, through_json

FLOW_IDS = sorted(p.stem for p in bundled_flows_dir().glob("*.yaml"))
FORCE_AFTER = 40  # moves; then the walker heads for wrap-up so every walk ends


@functools.cache
def bundled_flow(flow_id: str) -> Flow:
    return load_flow_file(bundled_flows_dir() / f"{flow_id}.yaml")


def value_strategy(spec: FieldSpec) -> st.SearchStrategy:
    values = [c.value for c in spec.choices]
    if spec.type == "bool":
        return st.booleans()
    if spec.type == "choice":
        return st.sampled_from(values)
    if spec.type == "tags":
        tag = st.sampled_from(values) if values else st.text("abc", min_size=1, max_size=4)
        return st.lists(tag, min_size=1, max_size=3, unique=True)
    if spec.type == "date":
        return st.dates().map(dt.date.isoformat)
    if spec.type == "datetime":
        return st.datetimes().map(lambda d: d.isoformat(timespec="minutes"))
    return st.text(min_size=1, max_size=12).filter(str.strip)


def distances(flow: Flow) -> dict[str, int]:
    """Transitions needed from each step to the wrap-up step."""
    into: dict[str, list[str]] = {s.id: [] for s in flow.steps}
    for step in flow.steps:
        for tr in step.transitions:
            into[tr.to].append(step.id)
    found = {flow.wrap_up.id: 0}
    todo = deque([flow.wrap_up.id])
    while todo:
        here = todo.popleft()
        for before in into[here]:
            if before not in found:
                found[before] = found[here] + 1
                todo.append(before)
    return found


def satisfy(engine: CallEngine, blockers: tuple[Blocker, ...], data: st.DataObject) -> None:
    for b in blockers:
        if b.code == CHECK_UNTICKED:
            engine.tick(b.target)
        elif b.code == FIELD_MISMATCH:
            spec = engine.flow.field_map[b.target]
            wanted = b.expected[0] if b.op == "one_of" else b.expected
            if b.op == "not_equals":
                other = [c.value for c in spec.choices if c.value != b.expected]
                wanted = other[0] if other else f"not {b.expected}"
            engine.capture(b.target, wanted)
        else:
            spec = engine.flow.field_map[b.target]
            engine.capture(
                b.target, True if spec.type == "bool" else data.draw(value_strategy(spec))
            )


def assert_resumes(engine: CallEngine, clock: FakeClock) -> None:
    """A new engine built from the stored log shows the same call."""
    again = CallEngine.resume(
        engine.flow, through_json(engine.events), MemorySink(), clock=clock, wall_clock=clock.wall
    )
    assert snapshot(again) == snapshot(engine)


def one_move(engine: CallEngine, data: st.DataObject, forced: bool) -> None:
    step = engine.step
    if forced:
        dist = distances(engine.flow)
        best = min(engine.options(), key=lambda o: dist.get(o.transition.to, 999))
        satisfy(engine, best.blockers, data)
        engine.take(best.index)
        return
    action = data.draw(
        st.sampled_from(["take", "take", "take", "field", "check", "hold", "hang_up"])
    )
    if action == "field" and step.fields:
        spec = data.draw(st.sampled_from(step.fields))
        engine.capture(spec.id, data.draw(value_strategy(spec)))
    elif action == "check" and step.checks:
        check = data.draw(st.sampled_from(step.checks))
        (engine.untick if check.id in engine.ticked else engine.tick)(check.id)
    elif action == "hold":
        engine.record("hold_ended" if engine.on_hold else "hold_started")
    elif action == "hang_up" and data.draw(st.integers(0, 9)) == 0:
        engine.end_call("hung_up")
    else:
        option = data.draw(st.sampled_from(engine.options()))
        satisfy(engine, option.blockers, data)
        engine.take(option.index)


@pytest.mark.parametrize("flow_id", FLOW_IDS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_walk_reaches_wrap_up_and_resumes_anywhere(flow_id: str, data) -> None:
    flow = bundled_flow(flow_id)
    clock = FakeClock()
    engine = new_engine(flow, clock)
    engine.start()
    moves = 0
    while engine.phase == Phase.IN_CALL:
        clock.advance(data.draw(st.floats(0, 90)))
        one_move(engine, data, forced=moves >= FORCE_AFTER)
        moves += 1
        assert moves < FORCE_AFTER + len(flow.steps) * 3
        assert_resumes(engine, clock)
    assert engine.phase == Phase.WRAP_UP
    assert engine.step.kind == "wrap_up"
    while blockers := engine.wrap_up_blockers():  # an outcome may make more fields required
        satisfy(engine, blockers, data)
    assert_resumes(engine, clock)
    engine.save_wrap_up()
    assert engine.phase == Phase.DONE
    assert_resumes(engine, clock)
    took = engine.durations()
    assert took.talk >= 0 and took.hold >= 0 and took.wrap_up >= 0
    assert [e.seq for e in engine.events] == list(range(1, len(engine.events) + 1))


def test_crash_mid_call_resumes_at_same_step_with_fields_and_ticks(bundled: dict) -> None:
    flow = bundled["inbound"]
    clock = FakeClock()
    sink = MemorySink()
    engine = new_engine(flow, clock, sink)
    engine.start()
    engine.tick("said_organisation")
    engine.take(0)
    engine.capture("surname", "Rossi")
    engine.capture("title", "ms")
    engine.tick("spelling_confirmed")
    # The app dies here; the service layer reads the stored log back.
    clock.advance(30)
    resumed = CallEngine.resume(
        flow, through_json(sink.events), sink, clock=clock, wall_clock=clock.wall
    )
    assert resumed.step.id == "name"
    assert resumed.fields == {"surname": "Rossi", "title": "ms"}
    assert resumed.ticked == {"said_organisation", "spelling_confirmed"}
    assert sink.events[-1].kind == "call_resumed"
    resumed.take(0)
    assert resumed.step.id == "notes"
    assert resumed.script().startswith("Thank you, Ms. Rossi.")
