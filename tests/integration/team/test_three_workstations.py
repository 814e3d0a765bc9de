"""Three workstations: a call taken on B is reviewed by the team leader on C; the review and
her coaching reach A and B."""

from __future__ import annotations

from types import SimpleNamespace

from agentdesk.review import bundled_rules_dir
from agentdesk.review.rules import load_rules
from agentdesk.services.feedback import FeedbackService
from agentdesk.services.flow_library import FlowLibrary
from agentdesk.services.identity import Role
from agentdesk.services.interactions import InteractionService
from agentdesk.services.review import ReviewService
from tests.integration.review.data import run_call


def _review_env(ws):
    feedback = FeedbackService(ws.db, ws.vault, ws.audit)
    review = ReviewService(ws.db, ws.vault, ws.audit, load_rules(bundled_rules_dir()), feedback)
    calls = InteractionService(ws.db, ws.vault, ws.audit, ws.customers, FlowLibrary().flows)
    return SimpleNamespace(calls=calls, review=review, feedback=feedback)


def test_a_call_on_b_is_reviewed_on_c_and_the_coaching_reaches_b(make_workstation):
    a, b, c = make_workstation("a"), make_workstation("b"), make_workstation("c")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    for ws in (a, b, c):
        ws.sync.sync()

    rita = b.accounts.login("rep", "rep-password")
    on_b = _review_env(b)
    iid = run_call(on_b, rita)
    b.sync.sync()

    c.sync.sync()
    lea = c.accounts.login("lead", "leader-pass")
    on_c = _review_env(c)
    seen = on_c.review.open_interaction(lea, str(iid))
    assert seen.fields["reason"] == "Meter reading looks wrong"  # decrypted on C
    assert len(seen.timeline) > 5
    on_c.review.mark_reviewed(lea, str(iid))
    on_c.feedback.give_feedback(lea, str(iid), "Lovely spelling read-back.")
    c.sync.sync()

    for ws in (a, b):
        ws.sync.sync()
    rita_b = b.accounts.login("rep", "rep-password")
    assert [f.text for f in on_b.feedback.my_feedback(rita_b)] == ["Lovely spelling read-back."]
    on_b.feedback.acknowledge(rita_b, on_b.feedback.my_feedback(rita_b)[0].id)
    b.sync.sync()
    a.sync.sync()
    lea_a = a.accounts.login("lead", "leader-pass")
    again = _review_env(a).review.open_interaction(lea_a, str(iid))
    assert [f.text for f in again.feedback] == ["Lovely spelling read-back."]
    assert again.feedback[0].acknowledged_at is not None


def test_a_verdict_entered_on_b_and_one_imported_on_c_reach_every_dashboard(make_workstation):
    """The customer's verdict (#19) syncs like the call it belongs to; the comment stays
    sealed with the call's key, which travels with the call."""
    import datetime as dt

    from agentdesk.services.surveys import SurveyService

    a, b, c = make_workstation("a"), make_workstation("b"), make_workstation("c")
    leader = a.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    a.accounts.add_user(leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE)
    for ws in (a, b, c):
        ws.sync.sync()
    rita = b.accounts.login("rep", "rep-password")
    iid = str(run_call(_review_env(b), rita))
    SurveyService(b.db, b.vault, b.audit).record(rita, iid, "csat", 5, "Spot on")
    b.sync.sync()
    c.sync.sync()
    lea = c.accounts.login("lead", "leader-pass")
    on_c = SurveyService(c.db, c.vault, c.audit)
    report = on_c.import_file(lea, f"interaction_id,nps\n{iid},9\n".encode(), "nps.csv")
    assert (report.added, report.problems) == (1, ())
    c.sync.sync()
    a.sync.sync()
    lea_a = a.accounts.login("lead", "leader-pass")
    on_a = SurveyService(a.db, a.vault, a.audit)
    views = on_a.for_interaction(lea_a, iid)
    assert [(v.kind, v.score, v.comment) for v in views] == [
        ("csat", 5, "Spot on"),
        ("nps", 9, ""),
    ]
    now = dt.datetime.now(dt.UTC)
    board = on_a.board(lea_a, now - dt.timedelta(days=1), now + dt.timedelta(days=1))
    assert board.team.spread("nps").answers == 1 and board.rows[0].name == "Rita Rep"
