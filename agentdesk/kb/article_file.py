"""Knowledge-base article files: Markdown with a YAML front matter, parsed and rendered exactly."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from agentdesk.datafiles.loader import Problems, load_yaml_text
from agentdesk.datafiles.schema import check_mapping, line_of
from agentdesk.errors import DataFileError
from agentdesk.i18n import bundled_languages

# Every language the app has an interface catalogue for: a team adds one with files only.
LANGUAGES: tuple[str, ...] = bundled_languages()
MAX_ID = 80
KB_LINK = re.compile(r"\[[^\]]*\]\(kb:([^)\s]*)\)")

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KEYS = ("id", "title", "tags", "category", "language", "updated")  # also the order on disk
_REQUIRED = {"id", "title", "category", "language", "updated"}
_OPTIONAL = {"tags"}


def _id_problem(value: Any) -> str | None:
    if isinstance(value, str) and _SLUG.fullmatch(value) and len(value) <= MAX_ID:
        return None
    return "'id' must be a slug: lower-case letters, digits and single hyphens ('hold-etiquette')"


def _line_problem(key: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value is None:
            return f"'{key}' must not be empty"
        if not isinstance(value, str):
            return f"'{key}' must be text"
        if not value.strip():
            return f"'{key}' must not be empty"
        if value != value.strip() or len(value.splitlines()) > 1:
            return f"'{key}' must be a single line without surrounding spaces"
        return None

    return check


def _language_problem(value: Any) -> str | None:
    return None if value in LANGUAGES else f"'language' must be one of {', '.join(LANGUAGES)}"


def _tags_problem(value: Any) -> str | None:
    if not isinstance(value, tuple):
        return "'tags' must be a list"
    for tag in value:
        problem = _line_problem("tags")(tag)
        if problem:
            return problem.replace("'tags' must", "every tag must")
    if len(set(value)) != len(value):
        return "'tags' lists a tag twice"
    return None


_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "id": _id_problem,
    "title": _line_problem("title"),
    "tags": _tags_problem,
    "category": _line_problem("category"),
    "language": _language_problem,
}


def field_problem(key: str, value: Any) -> str | None:
    """What is wrong with ``value`` for the front-matter ``key`` (id, title, tags, category,
    language), in English; None when it is right."""
    return _CHECKS[key](value)


@dataclass(frozen=True)
class ArticleFile:
    """One article as stored on disk; only valid articles can be built.

    ``body_line`` is where the body starts in the file it came from (for messages); it is not
    part of the article's identity, so ``parse_article(render_article(a)) == a``.
    """

    id: str
    title: str
    tags: tuple[str, ...]
    category: str
    language: str
    updated: date
    body: str
    body_line: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        problems = [p for key, check in _CHECKS.items() if (p := check(getattr(self, key)))]
        if not isinstance(self.updated, date):
            problems.append("'updated' must be a date")
        if not isinstance(self.body, str):
            problems.append("'body' must be text")
        if problems:
            raise ValueError("; ".join(problems))


def parse_article(
    text: str, path: str | Path = "<article>", defaults: Mapping[str, Any] | None = None
) -> ArticleFile:
    """Parse one article; a DataFileError lists every problem as ``path:line: message``.

    ``defaults``: values for front-matter keys the file leaves out (see kb/derive.py); with
    them a file may have no front matter at all. What they cannot give stays required.
    """
    return parse_article_derived(text, path, defaults)[0]


def parse_article_derived(
    text: str, path: str | Path = "<article>", defaults: Mapping[str, Any] | None = None
) -> tuple[ArticleFile, tuple[str, ...]]:
    """parse_article, and the keys whose values came from ``defaults``."""
    path = str(path)
    defaults = dict(defaults or {})
    if defaults and lines_start_plain(text):
        header, body, body_line = "", text.removeprefix("\ufeff"), 1
    else:
        header, body, body_line = _split(text, path)
    problems = Problems()
    try:
        data = load_yaml_text(header, path) if header.strip() else {}
    except RecursionError:
        raise DataFileError([f"{path}:2: front matter is nested too deeply"]) from None
    if data is None and defaults:
        data = {}
    if defaults and isinstance(data, dict) and "title" not in data and "title" not in defaults:
        raise DataFileError(
            [f"{path}:1: no title: start the text with a '# Title' heading or give 'title'"]
        )
    if not check_mapping(
        data,
        path=path,
        what="front matter",
        required=_REQUIRED - set(defaults),
        optional=_OPTIONAL | set(defaults),
        problems=problems,
        line=2,
    ):
        problems.raise_if_any()
    values: dict[str, Any] = {}
    derived = []
    for key in _KEYS:
        if key in data:
            value, line = _convert(key, data[key]), line_of(data, key)
        elif key in defaults:
            value, line = defaults[key], 1
            derived.append(key)
        else:
            continue
        problem = _updated_problem(value) if key == "updated" else _CHECKS[key](value)
        if problem:
            note = f" (derived {key} {value!r}: give it in the front matter)" if line == 1 else ""
            problems.add(path, line, problem + note)
        elif key == "updated":
            value = date.fromisoformat(value)
        values[key] = value
    problems.raise_if_any()
    values.setdefault("tags", ())
    return ArticleFile(**values, body=body, body_line=body_line), tuple(derived)


def lines_start_plain(text: str) -> bool:
    """True when the file has no front matter (its first line is not '---')."""
    first = text.removeprefix("\ufeff").split("\n", 1)[0]
    return first.rstrip("\r\t ") != "---"


def _split(text: str, path: str) -> tuple[str, str, int]:
    """(header with its file line numbers kept, body, line where the body starts)."""
    lines = text.removeprefix("\ufeff").split("\n")
    if lines[0].rstrip("\r\t ") != "---":
        raise DataFileError([f"{path}:1: missing front matter: start the file with a '---' line"])
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r\t ") == "---":
            return "\n".join(["", *lines[1:i]]), "\n".join(lines[i + 1 :]), i + 2
    raise DataFileError([f"{path}:1: front matter not closed: add a '---' line after the header"])


def _convert(key: str, value: Any) -> Any:
    if isinstance(value, str) and key in ("title", "category"):
        return value.strip()
    if key == "tags" and isinstance(value, list):
        return tuple(v.strip() if isinstance(v, str) else v for v in value)
    return value


def _updated_problem(value: Any) -> str | None:
    message = "'updated' must be a date written YYYY-MM-DD"
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return message
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"{message} (no such day: {value})"
    return None


def render_article(article: ArticleFile) -> str:
    """The file text for ``article``; the exact inverse of parse_article."""
    header = {
        "id": article.id,
        "title": article.title,
        "tags": list(article.tags),
        "category": article.category,
        "language": article.language,
    }
    text = yaml.safe_dump(
        header, sort_keys=False, allow_unicode=True, default_flow_style=None, width=float("inf")
    )
    return f"---\n{text}updated: {article.updated.isoformat()}\n---\n{article.body}"


def kb_links(article: ArticleFile) -> list[tuple[str, int]]:
    """Every ``[text](kb:target)`` link in the body as (target, file line)."""
    return [
        (m.group(1), article.body_line + article.body.count("\n", 0, m.start()))
        for m in KB_LINK.finditer(article.body)
    ]


def load_article_dir(directory: str | Path) -> tuple[list[ArticleFile], list[str]]:
    """Parse every ``*.md`` under ``directory``: (good articles, problems as path:line: message).

    A broken file is reported and skipped; a duplicate id keeps the first file; a link to an
    unknown article is reported but the article is kept.
    """
    directory = Path(directory)
    if not directory.is_dir():
        return [], [f"{directory}:0: knowledge base folder not found"]
    articles: dict[str, tuple[ArticleFile, Path]] = {}
    problems: list[str] = []
    for path in sorted(directory.rglob("*.md")):
        try:
            text = _read(path)
            article = parse_article(text, path)
        except DataFileError as exc:
            problems.extend(exc.problems)
            continue
        if article.id in articles:
            first = articles[article.id][1]
            line = _id_line(text)
            problems.append(
                f"{path}:{line}: duplicate article id '{article.id}' (first in {first})"
            )
            continue
        articles[article.id] = (article, path)
    for article, path in articles.values():
        for target, line in kb_links(article):
            if target not in articles:
                problems.append(f"{path}:{line}: link to unknown article 'kb:{target}'")
    return [a for a, _ in articles.values()], problems


def _id_line(text: str) -> int:
    """Line of the ``id:`` key in a file's front matter (1 if not found)."""
    for number, line in enumerate(text.split("\n")[1:], start=2):
        if line.startswith("id:"):
            return number
        if line.rstrip("\r\t ") == "---":
            break
    return 1


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise DataFileError([f"{path}:{line}: not UTF-8 text"]) from None
    except OSError as exc:
        raise DataFileError([f"{path}:0: cannot read ({exc.strerror})"]) from None


read_article_text = _read  # for kb/derive.py

__all__ = [
    "LANGUAGES",
    "ArticleFile",
    "kb_links",
    "load_article_dir",
    "parse_article",
    "render_article",
]
