"""Extra support codes: validation, canonical order, guidance ids (#19)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.errors import ValidationError
from agentdesk.support import (
    ADJUSTMENTS,
    CONFIRM_CHANNELS,
    NEEDS,
    NOTE_LIMIT,
    SupportProfile,
    guidance_ids,
    needs_of,
    validate_support,
)


def test_codes_are_put_in_canonical_order_and_the_note_trimmed():
    clean = validate_support(
        SupportProfile(
            needs=("language", "hearing", "hearing"),
            adjustments=("written-confirmation", "slower-pace"),
            confirm_by="email",
            note="  prefers mornings  ",
        )
    )
    assert clean.needs == ("hearing", "language")
    assert clean.adjustments == ("slower-pace", "written-confirmation")
    assert clean.note == "prefers mornings"
    assert SupportProfile.from_json(clean.to_json()) == clean


@pytest.mark.parametrize(
    ("profile", "code"),
    [
        (SupportProfile(needs=("deaf",)), "support.unknown_needs"),
        (SupportProfile(adjustments=("shout",)), "support.unknown_adjustments"),
        (SupportProfile(confirm_by="fax"), "support.unknown_channel"),
        (SupportProfile(note="x" * (NOTE_LIMIT + 1)), "too_long"),
    ],
)
def test_unknown_codes_and_long_notes_are_refused_with_a_code(profile, code):
    with pytest.raises(ValidationError) as caught:
        validate_support(profile)
    assert caught.value.code == code


def test_guidance_follows_the_needs_and_the_customer_types():
    assert guidance_ids(None) == ()
    assert guidance_ids(SupportProfile()) == ()  # nothing recorded: no box
    assert guidance_ids(None, ("accessibility",)) == ("support-general",)
    assert guidance_ids(None, ("older-caller", "business")) == (
        "support-general",
        "support-older-caller",
    )
    profile = SupportProfile(needs=("sight",), adjustments=("large-print",))
    assert guidance_ids(profile, ("international",)) == (
        "support-general",
        "support-sight",
        "support-language",
    )
    assert needs_of(profile, ("international",)) == ("sight", "language")
    # Adjustments agreed without a named need still bring up the general guidance.
    assert guidance_ids(SupportProfile(confirm_by="letter")) == ("support-general",)


@given(
    needs=st.lists(st.sampled_from([*NEEDS, "x", ""]), max_size=9),
    adjustments=st.lists(st.sampled_from([*ADJUSTMENTS, "shout"]), max_size=12),
    confirm_by=st.sampled_from([None, *CONFIRM_CHANNELS, "fax", ""]),
    note=st.text(max_size=NOTE_LIMIT + 20),
)
def test_validation_either_refuses_with_a_code_or_gives_a_clean_profile(
    needs, adjustments, confirm_by, note
):
    profile = SupportProfile(tuple(needs), tuple(adjustments), confirm_by, note)
    try:
        clean = validate_support(profile)
    except ValidationError as exc:
        assert exc.code
        return
    assert set(clean.needs) <= set(NEEDS) and set(clean.adjustments) <= set(ADJUSTMENTS)
    assert len(clean.note) <= NOTE_LIMIT and clean.note == clean.note.strip()
    assert validate_support(clean) == clean
    assert SupportProfile.from_json(clean.to_json()) == clean
