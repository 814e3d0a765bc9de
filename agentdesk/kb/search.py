"""What article search shares across layers: filters, tag storage, snippet text.

Pure text handling, no SQL: the full-text backend that runs the queries lives in
`agentdesk.storage.kb_fts`, called by the knowledge service inside its own session.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from agentdesk.kb.records import HIGHLIGHT_END, HIGHLIGHT_START, SNIPPET_ELLIPSIS

TAG_SEPARATOR = "\n"
SNIPPET_WORDS = 18
EXCERPT_CHARS = 400


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search: every tag must be on the article; category and language exactly."""

    tags: tuple[str, ...] = ()
    category: str | None = None
    language: str | None = None


Hit = TypeVar("Hit")


def in_language_first(
    find: Callable[[str | None], list[Hit]], language: str | None
) -> tuple[list[Hit], bool]:
    """(hits, other_languages): what ``find`` returns in ``language``; only when that finds
    nothing, what it returns in every language, and True to say those are other languages'
    (the list marks them). Articles in another language are never mixed in beside the
    reader's own: a representative typing English words in Italian still gets the Italian
    articles that match."""
    hits = find(language)
    if hits or language is None:
        return hits, False
    return find(None), True


def excerpt(body: str, words: int = SNIPPET_WORDS) -> str:
    """The start of a body as snippet text, without highlights."""
    # Clean while the line starts are still there (headings, list bullets), then cut.
    head = body[: words * 20]
    parts = clean_snippet(head).split(maxsplit=words)
    cut = " ".join(parts[:words])
    more = len(parts) > words or len(body) > len(head)
    return cut + (SNIPPET_ELLIPSIS if more else "")


def split_tags(stored: str) -> tuple[str, ...]:
    return tuple(stored.split(TAG_SEPARATOR)) if stored else ()


def join_tags(tags: Sequence[str]) -> str:
    return TAG_SEPARATOR.join(tags)


# A link target, closed or cut off by the snippet's end: "](kb:hold-etiquette)" / "](kb:ho…".
_LINK_TARGET = re.compile(f"\\]\\((?:[^)\\s]*\\)|[^)\\s{SNIPPET_ELLIPSIS}]*)")
# The snippet may start inside a link target: "…kb:taking-names-and-spelling) Forms of".
_CUT_TARGET = re.compile(f"^{SNIPPET_ELLIPSIS}[^\\s()\\[\\]]*\\)[.,;:]?(?=\\s|$)")
# Table rules ("|---|:--:|") and cell borders: cells read as a list.
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+")
_MARKUP = re.compile(r"(^|\s)#{1,6}\s|[*_`]{1,3}|^\s*[-+>]\s|[\[\]]", re.MULTILINE)


def clean_snippet(snippet: str) -> str:
    """A snippet as one line of plain text: Markdown syntax and link targets removed."""
    plain = _LINK_TARGET.sub("", snippet) if "](" in snippet else snippet
    plain = _CUT_TARGET.sub(SNIPPET_ELLIPSIS, plain)
    if "|" in plain:
        plain = _TABLE_RULE.sub(" ", plain)
        plain = " · ".join(cell.strip() for cell in plain.split("|") if cell.strip())
    plain = _MARKUP.sub(lambda m: m.group(1) or "", plain)
    plain = plain.replace(HIGHLIGHT_START + HIGHLIGHT_END, "")
    return " ".join(plain.split())
