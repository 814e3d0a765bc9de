"""Knowledge base rows: articles, their saved versions, views, feedback and canned responses."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agentdesk.models.base import Base, SyncedMixin

FEEDBACK_KINDS = ("helpful", "out_of_date")


# Long text goes last (sort_order): SQLite reads a row's columns in order, so a column stored
# after a long body costs a walk through its overflow pages on every filter or sort.
LAST = 100


class Article(SyncedMixin, Base):
    """The current text of one article; the search index follows it through triggers."""

    __tablename__ = "article"
    # The vocabulary for "did you mean" is rebuilt when max(updated_at) moves.
    __table_args__ = (Index(None, "updated_at"),)

    slug: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    # Local, stable integer key for the SQLite full-text index: FTS5 needs an integer rowid, and
    # an implicit rowid may change on VACUUM or a table copy. Not synced: each copy assigns its own.
    doc_id: Mapped[int] = mapped_column(Integer, unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    category: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    # One tag a line, in the author's order (kept exactly for export); a tag is one line.
    tags: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, sort_order=LAST)
    # The "updated" date from the article header (content date, not the row's updated_at).
    updated_on: Mapped[date] = mapped_column(Date, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class ArticleVersion(SyncedMixin, Base):
    """Every saved revision of an article, newest with the highest number. Not unique per
    article: two workstations of a team saving apart each make the next number (two versions,
    nothing lost; the article's own fields keep a conflict record, see sync/conflicts.py)."""

    __tablename__ = "article_version"
    __table_args__ = (Index(None, "article_id", "number"),)

    article_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("article.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    category: Mapped[str] = mapped_column(String(80), nullable=False)
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    tags: Mapped[str] = mapped_column(Text, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, sort_order=LAST)
    updated_on: Mapped[date] = mapped_column(Date, nullable=False)
    # No foreign key: imports run as the command-line system identity, which has no account row.
    saved_by: Mapped[uuid.UUID] = mapped_column(nullable=False)
    saved_by_name: Mapped[str] = mapped_column(String(120), nullable=False)


class ArticleView(SyncedMixin, Base):
    """One opening of an article by a representative, optionally during an interaction."""

    __tablename__ = "article_view"
    __table_args__ = (Index(None, "account_id", "created_at"),)

    article_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("article.id"), nullable=False, index=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    interaction_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)


class ArticleFeedback(SyncedMixin, Base):
    """A representative's verdict on an article: helpful, or out of date (with a comment)."""

    __tablename__ = "article_feedback"
    __table_args__ = (CheckConstraint("kind IN ('helpful', 'out_of_date')", name="kind"),)

    article_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("article.id"), nullable=False, index=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="", sort_order=LAST)


class CannedResponse(SyncedMixin, Base):
    """A reusable reply (`::refund`) with fill-in blanks, kept with the knowledge base."""

    __tablename__ = "canned_response"

    code: Mapped[str] = mapped_column(String(40), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="en")
    body: Mapped[str] = mapped_column(Text, nullable=False, sort_order=LAST)
