"""Each call's adherence is stored when its wrap-up is saved (the dashboard reads it)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.review import AdherenceScore


def test_a_finished_call_is_scored(qtbot, window, env):
    calls = env.data.interactions
    start = calls.start_call(env.rep, "inbound", ScriptContext("Org", "Dept", "Rita"))
    engine = start.engine
    engine.end_call()
    engine.capture("outcome", "no_action")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", False)
    engine.save_wrap_up()
    window.centralWidget().call_finished.emit(start.interaction_id)
    with env.services.db.read() as s:
        row = s.scalar(
            select(AdherenceScore).where(
                AdherenceScore.interaction_id == uuid.UUID(start.interaction_id)
            )
        )
        assert row is not None
