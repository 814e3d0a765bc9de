"""Payment card redaction before storage (PCI DSS): mask card numbers, drop security codes.

The boundary: every text sealed by ``CustomerCipher`` passes through here (see
``vault/envelope.py``), as do the few plain-text columns, the clipboard and exports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MASK = "•"
CVV_MASK = MASK * 3  # always three, so the mask does not tell an Amex code from another
MIN_DIGITS = 13
MAX_DIGITS = 19
_VISIBLE = 4

# Between two digits of a card: one space, or a dash with optional spaces around it.
_SPACE = "[ \u00a0\u2009\u202f]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2014]"
_SEP = f"(?:{_DASH}|{_SPACE}{_DASH}?{_SPACE}?)"
# Every separator is non-empty, so the split between digit groups is unique (no backtracking).
_RUN = re.compile(rf"\d+(?:{_SEP}\d+)*")
_GROUP = re.compile(r"\d+")
_CVV = re.compile(
    r"\b(?:cvv2?|cvc2?|cvn|csc|security\s+code|card\s+verification(?:\s+(?:value|code))?)"
    r"(?P<gap>(?:[\s:=#.\-]|\b(?:is|was|no|number|code)\b){0,8})"
    r"(?<!\d)(?P<value>\d{3,4})(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Redaction:
    """The cleaned text and what was done, so the UI can warn the representative."""

    text: str
    cards_masked: int = 0
    cvv_removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.cards_masked or self.cvv_removed)


def redact_payment_data(text: str) -> Redaction:
    """Mask card numbers to their last four digits and remove CVV/CVC/CSC values."""
    cards = 0

    def mask_run(match: re.Match[str]) -> str:
        nonlocal cards
        if len(match.group()) < MIN_DIGITS:  # fast path: too short to hold a card
            return match.group()
        # "+62 812…" is a phone number: a card never follows a "+", so the group right after
        # it cannot start one (later groups still can: "+44 4111 1111 1111 1111").
        after_plus = match.start() > 0 and text[match.start() - 1] == "+"
        masked, found = _mask_cards_in_run(match.group(), first=1 if after_plus else 0)
        cards += found
        return masked

    masked_text = _RUN.sub(mask_run, text)
    masked_text, cvvs = _CVV.subn(_drop_cvv_value, masked_text)
    return Redaction(masked_text, cards, cvvs)


def _drop_cvv_value(match: re.Match[str]) -> str:
    keep = match.start("value") - match.start()  # the keyword and what joins it to the value
    return match.group()[:keep] + CVV_MASK


def _mask_cards_in_run(run: str, first: int = 0) -> tuple[str, int]:
    """Mask every card number whose ends fall on digit-group boundaries within one run.

    Every valid span is masked (all but its last four digits), even where spans overlap, so no
    card can survive next to other digits; the count is of non-overlapping spans, longest first.
    """
    groups = [(m.start(), m.end()) for m in _GROUP.finditer(run)]
    spans: list[tuple[int, int]] = []
    for i in range(first, len(groups)):
        digits = ""
        for j in range(i, len(groups)):
            digits += run[groups[j][0] : groups[j][1]]
            if len(digits) > MAX_DIGITS:
                break
            if len(digits) >= MIN_DIGITS and is_card_number(digits):
                spans.append((i, j))
    if not spans:
        return run, 0
    chars = list(run)
    for i, j in spans:
        positions = [k for g in groups[i : j + 1] for k in range(*g)]
        for k in positions[:-_VISIBLE]:
            chars[k] = MASK
    found, covered_to = 0, -1
    for i, j in sorted(spans, key=lambda span: (span[0], -span[1])):
        if i > covered_to:
            found, covered_to = found + 1, j
    return "".join(chars), found


def is_card_number(digits: str) -> bool:
    """13–19 digits with a known issuer prefix and a valid Luhn check digit."""
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or not digits.isdecimal():
        return False
    ascii_digits = "".join(str(int(ch)) for ch in digits)  # also accepts non-ASCII digits
    return has_card_prefix(ascii_digits) and luhn_valid(ascii_digits)


def has_card_prefix(digits: str) -> bool:
    """Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro or UnionPay issuer prefix."""
    if len(digits) < 4 or not digits.isascii() or not digits.isdigit():
        return False
    two, three, four = int(digits[:2]), int(digits[:3]), int(digits[:4])
    return (
        digits[0] == "4"  # Visa
        or 51 <= two <= 55  # Mastercard
        or 2221 <= four <= 2720  # Mastercard 2-series
        or two in (34, 37)  # Amex
        or two in (36, 38)
        or 300 <= three <= 305  # Diners
        or 3528 <= four <= 3589  # JCB
        or two == 50
        or 56 <= two <= 69  # Maestro; covers Discover 6011/644–649/65, UnionPay 62
    )


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check over an ASCII digit string."""
    total = 0
    for position, ch in enumerate(reversed(digits)):
        value = int(ch)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def redact_text(text: str) -> str:
    """The text with card numbers masked and security codes removed (counts dropped)."""
    return redact_payment_data(text).text if text else text


def redact_tree(value: Any) -> tuple[Any, int, int]:
    """Redact every string inside JSON-like data (dict values, list items, plain strings).

    Returns (new value, cards masked, codes removed). Keys and UUID-shaped strings (record
    ids) are kept as they are: an id is never card data, and changing one would break a link.
    """
    cards = cvvs = 0

    def walk(item: Any) -> Any:
        nonlocal cards, cvvs
        if isinstance(item, str):
            if len(item) == 36 and _UUID.fullmatch(item):
                return item
            done = redact_payment_data(item)
            cards, cvvs = cards + done.cards_masked, cvvs + done.cvv_removed
            return done.text
        if isinstance(item, dict):
            return {k: walk(v) for k, v in item.items()}
        if isinstance(item, list | tuple):
            return [walk(v) for v in item]
        return item

    return walk(value), cards, cvvs


_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
