"""Assertiveness builder (D6): three short answers become one sentence, checked for aggression."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

from agentdesk.coach.analyser import analyse
from agentdesk.coach.model import Finding
from agentdesk.coach.rulefile import STATEMENT_FIELDS
from agentdesk.coach.rules import RuleSet, load_rules

EMPTY = "…"  # stands in for a field not filled in yet
_TRAILING = ".!?,;: \t\r\n"


@dataclass(frozen=True)
class Statement:
    """The sentence to say and what the coach found in it (offsets index ``text``)."""

    text: str
    findings: tuple[Finding, ...]

    @property
    def aggressive(self) -> tuple[Finding, ...]:
        """Findings that make the sentence accusatory or aggressive."""
        return tuple(f for f in self.findings if f.category == "aggressive")


def build_statement(
    when_you: str, i_feel: str, i_would_appreciate: str, *, rules: RuleSet | None = None
) -> Statement:
    """The sentence "When you …, I feel …. I would appreciate it if you …." (rules' language).

    Words the writer repeats from the template ("when you", "I feel") are dropped, as is
    closing punctuation; an empty field shows as "…". ``rules`` default to bundled English.
    """
    rules = rules or _bundled_english()
    leads = _lead_ins(rules.statement)
    values = {
        name: _clean(value, leads.get(name, ""))
        for name, value in zip(
            STATEMENT_FIELDS, (when_you, i_feel, i_would_appreciate), strict=True
        )
    }
    text = rules.statement.format(**values)
    return Statement(text, analyse(text, rules))


@lru_cache(maxsize=1)
def _bundled_english() -> RuleSet:
    return load_rules("en")


def _lead_ins(template: str) -> dict[str, str]:
    """For each field, the words of its clause that come before it ("I would … if you")."""
    leads = {}
    for literal, name, _, _ in string.Formatter().parse(template):
        if name:
            leads[name] = re.split(r"[.,;:!?]", literal)[-1].strip()
    return leads


def _clean(value: str, lead: str) -> str:
    words = value.split()
    lead_words = lead.lower().split()
    lowered = [w.lower() for w in words[: len(lead_words)]]
    for cut in range(len(lead_words)):  # longest repeated tail of the lead first
        tail = lead_words[cut:]
        if lowered[: len(tail)] == tail:
            words = words[len(tail) :]
            break
    text = " ".join(words).rstrip(_TRAILING)
    if not text:
        return EMPTY
    first = text.split(maxsplit=1)[0]
    keep = first == "I" or first.startswith("I'") or sum(map(str.isupper, first)) >= 2
    return text if keep else text[0].lower() + text[1:]
