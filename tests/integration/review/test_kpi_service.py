"""The KPI dashboard against a generated set of interactions with known answers."""

from __future__ import annotations

import datetime as dt

import pytest

from agentdesk.errors import PermissionDeniedError, ValidationError
from agentdesk.models.base import utcnow
from agentdesk.models.interaction import Task
from agentdesk.models.review import AdherenceScore
from agentdesk.services.identity import Role
from tests.integration.review.data import add_interaction

DAY1 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DAY2 = DAY1 + dt.timedelta(days=1)
SINCE, UNTIL = DAY1 - dt.timedelta(hours=9), DAY1 + dt.timedelta(days=7)


def score(s, iid, agent, started, value, warm=0, cold=0, messages=0):
    s.add(
        AdherenceScore(
            interaction_id=iid,
            agent_id=agent,
            started_at=started,
            score=value,
            passed=0,
            applicable=1,
            rules_digest="x",
            computed_at=utcnow(),
            results=[],
            warm_transfers=warm,
            cold_transfers=cold,
            messages=messages,
        )
    )


@pytest.fixture
def known(env):
    env.accounts.add_user(env.leader, "sam", "Sam Second", "sam-password", Role.REPRESENTATIVE)
    sam = env.accounts.login("sam", "sam-password")
    rita = env.rep.account_id
    with env.db.write() as s:
        a = add_interaction(s, rita, DAY1, talk=100, wrap=20, tags=["upset:long-wait", "new"])
        b = add_interaction(
            s, rita, DAY1, talk=200, hold=60, wrap=40, outcome="transferred", fcr=False
        )
        add_interaction(
            s,
            rita,
            DAY2,
            talk=300,
            hold=30,
            wrap=30,
            outcome="message_taken",
            fcr=False,
            tags=["upset:long-wait", "upset:billing-dispute"],
        )
        add_interaction(s, rita, DAY2, talk=50, wrap=10, fcr=None)
        add_interaction(s, rita, SINCE - dt.timedelta(days=2), talk=999)  # before the range
        add_interaction(s, rita, DAY2, talk=999, state="active")  # still in progress
        e = add_interaction(
            s, sam.account_id, DAY2, talk=400, hold=120, wrap=80, outcome="transferred", fcr=False
        )
        add_interaction(s, sam.account_id, DAY2, talk=100, wrap=20)
        score(s, a, rita, DAY1, 1.0)
        score(s, b, rita, DAY1, 0.5, warm=1)
        score(s, e, sam.account_id, DAY2, 0.25, cold=1)
        now = env.clock.now
        for who, due, status in (
            (rita, 1, "open"),
            (rita, -1, "open"),
            (rita, -5, "done"),
            (sam.account_id, -2, "open"),
        ):
            s.add(
                Task(
                    kind="call-back",
                    assignee_id=who,
                    due_at=now + dt.timedelta(days=due),
                    status=status,
                )
            )
    return sam


def test_team_figures(env, known):
    board = env.kpi.dashboard(env.leader, SINCE, UNTIL)
    rita, sam = board.rows
    assert (rita.name, sam.name) == ("Rita Rep", "Sam Second")
    assert rita.handled == 4 and rita.aht == pytest.approx(210)
    assert (rita.talk, rita.hold, rita.wrap) == pytest.approx((162.5, 22.5, 25))
    assert rita.hold_rate == 0.5 and rita.hold_length == pytest.approx(45)
    assert rita.transfer_rate == 0.25 and rita.warm_share == 1.0
    assert rita.fcr == pytest.approx(1 / 3) and rita.messages == 1
    assert (rita.callbacks_open, rita.callbacks_overdue) == (2, 1)
    assert rita.adherence == pytest.approx(0.75) and rita.p90 == pytest.approx(342)
    assert sam.warm_share == 0.0 and (sam.callbacks_open, sam.callbacks_overdue) == (1, 1)
    team = board.team
    assert team.handled == 6 and team.aht == pytest.approx(260)
    assert team.transfer_rate == pytest.approx(2 / 6) and team.warm_share == 0.5
    assert team.fcr == pytest.approx(0.4) and team.adherence == pytest.approx(1.75 / 3)
    assert (board.handle.p(50), board.handle.p(95)) == pytest.approx((210, 540))
    assert board.handle.count == 6 and sum(b.count for b in board.handle.bins) == 6
    assert board.upset == (("long-wait", 2), ("billing-dispute", 1))
    assert [(p.day, p.adherence, p.scored) for p in board.trend] == [
        (DAY1.date(), 0.75, 2),
        (DAY2.date(), 0.25, 1),
    ]


def test_a_representative_sees_only_their_own_figures(env, known):
    sam = known
    mine = env.kpi.dashboard(env.rep, SINCE, UNTIL, str(env.rep.account_id))
    assert [r.name for r in mine.rows] == ["Rita Rep"] and mine.team is None
    assert mine.handle.count == 4 and mine.upset[0] == ("long-wait", 2)
    with pytest.raises(PermissionDeniedError):
        env.kpi.dashboard(env.rep, SINCE, UNTIL)
    with pytest.raises(PermissionDeniedError):
        env.kpi.dashboard(env.rep, SINCE, UNTIL, str(sam.account_id))
    theirs = env.kpi.dashboard(env.leader, SINCE, UNTIL, str(sam.account_id))
    assert [r.name for r in theirs.rows] == ["Sam Second"]
    with pytest.raises(ValidationError):
        env.kpi.dashboard(env.leader, UNTIL, SINCE)


def test_an_empty_range_has_no_figures(env, known):
    board = env.kpi.dashboard(env.leader, UNTIL, UNTIL + dt.timedelta(days=1))
    assert board.team.handled == 0 and board.team.aht is None and board.handle.count == 0
    assert board.trend == () and board.upset == ()
    assert {r.name for r in board.rows} == {"Rita Rep", "Sam Second"}  # open call-backs only
