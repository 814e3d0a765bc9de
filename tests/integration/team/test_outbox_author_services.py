"""The rest of a team's day names its author in the sync outbox too (no server needed):
follow-ups done, moved and handed over, review (first view, calibration, reviewed), feedback,
surveys, directory, forecast, support needs, note edits, GDPR export and erasure, retention
purge, KB snippets. A write that names nobody, or the wrong person, would be pushed under
whoever is logged in when the team database comes back (test_outbox_author.py has the rest).
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from types import SimpleNamespace

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.kb.records import CannedResponse
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.services.forecast import ForecastSlotItem
from agentdesk.services.gdpr import Retention
from agentdesk.services.identity import Role
from agentdesk.support import SupportProfile
from tests.integration.review.data import go, run_call
from tests.integration.team.test_outbox_author import _by, _entries, _last, desk  # noqa: F401

CONTEXT = ScriptContext("Northwind Energy", "Customer Care", "Rita")
PHONE = "020 7946 0333"
DIRECTORY_CSV = """kind,name,department,number,extension,topics,availability
department,Billing team,,020 7946 0100,,refunds; meter readings,Mon-Fri 8-18
"""


def _call_with_callback(d, rita, cid) -> None:
    start = d.interactions.start_call(rita, "inbound", CONTEXT, caller_number=PHONE)
    engine = start.engine
    go(engine, "name")
    engine.capture("surname", "Okafor")
    engine.tick("spelling_confirmed")
    go(engine, "notes")
    engine.capture("notes_permission", True)
    go(engine, "need")
    engine.capture("reason", "Meter")
    go(engine, "callback")
    engine.capture("callback_due", "2026-12-01T11:00")
    engine.capture("callback_number", "+44 20 7946 0333")
    engine.capture("callback_reason", "confirm the meter reading")
    engine.tick("read_back_callback_number")
    go(engine, "closing")
    engine.tick("asked_anything_else")
    go(engine, "wrap_up")
    engine.capture("first_contact_resolution", False)
    engine.capture("follow_up_task", "Ring back about the meter")
    engine.capture("follow_up_due", "2026-12-01")
    engine.capture("notes_permission", True)
    engine.save_wrap_up()


def _by_or_nothing(desk, username: str, work) -> None:  # noqa: F811
    """Like _by, for steps that may write nothing that syncs."""
    since = _last(desk)
    work()
    wrong = [(e.table_name, e.author) for e in _entries(desk, since) if e.author != username]
    assert not wrong, f"entries not by {username}: {wrong}"


def test_the_rest_of_the_day_names_its_authors(desk):  # noqa: F811
    s, d = desk.services, desk.data
    lead = s.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    s.accounts.add_user(lead, "rita", "Rita Rep", "rita-pass", Role.REPRESENTATIVE)
    rita = s.accounts.login("rita", "rita-pass")
    cid, _ = d.customers.create_customer(
        rita, CustomerDraft(first_name="Edna", surname="Okafor", phone=PHONE)
    )
    _by(desk, "rita", lambda: _call_with_callback(d, rita, cid))

    # Follow-ups: moved and handed over by Rita, done by the team leader she gave it to.
    [task] = d.followups.list_tasks(rita)
    later = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    _by(desk, "rita", lambda: d.followups.reschedule_task(rita, task.id, later, "Asked to"))
    _by(
        desk,
        "rita",
        lambda: d.followups.reassign_task(rita, task.id, str(lead.account_id), "Needs a lead"),
    )
    _by(desk, "lead", lambda: d.followups.complete_task(lead, task.id, "Rang back"))

    # Review: a scored call of Rita's, reviewed, calibrated and marked by the team leader.
    env = SimpleNamespace(calls=d.interactions, review=d.review)
    calls = {}
    _by(desk, "rita", lambda: calls.setdefault("iid", run_call(env, rita, customer_id=cid)))
    iid = str(calls["iid"])
    _by_or_nothing(desk, "lead", lambda: d.review.open_interaction(lead, iid))
    _by(desk, "lead", lambda: d.review.calibrate_check(lead, iid, "said_organisation", True))
    _by(desk, "lead", lambda: d.review.mark_reviewed(lead, iid))
    given = {}
    _by(
        desk,
        "lead",
        lambda: given.setdefault("f", d.feedback.give_feedback(lead, iid, "Nice read-back.")),
    )
    _by(desk, "rita", lambda: d.feedback.acknowledge(rita, given["f"][0]))
    _by(desk, "rita", lambda: d.surveys.record(rita, iid, "csat", 5))
    _by(desk, "lead", lambda: d.surveys.record(lead, iid, "nps", 9))

    # The card: support needs agreed on the call, a note edited.
    profile = SupportProfile(needs=("hearing",), adjustments=("slower-pace",))
    _by(desk, "rita", lambda: d.support.set_support(rita, cid, profile))
    saved, _ = d.notes.add_note(rita, cid, "Prefers mornings.", permission_given=True)
    _by(desk, "rita", lambda: d.notes.edit_note(rita, saved.note_id, "Prefers mornings, 9-11."))
    _by(desk, "rita", lambda: d.customers.update_customer(rita, cid, CustomerDraft(
        first_name="Edna", surname="Okafor", phone=PHONE, email="edna@example.org"
    )))  # fmt: skip

    # Team leaders' content: directory, forecast, snippets.
    report = {}
    _by(desk, "lead", lambda: report.setdefault("d", d.directory.import_csv(lead, DIRECTORY_CSV)))
    [entry] = [e for e in d.directory.entries() if e.name == "Billing team"]
    _by(desk, "lead", lambda: d.directory.remove_entry(lead, entry.id))
    slots = (ForecastSlotItem(480, 10.0, 180.0),)
    _by(desk, "lead", lambda: d.forecast.save_day(lead, date(2026, 12, 3), 30, slots))
    snippet = CannedResponse("::sorry", "Sorry", "en", "Sorry for the wait.")
    _by(desk, "lead", lambda: s.snippets.save_snippet(lead, snippet))
    _by(desk, "lead", lambda: s.snippets.delete_snippet(lead, "::sorry"))

    # GDPR: export (audited), erasure, and a retention purge a team leader runs.
    _by_or_nothing(desk, "lead", lambda: d.gdpr.export_customer(lead, cid))
    _by(desk, "lead", lambda: d.gdpr.erase_customer(lead, cid))
    old, _ = d.customers.create_customer(rita, CustomerDraft(first_name="Old", surname="Row"))
    d.notes.add_note(rita, old, "Long ago.", permission_given=True)
    keep = Retention(notes_days=1, interactions_days=1, inactive_customers_days=0)
    far = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    _by(desk, "lead", lambda: d.gdpr.purge(lead, keep, far, allow_large=True))
