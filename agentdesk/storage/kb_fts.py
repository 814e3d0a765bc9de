"""Article search behind one interface: ``SearchBackend``, with SQLite FTS5 as ``Fts5Search``.

The knowledge service picks a backend with ``backend_for(dialect)`` and calls it inside its own
session; a PostgreSQL full-text backend for the team database plugs in here without any change
to the service's API or the UI. This is the only module that runs FTS5 SQL (the storage layer;
the core `agentdesk.kb.search` holds the SQL-free parts).

Ranking (FTS5): articles whose title, tags or category hold every typed word come first (from
the small title index), then articles that also need the body (from the full index); within
each group bm25 with column weights title 10, tags 5, category 3, body 1. A last word of one or
two letters (still being typed) is matched in titles, tags and categories only: in the bodies
it would match nearly every article and say nothing. Those hits show the start of the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from sqlalchemy import bindparam, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from agentdesk.errors import KnownError
from agentdesk.kb.query import TypedQuery, match_all, match_any, match_word_start
from agentdesk.kb.records import SNIPPET_ELLIPSIS, ArticleHit
from agentdesk.kb.search import (
    EXCERPT_CHARS,
    SNIPPET_WORDS,
    TAG_SEPARATOR,
    SearchFilters,
    clean_snippet,
    excerpt,
    split_tags,
)
from agentdesk.storage.engine import reader
from agentdesk.storage.session import Database


class SearchBackend(Protocol):
    """Full-text search over live (not deleted) articles, run inside the caller's session."""

    def search(
        self, session: Session, query: TypedQuery, filters: SearchFilters, limit: int
    ) -> list[ArticleHit]:
        """Articles matching every word (the last as a prefix), best first."""
        ...

    def related(
        self, session: Session, terms: Sequence[str], filters: SearchFilters, limit: int
    ) -> list[ArticleHit]:
        """Articles matching any of ``terms``, best first (context suggestions)."""
        ...

    def rebuild(self, session: Session) -> None:
        """Recreate the index from the article table (repair; normally triggers keep it)."""
        ...


class SearchUnavailableError(KnownError):
    """This database has no full-text search the knowledge base can use."""


def backend_for(dialect: str) -> SearchBackend:
    """The backend for a SQLAlchemy dialect name."""
    if dialect == "sqlite":
        return Fts5Search()
    raise SearchUnavailableError(
        f"Knowledge base search is not available on a {dialect} database yet.",
        code="kb.search_unavailable",
        dialect=dialect,
    )


def fts5_available(db: Database) -> bool:
    """True when the SQLite library has FTS5; call it at start-up.

    Works before migrating too (``Database(make_engine(url))``); migration 0002 itself stops
    with a KnownError that says what is missing.
    """
    if not db.is_sqlite:
        return False
    try:
        with reader(db.engine).connect() as conn:
            conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.agentdesk_fts5_probe USING fts5(x)")
            conn.exec_driver_sql("DROP TABLE temp.agentdesk_fts5_probe")
            conn.rollback()
    except OperationalError:
        return False
    return True


# (table, columns, bm25 weights in column order)
TITLE_INDEX = ("article_title_fts", "title, tags, category", "10.0, 5.0, 3.0")
FULL_INDEX = ("article_fts", "title, tags, category, body", "10.0, 5.0, 3.0, 1.0")


class Fts5Search:
    """SQLite FTS5 over ``article_title_fts`` and ``article_fts`` (made by migration 0002)."""

    def search(
        self, session: Session, query: TypedQuery, filters: SearchFilters, limit: int
    ) -> list[ArticleHit]:
        if query.empty or limit <= 0:
            return []
        if query.short_last and len(query.terms) == 1:
            return self._word_start(session, query.terms[0], filters, limit)
        expression = match_all(query)
        ranked = self._rank(session, TITLE_INDEX, expression, filters, limit)
        if query.short_last:
            # Highlighting one or two letters across every body would cost more than it shows.
            return self._hits(session, ranked, None)
        if len(ranked) < limit:
            seen = {doc for doc, _ in ranked}
            more = self._rank(session, FULL_INDEX, expression, filters, limit + len(ranked))
            ranked += [row for row in more if row[0] not in seen][: limit - len(ranked)]
        return self._hits(session, ranked, expression)

    def related(
        self, session: Session, terms: Sequence[str], filters: SearchFilters, limit: int
    ) -> list[ArticleHit]:
        expression = match_any(terms)
        if expression is None or limit <= 0:
            return []
        ranked = self._rank(session, FULL_INDEX, expression, filters, limit)
        return self._hits(session, ranked, expression)

    def rebuild(self, session: Session) -> None:
        # Not FTS5's own 'rebuild': that would index deleted (tombstoned) articles as well.
        for table, columns, _ in (TITLE_INDEX, FULL_INDEX):
            session.execute(text(f"INSERT INTO {table}({table}) VALUES ('delete-all')"))
            session.execute(
                text(
                    f"INSERT INTO {table}(rowid, {columns}) SELECT doc_id, {columns} "
                    "FROM article WHERE deleted_at IS NULL"
                )
            )

    def _word_start(
        self, session: Session, term: str, filters: SearchFilters, limit: int
    ) -> list[ArticleHit]:
        """One or two letters: titles starting with them first, then any title word, then
        tags and categories; each group by title. No bm25: it would rank nearly every article
        to show twenty, and one letter says nothing about relevance."""
        group_of: dict[int, int] = {}
        for group, expression in enumerate(match_word_start(term)):
            if len(group_of) >= limit:
                break
            for doc in self._first(session, expression, filters, limit):
                if len(group_of) < limit:
                    group_of.setdefault(doc, group)
        found = self._fetch(session, list(group_of), None)
        ordered = sorted(found, key=lambda doc: (group_of[doc], found[doc].title.casefold()))
        return [found[doc] for doc in ordered]

    def _first(
        self, session: Session, expression: str, filters: SearchFilters, limit: int
    ) -> list[int]:
        table = TITLE_INDEX[0]
        where, params = _filter_sql(filters)
        join = f" JOIN article ON article.doc_id = {table}.rowid" if where else ""
        sql = f"SELECT {table}.rowid FROM {table}{join} WHERE {table} MATCH :q{where} LIMIT :n"
        return [
            row[0] for row in session.execute(text(sql), {**params, "q": expression, "n": limit})
        ]

    def _rank(
        self,
        session: Session,
        index: tuple[str, str, str],
        expression: str,
        filters: SearchFilters,
        limit: int,
    ) -> list[tuple[int, float]]:
        table, _, weights = index
        where, params = _filter_sql(filters)
        # Joining the article table costs a lookup per match: only when a filter needs it.
        join = f" JOIN article ON article.doc_id = {table}.rowid" if where else ""
        sql = (
            f"SELECT {table}.rowid, bm25({table}, {weights}) AS score "
            f"FROM {table}{join} WHERE {table} MATCH :q{where} ORDER BY score LIMIT :n"
        )
        found = session.execute(text(sql), {**params, "q": expression, "n": limit})
        return [(row[0], row[1]) for row in found]

    def _hits(
        self, session: Session, ranked: list[tuple[int, float]], expression: str | None
    ) -> list[ArticleHit]:
        found = self._fetch(session, [doc for doc, _ in ranked], expression)
        # bm25() is negative, more negative is better: the score is its opposite.
        return [replace(found[doc], score=-score) for doc, score in ranked if doc in found]

    def _fetch(
        self, session: Session, docs: list[int], expression: str | None
    ) -> dict[int, ArticleHit]:
        """Hits (score 0) by doc id: highlighted snippets, or the body's start without a query."""
        if not docs:
            return {}
        if expression is None:
            found = session.execute(
                text(
                    "SELECT doc_id, slug, title, category, tags, language, "
                    "substr(body, 1, :chars) FROM article WHERE doc_id IN :docs"
                ).bindparams(bindparam("docs", expanding=True)),
                {"docs": docs, "chars": EXCERPT_CHARS},
            )
        else:
            # "+rowid" keeps the id list away from FTS5's rowid lookup, which would re-run the
            # (possibly prefix) query once per id: the match is scanned once, and snippet()
            # and the article lookup run only for these rows.
            found = session.execute(
                text(
                    "SELECT article_fts.rowid, article.slug, article.title, article.category, "
                    "article.tags, article.language, "
                    "snippet(article_fts, 3, char(2), char(3), :ellipsis, :words) "
                    "FROM article_fts JOIN article ON article.doc_id = article_fts.rowid "
                    "WHERE article_fts MATCH :q AND +article_fts.rowid IN :docs"
                ).bindparams(bindparam("docs", expanding=True)),
                {
                    "q": expression,
                    "docs": docs,
                    "ellipsis": SNIPPET_ELLIPSIS,
                    "words": SNIPPET_WORDS,
                },
            )
        return {
            doc: ArticleHit(
                id=slug,
                title=title,
                category=category,
                tags=split_tags(tags),
                snippet=clean_snippet(text_) if expression else excerpt(text_),
                score=0.0,
                language=language,
            )
            for doc, slug, title, category, tags, language, text_ in found
        }


def _filter_sql(filters: SearchFilters) -> tuple[str, dict[str, object]]:
    """(" AND ..." conditions on the joined article table, their parameters)."""
    where: list[str] = []
    params: dict[str, object] = {}
    if filters.category is not None:
        where.append("article.category = :category")
        params["category"] = filters.category
    if filters.language is not None:
        where.append("article.language = :language")
        params["language"] = filters.language
    for i, tag in enumerate(filters.tags):
        where.append(f"instr(char(10) || article.tags || char(10), :tag{i}) > 0")
        params[f"tag{i}"] = f"{TAG_SEPARATOR}{tag}{TAG_SEPARATOR}"
    return "".join(f" AND {w}" for w in where), params
