"""What the knowledge base services hand out: frozen dataclasses, never ORM rows.

Snippet highlighting: ``ArticleHit.snippet`` is plain text (Markdown syntax removed) in which
each matched word is wrapped in ``HIGHLIGHT_START`` (U+0002) and ``HIGHLIGHT_END`` (U+0003).
Control characters cannot occur in article text or be confused with Markdown; the dock turns
them into bold with ``highlight_spans()`` (or a plain ``str.replace`` into ``<b>``/``</b>``
after HTML-escaping). ``SNIPPET_ELLIPSIS`` marks text cut at either end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from agentdesk.changes import Changes

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
SNIPPET_ELLIPSIS = "…"


def highlight_spans(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """(text without markers, [(start, end) of each highlighted run in that text])."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    length = 0
    for char in snippet:
        if char == HIGHLIGHT_START:
            start = length if start is None else start
        elif char == HIGHLIGHT_END:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            text.append(char)
            length += 1
    if start is not None and length > start:
        spans.append((start, length))
    return "".join(text), spans


@dataclass(frozen=True)
class ArticleHit:
    """One row of a result list. ``id`` is the article's slug (what ``kb:`` links name).

    Lists come in rank order. ``score`` is relevance (higher is better) from the search
    backend, the view count for ``most_viewed()``, and 0 for ``recent()``. ``language`` is the
    article's (a code such as "it"; empty when not known), so a list can mark the articles
    that are not in the reader's language.
    """

    id: str
    title: str
    category: str
    tags: tuple[str, ...]
    snippet: str
    score: float
    language: str = ""


@dataclass(frozen=True)
class Article:
    """One article to read: ``body`` is Markdown; links to other articles are ``kb:<id>``."""

    id: str
    title: str
    category: str
    language: str
    tags: tuple[str, ...]
    updated: date
    body: str
    revision: int


@dataclass(frozen=True)
class ArticleDraft:
    """What a team leader saves; ``updated`` defaults to today when left empty."""

    id: str
    title: str
    body: str
    category: str
    language: str = "en"
    tags: tuple[str, ...] = ()
    updated: date | None = None


@dataclass(frozen=True)
class ArticleRevision:
    """One saved version of an article, for the history view."""

    number: int
    title: str
    saved_at: datetime
    saved_by: str


@dataclass(frozen=True)
class ArticleFeedbackSummary:
    """Feedback on one article, for team leaders; ``comments`` newest first."""

    article_id: str
    title: str
    helpful: int
    out_of_date: int
    comments: tuple[str, ...]
    last_at: datetime


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts, and problems as ``path:line: message`` (import went on)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: tuple[str, ...] = ()
    derived: tuple[str, ...] = ()  # "path: derived id 'x' from the file name; ..." per file

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    @property
    def changes(self) -> Changes:
        return Changes.KB if self.changed else Changes.NONE


@dataclass(frozen=True)
class CannedResponse:
    """A reusable reply; ``code`` is what the representative types (``::refund``)."""

    code: str
    title: str
    language: str
    body: str
