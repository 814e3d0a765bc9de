"""Knowledge-base article files: shipped articles, exact round trip, file:line errors."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.kb.article_file import (
    LANGUAGES,
    ArticleFile,
    kb_links,
    load_article_dir,
    parse_article,
    render_article,
)
from agentdesk.paths import resources_dir

KB_DIR = resources_dir() / "kb"
CATEGORIES = {"Telephone techniques", "Metrics", "Data protection", "Product FAQ"}

GOOD = """\
---
id: hold-etiquette
title: Putting a caller on hold
tags: [hold, telephone]
category: Telephone techniques
language: en
updated: 2026-01-05
---
Ask first.

See [transfers](kb:transfers) and [closing](kb:closing).
"""


@cache
def shipped() -> tuple[list[ArticleFile], list[str]]:
    return load_article_dir(KB_DIR)


# Shipped content


def test_every_shipped_article_parses_and_every_link_resolves() -> None:
    articles, problems = shipped()
    assert problems == []
    assert len(articles) == len(list(KB_DIR.rglob("*.md")))
    assert 30 <= sum(a.language == "en" for a in articles) <= 45


def test_shipped_articles_cover_the_categories() -> None:
    articles, _ = shipped()
    counts = Counter(a.category for a in articles if a.language == "en")
    assert set(counts) == CATEGORIES
    assert counts["Telephone techniques"] >= 9
    assert counts["Metrics"] >= 10
    assert counts["Data protection"] >= 5
    assert 6 <= counts["Product FAQ"] <= 10


def test_every_starter_article_exists_in_italian_and_indonesian() -> None:
    """The same starter articles, category by category, in each language (#20); their links
    stay within their language."""
    articles, _ = shipped()
    by_id = {a.id: a for a in articles}
    english = Counter(a.category for a in articles if a.language == "en")
    for language, telephone, privacy, product, metrics in (
        ("it", "Tecniche telefoniche", "Protezione dei dati", "FAQ sul prodotto", "Indicatori"),
        ("id", "Teknik bertelepon", "Perlindungan data", "FAQ produk", "Indikator"),
    ):
        own = Counter(a.category for a in articles if a.language == language)
        assert own == {
            telephone: english["Telephone techniques"],
            privacy: english["Data protection"],
            product: english["Product FAQ"],
            metrics: english["Metrics"],
        }
        for article in (a for a in articles if a.language == language):
            for target in re.findall(r"\(kb:([^)]+)\)", article.body):
                assert by_id[target].language == language, (article.id, target)


def test_shipped_articles_are_cross_linked_and_named_after_their_id() -> None:
    articles, _ = shipped()
    paths = {p.stem: p for p in KB_DIR.rglob("*.md")}
    for article in articles:
        assert article.id in paths, article.id
        assert kb_links(article), f"{article.id} links to no other article"
        assert article.tags, article.id
        assert article.language in LANGUAGES


@pytest.mark.parametrize("path", sorted(KB_DIR.rglob("*.md")), ids=lambda p: p.stem)
def test_shipped_files_are_in_canonical_form(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert render_article(parse_article(text, path)) == text


def test_metric_articles_give_a_formula_and_a_worked_example() -> None:
    articles, _ = shipped()
    for article in (a for a in articles if a.category == "Metrics"):
        body = article.body.lower()
        assert "formula" in body or "=" in body, article.id
        assert "example" in body, article.id


# Parsing


def test_parse_good_article() -> None:
    article = parse_article(GOOD, "kb/hold.md")
    assert article.id == "hold-etiquette"
    assert article.tags == ("hold", "telephone")
    assert article.updated == date(2026, 1, 5)
    assert article.body.startswith("Ask first.")
    assert article.body_line == 9
    assert kb_links(article) == [("transfers", 11), ("closing", 11)]
    assert render_article(article) == GOOD


def _with(line: str, replacement: str) -> str:
    assert line in GOOD
    return GOOD.replace(line, replacement, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("# Just markdown\n", "a.md:1: missing front matter", id="no-front-matter"),
        pytest.param("---\nid: x\n", "a.md:1: front matter not closed", id="not-closed"),
        pytest.param(
            _with("language: en\n", "language: en\ncolour: red\n"),
            "a.md:7: front matter: unknown key 'colour'",
            id="unknown-key",
        ),
        pytest.param(
            _with("title: Putting a caller on hold\n", ""),
            "a.md:2: front matter: missing required key 'title'",
            id="missing-title",
        ),
        pytest.param(
            _with("updated: 2026-01-05", "updated: 5/1/2026"),
            "a.md:7: 'updated' must be a date written YYYY-MM-DD",
            id="bad-date-format",
        ),
        pytest.param(
            _with("updated: 2026-01-05", "updated: 2026-02-30"),
            "a.md:7: 'updated' must be a date written YYYY-MM-DD (no such day",
            id="impossible-date",
        ),
        pytest.param(
            _with("id: hold-etiquette", "id: Hold Etiquette"),
            "a.md:2: 'id' must be a slug",
            id="bad-slug",
        ),
        pytest.param(
            _with("tags: [hold, telephone]", "tags: hold"),
            "a.md:4: 'tags' must be a list",
            id="tags-not-list",
        ),
        pytest.param(
            _with("language: en", "language: fr"),
            "a.md:6: 'language' must be one of en, id, it",
            id="bad-language",
        ),
        pytest.param(
            _with("title: Putting a caller on hold", "title: [a"),
            "a.md:",
            id="bad-yaml",
        ),
        pytest.param("---\n- a\n---\n", "a.md:2: front matter: expected a mapping", id="list"),
        pytest.param(
            _with("tags: [hold, telephone]", "tags: [hold, hold]"),
            "a.md:4: 'tags' lists a tag twice",
            id="duplicate-tag",
        ),
    ],
)
def test_bad_article_names_path_and_line(text: str, expected: str) -> None:
    with pytest.raises(DataFileError) as info:
        parse_article(text, "a.md")
    assert any(p.startswith(expected) for p in info.value.problems), info.value.problems


def test_every_header_problem_is_reported_at_once() -> None:
    text = _with("id: hold-etiquette", "id: Bad!")
    text = text.replace("language: en", "language: xx").replace("2026-01-05", "soon")
    with pytest.raises(DataFileError) as info:
        parse_article(text, "a.md")
    assert [p.split(":")[1] for p in info.value.problems] == ["2", "6", "7"]


def test_invalid_article_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="slug"):
        ArticleFile("Not A Slug", "T", (), "Metrics", "en", date(2026, 1, 1), "")


def test_crlf_and_bom_are_accepted() -> None:
    article = parse_article("\ufeff" + GOOD.replace("\n", "\r\n"), "a.md")
    assert article.id == "hold-etiquette"
    assert article.updated == date(2026, 1, 5)


# Folder loading


def test_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(GOOD.replace("(kb:transfers)", "(kb:b)"), encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD.replace("hold-etiquette", "b"), encoding="utf-8")
    (tmp_path / "broken.md").write_text("no header\n", encoding="utf-8")
    (tmp_path / "dup.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes(b"---\nid: caf\xe9\n---\n")
    articles, problems = load_article_dir(tmp_path)
    assert sorted(a.id for a in articles) == ["b", "hold-etiquette"]
    assert problems == [
        f"{tmp_path / 'broken.md'}:1: missing front matter: start the file with a '---' line",
        f"{tmp_path / 'dup.md'}:2: duplicate article id 'hold-etiquette' "
        f"(first in {tmp_path / 'a.md'})",
        f"{tmp_path / 'latin1.md'}:2: not UTF-8 text",
        f"{tmp_path / 'a.md'}:11: link to unknown article 'kb:closing'",
        f"{tmp_path / 'b.md'}:11: link to unknown article 'kb:transfers'",
        f"{tmp_path / 'b.md'}:11: link to unknown article 'kb:closing'",
    ]


def test_missing_folder_is_a_problem(tmp_path: Path) -> None:
    assert load_article_dir(tmp_path / "nope") == (
        [],
        [f"{tmp_path / 'nope'}:0: knowledge base folder not found"],
    )


# Properties

_one_line = (
    st.text(min_size=1, max_size=30)
    .map(str.strip)
    .filter(lambda s: bool(s) and len(s.splitlines()) == 1)
)
articles = st.builds(
    ArticleFile,
    id=st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True),
    title=_one_line,
    tags=st.lists(_one_line, unique=True, max_size=4).map(tuple),
    category=_one_line,
    language=st.sampled_from(LANGUAGES),
    updated=st.dates(),
    body=st.text(max_size=200),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_render_then_parse_gives_the_same_article(article: ArticleFile) -> None:
    assert parse_article(render_article(article), "x.md") == article


def _article_or_data_error(text: str) -> None:
    try:
        article = parse_article(text, "h.md")
    except DataFileError as exc:
        assert exc.problems and all(p.startswith("h.md:") for p in exc.problems)
    else:
        assert isinstance(article, ArticleFile)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_gives_article_or_data_file_error(text: str) -> None:
    _article_or_data_error(text)


_header_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "id: a-b",
                "title: T",
                "tags: [x]",
                "category: C",
                "language: en",
                "updated: 2026-01-05",
            ]
        ),
        st.text(max_size=30),
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(_header_lines, st.text(max_size=50))
def test_arbitrary_front_matter_gives_article_or_data_file_error(
    lines: list[str], body: str
) -> None:
    _article_or_data_error("---\n" + "\n".join(lines) + "\n---\n" + body)
