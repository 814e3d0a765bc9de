"""Small in-memory word search: prefix match, case- and accent-blind, title > tags > body."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"\w+")

# Words too common to narrow a search; ignored unless the query has nothing else.
STOPWORDS: frozenset[str] = frozenset(
    {
        *("a", "an", "and", "the", "of", "or", "to", "is", "in", "on", "for", "with", "my", "i"),
        *("il", "lo", "la", "gli", "le", "un", "una", "di", "da", "e", "che", "per", "con"),
        *("yang", "dan", "ke", "dari", "untuk", "dengan", "ini", "itu"),
    }
)

TITLE_WEIGHT = 100
TAG_WEIGHT = 10
BODY_WEIGHT = 1


def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` ("Perché" -> "perche")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", stripped)


def words(text: str) -> list[str]:
    """The folded words of ``text``; hyphens and apostrophes split words."""
    return _WORD.findall(fold(text))


class _Field:
    """The sorted distinct words of one field, for prefix look-up by bisection."""

    __slots__ = ("_words",)

    def __init__(self, texts: Iterable[str]) -> None:
        self._words = sorted({w for t in texts for w in words(t)})

    def has_prefix(self, prefix: str) -> bool:
        i = bisect_left(self._words, prefix)
        return i < len(self._words) and self._words[i].startswith(prefix)


class SearchIndex:
    """Index over documents given as (title, tags, body texts); answers with document positions."""

    def __init__(self, docs: Sequence[tuple[str, Sequence[str], Sequence[str]]]) -> None:
        self._fields = [
            (
                (_Field([title]), TITLE_WEIGHT),
                (_Field(tags), TAG_WEIGHT),
                (_Field(body), BODY_WEIGHT),
            )
            for title, tags, body in docs
        ]

    def search(self, query: str) -> list[int]:
        """Positions of documents matching every query word, best score first, ties in order."""
        terms = list(dict.fromkeys(words(query)))
        meaningful = [t for t in terms if t not in STOPWORDS]
        terms = meaningful or terms
        if not terms:
            return []
        scored: list[tuple[int, int]] = []
        for position, fields in enumerate(self._fields):
            score = 0
            for term in terms:
                best = max((w for f, w in fields if f.has_prefix(term)), default=0)
                if not best:
                    break
                score += best
            else:
                scored.append((-score, position))
        return [position for _, position in sorted(scored)]
