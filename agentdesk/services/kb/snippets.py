"""Canned responses kept with the knowledge base: list, complete, expand, edit and import.

API for the composer: ``complete(prefix)`` lists responses whose code starts with what was
typed (``::re``); ``expand_snippet(code, known_values) -> Expansion`` gives the text and its
blanks (see kb.snippets); team leaders ``save_snippet``, ``delete_snippet``, ``import_dir``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy import select

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, ValidationError
from agentdesk.kb.article_file import LANGUAGES
from agentdesk.kb.records import CannedResponse, ImportReport
from agentdesk.kb.snippet_file import MAX_CODE, SnippetFile, code_problem, load_snippet_dir
from agentdesk.kb.snippets import TEMPLATE_TEXTS, Expansion, expand_template, template_issues
from agentdesk.models import kb as rows
from agentdesk.models.base import utcnow
from agentdesk.services.identity import Identity, require_team_leader
from agentdesk.storage.session import Database
from agentdesk.sync.outbox import set_author

_LIVE = rows.CannedResponse.deleted_at.is_(None)


def _out(row: rows.CannedResponse) -> CannedResponse:
    return CannedResponse(row.code, row.title, row.language, row.body)


def store_snippets(
    db: Database, entries: Sequence[SnippetFile], who: Identity | None = None
) -> ImportReport:
    """Insert or update by code; identical entries are left alone (re-import changes nothing).
    ``who``: the team leader saving them (None: the bundled set, stored by the system)."""
    added = updated = unchanged = 0
    with db.write() as session:
        set_author(session, who)
        existing = {row.code: row for row in session.scalars(select(rows.CannedResponse))}
        for entry in entries:
            row = existing.get(entry.code)
            if row is None:
                session.add(
                    rows.CannedResponse(
                        code=entry.code, title=entry.title, language=entry.language, body=entry.body
                    )
                )
                added += 1
            elif row.deleted_at is None and _out(row) == CannedResponse(
                entry.code, entry.title, entry.language, entry.body
            ):
                unchanged += 1
            else:
                row.title, row.language, row.body = entry.title, entry.language, entry.body
                row.deleted_at = None
                updated += 1
    return ImportReport(added, updated, unchanged)


class SnippetService:
    """Canned responses: everyone uses them, team leaders write them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_snippets(self, language: str | None = None) -> list[CannedResponse]:
        query = select(rows.CannedResponse).where(_LIVE).order_by(rows.CannedResponse.code)
        if language is not None:
            query = query.where(rows.CannedResponse.language == language)
        with self._db.read() as session:
            return [_out(row) for row in session.scalars(query)]

    def complete(self, prefix: str, limit: int = 10) -> list[CannedResponse]:
        """Responses whose code starts with ``prefix`` (the composer's ``::`` completion)."""
        prefix = prefix.strip().lower()
        return [s for s in self.list_snippets() if s.code.startswith(prefix)][:limit]

    def get_snippet(self, code: str) -> CannedResponse:
        with self._db.read() as session:
            row = session.scalar(
                select(rows.CannedResponse).where(rows.CannedResponse.code == code, _LIVE)
            )
            if row is None:
                raise NotFoundError(
                    f"There is no canned response '{code}'.", code="not_found.snippet", snippet=code
                )
            return _out(row)

    def expand_snippet(self, code: str, known_values: Mapping[str, str]) -> Expansion:
        return expand_template(self.get_snippet(code).body, known_values)

    def save_snippet(self, who: Identity, snippet: CannedResponse) -> Changes:
        require_team_leader(who, "edit_snippets")
        if code_problem(snippet.code) is not None:
            raise ValidationError(
                f"Code: '::' then lower-case letters, digits and hyphens (at most {MAX_CODE}).",
                "code",
                code="snippet.code",
                limit=MAX_CODE,
            )
        if not snippet.title.strip() or len(snippet.title) > 200:
            raise ValidationError(
                "Title: 1 to 200 characters.", "title",
                code="snippet.title_length",
            )  # fmt: skip
        if snippet.language not in LANGUAGES:
            raise ValidationError(
                f"Language: one of {', '.join(LANGUAGES)}.", "language",
                code="snippet.language", choices=", ".join(LANGUAGES),
            )  # fmt: skip
        if not snippet.body.strip():
            raise ValidationError(
                "Text: the text must not be empty.", "body", code="snippet.body_empty"
            )
        issues = template_issues(snippet.body)
        if issues:
            _line, code, params = issues[0]
            raise ValidationError(
                f"Text: {TEMPLATE_TEXTS[code].format(**params)}.",
                "body",
                code=f"snippet.{code}",
                params=params,
            )
        entry = SnippetFile(snippet.code, snippet.title.strip(), snippet.language, snippet.body)
        report = store_snippets(self._db, [entry], who)
        return Changes.KB if report.changed else Changes.NONE

    def delete_snippet(self, who: Identity, code: str) -> Changes:
        require_team_leader(who, "delete_snippets")
        with self._db.write() as session:
            set_author(session, who)
            row = session.scalar(
                select(rows.CannedResponse).where(rows.CannedResponse.code == code, _LIVE)
            )
            if row is None:
                raise NotFoundError(
                    f"There is no canned response '{code}'.", code="not_found.snippet", snippet=code
                )
            row.deleted_at = utcnow()
        return Changes.KB

    def import_dir(self, who: Identity, directory: Path) -> ImportReport:
        """Import every good entry of ``*.yaml`` files; problems are listed, not imported."""
        require_team_leader(who, "import_snippets")
        entries, problems = load_snippet_dir(directory)
        report = store_snippets(self._db, entries, who)
        return ImportReport(report.added, report.updated, report.unchanged, tuple(problems))
