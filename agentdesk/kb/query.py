"""Turns what a person typed into safe full-text query strings: the only place MATCH text is built.

Every word is quoted (a double quote inside is doubled), so user input can never be read as
FTS5 syntax (AND, OR, NEAR, ``*``, ``^``, column filters, parentheses). Only characters that the
unicode61 tokenizer treats as letters or digits survive; everything else separates words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agentdesk.kb.stopwords import STOP_WORDS
from agentdesk.kb.text import fold, words

MAX_TERMS = 16
MAX_TERM_CHARS = 64
SHORT_PREFIX = 2
"""A last word this short (still being typed) is looked for in titles, tags and categories."""


@dataclass(frozen=True)
class TypedQuery:
    """The words of a search box, ready for a backend; ``terms[-1]`` is a prefix."""

    terms: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.terms

    @property
    def short_last(self) -> bool:
        return bool(self.terms) and len(self.terms[-1]) <= SHORT_PREFIX


def parse_typed(text: str) -> TypedQuery:
    """Words of a search-as-you-type box: duplicates and (non-final) stop words dropped.

    The last word is kept even if it is a stop word: "ca" may become "card". Stop words
    are kept when nothing else is left ("how to" still searches).
    """
    raw = [w[:MAX_TERM_CHARS] for w in words(text)]
    if not raw:
        return TypedQuery(())
    *head, last = raw
    kept = [w for w in head if fold(w) not in STOP_WORDS]
    if not kept and fold(last) in STOP_WORDS:
        kept = head  # nothing but stop words: search them rather than nothing
    return TypedQuery(tuple(_dedupe([*kept, last]))[-MAX_TERMS:])


def phrase(term: str, *, prefix: bool = False) -> str:
    """One quoted FTS5 phrase; ``prefix`` adds the ``*`` that makes it match word starts."""
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def match_all(query: TypedQuery) -> str | None:
    """Every word must match, the last as a prefix."""
    if query.empty:
        return None
    last = len(query.terms) - 1
    return " ".join(phrase(t, prefix=i == last) for i, t in enumerate(query.terms))


def match_word_start(term: str) -> tuple[str, ...]:
    """For one short word being typed (title index), best first: a title that starts with it,
    a title word that starts with it, a tag or category word that starts with it."""
    word = phrase(term, prefix=True)
    return (f"{{title}} : ^{word}", f"{{title}} : {word}", f"{{tags category}} : {word}")


def match_any(terms: Sequence[str], *, prefix_last: bool = False) -> str | None:
    """Any word may match (OR); bm25 then favours articles that match more and rarer words."""
    terms = [t[:MAX_TERM_CHARS] for t in terms if t][:MAX_TERMS]
    if not terms:
        return None
    last = len(terms) - 1
    return " OR ".join(phrase(t, prefix=prefix_last and i == last) for i, t in enumerate(terms))


def salient_terms(texts: Iterable[str], limit: int = 12) -> list[str]:
    """The words that say most about a conversation: no stop words, no numbers, frequent first.

    Later texts win ties (what the representative is typing now matters more than the greeting).
    """
    counts: Counter[str] = Counter()
    last_seen: dict[str, int] = {}
    position = 0
    for text in texts:
        for word in words(text or ""):
            key = fold(word)
            position += 1
            if len(key) < 3 or key.isdigit() or key in STOP_WORDS:
                continue
            counts[key] += 1
            last_seen[key] = position
    ranked = sorted(counts, key=lambda k: (-counts[k], -last_seen[k]))
    return ranked[:limit]


def _dedupe(terms: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for term in terms:
        key = fold(term)
        if key not in seen:
            seen.add(key)
            out.append(term)
    return out
