"""'Did you mean': the words of article titles and tags, with near-miss lookup for typos.

An in-memory symmetric-delete index: every word is stored under itself and its deletions (one
letter for words of 4-7 letters, up to two for longer ones); a typed word looks up the same,
and candidates are confirmed with the Damerau-Levenshtein (optimal string alignment) distance.
Every typo within the allowed distance (swapped, missing, extra or wrong letters) is found.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from agentdesk.kb.text import fold, words

TITLE_WEIGHT = 1_000_000  # title and tag words first, then body words by how often used


def max_distance(word: str) -> int:
    """How far a correction may be: none for short words, one for medium, two for long."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, or ``limit + 1`` once it is clearly above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _deletes_up_to(word: str, depth: int) -> set[str]:
    found: set[str] = set()
    layer = {word}
    for _ in range(depth):
        layer = {shorter for w in layer for shorter in _deletes(w)}
        found |= layer
    return found


class Vocabulary:
    """Folded words with how many titles/tags use them and the form to show."""

    def __init__(self, counts: Counter[str], shown: dict[str, str]) -> None:
        self._counts = counts
        self._shown = shown
        self._sorted = sorted(counts)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        for word in counts:
            self._by_key[word].add(word)
            for key in _deletes_up_to(word, max_distance(word)):
                self._by_key[key].add(word)

    @classmethod
    def from_texts(
        cls, texts: Iterable[str], body_terms: Mapping[str, int] | None = None
    ) -> Vocabulary:
        """Words of ``texts`` (titles and tags), and ``body_terms`` (folded word: how many
        articles use it). A title or tag word outranks any body word at the same distance."""
        counts: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for text in texts:
            for word in words(text):
                key = fold(word)
                counts[key] += 1
                forms[key][word.lower()] += 1
        shown = {key: forms[key].most_common(1)[0][0] for key in counts}
        for key in counts:
            counts[key] += TITLE_WEIGHT
        for term, used in (body_terms or {}).items():
            if term not in counts:
                counts[term] = used
                shown[term] = term
        return cls(counts, shown)

    def __len__(self) -> int:
        return len(self._counts)

    def __contains__(self, word: str) -> bool:
        return fold(word) in self._counts

    def starts_a_word(self, prefix: str) -> bool:
        key = fold(prefix)
        i = bisect.bisect_left(self._sorted, key)
        return i < len(self._sorted) and self._sorted[i].startswith(key)

    def corrections(self, word: str, limit: int = 3) -> list[str]:
        """Known words close to ``word``: nearest first, then the most used."""
        key = fold(word)
        allowed = max_distance(key)
        if not allowed:
            return []
        probes = {key} | _deletes_up_to(key, allowed)
        candidates = set().union(*(self._by_key.get(p, ()) for p in probes))
        scored = []
        for candidate in candidates:
            distance = edit_distance(key, candidate, allowed)
            if 0 < distance <= allowed:
                scored.append((distance, -self._counts[candidate], candidate))
        return [self._shown[c] for _, _, c in sorted(scored)[:limit]]

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Whole queries with misspelt words replaced; [] when every word is known.

        The last word counts as known when it starts a known word (it may still be typed).
        """
        typed = words(query)
        choices: list[list[str]] = []
        changed = False
        for i, word in enumerate(typed):
            last = i == len(typed) - 1
            known = word in self or (last and self.starts_a_word(word))
            options = [] if known else self.corrections(word, limit)
            changed |= bool(options)
            choices.append(options or [word])
        if not changed:
            return []
        best = [options[0] for options in choices]
        out = [" ".join(best)]
        for i, options in enumerate(choices):
            for alternative in options[1:]:
                out.append(" ".join([*best[:i], alternative, *best[i + 1 :]]))
        return list(dict.fromkeys(out))[:limit]
