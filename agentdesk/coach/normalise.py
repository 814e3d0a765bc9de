"""Tokens for matching: lower case, one apostrophe, contractions expanded, original offsets kept."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import accumulate

# A word (apostrophes inside it included: "can't", "l'ho") or one punctuation mark. Hyphens
# and whitespace only separate tokens, so "follow-up" reads as "follow up".
_SPLIT = re.compile(r"(\w+(?:'\w+)*|[^\w\s-])")
# Typographic apostrophes become ASCII so "can’t" and "can't" are the same word.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\uff07": "'"})


def lower_keeping_length(text: str) -> str:
    """``text.lower()`` with one output character per input character, apostrophes unified."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower to two ("İ" → "i̇"); keep those as they are so offsets hold.
        low = "".join(ch if len(small := ch.lower()) != 1 else small for ch in text)
    return low if low.isascii() else low.translate(_APOSTROPHES)


@dataclass(frozen=True)
class Contractions:
    """Short forms of one language: whole words ("can't") and endings ("n't", "'ll")."""

    words: Mapping[str, str] = field(default_factory=dict)
    endings: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Tokens:
    """Normalised tokens of a text with the original span of each.

    The pieces of an expanded contraction ("can't" → "can", "not") share the span of the
    original word; ``pieces`` maps their token index to (all pieces, index of this one).
    """

    words: list[str]
    starts: list[int]
    ends: list[int]
    pieces: dict[int, tuple[tuple[str, ...], int]]

    def span(self, first: int, last: int) -> tuple[int, int, str, str]:
        """Original (start, end) of tokens first..last, plus the text a replacement must
        keep before and after when the match starts or ends inside a contracted word."""
        prefix = suffix = ""
        if first in self.pieces:
            words, at = self.pieces[first]
            prefix = " ".join(words[:at]) + " " if at else ""
        if last in self.pieces:
            words, at = self.pieces[last]
            suffix = " " + " ".join(words[at + 1 :]) if at + 1 < len(words) else ""
        return self.starts[first], self.ends[last], prefix, suffix


class Normaliser:
    """Turns text into tokens; built once per rule set."""

    def __init__(self, contractions: Contractions) -> None:
        self._words = {
            lower_keeping_length(k): tuple(v.lower().split()) for k, v in contractions.words.items()
        }
        self._endings = sorted(
            (
                (lower_keeping_length(k), tuple(v.lower().split()))
                for k, v in contractions.endings.items()
            ),
            key=lambda item: -len(item[0]),
        )
        self._plain = frozenset(k for k in self._words if "'" not in k)
        self._active = bool(self._words or self._endings)
        self._memo: dict[str, tuple[str, ...] | None] = {}

    def phrase(self, phrase: str) -> list[str]:
        """Tokens of a rule phrase, normalised like a text."""
        return self.tokens(phrase).words

    def tokens(self, text: str) -> Tokens:
        low = lower_keeping_length(text)
        parts = _SPLIT.split(low)
        offsets = list(accumulate(map(len, parts)))
        words, starts, ends = parts[1::2], offsets[0:-1:2], offsets[1::2]
        if not self._active or ("'" not in low and self._plain.isdisjoint(words)):
            return Tokens(words, starts, ends, {})
        plain = self._plain
        hits = [i for i, word in enumerate(words) if "'" in word or word in plain]
        out_words: list[str] = []
        out_starts: list[int] = []
        out_ends: list[int] = []
        pieces: dict[int, tuple[tuple[str, ...], int]] = {}
        done = 0
        for i in hits:
            expansion = self._expand(words[i])
            if expansion is None:
                continue
            out_words += words[done:i]
            out_starts += starts[done:i]
            out_ends += ends[done:i]
            base = len(out_words)
            for at in range(len(expansion)):
                pieces[base + at] = (expansion, at)
            out_words += expansion
            out_starts += [starts[i]] * len(expansion)
            out_ends += [ends[i]] * len(expansion)
            done = i + 1
        if not pieces:
            return Tokens(words, starts, ends, {})
        out_words += words[done:]
        out_starts += starts[done:]
        out_ends += ends[done:]
        return Tokens(out_words, out_starts, out_ends, pieces)

    def _expand(self, word: str) -> tuple[str, ...] | None:
        """The words a contracted word stands for, or None when it is not one."""
        if word in self._memo:
            return self._memo[word]
        found = self._words.get(word)
        if found is None:
            stem, tail = word, ()
            matched = True
            while matched:
                matched = False
                for ending, replacement in self._endings:
                    if stem.endswith(ending) and len(stem) > len(ending):
                        stem, tail = stem[: -len(ending)], replacement + tail
                        matched = True
                        break
            if tail:
                found = self._words.get(stem, (stem,)) + tail
        if len(self._memo) < 10_000:  # bounded: texts are arbitrary
            self._memo[word] = found
        return found
