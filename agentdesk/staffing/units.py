"""Parsers for durations (30m, 180s, 1h), percentages (30%, 0.3) and targets (80/20)."""

from __future__ import annotations

import math
import re

from agentdesk.errors import ValidationError

_NUMBER = r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+"
_UNIT_SECONDS = {"h": 3600.0, "hr": 3600.0, "m": 60.0, "min": 60.0, "s": 1.0, "sec": 1.0}
_PLAIN = re.compile(rf"\s*({_NUMBER})\s*")
_PART = re.compile(rf"\s*({_NUMBER})\s*(hr|h|min|m|sec|s)", re.IGNORECASE)
_PERCENT = re.compile(rf"\s*(-?)\s*({_NUMBER})\s*(%?)\s*")
# Inputs longer than this are typos or attacks, never durations; checked before the regex.
_MAX_LENGTH = 64


def parse_duration(text: str, field: str = "duration") -> float:
    """Seconds in `text`: 180s, 30m, 1h, 1h30m, 2.5min, or a plain number of seconds.

    Raises ValidationError for anything else, including negative and non-finite values.
    """
    if len(text) > _MAX_LENGTH:
        raise _duration_error(field)
    plain = _PLAIN.fullmatch(text)
    if plain:
        return _finite(float(plain.group(1)), field, text)
    total = 0.0
    position = 0
    stripped = text.rstrip()
    while position < len(stripped):
        part = _PART.match(stripped, position)
        if part is None:
            value = text.strip()
            raise ValidationError(
                f"{field}: expected a duration like 180s, 30m, 1h or 1h30m, got '{value}'.",
                field=field,
                code="staffing.duration_got",
                params={"name": field, "value": value},
            )
        total += float(part.group(1)) * _UNIT_SECONDS[part.group(2).lower()]
        position = part.end()
    if position == 0:
        raise _duration_error(field)
    return _finite(total, field, text)


def _duration_error(field: str) -> ValidationError:
    return ValidationError(
        f"{field}: expected a duration like 180s, 30m or 1h.",
        field=field,
        code="staffing.duration",
        params={"name": field},
    )


def parse_fraction(text: str, field: str = "percentage") -> float:
    """A share as a fraction: 30% and 0.3 both give 0.3.

    A plain number above 1 is refused rather than guessed at (is 30 meant as 30%?).
    The caller checks the range; this only checks the form.
    """
    match = _PERCENT.fullmatch(text) if len(text) <= _MAX_LENGTH else None
    if match is None:
        raise ValidationError(
            f"{field}: expected a percentage like 30% or a fraction like 0.3.",
            field=field,
            code="staffing.fraction",
            params={"name": field},
        )
    sign, number, percent = match.groups()
    value = float(number) * (-1.0 if sign else 1.0)
    if percent:
        return _finite(value / 100.0, field, text)
    if abs(value) > 1.0:
        raise ValidationError(
            f"{field}: {number} is ambiguous; write {number}% or a fraction like 0.3.",
            field=field,
            code="staffing.fraction_ambiguous",
            params={"name": field, "number": number},
        )
    return value


def parse_target(text: str, field: str = "target") -> tuple[float, float]:
    """(service level fraction, answer time in seconds) from 80/20, 80%/20s or 0.8/1m.

    The usual contact-centre shorthand: the share of calls answered within the time.  On the
    left a plain number above 1 is a percentage (80 means 80%); on the right plain numbers
    are seconds.
    """
    left, slash, right = text.partition("/")
    if not slash or "/" in right or len(text) > _MAX_LENGTH:
        raise ValidationError(
            f"{field}: expected a service-level target like 80/20 (80% within 20 seconds).",
            field=field,
            code="staffing.target",
            params={"name": field},
        )
    plain = _PLAIN.fullmatch(left)
    if plain and float(plain.group(1)) > 1.0:
        share = _finite(float(plain.group(1)) / 100.0, field, text)
    else:
        share = parse_fraction(left, field)
    return share, parse_duration(right, field)


def _finite(value: float, field: str, text: str) -> float:
    if not math.isfinite(value):
        value = text.strip()
        raise ValidationError(
            f"{field}: '{value}' is too large.",
            field=field,
            code="staffing.too_large",
            params={"name": field, "value": value},
        )
    return value
