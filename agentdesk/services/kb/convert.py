"""Between article rows, article files and the dataclasses the knowledge services hand out."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime

from agentdesk.errors import ValidationError
from agentdesk.kb.article_file import LANGUAGES, ArticleFile, field_problem
from agentdesk.kb.records import Article, ArticleDraft, ArticleFeedbackSummary, ArticleHit
from agentdesk.kb.search import excerpt, join_tags, split_tags
from agentdesk.models import kb as rows

log = logging.getLogger(__name__)

MAX_TITLE = 200
# What a draft's field problem says (error_texts/kb.py words the same codes as "article.<key>").
DRAFT_TEXTS = {
    "id": "The id must be a slug: lower-case letters, digits and single hyphens "
    "('hold-etiquette').",
    "title": "The title must be one line of text, not empty.",
    "category": "The category must be one line of text, not empty.",
    "language": "The language must be one of {choices}.",
    "tags": "Each tag must be one line of text, given once.",
}
MAX_CATEGORY = 80


def row_to_file(row: rows.Article) -> ArticleFile:
    return ArticleFile(
        id=row.slug,
        title=row.title,
        tags=split_tags(row.tags),
        category=row.category,
        language=row.language,
        updated=row.updated_on,
        body=row.body,
    )


def row_to_article(row: rows.Article, version: rows.ArticleVersion | None = None) -> Article:
    """The article as it is now, or as ``version`` of it was saved."""
    source = version if version is not None else row
    return Article(
        id=row.slug,
        title=source.title,
        category=source.category,
        language=source.language,
        tags=split_tags(source.tags),
        updated=source.updated_on,
        body=source.body,
        revision=version.number if version is not None else row.revision,
    )


def row_to_hit(row: rows.Article, score: float = 0.0) -> ArticleHit:
    """A list entry without a search: the snippet is the start of the body, unhighlighted."""
    return ArticleHit(
        id=row.slug,
        title=row.title,
        category=row.category,
        tags=split_tags(row.tags),
        snippet=excerpt(row.body),
        score=score,
        language=row.language,
    )


def fill_row(row: rows.Article, article: ArticleFile) -> None:
    """Copy an article's content onto its row (identity and counters are the caller's)."""
    row.slug = article.id
    row.title = article.title
    row.category = article.category
    row.language = article.language
    row.tags = join_tags(article.tags)
    row.body = article.body
    row.updated_on = article.updated


def draft_to_file(draft: ArticleDraft, today: date) -> ArticleFile:
    """Validate a team leader's draft with the same rules as an article file."""
    if len(draft.title.strip()) > MAX_TITLE:
        raise ValidationError(
            f"Title: at most {MAX_TITLE} characters.", "title",
            code="article.title_too_long", limit=MAX_TITLE,
        )  # fmt: skip
    if len(draft.category.strip()) > MAX_CATEGORY:
        raise ValidationError(
            f"Category: at most {MAX_CATEGORY} characters.", "category",
            code="article.category_too_long", limit=MAX_CATEGORY,
        )  # fmt: skip
    title, category = draft.title.strip(), draft.category.strip()
    tags = tuple(t.strip() for t in draft.tags)
    for key, value in (
        ("id", draft.id), ("title", title), ("category", category),
        ("language", draft.language), ("tags", tags),
    ):  # fmt: skip
        if field_problem(key, value) is not None:
            choices = ", ".join(LANGUAGES)
            raise ValidationError(
                DRAFT_TEXTS[key].format(choices=choices), key, code=f"article.{key}",
                choices=choices,
            )  # fmt: skip
    try:
        return ArticleFile(
            id=draft.id,
            title=title,
            tags=tags,
            category=category,
            language=draft.language,
            updated=draft.updated or today,
            body=draft.body,
        )
    except ValueError as exc:  # the editor's fields keep these rules; the detail is logged
        log.warning("article not saved: %s", exc)
        raise ValidationError(
            "The article cannot be saved: check its id, title, category, language and tags.",
            code="article.invalid",
        ) from None


def summarise_feedback(
    found: Iterable[tuple[str, str, str, str, datetime]],
) -> list[ArticleFeedbackSummary]:
    """Group (slug, title, kind, comment, when) rows, newest first, into one entry per article."""
    grouped: dict[str, dict] = {}
    for slug, title, kind, comment, when in found:
        entry = grouped.setdefault(
            slug, {"title": title, "helpful": 0, "out_of_date": 0, "comments": [], "last": when}
        )
        entry[kind] += 1
        if comment:
            entry["comments"].append(comment)
    summaries = [
        ArticleFeedbackSummary(
            slug, e["title"], e["helpful"], e["out_of_date"], tuple(e["comments"]), e["last"]
        )
        for slug, e in grouped.items()
    ]
    return sorted(summaries, key=lambda s: (-s.out_of_date, -s.last_at.timestamp()))
