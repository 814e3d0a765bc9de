"""Front-matter defaults for plain Markdown folders (a wiki export): what a file leaves out is
derived from where it is — id from the file name, category from the folder, language from the
team's default, updated from the file's date, title from its first heading — and reported."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from agentdesk.errors import DataFileError
from agentdesk.kb.article_file import (
    MAX_ID,
    ArticleFile,
    kb_links,
    parse_article_derived,
    read_article_text,
)

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_SOURCES = {
    "id": "the file name",
    "title": "the first heading",
    "category": "the folder",
    "language": "the team's default language",
    "updated": "the file's date",
}


def slug(text: str) -> str:
    """'Password Reset (v2).md' -> 'password-reset-v2': the id a file name gives."""
    return _NOT_SLUG.sub("-", text.casefold()).strip("-")[:MAX_ID].strip("-")


def category_of(path: Path, root: Path) -> str:
    """'billing-and-payments' -> 'Billing and payments'; files at the top use the root's name."""
    folder = path.parent if path.parent != root else root
    words = re.sub(r"[-_]+", " ", folder.name).strip() or "General"
    return words[:1].upper() + words[1:]


def defaults_for(path: Path, root: Path, text: str, language: str) -> dict[str, Any]:
    found = _HEADING.search(text)
    values: dict[str, Any] = {
        "id": slug(path.stem),
        "category": category_of(path, root),
        "language": language,
        "updated": dt.date.fromtimestamp(path.stat().st_mtime).isoformat(),
    }
    if found:
        values["title"] = found.group(1).strip()
    return values


def load_article_dir_deriving(
    directory: str | Path, language: str
) -> tuple[list[ArticleFile], list[str], list[str]]:
    """Like load_article_dir, with derived defaults: (articles, problems, what was derived)."""
    directory = Path(directory)
    if not directory.is_dir():
        return [], [f"{directory}:0: knowledge base folder not found"], []
    articles: dict[str, tuple[ArticleFile, Path]] = {}
    problems: list[str] = []
    notes: list[str] = []
    for path in sorted(directory.rglob("*.md")):
        try:
            text = read_article_text(path)
            article, derived = parse_article_derived(
                text, path, defaults_for(path, directory, text, language)
            )
        except DataFileError as exc:
            problems.extend(exc.problems)
            continue
        if article.id in articles:
            first = articles[article.id][1]
            problems.append(f"{path}:1: duplicate article id '{article.id}' (first in {first})")
            continue
        articles[article.id] = (article, path)
        if derived:
            parts = [
                f"{key} {_shown(getattr(article, key))} from {_SOURCES[key]}" for key in derived
            ]
            notes.append(f"{path}: derived " + "; ".join(parts))
    for article, path in articles.values():
        for target, line in kb_links(article):
            if target not in articles:
                problems.append(f"{path}:{line}: link to unknown article 'kb:{target}'")
    return [a for a, _ in articles.values()], problems, notes


def _shown(value: Any) -> str:
    return f"'{value.isoformat()}'" if isinstance(value, dt.date) else f"'{value}'"
