"""Writing articles: save with version history, import a folder idempotently, export a folder."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from enum import StrEnum
from itertools import count
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from agentdesk.errors import KnownError
from agentdesk.kb.article_file import ArticleFile, render_article
from agentdesk.kb.search import join_tags
from agentdesk.models import kb as rows
from agentdesk.models.base import utcnow
from agentdesk.services.identity import Identity
from agentdesk.services.kb.convert import fill_row, row_to_file
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author

IMPORT_BATCH = 500
"""Articles per write transaction: keeps the write lock short during a big import."""


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def doc_ids(session: Session) -> Iterator[int]:
    """Fresh search-index keys; the write transaction (BEGIN IMMEDIATE) keeps them unique."""
    top = session.scalar(select(func.max(rows.Article.doc_id))) or 0
    return count(top + 1)


def store(
    session: Session,
    article: ArticleFile,
    existing: rows.Article | None,
    who: Identity,
    new_doc_ids: Iterator[int],
) -> Outcome:
    """Insert or update one article; a new version only when its content changed."""
    if existing is not None and existing.deleted_at is None and row_to_file(existing) == article:
        return Outcome.UNCHANGED
    if existing is None:
        row = rows.Article(id=uuid.uuid4(), doc_id=next(new_doc_ids), revision=1)
        fill_row(row, article)
        session.add(row)
        outcome = Outcome.ADDED
    else:
        row = existing
        fill_row(row, article)
        row.revision += 1
        row.deleted_at = None
        outcome = Outcome.UPDATED
    session.add(
        rows.ArticleVersion(
            article_id=row.id,
            number=row.revision,
            title=row.title,
            category=row.category,
            language=row.language,
            tags=row.tags,
            body=row.body,
            updated_on=row.updated_on,
            saved_by=who.account_id,
            saved_by_name=who.display_name,
        )
    )
    return outcome


def save_one(db: Database, article: ArticleFile, who: Identity) -> Outcome:
    with db.write() as session:
        set_author(session, who)
        existing = session.scalar(select(rows.Article).where(rows.Article.slug == article.id))
        return store(session, article, existing, who, doc_ids(session))


def import_articles(
    db: Database, articles: Sequence[ArticleFile], who: Identity
) -> Counter[Outcome]:
    """Store many articles in batches; unchanged ones are left alone (no new version).

    New articles go in with one bulk INSERT per table (the ORM unit of work would spend more
    time than SQLite and its full-text triggers); changed ones through ``store``.
    """
    outcomes: Counter[Outcome] = Counter()
    for start in range(0, len(articles), IMPORT_BATCH):
        batch = articles[start : start + IMPORT_BATCH]
        with db.write() as session:
            set_author(session, who)
            slugs = [a.id for a in batch]
            existing = {
                row.slug: row
                for row in session.scalars(select(rows.Article).where(rows.Article.slug.in_(slugs)))
            }
            new_doc_ids = doc_ids(session)
            fresh = [a for a in batch if a.id not in existing]
            for article in batch:
                if article.id in existing:
                    outcomes[store(session, article, existing[article.id], who, new_doc_ids)] += 1
            _insert_new(session, fresh, who, new_doc_ids)
            outcomes[Outcome.ADDED] += len(fresh)
    return outcomes


def _insert_new(
    session: Session, articles: Sequence[ArticleFile], who: Identity, new_doc_ids: Iterator[int]
) -> None:
    if not articles:
        return
    now = utcnow()
    stamp = {"version": 1, "created_at": now, "updated_at": now, "deleted_at": None}
    content = [
        {
            "id": uuid.uuid4(),
            "slug": a.id,
            "title": a.title,
            "category": a.category,
            "language": a.language,
            "tags": join_tags(a.tags),
            "body": a.body,
            "updated_on": a.updated,
            **stamp,
        }
        for a in articles
    ]
    session.execute(
        insert(rows.Article),
        [{**c, "doc_id": next(new_doc_ids), "revision": 1} for c in content],
    )
    session.execute(
        insert(rows.ArticleVersion),
        [
            {
                **c,
                "id": uuid.uuid4(),
                "article_id": c["id"],
                "number": 1,
                "saved_by": who.account_id,
                "saved_by_name": who.display_name,
            }
            for c in content
        ],
    )


def tombstone(db: Database, slug: str, who: Identity) -> bool:
    """Mark an article deleted (it leaves the search index); False if there was none."""
    with db.write() as session:
        set_author(session, who)
        row = session.scalar(
            select(rows.Article).where(rows.Article.slug == slug, rows.Article.deleted_at.is_(None))
        )
        if row is None:
            return False
        row.deleted_at = utcnow()
        return True


def export_articles(db: Database, directory: Path) -> int:
    """Write one ``<id>.md`` per live article with ``render_article``; returns how many."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KnownError(
            f"The folder {directory} cannot be created ({exc.strerror}).",
            code="kb.folder_unusable",
            folder=directory,
            reason=exc.strerror,
        ) from None
    with db.read() as session:
        articles = [
            row_to_file(row)
            for row in session.scalars(
                select(rows.Article)
                .where(rows.Article.deleted_at.is_(None))
                .order_by(rows.Article.slug)
            )
        ]
    for article in articles:
        path = directory / f"{article.id}.md"
        try:
            path.write_text(render_article(article), encoding="utf-8", newline="")
        except OSError as exc:
            raise KnownError(
                f"{path} cannot be written ({exc.strerror}).",
                code="kb.file_unwritable",
                path=path,
                reason=exc.strerror,
            ) from None
    return len(articles)
