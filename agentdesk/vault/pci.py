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
MIN_DIGITS = 12  # 12 only for the Maestro ranges that issue 12-digit cards
MAX_DIGITS = 19
_VISIBLE = 4

# What may stand between two digit groups of one card as people type, paste or dictate it:
# spaces of every width (tab, newline, NBSP, thin, figure, en, ideographic…), dashes and minus
# signs (ASCII, Unicode, fullwidth), dots, slashes, underscores, colons, parentheses, and the
# invisible characters that survive copy and paste (soft hyphen, zero-width space/joiners).
_SEP_CHARS = (
    " \t\n\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    "\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
    "./_:()\uff0e\uff0f"
    "\u00ad\u200b-\u200d\u2060\ufeff"
)
# One to three of them: "4111 - 1111", "(4111) 1111", "4111\u00ad1111". Separators hold no
# digit, so the split of a run into digit groups is unique (no backtracking).
_SEP = f"[{_SEP_CHARS}]{{1,3}}"
_RUN = re.compile(rf"\d+(?:{_SEP}\d+)*")
_GROUP = re.compile(r"\d+")
_KEYWORD = (
    r"(?:c\.?v\.?v\.?2?|c\.?v\.?c\.?2?|cvn|csc|security\s+code|"
    r"(?:card\s+)?verification\s+(?:code|value|number)|card\s+verification|"
    r"(?:three|3|four|4)[\s-]+digits?\s+(?:on|at)\s+the\s+(?:back|front)"
    r"(?:\s+of\s+(?:the|my|your)\s+card)?)"
)
_CVV = re.compile(
    rf"(?<![a-z]){_KEYWORD}"
    r"(?P<gap>(?:[\s:=#.\-\"'(\[]|\b(?:is|was|are|were|no|number|code|reads?|says?)\b){0,8})"
    r"(?<!\d)(?P<value>\d{3,4})(?!\d)",
    re.IGNORECASE,
)
# Amex calls it the CID: four digits ("CID 123" is too common a phrase to touch).
_CID = re.compile(r"\bcid(?P<gap>[\s:=#\"'(]{0,4})(?<!\d)(?P<value>\d{4})(?!\d)", re.IGNORECASE)
# The code said first: "123 is the cvv", "987 is my security code".
_CVV_BEFORE = re.compile(
    rf"(?<![\d.,])(?P<value>\d{{3,4}})(?!\d)(?P<gap>\s+(?:is|was|are)\s+(?:the\s+|my\s+|its\s+)?)"
    rf"(?={_KEYWORD}\b)",
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

    masked_text = _RUN.sub(mask_run, text) if _HAS_DIGIT.search(text) else text
    low = masked_text.casefold()
    if not any(hint in low for hint in _CVV_HINTS) or not _HAS_DIGIT.search(masked_text):
        return Redaction(masked_text, cards, 0)  # the common case, without the slow patterns
    cvvs = 0
    for pattern in (_CVV, _CID):
        masked_text, found = pattern.subn(_drop_cvv_value, masked_text)
        cvvs += found
    masked_text, found = _CVV_BEFORE.subn(lambda m: CVV_MASK + m.group("gap"), masked_text)
    return Redaction(masked_text, cards, cvvs + found)


_HAS_DIGIT = re.compile(r"\d")
# Every security-code keyword contains one of these (checked with plain substring search).
_CVV_HINTS = ("cv", "c.v", "csc", "cid", "secur", "verif", "digit")


def _drop_cvv_value(match: re.Match[str]) -> str:
    keep = match.start("value") - match.start()  # the keyword and what joins it to the value
    return match.group()[:keep] + CVV_MASK + match.group()[match.end("value") - match.start() :]


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
    """12–19 digits with a known issuer prefix (and length) and a valid Luhn check digit."""
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or not digits.isdecimal():
        return False
    ascii_digits = "".join(str(int(ch)) for ch in digits)  # also accepts non-ASCII digits
    if not luhn_valid(ascii_digits):
        return False
    if len(ascii_digits) == 12:
        return ascii_digits.startswith(_MAESTRO_12)
    if ascii_digits[0] == "1":  # UATP: always 15 digits
        return len(ascii_digits) == 15
    return has_card_prefix(ascii_digits)


# Maestro ranges known to issue 12-digit cards; other 12-digit numbers are order numbers.
_MAESTRO_12 = ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763")


def has_card_prefix(digits: str) -> bool:
    """Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay, Mir, RuPay, Troy, Elo
    or UATP issuer prefix."""
    if len(digits) < 4 or not digits.isascii() or not digits.isdigit():
        return False
    two, three, four = int(digits[:2]), int(digits[:3]), int(digits[:4])
    return (
        digits[0] in "14"  # UATP, Visa (and Visa Electron, Elo's 4-ranges)
        or 51 <= two <= 55  # Mastercard
        or 2200 <= four <= 2204  # Mir
        or 2221 <= four <= 2720  # Mastercard 2-series
        or two in (34, 37)  # Amex
        or two in (36, 38)
        or 300 <= three <= 305  # Diners
        or 3528 <= four <= 3589  # JCB
        or two == 50  # Maestro, RuPay 508, Elo 50
        or 56 <= two <= 69  # Maestro; Discover 6011/644–649/65, UnionPay 62, RuPay 60/65
        or two in (81, 82)  # RuPay
        or four == 9792  # Troy
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
