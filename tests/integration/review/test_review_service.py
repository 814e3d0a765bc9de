"""The review queue and one interaction opened in full: filters, overdue, audit, scores."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.models.audit import AuditEntry
from agentdesk.models.review import AdherenceScore
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.identity import Role
from agentdesk.services.review import QueueFilter
from tests.integration.review.data import add_interaction, run_call


def actions(env):
    with env.db.read() as s:
        return [
            (a.action, a.details) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def test_a_scored_call_is_opened_with_its_timeline_notes_and_adherence(env):
    cid, _ = env.customers.create_customer(env.leader, CustomerDraft(surname="Rossi"))
    iid = run_call(env, env.rep, customer_id=cid, hold_seconds=90, thank=False)
    env.notes.add_note(
        env.rep, cid, "Meter photo requested", permission_given=True, interaction_id=iid
    )
    with env.db.read() as s:
        stored = s.get(AdherenceScore, uuid.UUID(iid))
        assert (stored.passed, stored.applicable, stored.holds) == (9, 12, 1)
    opened = env.review.open_interaction(env.leader, iid)
    assert opened.item.agent_name == "Rita Rep" and opened.item.score == pytest.approx(9 / 12)
    kinds = [e.kind for e in opened.timeline]
    assert kinds[0] == "call_started" and kinds[-1] == "wrap_up_saved" and "hold_started" in kinds
    hold = next(e for e in opened.timeline if e.kind == "hold_ended")
    assert hold.data["thanked"] is False
    assert opened.fields["surname"] == "Rossi" and opened.fields["outcome"] == "resolved"
    assert [n.text for n in opened.notes] == ["Meter photo requested"]
    items = {i.rule_id: str(i.status) for i in opened.adherence.items}
    assert items["hold_progress_reports"] == "fail"  # 90 s on hold, no progress report
    assert items["hold_thanked"] == "fail" and items["name_used_at_close"] == "fail"
    assert (
        items["hold_permission_first"] == "pass" and items["transfer_announced"] == "not_applicable"
    )
    assert ("interaction.reviewed_view", {"interaction": iid}) in actions(env)


def test_first_review_stores_a_score_the_wrap_up_did_not(env):
    iid = run_call(env, env.rep, score=False)
    assert env.review.queue(env.leader, QueueFilter())[0].score is None
    assert env.review.open_interaction(env.leader, iid).item.score == 1.0
    assert env.review.queue(env.leader, QueueFilter())[0].score == 1.0


def test_queue_filters_and_overdue(env):
    env.accounts.add_user(env.leader, "sam", "Sam Second", "sam-password", Role.REPRESENTATIVE)
    sam = env.accounts.login("sam", "sam-password")
    now = env.clock.now
    with env.db.write() as s:
        old = add_interaction(
            s,
            env.rep.account_id,
            now - dt.timedelta(days=4),
            outcome="complaint",
            tags=["upset:billing", "existing"],
        )
        fresh = add_interaction(s, env.rep.account_id, now - dt.timedelta(days=1), channel="chat")
        other = add_interaction(
            s, sam.account_id, now - dt.timedelta(days=2), tags=["upset:wait_times"]
        )
        add_interaction(s, sam.account_id, now, state="active")  # not finished: never queued

    def ids(**kw):
        return [i.interaction_id for i in env.review.queue(env.leader, QueueFilter(**kw))]

    assert ids() == [str(fresh), str(other), str(old)]
    assert ids(agent_id=str(sam.account_id)) == [str(other)]
    assert ids(outcome="complaint") == [str(old)]
    assert ids(channel="chat") == [str(fresh)]
    assert ids(upset="billing") == [str(old)]
    assert ids(since=now - dt.timedelta(days=3), until=now - dt.timedelta(hours=12)) == [
        str(fresh),
        str(other),
    ]
    queue = {i.interaction_id: i for i in env.review.queue(env.leader, QueueFilter())}
    assert queue[str(old)].overdue and not queue[str(fresh)].overdue
    assert queue[str(old)].upset == ("billing",)
    env.review.mark_reviewed(env.leader, str(old))
    assert ids(unreviewed_only=True) == [str(fresh), str(other)]
    assert not env.review.queue(env.leader, QueueFilter(outcome="complaint"))[0].overdue
    options = env.review.options(env.leader)
    assert options.upset_causes == ("billing", "wait_times")
    assert options.channels == ("chat", "voice") and "complaint" in options.outcomes
    assert {name for _, name in options.agents} >= {"Rita Rep", "Sam Second"}


def test_representatives_cannot_review(env):
    iid = run_call(env, env.rep)
    with pytest.raises(PermissionDeniedError):
        env.review.queue(env.rep, QueueFilter())
    with pytest.raises(PermissionDeniedError):
        env.review.open_interaction(env.rep, iid)
    with pytest.raises(PermissionDeniedError):
        env.review.mark_reviewed(env.rep, iid)
    with pytest.raises(NotFoundError):
        env.review.open_interaction(env.leader, str(uuid.uuid4()))
    with pytest.raises(NotFoundError):
        env.review.score_interaction("not-an-id")


def test_a_check_found_not_done_lowers_the_score_and_the_trend(env):
    iid = run_call(env, env.rep)
    since = env.clock.now - dt.timedelta(days=1)
    until = env.clock.now + dt.timedelta(days=1)
    assert env.kpi.dashboard(env.leader, since, until).trend[-1].adherence == 1.0
    opened = env.review.open_interaction(env.leader, iid)
    assert "confirmed_solution" in opened.ticked and opened.not_done == frozenset()
    applicable = opened.adherence.applicable
    reviewed = (applicable - 1) / applicable
    env.review.calibrate_check(env.leader, iid, "confirmed_solution", True)
    opened = env.review.open_interaction(env.leader, iid)
    assert opened.not_done == {"confirmed_solution"}
    assert opened.adherence.item("solution_confirmed").status == "fail"
    assert opened.item.score == pytest.approx(reviewed)
    trend = env.kpi.dashboard(env.leader, since, until).trend
    assert trend[-1].adherence == pytest.approx(reviewed)
    # A later re-score at wrap-up (or with new rules) keeps the reviewer's verdict.
    assert env.review.score_interaction(iid).score == pytest.approx(reviewed)
    env.review.calibrate_check(env.leader, iid, "confirmed_solution", False)
    assert env.review.open_interaction(env.leader, iid).item.score == 1.0
    assert (
        "interaction.check_calibrated",
        {"interaction": iid, "check": "confirmed_solution", "not_done": False},
    ) in actions(env)


def test_only_team_leaders_calibrate_and_only_ticked_checks(env):
    iid = run_call(env, env.rep, thank=False)
    with pytest.raises(PermissionDeniedError):
        env.review.calibrate_check(env.rep, iid, "confirmed_solution", True)
    with pytest.raises(ValidationError):
        env.review.calibrate_check(env.leader, iid, "thanked_by_name", True)  # never ticked
    with pytest.raises(ValidationError):
        env.review.calibrate_check(env.leader, iid, "'; drop table x", True)
