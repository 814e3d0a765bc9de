"""The phrase coach: findings for a text, and the one-click replacement of a finding."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

from agentdesk.coach.model import RECORD_CATEGORIES, Finding, Rule
from agentdesk.coach.normalise import Tokens
from agentdesk.coach.rules import ALLOW, RuleSet

_SENTENCE_ENDS = ".!?\n\r:;"


def analyse(
    text: str,
    rules: RuleSet,
    categories: Collection[str] | None = None,
    *,
    record: bool = False,
) -> tuple[Finding, ...]:
    """Findings in ``text`` ordered by position; ``text[f.start:f.end] == f.matched``.

    Matching ignores case, extra spaces and line breaks between words, and the difference
    between contracted and full forms ("can't" = "cannot", "I'll" = "I will"). Where matches
    overlap the longest wins, then the earliest; an allowed phrase hides every shorter
    match it overlaps and is itself never reported.
    ``categories`` limits the rules used (None: all).  ``record``: the text is a note or a
    message (a record of facts): only RECORD_CATEGORIES are used, and no finding offers a
    replacement.
    """
    if not text:
        return ()
    if record:
        allowed = RECORD_CATEGORIES if categories is None else categories
        categories = [c for c in allowed if c in RECORD_CATEGORIES]
    tokens = rules.normaliser.tokens(text)
    found = rules.matcher.candidates(tokens.words)
    if not found:
        return ()
    rule_list, starts, ends, words = rules.rules, tokens.starts, tokens.ends, tokens.words
    ranked = sorted(
        (
            item
            for item in found
            if item[2] == ALLOW or categories is None or rule_list[item[2]].category in categories
        ),
        key=lambda item: (starts[item[0]] - ends[item[1]], starts[item[0]]),
    )
    taken = bytearray(len(words))
    negations, last_word = rules.negations, len(words) - 1
    findings = []
    for first, last, target in ranked:
        if last < last_word and words[last + 1] in negations:
            continue  # "I can" in "I can't", "you must" in "you must not"
        if target == ALLOW:  # never blocked, so overlapping allowed phrases all protect
            taken[first : last + 1] = b"\x01" * (last + 1 - first)
        elif taken.find(1, first, last + 1) == -1:
            taken[first : last + 1] = b"\x01" * (last + 1 - first)
            findings.append(_finding(text, tokens, first, last, rule_list[target], record))
    findings.sort(key=lambda finding: finding.start)
    return tuple(findings)


def apply(text: str, finding: Finding) -> str:
    """``text`` with the finding's phrase replaced by its suggestion.

    ValueError when the text no longer holds the matched phrase at that place (it was
    edited after the analysis).
    """
    if text[finding.start : finding.end] != finding.matched:
        raise ValueError("the text has changed since it was analysed")
    if not finding.replaceable:
        raise ValueError("this finding is advice only; nothing replaces the phrase")
    return text[: finding.start] + finding.suggestion + text[finding.end :]


def apply_all(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every (non-overlapping) finding replaced, last first so offsets hold."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        if finding.replaceable:
            text = apply(text, finding)
    return text


def _finding(
    text: str, tokens: Tokens, first: int, last: int, rule: Rule, record: bool = False
) -> Finding:
    start, end, prefix, suffix = tokens.span(first, last)
    matched = text[start:end]
    replaceable = rule.replace and not record
    if replaceable:
        suggestion = match_case(
            matched,
            prefix + rule.suggestion + suffix,
            _starts_sentence(text, start),
            name=rule.category == "jargon",
        )
    elif record:
        suggestion = ""  # a record of facts: the tone is flagged, nothing is suggested
    else:
        suggestion = rule.suggestion  # advice: shown as it is written
    return Finding(start, end, rule.category, rule.id, matched, rule.why, suggestion, replaceable)


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'(“‘":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_ENDS


def match_case(
    matched: str, suggestion: str, sentence_start: bool = False, name: bool = False
) -> str:
    """The suggestion with its first letter in the case of the matched phrase's first letter.

    "I" and acronyms in the suggestion keep their capitals. A capital in an acronym ("AHT")
    or, with ``name``, in a term such as a product name says nothing about the sentence, so
    then only a sentence start gives a capital.
    """
    m_at = 0 if matched[:1].isalpha() else _first_letter(matched)
    if m_at < 0:
        return suggestion
    upper = False
    if matched[m_at].isupper():
        word = matched[m_at : m_at + 16].split(maxsplit=1)[0]
        capitals = sum(map(str.isupper, word))
        # "AHT", "L2", "T&Cs" or shouting: the capital says nothing about the sentence.
        acronym = capitals >= 2 or (len(word) > 1 and not any(map(str.islower, word)))
        upper = sentence_start if acronym or name else True
    return _recase(suggestion, upper)


@lru_cache(maxsize=4096)
def _recase(suggestion: str, upper: bool) -> str:
    at = _first_letter(suggestion)
    if at < 0:
        return suggestion
    letter, after = suggestion[at], suggestion[at + 1 : at + 2]
    if upper:
        changed = letter.upper()
    elif letter.islower() or (letter == "I" and not after.isalpha()) or after.isupper():
        return suggestion  # already lower case, the pronoun "I", or an acronym
    else:
        changed = letter.lower()
    return suggestion[:at] + changed + suggestion[at + 1 :]


def _first_letter(text: str) -> int:
    return next((i for i, ch in enumerate(text) if ch.isalpha()), -1)
