"""Phrase trie over tokens: finds, at each token of a text, the longest phrase starting there."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Why a trie and not regular expressions: trying every rule at every position costs rules ×
# characters, and one regex holding thousands of phrases takes seconds to compile. A trie of
# phrase tokens, walked only from tokens that start some phrase, is plain dictionaries: fast
# to build and to search.

_TARGET = ""  # key under which a trie node keeps the target of the phrase ending there


class Matcher:
    """Longest-phrase lookup built from (phrase tokens, target) pairs."""

    def __init__(self, phrases: Iterable[tuple[Sequence[str], int]]) -> None:
        """A later duplicate of a phrase replaces the earlier one's target."""
        self._roots: dict[str, dict] = {}
        self.phrase_count = 0
        for parts, target in phrases:
            if not parts:
                continue
            node = self._roots.setdefault(parts[0], {})
            for part in parts[1:]:
                node = node.setdefault(part, {})
            self.phrase_count += _TARGET not in node
            node[_TARGET] = target

    def candidates(self, words: Sequence[str]) -> list[tuple[int, int, int]]:
        """(first token, last token, target) of the longest phrase at each token."""
        roots = self._roots
        count = len(words)
        found: list[tuple[int, int, int]] = []
        for i in [i for i, word in enumerate(words) if word in roots]:
            node = roots[words[i]]
            best = (i, i, node[_TARGET]) if _TARGET in node else None
            j = i + 1
            while j < count:
                node = node.get(words[j])
                if node is None:
                    break
                if _TARGET in node:
                    best = (i, j, node[_TARGET])
                j += 1
            if best is not None:
                found.append(best)
        return found
