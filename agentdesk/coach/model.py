"""Data types of the phrase coach: categories, rules and findings."""

from __future__ import annotations

from dataclasses import dataclass

# Order is the order the UI lists them in; rule files may use only these.
CATEGORIES: tuple[str, ...] = (
    "aggressive",  # D3/D6: accusations, insults, commands, blame
    "least-helpful",  # D11: phrases that dismiss or lecture the caller
    "goodwill",  # T8: sentences that lose the caller's goodwill
    "absence",  # T8: saying why a colleague is away
    "reframe",  # D12: negative wording with a positive equivalent
    "absolute",  # D11: always, never, everyone ...
    "jargon",  # T1: internal shorthand the caller may not know
)

# Notes and messages record facts ("the parcel never arrived" is not an absolute to soften):
# they are coached for tone only, and no replacement is offered there, because one would
# change what the record says. Replies to the customer keep every category.
RECORD_CATEGORIES: tuple[str, ...] = ("aggressive", "least-helpful", "goodwill")


@dataclass(frozen=True)
class Rule:
    """One coaching rule: the phrases it catches and what to say instead."""

    id: str
    category: str
    phrases: tuple[str, ...]
    suggestion: str
    why: str
    source: str = ""  # "path:line" where the rule is defined, for messages
    # False: the suggestion is advice for a new sentence, not a drop-in for the phrase (it
    # would read wrongly or change the meaning in place), so no one-click replacement.
    replace: bool = True


@dataclass(frozen=True)
class Finding:
    """A phrase found in a text; ``text[start:end] == matched`` for the analysed text."""

    start: int
    end: int
    category: str
    rule_id: str
    matched: str
    why: str
    suggestion: str
    replaceable: bool = True  # False: advice only, nothing is put in place of the phrase
