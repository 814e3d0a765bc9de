"""Each call's adherence is stored when its wrap-up is saved (the dashboard reads it): the
scorer runs on the bulk lane when the application-wide ``changed`` says calls moved."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from agentdesk.changes import Changes
from agentdesk.flows.placeholders import ScriptContext
from agentdesk.models.review import AdherenceScore


def score_of(env, interaction_id: str) -> AdherenceScore | None:
    with env.services.db.read() as s:
        return s.scalar(
            select(AdherenceScore).where(AdherenceScore.interaction_id == uuid.UUID(interaction_id))
        )


def finished_call(env) -> tuple[str, object]:
    start = env.data.interactions.start_call(
        env.rep, "inbound", ScriptContext("Org", "Dept", "Rita")
    )
    start.recorder.on_pending = lambda: None  # events wait for a flush, as in the workspace
    engine = start.engine
    engine.end_call()
    engine.capture("outcome", "no_action")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", False)
    engine.save_wrap_up()
    return start.interaction_id, start.recorder


def test_a_finished_call_is_scored_when_its_wrap_up_is_written(qtbot, window, env):
    tasks = env.services.tasks
    iid, recorder = finished_call(env)
    assert recorder is not None
    with qtbot.waitSignal(tasks.changed, check_params_cb=lambda c: bool(c & Changes.INTERACTIONS)):
        tasks.run_mutation(recorder.flush, lambda _changes: None)  # as the workspace does
    qtbot.waitUntil(lambda: score_of(env, iid) is not None)


def test_a_call_a_crash_left_unscored_is_scored_with_the_next_change(qtbot, window, env):
    """The scorer looks for every wrapped-up call of the representative without a score."""
    tasks = env.services.tasks
    first, recorder = finished_call(env)
    recorder.flush()  # written, but the app died before any Changes went out: no score
    assert score_of(env, first) is None
    second, recorder = finished_call(env)
    tasks.run_mutation(recorder.flush, lambda _changes: None)
    qtbot.waitUntil(lambda: score_of(env, first) is not None and score_of(env, second) is not None)


def test_nothing_to_score_changes_nothing(qtbot, window, env):
    scored, changes = env.data.review.score_unscored(env.rep)
    assert (scored, changes) == (0, Changes.NONE)
