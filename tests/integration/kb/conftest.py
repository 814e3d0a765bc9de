"""Fixtures for the knowledge base: services on a migrated SQLite database, identities, files."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from agentdesk.kb.article_file import ArticleFile, render_article
from agentdesk.kb.records import ArticleDraft
from agentdesk.services.identity import Identity, Role

LEADER = Identity(uuid.uuid4(), "tina", "Tina Leader", Role.TEAM_LEADER)
REP = Identity(uuid.uuid4(), "rico", "Rico Rep", Role.REPRESENTATIVE)
DAY = date(2026, 1, 5)


@pytest.fixture
def kb(db, tmp_path):
    from agentdesk.services.kb import KnowledgeService

    return KnowledgeService(db, bundled_dir=tmp_path / "no-bundled", today=lambda: DAY)


@pytest.fixture
def snippets(db):
    from agentdesk.services.kb import SnippetService

    return SnippetService(db)


def draft(slug: str, title: str, body: str = "Nothing to see.", **kw) -> ArticleDraft:
    kw.setdefault("category", "General")
    kw.setdefault("updated", DAY)
    return ArticleDraft(id=slug, title=title, body=body, **kw)


def add(kb, *drafts: ArticleDraft) -> None:
    for d in drafts:
        kb.save_article(LEADER, d)


def write_article(folder, slug: str, title: str, body: str = "Body.\n", **kw) -> str:
    """Write a canonical article file; returns its text."""
    article = ArticleFile(
        id=slug,
        title=title,
        tags=kw.get("tags", ()),
        category=kw.get("category", "General"),
        language=kw.get("language", "en"),
        updated=kw.get("updated", DAY),
        body=body,
    )
    text = render_article(article)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{slug}.md").write_text(text, encoding="utf-8", newline="")
    return text
