"""Card masking holds against the ways round it an adversarial review found (#15 item 5)."""

from __future__ import annotations

import pytest

from agentdesk.vault.pci import luhn_valid, redact_payment_data

VISA = "4111111111111111"


def _luhn(prefix: str, length: int) -> str:
    body = prefix + "0" * (length - len(prefix) - 1)
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError


@pytest.mark.parametrize(
    "sep",
    [".", "/", "_", ":", "\t", "\n", "\u2212", "\uff0d", "\u2007", "\u2002", "\u3000",
     "\u200b", "\u00ad", " / ", ". "],
    ids=["dot", "slash", "underscore", "colon", "tab", "newline", "minus", "fullwidth-hyphen",
         "figure-space", "en-space", "ideographic-space", "zwsp", "soft-hyphen", "spaced-slash",
         "dot-space"],
)  # fmt: skip
def test_separators_do_not_hide_a_card(sep: str) -> None:
    text = "card " + sep.join(VISA[i : i + 4] for i in range(0, 16, 4)) + " thanks"
    result = redact_payment_data(text)
    assert result.cards_masked == 1 and "1111" in result.text
    assert sum(ch.isdigit() for ch in result.text) == 4


def test_parenthesised_first_group() -> None:
    result = redact_payment_data("(4111) 1111-1111-1111")
    assert result.cards_masked == 1 and result.text.endswith("1111")
    assert sum(ch.isdigit() for ch in result.text) == 4


@pytest.mark.parametrize(
    "number",
    [
        _luhn("2200", 16),  # Mir
        _luhn("2204", 16),
        _luhn("8100", 16),  # RuPay
        _luhn("5080", 16),
        _luhn("9792", 16),  # Troy
        _luhn("1000", 15),  # UATP
        _luhn("6759", 12),  # 12-digit Maestro
    ],
)
def test_more_card_brands(number: str) -> None:
    assert redact_payment_data(f"card {number}").cards_masked == 1


@pytest.mark.parametrize(
    "text",
    [
        "the three digits on the back are 123",
        "CID 1234",
        "verification code 123",
        "cvv (123)",
        'cvv="123"',
        "123 is the cvv",
        "c.v.v. 123",
        "4 digits on the front of the card: 4821",
    ],
)
def test_security_code_phrasings(text: str) -> None:
    result = redact_payment_data(text)
    assert result.cvv_removed == 1
    assert not any(code in result.text for code in ("123", "1234", "4821"))


@pytest.mark.parametrize(
    "text",
    [
        "4111\u00a01111\u00a01111\u00a01111",  # NBSP
        "4111\u20091111\u20091111\u20091111",  # thin space
        "\u0664" + "\u0661" * 15,  # Arabic-Indic digits
        "https://pay.example/?n=4111111111111111&x=1",
        _luhn("4111", 19),  # 19 digits
        "378282246310005",  # Amex
        "3530111333300000",  # JCB
        "36227206271667",  # Diners
        "6200000000000005",  # UnionPay
        "6011111111111117",  # Discover
        "5066991111111118",  # Elo
    ],
)
def test_what_already_worked_still_works(text: str) -> None:
    assert redact_payment_data(text).cards_masked == 1


@pytest.mark.parametrize(
    "text",
    [
        "call me on 020 7946 0958",
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "order 1234-5678-9012",
        "order no. 202612060001",
        "IBAN GB33 BUKB 2020 1555 5555 55",
        "expires 12/27",
        "ticket 100000000000",  # 12 digits, not a Maestro range
        "CID 123",
    ],
)
def test_phone_order_iban_expiry_untouched(text: str) -> None:
    assert redact_payment_data(text).text == text
