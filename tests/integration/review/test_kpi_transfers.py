"""Transfers and messages in the KPI figures: counted from what happened in the call (its log,
kept with its score) as well as from the outcome picked at wrap-up, checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from agentdesk.flows.transfer import TransferProcedure
from tests.integration.review.data import add_interaction, run_call
from tests.integration.review.test_kpi_service import score

DAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
SINCE, UNTIL = DAY - dt.timedelta(hours=9), DAY + dt.timedelta(days=1)


def warm_transfer_and_message(engine) -> None:
    """A warm transfer completed, then a message saved for someone else, in one call."""
    transfer = TransferProcedure(engine)
    transfer.start("Billing", "Disputed bill", cannot_help=True, explained=True, warm=True)
    transfer.announce()
    transfer.complete()
    engine.record("message_taken", {"parts": ["to_whom"], "read_back": True})


def test_a_warm_transfer_and_a_message_count_whatever_the_outcome(env):
    iid = run_call(env, env.rep, during=warm_transfer_and_message)
    now = dt.datetime.now(dt.UTC)
    board = env.kpi.dashboard(env.leader, now - dt.timedelta(days=1), now + dt.timedelta(days=1))
    (rita,) = board.rows
    assert rita.handled == 1 and iid
    assert rita.transfer_rate == 1.0 and rita.warm_share == 1.0
    assert rita.messages == 1
    assert board.team.transfer_rate == 1.0 and board.team.messages == 1


def test_every_figure_against_a_hand_computed_set(env):
    rita = env.rep.account_id
    with env.db.write() as s:
        # 1: resolved, no transfer, no message
        add_interaction(s, rita, DAY, talk=100, wrap=20)
        # 2: outcome "transferred" but never scored (the app stopped before): still transferred
        add_interaction(s, rita, DAY, talk=200, hold=60, wrap=40, outcome="transferred", fcr=False)
        # 3: outcome "message_taken" and its one message in the log: one message, not two
        c = add_interaction(s, rita, DAY, talk=300, wrap=30, outcome="message_taken", fcr=False)
        score(s, c, rita, DAY, 1.0, messages=1)
        # 4: picked "resolved" at wrap-up after a cold transfer and two messages
        d = add_interaction(s, rita, DAY, talk=400, hold=40, wrap=60, fcr=None)
        score(s, d, rita, DAY, 0.5, cold=1, messages=2)
        # 5: a warm transfer completed, outcome "transferred"
        e = add_interaction(s, rita, DAY, talk=0, wrap=0, outcome="transferred", fcr=False)
        score(s, e, rita, DAY, 0.0, warm=1)
    board = env.kpi.dashboard(env.leader, SINCE, UNTIL)
    (f,) = board.rows
    assert f.handled == 5
    assert f.aht == pytest.approx((120 + 300 + 330 + 500 + 0) / 5)
    assert (f.talk, f.hold, f.wrap) == pytest.approx((200, 20, 30))
    assert f.hold_rate == pytest.approx(2 / 5) and f.hold_length == pytest.approx(50)
    assert f.transfer_rate == pytest.approx(3 / 5)  # calls 2, 4 and 5
    assert f.warm_share == pytest.approx(1 / 2)  # one warm (5), one cold (4); 2 is unknown
    assert f.fcr == pytest.approx(1 / 4)  # known for 1, 2, 3, 5; yes for 1
    assert f.messages == 3  # call 3: one; call 4: two
    assert f.adherence == pytest.approx(1.5 / 3)
    assert f.p90 == pytest.approx(330 + 0.6 * 170)  # 0, 120, 300, 330, 500: rank 3.6
    assert board.team.transfer_rate == f.transfer_rate and board.team.messages == 3
