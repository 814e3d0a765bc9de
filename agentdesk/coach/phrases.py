"""The phrase pattern language of rule files: "(a|b)" for one of, "[a]" for optional."""

from __future__ import annotations

import re

MAX_EXPANSIONS = 256  # one pattern may stand for at most this many phrases
MAX_TOKENS = 40  # longest phrase, in words and punctuation marks

_TOKENS = re.compile(r"\w+|[^\w\s]")


class PatternError(ValueError):
    """A phrase pattern that cannot be read; the message says where and why."""


def expand(pattern: str) -> list[str]:
    """Every phrase a pattern stands for, whitespace collapsed, empty ones dropped, in order.

    ``"i (will|would) have to"`` → ``["i will have to", "i would have to"]``;
    ``"[please] hold on"`` → ``["please hold on", "hold on"]``.
    """
    parser = _Parser(pattern)
    raw = parser.alternatives(closing="")
    seen: dict[str, None] = {}
    for text in raw:
        phrase = " ".join(text.split())
        if phrase:
            seen.setdefault(phrase, None)
    if not seen:
        raise PatternError("the phrase is empty")
    return list(seen)


def check_phrase(phrase: str) -> str | None:
    """Why an expanded (and normalised) phrase cannot be used, or None when it can."""
    if not re.match(r"\w", phrase):
        return f"'{phrase}' must start with a letter or digit"
    if len(_TOKENS.findall(phrase)) > MAX_TOKENS:
        return f"'{phrase[:40]}…' is longer than {MAX_TOKENS} words"
    return None


class _Parser:
    """Recursive descent over the pattern; sequences multiply, alternatives add up."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def alternatives(self, closing: str) -> list[str]:
        options: list[str] = []
        current = [""]
        while self.pos < len(self.text):
            char = self.text[self.pos]
            self.pos += 1
            if char in "([":
                inner = self.alternatives(closing=")" if char == "(" else "]")
                if char == "[":
                    inner.append("")
                current = self._product(current, inner)
            elif char == "|":
                options.extend(current)
                current = [""]
            elif char == closing:
                options.extend(current)
                return self._limited(options)
            elif char in ")]":
                raise PatternError(f"unexpected '{char}' at character {self.pos}")
            elif char in "?*+" and self.pos >= 2 and self.text[self.pos - 2] in ")]":
                raise PatternError(
                    f"'{self.text[self.pos - 2]}{char}' at character {self.pos - 1} looks like a "
                    "regular expression; write optional words in [brackets]"
                )
            else:
                current = [text + char for text in current]
        if closing:
            raise PatternError(f"missing '{closing}' at the end")
        options.extend(current)
        return self._limited(options)

    def _product(self, left: list[str], right: list[str]) -> list[str]:
        return self._limited([a + b for a in left for b in right])

    @staticmethod
    def _limited(items: list[str]) -> list[str]:
        if len(items) > MAX_EXPANSIONS:
            raise PatternError(f"stands for more than {MAX_EXPANSIONS} phrases; split it up")
        return items
