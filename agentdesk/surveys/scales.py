"""The three survey scales: CSAT 1-5 (4-5 satisfied), CES 1-7 (higher: easier), NPS 0-10
(9-10 promoters, 0-6 detractors)."""

from __future__ import annotations

import re
from types import MappingProxyType

from agentdesk.errors import ValidationError

KINDS = ("csat", "ces", "nps")
RANGES = MappingProxyType({"csat": (1, 5), "ces": (1, 7), "nps": (0, 10)})
COMMENT_LIMIT = 1000


def scores(kind: str) -> range:
    low, high = RANGES[kind]
    return range(low, high + 1)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            f"Survey: one of {', '.join(KINDS)}.",
            "kind",
            code="survey.unknown_kind",
            params={"choices": ", ".join(KINDS)},
        )
    return kind


def check_score(kind: str, score: object) -> int:
    """The score as an int within the kind's scale; ValidationError (coded) otherwise."""
    check_kind(kind)
    low, high = RANGES[kind]
    if isinstance(score, bool) or not isinstance(score, int) or not low <= score <= high:
        raise ValidationError(
            f"{kind.upper()} score: a whole number from {low} to {high}.",
            "score",
            code="survey.score_range",
            params={"kind": kind.upper(), "low": low, "high": high},
        )
    return score


def check_comment(comment: str) -> str:
    text = comment.strip()
    if len(text) > COMMENT_LIMIT:
        raise ValidationError(
            f"Comment: at most {COMMENT_LIMIT} characters.",
            "comment",
            code="survey.comment_too_long",
            params={"limit": COMMENT_LIMIT},
        )
    if _HIDDEN.search(text):
        # Control characters and bidi overrides would hide or reverse what a reviewer reads.
        raise ValidationError(
            "Comment: no control characters.", "comment", code="survey.comment_control"
        )
    return text


_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
