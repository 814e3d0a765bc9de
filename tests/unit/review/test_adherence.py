"""Every adherence item passes, fails and is not applicable on hand-built event logs."""

from __future__ import annotations

import pytest

from agentdesk.review import bundled_rules_dir
from agentdesk.review.adherence import Status, call_facts, evaluate
from agentdesk.review.rules import load_rules
from tests.unit.review.calllog import CallLog, model_call, model_chat

PASS, FAIL, NA = Status.PASS, Status.FAIL, Status.NOT_APPLICABLE


@pytest.fixture(scope="module")
def rules():
    return load_rules(bundled_rules_dir())


def verdict(rules, log, rule_id):
    return evaluate(rules, log.events).item(rule_id)


def named(log=None):
    log = log or CallLog()
    log.tick("said_organisation", "gave_own_name", "offered_help").go("name")
    return log.capture(title="ms", surname="Rossi").tick("spelling_confirmed").go("need")


REF = {"reference": "C-260302-7KQ4", "due": "2026-04-27"}


def complaint(log, *, category="billing", logged=True, told=True):
    log.go("complaint")
    if logged:
        log.add("complaint_logged", **REF)
    log.capture(complaint_category=category, complaint_wants="A refund of the charge")
    if told:
        log.tick("complaint_reference_given")
    return log.go("closing", outcome="complaint", first_contact_resolution=False)


def data_request(log, *, told=True):
    log.go("data_request").capture(dp_request_type="access")
    if told:
        log.tick("dp_deadline_told")
    return log.go("closing", outcome="information", first_contact_resolution=False)


def hold(log, *, permission=True, seconds=40, thanked=True, reports=(), every=None):
    if permission:
        log.add("hold_permission", answer="agreed")
    if every is None:
        log.add("hold_started")  # as calls logged before the interval was recorded
    else:
        log.add("hold_started", check_back_seconds=every)
    for at in reports:
        log.wait(at).add("hold_checked_back")
    log.wait(seconds - sum(reports))
    return log.add("hold_ended", thanked=thanked)


def message(log, parts, read_back=True):
    return log.go("message").add("message_taken", parts=parts, read_back=read_back)


ALL_PARTS = ["to_whom", "from_whom", "where", "what", "why", "by_whom", "when"]

CASES = {
    # T1
    "greeting_complete": [
        (PASS, model_call),
        (FAIL, lambda: CallLog().tick("said_organisation", "offered_help")),
        (FAIL, lambda: named().untick("gave_own_name")),
        (NA, lambda: CallLog(start="welcome")),
    ],
    # T2
    "spelling_confirmed": [
        (PASS, model_call),
        (FAIL, lambda: CallLog().go("name").capture(surname="Rossi").go("notes")),
        (NA, lambda: CallLog().go("name").go("notes")),  # caller would rather not say
        (NA, model_chat),  # in writing the customer spells the name
    ],
    # G1
    # D9: complaints (the step logs the reference and the date as it opens)
    "complaint_recorded": [
        (PASS, lambda: complaint(named())),
        (FAIL, lambda: complaint(named(), category=None)),
        (FAIL, lambda: complaint(named(), logged=False)),
        (FAIL, lambda: named().go("complaint").add("complaint_logged", **REF).go("need")),
        (NA, model_call),
    ],
    "complaint_reference_given": [
        (PASS, lambda: complaint(named())),
        (FAIL, lambda: complaint(named(), told=False)),
        (FAIL, lambda: complaint(named(), logged=False)),
        (FAIL, lambda: complaint(named()).untick("complaint_reference_given")),
        (NA, model_call),
    ],
    # G1: data-protection requests
    "data_request_logged": [
        (PASS, lambda: data_request(named())),
        (FAIL, lambda: data_request(named(), told=False)),
        (FAIL, lambda: named().go("data_request").tick("dp_deadline_told").go("need")),
        (NA, model_call),
    ],
    "identity_checked": [
        (
            PASS,
            lambda: (
                named()
                .go("verify")
                .tick("verify_postcode", "verify_birth_date")
                .add("identity_verified", matched=2, required=2)
                .go("resolve")
            ),
        ),
        (PASS, lambda: named().go("verify").add("identity_failed", matched=0, required=2)),
        (FAIL, lambda: named().go("verify").go("resolve")),  # moved on without a verdict
        (NA, model_call),
    ],
    # D10
    "specifics_repeated": [
        (PASS, model_call),
        (PASS, model_chat),
        (FAIL, lambda: named().capture(reason="bill").go("resolve")),
        (NA, lambda: CallLog().go("name").end(outcome="wrong_number")),
    ],
    "solution_confirmed": [
        (PASS, model_call),
        (FAIL, lambda: named().go("resolve").go("closing")),
        (
            FAIL,
            lambda: named().go("resolve").tick("confirmed_solution").untick("confirmed_solution"),
        ),
        (NA, lambda: named().go("transfer")),
    ],
    # D13 / T7
    "summary_confirmed": [
        (PASS, model_call),
        (FAIL, lambda: named().go("closing").tick("asked_anything_else").end(outcome="resolved")),
        (NA, lambda: named().go("transfer").end(outcome="transferred")),
        (NA, lambda: named().go("closing", outcome="transferred")),
    ],
    "name_used_at_close": [
        (PASS, model_call),
        (FAIL, lambda: named().go("closing").tick("asked_anything_else").end()),
        (NA, lambda: named().go("transfer").end(outcome="transferred")),
        (NA, lambda: CallLog().go("closing").end()),
    ],
    # T3
    "form_of_address": [
        (PASS, model_call),
        (FAIL, lambda: CallLog().go("name").capture(first_name="Ann", surname="Lee")),
        (NA, lambda: CallLog().go("name").go("notes")),
    ],
    # T4
    "hold_permission_first": [
        (PASS, lambda: hold(hold(named()))),
        (PASS, lambda: named().go("hold").tick("hold_permission").add("hold_started")),
        (FAIL, lambda: hold(hold(named()), permission=False)),
        (FAIL, lambda: named().add("hold_permission", answer="declined").add("hold_started")),
        (NA, model_call),
    ],
    "hold_callback_offered": [
        (
            PASS,
            lambda: (
                named()
                .add("hold_requested", reason="check", estimate_seconds=300)
                .add("callback_offered")
                .add("hold_permission", answer="agreed")
                .add("hold_started")
            ),
        ),
        (
            PASS,
            lambda: (
                named()
                .add("hold_requested", reason="check", estimate_seconds=240)
                .add("hold_permission", answer="callback")
            ),
        ),
        (
            FAIL,
            lambda: (
                named()
                .add("hold_requested", reason="check", estimate_seconds=300)
                .add("hold_permission", answer="agreed")
                .add("hold_started")
                .add("callback_offered")
            ),  # offered only after the hold began: too late
        ),
        (NA, lambda: named().add("hold_requested", reason="check", estimate_seconds=120)),
        (NA, model_call),
    ],
    "hold_progress_reports": [
        (PASS, lambda: hold(named(), seconds=100, reports=(50,))),
        (PASS, lambda: hold(named(), seconds=55)),
        (PASS, lambda: named().add("hold_started").wait(30).end().wait(600).wrap()),
        (FAIL, lambda: hold(named(), seconds=100)),
        (FAIL, lambda: hold(named(), seconds=200, reports=(50, 50))),  # last stretch 100 s
        # The interval in force during the call (Settings allow 15-300 s), not a fixed 60 s.
        (PASS, lambda: hold(named(), seconds=200, reports=(100,), every=120)),
        (FAIL, lambda: hold(named(), seconds=40, every=30)),
        (FAIL, lambda: hold(named(), seconds=100, reports=(45,), every=45)),
        (NA, model_call),
    ],
    "hold_thanked": [
        (PASS, lambda: hold(named())),
        (PASS, lambda: hold(named(), thanked=False).tick("thanked_for_waiting")),
        (
            FAIL,
            lambda: hold(hold(named(), thanked=False).tick("thanked_for_waiting"), thanked=False),
        ),
        (FAIL, lambda: hold(named(), thanked=False)),
        (NA, lambda: named().add("hold_started").end()),
        (NA, model_call),
    ],
    # T5
    "transfer_explained": [
        (
            PASS,
            lambda: named().add(
                "transfer_started", target="Billing", reason="refund", explained=True
            ),
        ),
        (
            PASS,
            lambda: (
                named()
                .go("transfer")
                .tick("explained_transfer")
                .add("transfer_started", target="Billing", reason="refund")
            ),
        ),
        (FAIL, lambda: named().add("transfer_started", target="Billing", explained=True)),
        (FAIL, lambda: named().add("transfer_started", target="Billing", reason="refund")),
        (NA, model_call),
    ],
    "transfer_announced": [
        (
            PASS,
            lambda: (
                named()
                .add("transfer_started", target="Billing", reason="refund")
                .add("transfer_announced")
                .add("transfer_completed", warm=True)
            ),
        ),
        (
            FAIL,
            lambda: (
                named()
                .add("transfer_started", target="Billing", reason="refund")
                .add("transfer_completed", warm=False)
            ),
        ),
        (
            NA,
            lambda: (
                named()
                .add("transfer_started", target="Billing", reason="refund")
                .add("transfer_failed", reason="no_answer")
            ),
        ),
    ],
    # T6
    "message_complete": [
        (PASS, lambda: message(named(), ALL_PARTS)),
        (FAIL, lambda: message(named(), [p for p in ALL_PARTS if p != "why"])),
        (FAIL, lambda: message(message(named(), ALL_PARTS), ALL_PARTS[:3])),
        (NA, model_call),
    ],
    "message_read_back": [
        (PASS, lambda: message(named(), ALL_PARTS)),
        (PASS, lambda: message(named().tick("read_back_number"), ALL_PARTS, read_back=False)),
        (FAIL, lambda: message(named(), ALL_PARTS, read_back=False)),
        (NA, model_call),
    ],
    # T7
    "anything_else_asked": [
        (PASS, model_call),
        (FAIL, lambda: named().go("closing").tick("thanked_by_name").end(outcome="resolved")),
        (NA, lambda: named().go("transfer").end(outcome="transferred")),
    ],
    # T9
    "notes_permission": [
        (PASS, model_call),
        (PASS, lambda: named().capture(notes_permission=False)),  # a refusal is recorded too
        (FAIL, lambda: named().go("resolve")),
        (NA, lambda: CallLog().end().wrap(outcome="wrong_number", notes_permission=None)),
    ],
}


@pytest.mark.parametrize(
    ("rule_id", "expected", "build"),
    [(rule, status, build) for rule, cases in CASES.items() for status, build in cases],
    ids=[f"{rule}-{s}-{i}" for rule, cases in CASES.items() for i, (s, _) in enumerate(cases)],
)
def test_each_item(rules, rule_id, expected, build):
    result = verdict(rules, build(), rule_id)
    assert result.status is expected
    if expected is NA:
        assert result.evidence == ()


def test_every_shipped_rule_has_a_pass_a_fail_and_a_not_applicable_case(rules):
    for rule in rules.rules:
        seen = {status for status, _ in CASES[rule.id]}
        assert seen == {PASS, FAIL, NA}, rule.id
    assert {r.practice for r in rules.rules} == {
        *("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T9"),
        *("D9", "D10", "D13", "G1"),
    }


def test_evidence_names_the_events(rules):
    log = named().add("hold_permission", answer="agreed")
    permission = log.last
    log.add("hold_started")
    first = log.last
    log.wait(30).add("hold_ended", thanked=True).add("hold_started")
    second = log.last
    result = verdict(rules, log, "hold_permission_first")
    assert result.status is FAIL
    assert {permission, first, second} <= set(result.evidence)
    progress = verdict(rules, hold(named(), seconds=100), "hold_progress_reports")
    assert len(progress.evidence) == 2  # the start and the end of the silent stretch


def test_score_is_the_share_of_applicable_items_passed(rules):
    perfect = evaluate(rules, model_call().events)
    assert perfect.applicable == 9 and perfect.passed == 9 and perfect.score == 1.0
    log = named().go("closing").tick("asked_anything_else").end(outcome="resolved")
    partial = evaluate(rules, log.events)
    # greeting, spelling, form of address, anything else pass; name at close, notes, repeated
    # specifics and the closing summary fail
    assert (partial.passed, partial.applicable) == (4, 8)
    assert partial.score == pytest.approx(4 / 8)
    assert (
        evaluate(rules, CallLog(start="welcome").end(outcome="wrong_number").events).score is None
    )


def test_rules_limited_to_other_flows_do_not_apply(rules, tmp_path):
    (tmp_path / "chat.yaml").write_text(
        "rules:\n  - {id: chat_only, practice: T1, title: Chat, flows: [chat],"
        " pass_when: {check: offered_help}}\n"
    )
    both = load_rules(bundled_rules_dir(), tmp_path)
    result = evaluate(both, model_call().events)
    assert result.item("chat_only").status is NA
    chat = evaluate(both, CallLog(flow="chat").tick("offered_help").events)
    assert chat.item("chat_only").status is PASS


def test_call_facts_count_holds_transfers_messages():
    log = hold(hold(named()))
    log.add("transfer_started", target="A", reason="r").add("transfer_announced")
    log.add("transfer_completed")  # announced, no warm key: warm
    log.add("transfer_started", target="B", reason="r").add("transfer_completed")
    log.add("transfer_started", target="C", reason="r").add("transfer_completed", warm=False)
    log.add("callback_offered")
    facts = call_facts(message(log, ALL_PARTS).events)
    assert (facts.holds, facts.warm_transfers, facts.cold_transfers) == (2, 1, 2)
    assert (facts.messages, facts.callbacks_offered) == (1, 1)


def test_a_flawless_chat_scores_full_marks(rules):
    result = evaluate(rules, model_chat().events)
    assert result.score == 1.0, [(i.rule_id, i.status) for i in result.items if i.status is FAIL]
    assert result.item("spelling_confirmed").status is NA


def test_rules_limited_to_a_channel(rules, tmp_path):
    (tmp_path / "voice.yaml").write_text(
        "rules:\n  - {id: phone_only, practice: T1, title: Phone, channels: [phone],"
        " pass_when: {check: offered_help}}\n"
    )
    both = load_rules(bundled_rules_dir(), tmp_path)
    assert evaluate(both, model_chat().events).item("phone_only").status is NA
    assert evaluate(both, model_call().events).item("phone_only").status is PASS


def test_a_check_the_reviewer_found_not_done_counts_as_not_done(rules):
    log = model_call()
    assert evaluate(rules, log.events).score == 1.0
    reviewed = evaluate(rules, log.events, not_done={"confirmed_solution"})
    assert reviewed.item("solution_confirmed").status is FAIL
    assert reviewed.passed == reviewed.applicable - 1
    greeting = evaluate(rules, log.events, not_done={"gave_own_name"})
    assert greeting.item("greeting_complete").status is FAIL  # all_checked reads it too
