"""The identity check (#19, G1): how many answers must match, recorded pass or fail."""

from __future__ import annotations

import pytest

from agentdesk.flows import bundled_alphabets_dir, bundled_flows_dir
from agentdesk.flows.engine import CallEngine
from agentdesk.flows.events import MemorySink
from agentdesk.flows.loader import load_flows
from agentdesk.flows.phonetic import load_alphabets
from agentdesk.flows.procedures import ProcedureError
from agentdesk.flows.verify import confirm, fail, verification


@pytest.fixture(scope="module")
def flows():
    alphabets = set(load_alphabets(bundled_alphabets_dir()))
    return load_flows(bundled_flows_dir(), known_alphabets=alphabets).flows


def at_verify(flow) -> CallEngine:
    engine = CallEngine(flow, MemorySink())
    engine.start()
    engine.jump("verify")
    return engine


def test_the_bundled_inbound_call_asks_two_of_four_questions(flows):
    engine = at_verify(flows["inbound"])
    state = verification(engine)
    assert (state.required, state.matched, state.restricted) == (2, 0, True)
    assert not [o for o in engine.options() if o.transition.to == "resolve" and o.enabled]
    engine.tick("verify_postcode")
    with pytest.raises(ProcedureError) as refused:
        confirm(engine)
    assert refused.value.code == "verify.not_enough_matched"
    engine.tick("verify_last_payment")
    event = confirm(engine)
    assert event.data == {
        "matched": 2,
        "required": 2,
        "checks": ["verify_postcode", "verify_last_payment"],
    }
    assert not verification(engine).restricted
    assert [o for o in engine.options() if o.transition.to == "resolve" and o.enabled]


def test_a_failed_check_is_recorded_and_keeps_the_card_to_the_name(flows):
    engine = at_verify(flows["inbound"])
    engine.tick("verify_birth_date")
    event = fail(engine)
    assert event.kind == "identity_failed" and event.data == {"matched": 1, "required": 2}
    state = verification(engine)
    assert state.failed and state.restricted
    assert engine.fields["identity_verified"] is False


def test_a_flow_without_an_identity_check_restricts_nothing(flows):
    engine = CallEngine(flows["chat"], MemorySink())
    engine.start()
    assert not verification(engine).restricted
