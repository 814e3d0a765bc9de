"""Message taking (T6, T8): the seven parts, phone numbers checked, a confirmed read-back before
saving, long and non-Latin text kept whole, absence reasons caught."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agentdesk.flows.message import (
    MAX_MESSAGE_LENGTH,
    PARTS,
    MessageDraft,
    MessageIncompleteError,
    MessageTaking,
    build_read_back,
    check_ready,
    filled_parts,
    message_problems,
    number_groups,
    reason_words,
)
from agentdesk.flows.procedures import ProcedureError, go_to_kind
from tests.unit.flows.test_procedures_hold import on_hold_step

DRAFT = MessageDraft(
    to_whom="Priya Shah",
    from_name="Jayson Okafor",
    from_connection="Okafor Builders Ltd",
    phone="020 7946 0958",
    extension="214",
    what="The delivery for site B moves to Thursday.",
    action_requested="Please call back to confirm the crane slot",
    action_promised="Priya will call back before 5 pm today",
    by_whom="Rita Rep",
    when="2026-03-02T10:15",
)


def test_complete_draft_has_all_seven_parts() -> None:
    assert message_problems(DRAFT, "GB") == ()
    assert filled_parts(DRAFT, "GB") == PARTS
    assert filled_parts(replace(DRAFT, from_connection=""), "GB") == PARTS  # private caller


def test_empty_and_invalid_parts_are_named() -> None:
    problems = {(p.field, p.code) for p in message_problems(MessageDraft(), "GB")}
    assert problems == {
        ("to_whom", "missing"),
        ("from_name", "missing"),
        ("phone", "missing"),
        ("what", "missing"),
        ("action_requested", "missing"),
        ("action_promised", "missing"),
        ("by_whom", "missing"),
        ("when", "missing"),
    }
    bad = replace(DRAFT, phone="12", extension="12a", when="tomorrow")
    assert [(p.field, p.code) for p in message_problems(bad, "GB")] == [
        ("phone", "phone_invalid"),
        ("extension", "extension_invalid"),
        ("when", "when_invalid"),
    ]
    assert filled_parts(bad, "GB") == ("to_whom", "from_whom", "what", "why", "by_whom")


def test_a_message_cannot_be_saved_without_its_parts_and_a_confirmed_read_back(
    bundled, clock
) -> None:
    engine = on_hold_step(bundled["inbound"], clock)
    go_to_kind(engine, "message")
    taking = MessageTaking(engine, "GB")
    before = len(engine.events)
    incomplete = replace(DRAFT, what="   ")
    with pytest.raises(MessageIncompleteError) as err:
        taking.confirm_read_back(incomplete)
    assert [p.field for p in err.value.problems] == ["what"]
    with pytest.raises(ProcedureError) as err:
        taking.record_taken(DRAFT, "m1")
    assert err.value.code == "message.read_back_missing"
    taking.confirm_read_back(DRAFT)
    changed = replace(DRAFT, phone="020 7946 0000")  # edited after the read-back
    assert not taking.is_confirmed(changed)
    with pytest.raises(ProcedureError):
        taking.record_taken(changed, "m1")
    assert len(engine.events) == before  # nothing recorded by the refusals
    assert taking.is_confirmed(replace(DRAFT, what="Also: bring the permit."))  # not read back
    event = taking.record_taken(DRAFT, "m1")
    assert event.kind == "message_taken"
    assert event.data["parts"] == list(PARTS) and event.data["read_back"] is True
    assert event.data["message"]["what"] == DRAFT.what
    assert engine.fields["message_for"] == "Priya Shah"
    assert engine.fields["message_number"] == "020 7946 0958 ext. 214"
    assert "read_back_number" in engine.ticked
    assert engine.options()[0].enabled  # "Message taken"
    with pytest.raises(ProcedureError):
        check_ready(DRAFT, None, "GB")  # the service asks the same question


def test_read_back_spells_the_name_and_groups_the_number(alphabets) -> None:
    said = build_read_back(DRAFT, alphabets["nato"], "GB")
    assert said.letters == "J-a-y-s-o-n  O-k-a-f-o-r"
    assert said.spelled.startswith("J for Juliett")
    assert said.number_groups == ("020", "7946", "0958")
    assert said.extension == "214" and said.promised == DRAFT.action_promised
    assert number_groups("+39 06 6982 1234", "GB") == ("+39", "06", "6982", "1234")
    assert build_read_back(MessageDraft(phone="nonsense"), None, "GB").number_groups == ()


def test_long_and_non_latin_messages_are_kept_whole(alphabets) -> None:
    long = replace(DRAFT, what="x" * MAX_MESSAGE_LENGTH, from_name="Αναστασία Дмитриевна 李")
    assert message_problems(long, "GB") == ()
    said = build_read_back(long, alphabets["nato"], "GB")
    assert said.letters.startswith("Α-ν-α") and "李" in said.letters
    taking = MessageTaking(None, "GB")
    taking.confirm_read_back(long)
    assert taking.record_taken(long, "m2") is None  # no call: nothing to record
    too_long = replace(DRAFT, what="x" * (MAX_MESSAGE_LENGTH + 1))
    assert [(p.field, p.code, p.limit) for p in message_problems(too_long, "GB")] == [
        ("what", "too_long", MAX_MESSAGE_LENGTH)
    ]
    assert MessageDraft.from_dict(long.to_dict() | {"extra": 1}) == long


def test_absence_reasons_are_caught() -> None:
    assert reason_words("She is at the doctor, then lunch") == ("doctor", "lunch")
    assert reason_words("out of the office until Monday 9:00") == ()
