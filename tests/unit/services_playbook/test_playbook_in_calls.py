"""The playbook and the call flows agree: cause tags at wrap-up, checklist events on any step."""

from __future__ import annotations

import pytest

from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from agentdesk.flows.kinds import ANY_STEP_EVENTS, PROCEDURE_EVENTS
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.paths import resources_dir
from agentdesk.playbook import load_playbook

# Causes counted under a neighbour, to keep the wrap-up list at ten (see inbound.yaml).
MERGED = {
    "language-or-culture": "miscommunication",
    "competitor-comparison": "unmet-expectations",
    "felt-unheard": "rude-treatment",
}


@pytest.fixture(scope="module")
def flows():
    loaded = load_flows(
        bundled_flows_dir(), known_alphabets=set(load_alphabets(bundled_alphabets_dir()))
    )
    assert loaded.problems == ()
    return loaded.flows


@pytest.mark.parametrize("flow_id", ["inbound", "chat"])
def test_wrap_up_offers_the_causes_of_upset_by_playbook_id(flows, flow_id) -> None:
    causes = [cid for cid, _ in load_playbook(resources_dir() / "playbook").causes_of_upset]
    field = flows[flow_id].field_map["upset_causes"]
    assert field.type == "tags" and not field.required
    assert field in flows[flow_id].wrap_up.fields
    values = [c.value for c in field.choices]
    assert len(values) <= 10
    assert set(values) <= set(causes)
    # Every cause is offered or knowingly counted under a neighbour that is offered.
    assert set(causes) - set(values) == set(MERGED)
    assert set(MERGED.values()) <= set(values)


def test_playbook_events_are_allowed_on_every_step(flows) -> None:
    assert set(ANY_STEP_EVENTS) <= PROCEDURE_EVENTS
    flow = flows["inbound"]
    sink = MemorySink()
    engine = CallEngine(flow, sink)
    engine.start()
    for step in ("greeting", "hold", "closing", "wrap_up"):
        engine.jump(step) if step != "wrap_up" else engine.end_call("caller_hung_up")
        engine.record("playbook_item_ticked", {"entry": "recovery-process", "item": "apologise"})
    assert [e.step for e in sink.events if e.kind == "playbook_item_ticked"] == [
        "greeting",
        "hold",
        "closing",
        "wrap_up",
    ]
