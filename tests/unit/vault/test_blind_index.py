"""Normalisers and keyed blind indexes for phone, e-mail and surname."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat

from agentdesk.vault.blind_index import (
    BlindIndexer,
    format_phone_display,
    normalise_email,
    normalise_phone,
    normalise_surname,
)

MASTER = bytes(range(32))
REGIONS = ["GB", "US", "DE", "FR", "IE", "IN", "AU", "ID", "JP", "BR", "NG", "ES"]


@pytest.fixture
def indexer() -> BlindIndexer:
    return BlindIndexer(MASTER)


@pytest.mark.parametrize(
    "raw",
    ["+44 1632 960123", "01632 960123", "0044-1632-960-123", "(01632) 960 123", "+441632960123"],
)
def test_uk_formats_normalise_to_e164(raw: str) -> None:
    assert normalise_phone(raw) == "+441632960123"


def test_same_number_in_different_formats_has_one_index(indexer: BlindIndexer) -> None:
    digests = {
        indexer.phone(raw) for raw in ("+44 1632 960123", "01632 960123", "0044-1632-960-123")
    }
    assert len(digests) == 1
    assert None not in digests
    assert indexer.phone("01632 960124") not in digests


def test_region_reads_national_numbers(indexer: BlindIndexer) -> None:
    assert normalise_phone("(650) 253-0000", "US") == "+16502530000"
    assert normalise_phone("650 253 0000", "us") == "+16502530000"
    assert indexer.phone("020 7946 0123") != indexer.phone("020 7946 0123", region="DE")
    assert BlindIndexer(MASTER, "US").phone("650 253 0000") == indexer.phone("+1 650 253 0000")


@pytest.mark.parametrize("raw", ["", "   ", "hello", "12", "+", "1" * 40, "x" * 5000, "call me"])
def test_not_a_phone_number_gives_none(raw: str, indexer: BlindIndexer) -> None:
    assert normalise_phone(raw) is None
    assert indexer.phone(raw) is None


def test_display_format() -> None:
    assert format_phone_display("+441632960123") == "01632 960123"
    assert format_phone_display("+16502530000") == "+1 650-253-0000"
    assert format_phone_display("650 253 0000", "US") == "(650) 253-0000"
    assert format_phone_display("  not a number ") == "not a number"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" Jane.Doe@Example.COM ", "jane.doe@example.com"),
        ("ｊａｎｅ@example.com", "jane@example.com"),
        ("a@b", "a@b"),
        ("", None),
        ("no-at-sign", None),
        ("@example.com", None),
        ("jane@", None),
        ("jane doe@example.com", None),
        ("a@b@c", None),
        ("jane@example..com", None),
        ("jane@.example.com", None),
    ],
)
def test_normalise_email(raw: str, expected: str | None) -> None:
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Müller", "muller"),
        ("  MÜLLER  ", "muller"),
        ("O’Brien", "o'brien"),
        ("Smith–Jones", "smith-jones"),
        ("van   der\tBerg", "van der berg"),
        ("Straße", "strasse"),
        ("İnönü", "inonu"),
        ("Ó Briain", "o briain"),
        ("   ", None),
        ("", None),
    ],
)
def test_normalise_surname(raw: str, expected: str | None) -> None:
    assert normalise_surname(raw) == expected


def test_indexes_are_32_hex_and_keyed(indexer: BlindIndexer) -> None:
    digest = indexer.surname("Müller")
    assert digest is not None and len(digest) == 32
    int(digest, 16)
    assert digest == indexer.surname("MULLER")
    assert digest == BlindIndexer(MASTER).surname("muller")
    assert digest != BlindIndexer(bytes(32)).surname("muller")
    assert indexer.email("JANE@example.com") == indexer.email("jane@example.com")
    assert indexer.email("nope") is None and indexer.surname(" ") is None


def test_kinds_are_separated(indexer: BlindIndexer) -> None:
    assert indexer.digest("surname", "x") != indexer.digest("email", "x")
    assert "GB" in repr(indexer) and MASTER.hex() not in repr(indexer)


@given(st.text())
def test_normalisers_never_crash(raw: str) -> None:
    normalise_phone(raw)
    normalise_phone(raw, "US")
    format_phone_display(raw)
    normalise_email(raw)
    normalise_surname(raw)


@given(
    st.text(alphabet=st.characters(codec="ascii") | st.sampled_from("+-() 0123456789"), max_size=30)
)
def test_phone_normaliser_never_crashes_on_phone_like_text(raw: str) -> None:
    result = normalise_phone(raw)
    assert result is None or (result.startswith("+") and result[1:].isdigit())


@st.composite
def phone_numbers(draw: st.DrawFn) -> phonenumbers.PhoneNumber:
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    tail = draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    number = phonenumbers.parse(f"+{example.country_code}{national[:-4]}{tail}")
    return number


@given(number=phone_numbers(), indexer=st.just(BlindIndexer(MASTER)))
def test_same_number_in_any_format_has_one_index(
    number: phonenumbers.PhoneNumber, indexer: BlindIndexer
) -> None:
    region = phonenumbers.region_code_for_country_code(number.country_code)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    variants = [e164, international, "00" + e164[1:], international.replace(" ", "-")]
    expected = indexer.phone(e164)
    assert expected is not None
    for raw in variants:
        assert indexer.phone(raw) == expected, raw
    assert indexer.phone(national, region=region) == expected
