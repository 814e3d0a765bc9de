"""Coaching feedback: given by a team leader, seen and acknowledged by the representative."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from agentdesk.errors import PermissionDeniedError, ValidationError
from agentdesk.models.audit import AuditEntry
from agentdesk.models.review import Feedback
from agentdesk.services.identity import Role
from agentdesk.services.review import QueueFilter
from tests.integration.review.data import run_call


def test_feedback_is_given_seen_acknowledged_and_audited(env):
    iid = run_call(env, env.rep)
    assert env.review.queue(env.leader, QueueFilter(unreviewed_only=True))
    env.clock.now += dt.timedelta(days=2)
    fid, _ = env.feedback.give_feedback(env.leader, iid, "  Lovely greeting; use the name more.  ")
    assert env.review.queue(env.leader, QueueFilter(unreviewed_only=True)) == []  # reviewed now
    assert env.feedback.unacknowledged(env.rep) == 1
    [item] = env.feedback.my_feedback(env.rep)
    assert (item.id, item.text, item.author) == (
        fid,
        "Lovely greeting; use the name more.",
        "Lea Leader",
    )
    assert item.on_time and dt.timedelta(days=1) < item.given_after <= dt.timedelta(days=2)
    assert item.score == 1.0 and item.acknowledged_at is None
    env.feedback.acknowledge(env.rep, fid)
    env.feedback.acknowledge(env.rep, fid)  # twice is harmless, audited once
    assert env.feedback.my_feedback(env.rep)[0].acknowledged_at == env.clock.now
    assert env.feedback.unacknowledged(env.rep) == 0
    with env.db.read() as s:
        raw = s.scalar(select(Feedback.body_ct))
        audit = [
            (a.action, a.actor) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]
    assert b"greeting" not in raw  # stored encrypted
    assert ("feedback.given", "lead") in audit
    assert audit.count(("feedback.acknowledged", "rep")) == 1
    assert env.review.open_interaction(env.leader, iid).feedback[0].id == fid


def test_late_feedback_shows_its_age(env):
    iid = run_call(env, env.rep)
    env.clock.now += dt.timedelta(days=5)
    env.feedback.give_feedback(env.leader, iid, "Check back on hold more often.")
    item = env.feedback.my_feedback(env.rep)[0]
    assert not item.on_time and item.given_after > dt.timedelta(days=4)


def test_only_leaders_give_and_only_the_recipient_acknowledges(env):
    iid = run_call(env, env.rep)
    env.accounts.add_user(env.leader, "sam", "Sam", "sam-password", Role.REPRESENTATIVE)
    sam = env.accounts.login("sam", "sam-password")
    with pytest.raises(PermissionDeniedError):
        env.feedback.give_feedback(env.rep, iid, "I think I did well")
    with pytest.raises(ValidationError):
        env.feedback.give_feedback(env.leader, iid, "   ")
    fid, _ = env.feedback.give_feedback(env.leader, iid, "Good call")
    assert env.feedback.my_feedback(sam) == []
    with pytest.raises(PermissionDeniedError):
        env.feedback.acknowledge(sam, fid)
    with pytest.raises(PermissionDeniedError):
        env.feedback.acknowledge(env.leader, fid)
