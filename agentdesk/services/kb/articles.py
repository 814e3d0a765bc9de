"""The knowledge base service: search, reading, views, feedback, editing, import and export.

API for the knowledge dock (all calls are short and safe on the database worker):

- ``search(query, *, tags=(), category=None, language=None, limit=20) -> list[ArticleHit]``
  on every keystroke; snippets carry ``HIGHLIGHT_START``/``HIGHLIGHT_END`` (see kb.records).
- ``suggest(query) -> list[str]``: "Did you mean" queries when a search finds little.
- ``suggest_for_context(texts, limit=3) -> list[ArticleHit]``: articles for what the call has
  captured (reason, notes, wrap-up tags, the text being typed), without a search.
- ``get_article(id) -> Article`` (Markdown body; links are ``kb:<id>``),
  ``resolve_link(href) -> ArticleHit | None`` (``None`` for a missing or non-``kb:`` target),
  ``categories()``, ``tags()`` for the filters, ``history(id)``.
- ``record_view(who, id, interaction_id=None)``, ``recent(who)``, ``most_viewed()``.
- ``add_feedback(who, id, "helpful" | "out_of_date", comment="")``;
  ``feedback_summary(who)`` for team leaders only.
- Team leaders: ``save_article(who, ArticleDraft)``, ``delete_article(who, id)``,
  ``import_dir(who, path)``, ``export_dir(path)``; ``import_bundled_if_empty()`` at first start.

Every write returns ``Changes`` (``Changes.KB``, or ``Changes.NONE`` when nothing changed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.kb.article_file import load_article_dir
from agentdesk.kb.derive import load_article_dir_deriving
from agentdesk.kb.query import parse_typed, salient_terms
from agentdesk.kb.records import (
    Article,
    ArticleDraft,
    ArticleFeedbackSummary,
    ArticleHit,
    ArticleRevision,
    ImportReport,
)
from agentdesk.kb.search import SearchFilters, split_tags
from agentdesk.kb.snippet_file import load_snippet_dir
from agentdesk.kb.vocab import Vocabulary
from agentdesk.models import kb as rows
from agentdesk.paths import resources_dir
from agentdesk.services.identity import SYSTEM, Identity, require_team_leader
from agentdesk.services.kb import editing
from agentdesk.services.kb.convert import (
    draft_to_file,
    row_to_article,
    row_to_hit,
    summarise_feedback,
)
from agentdesk.services.kb.snippets import store_snippets
from agentdesk.storage.kb_fts import backend_for
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author
from agentdesk.vault.pci import redact_text

KB_SCHEME = "kb:"
MAX_COMMENT = 2000
_LIVE = rows.Article.deleted_at.is_(None)


class KnowledgeService:
    """Articles for representatives and the team leaders who write them."""

    def __init__(
        self,
        db: Database,
        *,
        bundled_dir: Path | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = db
        self._search = backend_for(db.engine.dialect.name)
        self._bundled_dir = bundled_dir
        self._today = today
        self._vocab: Vocabulary | None = None
        self._vocab_stamp: tuple[object, ...] | None = None

    # --- finding -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        tags: Sequence[str] = (),
        category: str | None = None,
        language: str | None = None,
        limit: int = 20,
    ) -> list[ArticleHit]:
        filters = SearchFilters(tuple(tags), category, language)
        with self._db.read() as session:
            return self._search.search(session, parse_typed(query), filters, limit)

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Corrected queries from the words of titles and tags ("refnud" -> "refund")."""
        return self._vocabulary().suggest(query, limit)

    def suggest_for_context(
        self, texts: Sequence[str], limit: int = 3, *, language: str | None = None
    ) -> list[ArticleHit]:
        terms = salient_terms(texts)
        if not terms:
            return []
        with self._db.read() as session:
            return self._search.related(session, terms, SearchFilters(language=language), limit)

    def categories(self) -> list[str]:
        with self._db.read() as session:
            found = session.scalars(select(rows.Article.category).where(_LIVE).distinct())
            return sorted(found, key=str.casefold)

    def tags(self) -> list[str]:
        with self._db.read() as session:
            stored = session.scalars(select(rows.Article.tags).where(_LIVE).distinct())
            return sorted({t for s in stored for t in split_tags(s)}, key=str.casefold)

    def _vocabulary(self) -> Vocabulary:
        # Rebuilt when any article changed, here or in another window (count + newest write).
        with self._db.read() as session:
            stamp = tuple(
                session.execute(select(func.count(), func.max(rows.Article.updated_at))).one()
            )
            if self._vocab is None or stamp != self._vocab_stamp:
                texts = session.execute(select(rows.Article.title, rows.Article.tags).where(_LIVE))
                self._vocab = Vocabulary.from_texts(
                    (f"{title}\n{tags}" for title, tags in texts), _body_terms(session)
                )
                self._vocab_stamp = stamp
            return self._vocab

    # --- reading -----------------------------------------------------------------------------

    def get_article(self, article_id: str) -> Article:
        with self._db.read() as session:
            return row_to_article(self._live(session, article_id))

    def resolve_link(self, href: str) -> ArticleHit | None:
        """The article a ``kb:<id>`` link points to, or None (other links, missing targets)."""
        if not href.startswith(KB_SCHEME):
            return None
        with self._db.read() as session:
            row = session.scalar(
                select(rows.Article).where(rows.Article.slug == href[len(KB_SCHEME) :], _LIVE)
            )
            return row_to_hit(row) if row is not None else None

    def history(self, article_id: str) -> list[ArticleRevision]:
        with self._db.read() as session:
            row = self._live(session, article_id)
            versions = session.scalars(
                select(rows.ArticleVersion)
                .where(rows.ArticleVersion.article_id == row.id)
                .order_by(rows.ArticleVersion.number.desc())
            )
            return [
                ArticleRevision(v.number, v.title, v.created_at, v.saved_by_name) for v in versions
            ]

    def get_version(self, article_id: str, number: int) -> Article:
        """An earlier version of an article as it was saved (for the editor's history)."""
        with self._db.read() as session:
            row = self._live(session, article_id)
            version = session.scalar(
                select(rows.ArticleVersion).where(
                    rows.ArticleVersion.article_id == row.id,
                    rows.ArticleVersion.number == number,
                )
            )
            if version is None:
                raise NotFoundError(
                    "That version of the article does not exist.", code="not_found.article_version"
                )
            return row_to_article(row, version)

    def record_view(
        self, who: Identity, article_id: str, interaction_id: uuid.UUID | None = None
    ) -> Changes:
        with self._db.write() as session:
            set_author(session, who)
            row = self._live(session, article_id)
            session.add(
                rows.ArticleView(
                    article_id=row.id, account_id=who.account_id, interaction_id=interaction_id
                )
            )
        return Changes.KB_VIEWS

    def recent(self, who: Identity, limit: int = 10) -> list[ArticleHit]:
        """Articles this person opened, most recent first."""
        last = func.max(rows.ArticleView.created_at).label("last")
        viewed = (
            select(rows.ArticleView.article_id, last)
            .where(rows.ArticleView.account_id == who.account_id)
            .group_by(rows.ArticleView.article_id)
            .subquery()
        )
        with self._db.read() as session:
            found = session.scalars(
                select(rows.Article)
                .join(viewed, viewed.c.article_id == rows.Article.id)
                .where(_LIVE)
                .order_by(viewed.c.last.desc())
                .limit(limit)
            )
            return [row_to_hit(row) for row in found]

    def most_viewed(self, limit: int = 10, since: datetime | None = None) -> list[ArticleHit]:
        """Articles opened most often (by anyone); ``score`` is the number of views."""
        views = func.count(rows.ArticleView.id).label("views")
        query = (
            select(rows.Article, views)
            .join(rows.ArticleView, rows.ArticleView.article_id == rows.Article.id)
            .where(_LIVE)
            .group_by(rows.Article.id)
            .order_by(views.desc(), rows.Article.title)
            .limit(limit)
        )
        if since is not None:
            query = query.where(rows.ArticleView.created_at >= since)
        with self._db.read() as session:
            return [row_to_hit(row, float(n)) for row, n in session.execute(query)]

    # --- feedback ----------------------------------------------------------------------------

    def add_feedback(self, who: Identity, article_id: str, kind: str, comment: str = "") -> Changes:
        if kind not in rows.FEEDBACK_KINDS:
            raise ValidationError(
                "Feedback is 'helpful' or 'out_of_date'.", "kind",
                code="kb_feedback.kind",
            )  # fmt: skip
        comment = redact_text(comment.strip())  # kept in clear: card data never reaches it
        if len(comment) > MAX_COMMENT:
            raise ValidationError(
                f"Comment: at most {MAX_COMMENT} characters.", "comment",
                code="kb_feedback.comment_too_long", limit=MAX_COMMENT,
            )  # fmt: skip
        with self._db.write() as session:
            set_author(session, who)
            row = self._live(session, article_id)
            session.add(
                rows.ArticleFeedback(
                    article_id=row.id, account_id=who.account_id, kind=kind, comment=comment
                )
            )
        return Changes.KB_FEEDBACK

    def feedback_summary(self, who: Identity) -> list[ArticleFeedbackSummary]:
        """Per article: counts, comments, latest date; out-of-date reports first."""
        require_team_leader(who, "read_article_feedback")
        feedback = rows.ArticleFeedback
        with self._db.read() as session:
            found = session.execute(
                select(
                    rows.Article.slug,
                    rows.Article.title,
                    feedback.kind,
                    feedback.comment,
                    feedback.created_at,
                )
                .join(rows.Article, rows.Article.id == feedback.article_id)
                .where(feedback.deleted_at.is_(None))
                .order_by(feedback.created_at.desc())
            ).all()
        return summarise_feedback(found)

    # --- editing (team leaders) --------------------------------------------------------------

    def save_article(self, who: Identity, draft: ArticleDraft) -> Changes:
        """Create or update; a new version only when the content differs."""
        require_team_leader(who, "edit_articles")
        article = draft_to_file(draft, self._today())
        outcome = editing.save_one(self._db, article, who)
        return Changes.NONE if outcome is editing.Outcome.UNCHANGED else Changes.KB

    def delete_article(self, who: Identity, article_id: str) -> Changes:
        require_team_leader(who, "delete_articles")
        if not editing.tombstone(self._db, article_id, who):
            raise NotFoundError(
                f"There is no article '{article_id}'.", code="not_found.article", article=article_id
            )
        return Changes.KB

    def import_dir(
        self, who: Identity, directory: Path, *, language: str | None = None
    ) -> ImportReport:
        """Import every good ``*.md`` file; bad files are listed in ``problems``, not imported.

        ``language`` (the team's default) turns on derived defaults for what a plain Markdown
        file leaves out (kb/derive.py); the report says what was derived for which file.
        """
        require_team_leader(who, "import_articles")
        derived: list[str] = []
        if language is None:
            articles, problems = load_article_dir(directory)
        else:
            articles, problems, derived = load_article_dir_deriving(directory, language)
        done = editing.import_articles(self._db, articles, who)
        return ImportReport(
            added=done[editing.Outcome.ADDED],
            updated=done[editing.Outcome.UPDATED],
            unchanged=done[editing.Outcome.UNCHANGED],
            problems=tuple(problems),
            derived=tuple(derived),
        )

    def export_dir(self, directory: Path) -> int:
        return editing.export_articles(self._db, directory)

    def import_bundled_if_empty(self) -> ImportReport | None:
        """First start: the starter articles and canned responses, if there have never been any.

        Articles come from ``bundled_dir`` (default: the bundled ``resources/kb``), canned
        responses from its ``snippets`` folder. Returns None when nothing was due.
        """
        folder = self._bundled_dir or resources_dir() / "kb"
        with self._db.read() as session:
            has_articles = session.scalar(select(func.count()).select_from(rows.Article))
            has_snippets = session.scalar(select(func.count()).select_from(rows.CannedResponse))
        if has_articles and has_snippets:
            return None
        report = ImportReport() if has_articles else self.import_dir(SYSTEM, folder)
        if not has_snippets and (folder / "snippets").is_dir():
            entries, problems = load_snippet_dir(folder / "snippets")
            done = store_snippets(self._db, entries)
            report = ImportReport(
                report.added + done.added,
                report.updated + done.updated,
                report.unchanged + done.unchanged,
                report.problems + tuple(problems),
            )
        return report

    def rebuild_index(self, who: Identity) -> Changes:
        require_team_leader(who, "rebuild_search_index")
        with self._db.write() as session:
            set_author(session, who)
            self._search.rebuild(session)
        return Changes.KB

    def _live(self, session: Session, article_id: str) -> rows.Article:
        row = session.scalar(select(rows.Article).where(rows.Article.slug == article_id, _LIVE))
        if row is None:
            raise NotFoundError(
                f"There is no article '{article_id}'.", code="not_found.article", article=article_id
            )
        return row


# The full-text index's own term list (SQLite's fts5vocab): every word of every live article,
# folded as the index folds it, with how many articles use it. A temporary table: it only
# reads the index, so it needs no migration and costs nothing to keep.
_TERMS_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_body_terms "
    "USING fts5vocab(main, 'article_fts', 'col')"
)


# Body words kept for corrections: the ones most articles use. A small knowledge base keeps
# all of its words; 10,000 articles would otherwise hold up the database worker for seconds
# to index rare words nobody searches for (benchmarks/kb_bench.py, "suggest, first call").
BODY_TERMS = 6000


def _body_terms(session: Session) -> dict[str, int]:
    """Words of article bodies ("refund" may be in no title or tag) with their article counts;
    words shorter than four letters are never corrected, so they are left out."""
    session.execute(text(_TERMS_TABLE))
    found = session.execute(
        text(
            "SELECT term, doc FROM temp.article_body_terms WHERE col = 'body' "
            "AND length(term) > 3 AND term GLOB '*[^0-9]*' ORDER BY doc DESC, term LIMIT :most"
        ),
        {"most": BODY_TERMS},
    )
    return dict(found.all())
