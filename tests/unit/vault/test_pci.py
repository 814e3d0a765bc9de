"""Card-number masking and security-code removal, with property tests for cards and phones."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat

from agentdesk.vault.pci import (
    Redaction,
    has_card_prefix,
    is_card_number,
    luhn_valid,
    redact_payment_data,
)

TEST_CARDS = {
    "visa": "4111111111111111",
    "visa-13": "4222222222222",
    "mastercard": "5555555555554444",
    "mastercard-2": "2223003122003222",
    "amex": "378282246310005",
    "discover": "6011111111111117",
    "discover-65": "6500000000000002",
    "jcb": "3530111333300000",
    "diners-14": "30569309025904",
    "diners-38": "38520000023237",
    "maestro": "6759649826438453",
    "unionpay": "6200000000000005",
    "unionpay-19": "6212345678901234569",
}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize("number", TEST_CARDS.values(), ids=TEST_CARDS.keys())
def test_known_test_cards_are_masked_to_last_four(number: str) -> None:
    assert is_card_number(number)
    result = redact_payment_data(f"card {number} thanks")
    assert result == Redaction(f"card {'•' * (len(number) - 4)}{number[-4:]} thanks", 1, 0)
    assert result.changed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4111 1111 1111 1111", "•••• •••• •••• 1111"),
        ("4111-1111-1111-1111", "••••-••••-••••-1111"),
        ("4111 - 1111 - 1111 - 1111", "•••• - •••• - •••• - 1111"),
        ("3782 822463 10005", "•••• •••••• •0005"),
        ("ref 12 4111 1111 1111 1111 ok", "ref 12 •••• •••• •••• 1111 ok"),
        ("x4111111111111111y", "x••••••••••••1111y"),
        ("+44 4111 1111 1111 1111", "+44 •••• •••• •••• 1111"),
    ],
)
def test_grouped_and_embedded_cards(text: str, expected: str) -> None:
    assert redact_payment_data(text).text == expected


def test_two_cards_are_counted() -> None:
    result = redact_payment_data("old 4111111111111111, new 5555 5555 5555 4444")
    assert result.cards_masked == 2
    assert result.text == "old ••••••••••••1111, new •••• •••• •••• 4444"


@pytest.mark.parametrize(
    "text",
    [
        "4111111111111112",  # Luhn fails
        "1234567812345670",  # Luhn passes, no issuer starts with 1
        "411111111111",  # 12 digits
        "41111111111111111111",  # 20 digits in one block
        "order 2024-0001-0002-0003",
        "+6281234567890",
        "+62 812 3456 7890",
        "tel:+62-812-3456-7890",
        "0044 1632 960123",
        "pay £1,234.56 on 12/2027",
    ],
)
def test_non_cards_are_left_alone(text: str) -> None:
    assert redact_payment_data(text) == Redaction(text, 0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CVV: 123", "CVV: •••"),
        ("cvv2 4567", "cvv2 •••"),
        ("the CVC is 987.", "the CVC is •••."),
        ("CSC=1234", "CSC=•••"),
        ("security code 321", "security code •••"),
        ("Card verification value: 555", "Card verification value: •••"),
        ("cvn - 042", "cvn - •••"),
    ],
)
def test_security_codes_are_removed(text: str, expected: str) -> None:
    result = redact_payment_data(text)
    assert (result.text, result.cvv_removed) == (expected, 1)


@pytest.mark.parametrize("text", ["123", "cvv", "cvv 12", "cvv 12345", "incvv 123", "CID 123"])
def test_digits_without_a_keyword_or_wrong_length_stay(text: str) -> None:
    assert redact_payment_data(text) == Redaction(text, 0, 0)


def test_card_and_code_together() -> None:
    result = redact_payment_data("card 4111 1111 1111 1111 exp 12/27 cvv 123")
    assert result == Redaction("card •••• •••• •••• 1111 exp 12/27 cvv •••", 1, 1)


def test_non_ascii_digits_are_cards_too() -> None:
    arabic = "".join(chr(0x0660 + int(d)) for d in "4111111111111111")
    assert redact_payment_data(arabic).cards_masked == 1


def test_luhn_and_prefix_helpers() -> None:
    assert luhn_valid("79927398713") and not luhn_valid("79927398710")
    assert has_card_prefix("2720990000000000") and not has_card_prefix("2721000000000000")
    assert has_card_prefix("3589000000000000") and not has_card_prefix("3590000000000000")
    assert not is_card_number("²" * 16)


# Property tests


def _check_digit(payload: str) -> str:
    total = 0
    for position, ch in enumerate(reversed(payload + "0")):
        value = int(ch) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


PREFIXES = st.one_of(
    st.just("4"),
    st.integers(51, 55).map(str),
    st.integers(2221, 2720).map(str),
    st.sampled_from(["34", "37", "6011", "65", "62", "36", "38", "50"]),
    st.integers(644, 649).map(str),
    st.integers(3528, 3589).map(str),
    st.integers(300, 305).map(str),
    st.integers(56, 69).map(str),
)


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    prefix = draw(PREFIXES)
    length = draw(st.integers(13, 19))
    body = draw(
        st.text("0123456789", min_size=length - len(prefix) - 1, max_size=length - len(prefix) - 1)
    )
    return prefix + body + _check_digit(prefix + body)


@st.composite
def formatted(draw: st.DrawFn, digits: str) -> str:
    out, rest = "", digits
    while rest:
        size = draw(st.integers(1, 6))
        out += rest[:size]
        rest = rest[size:]
        if rest:
            out += draw(st.sampled_from(["", " ", "-", " - ", "  ", "\u00a0"]))
    return out


@given(data=st.data(), before=st.text(max_size=20), after=st.text(max_size=20))
def test_every_valid_card_is_masked(data: st.DataObject, before: str, after: str) -> None:
    digits = data.draw(card_numbers())
    card = data.draw(formatted(digits))
    joints = st.sampled_from([" ", "\n", ", ", ": ", " ("])
    text = before + data.draw(joints) + card + data.draw(joints) + after
    result = redact_payment_data(text)
    assert card not in result.text
    assert digits not in _digits(result.text)
    assert result.cards_masked >= 1


REGIONS = [
    "GB",
    "US",
    "DE",
    "FR",
    "IE",
    "ID",
    "AU",
    "MY",
    "PH",
    "NZ",
    "SG",
    "TH",
    "ES",
    "HU",
    "BR",
    "MX",
    "AR",
    "CN",
    "JP",
    "IN",
    "NG",
    "IT",
    "NL",
    "PL",
    "SE",
    "ZA",
    "RU",
    "AT",
]
TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
FORMATS = [
    PhoneNumberFormat.E164,
    PhoneNumberFormat.INTERNATIONAL,
    PhoneNumberFormat.NATIONAL,
    PhoneNumberFormat.RFC3966,
]


@st.composite
def phone_texts(draw: st.DrawFn) -> str:
    region, kind = draw(st.sampled_from(REGIONS)), draw(st.sampled_from(TYPES))
    example_number = phonenumbers.example_number_for_type(region, kind)
    assume(example_number is not None)
    national = str(example_number.national_number)
    tail = draw(st.text("0123456789", min_size=3, max_size=3))
    number = phonenumbers.parse(f"+{example_number.country_code}{national[:-3]}{tail}")
    style = draw(st.sampled_from([*FORMATS, "idd"]))
    if style == "idd":
        return "00" + phonenumbers.format_number(number, PhoneNumberFormat.E164)[1:]
    return phonenumbers.format_number(number, style)


NO_DIGITS = st.text(st.characters(exclude_categories=("Nd",)), max_size=20)


@given(phone=phone_texts(), before=NO_DIGITS, after=NO_DIGITS)
@example(phone="+62 812-3456-7890", before="", after="")
def test_phone_numbers_survive(phone: str, before: str, after: str) -> None:
    assume(not re.search(r"(?i)cvv|cvc|csc|cvn|security|verification", before + after))
    text = f"{before} {phone} {after}"
    assert redact_payment_data(text) == Redaction(text, 0, 0)


SHORT_NUMBER = st.text("0123456789", min_size=1, max_size=12)


@given(st.lists(st.tuples(NO_DIGITS, SHORT_NUMBER), max_size=6))
def test_text_without_cards_is_unchanged(parts: list[tuple[str, str]]) -> None:
    text = " / ".join(word + " " + number for word, number in parts)
    assume(not re.search(r"(?i)cvv|cvc|csc|cvn|security|verification", text))
    assert redact_payment_data(text) == Redaction(text, 0, 0)


@given(st.text())
def test_never_crashes_and_is_idempotent(text: str) -> None:
    once = redact_payment_data(text)
    twice = redact_payment_data(once.text)
    assert twice == Redaction(once.text, 0, 0)


@given(st.text("0123456789 -+cvCV:", max_size=60))
def test_digit_heavy_text_never_crashes(text: str) -> None:
    once = redact_payment_data(text)
    assert redact_payment_data(once.text).text == once.text
