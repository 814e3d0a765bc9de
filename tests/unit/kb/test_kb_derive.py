"""Derived front-matter defaults for plain Markdown (#19): slugs, folders, headings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.kb.article_file import MAX_ID, parse_article_derived
from agentdesk.kb.derive import category_of, slug

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Password Reset (v2)", "password-reset-v2"), ("__FAQ__", "faq"), ("Été", "t")],
)
def test_file_names_give_slugs(name, expected):
    assert slug(name) == expected


@given(st.text(max_size=300))
def test_a_slug_is_always_valid_or_empty(name):
    result = slug(name)
    assert result == "" or (SLUG.fullmatch(result) and len(result) <= MAX_ID)


def test_category_from_the_folder(tmp_path):
    root = tmp_path / "wiki"
    assert category_of(root / "billing_and-payments" / "a.md", root) == "Billing and payments"
    assert category_of(root / "a.md", root) == "Wiki"


DEFAULTS = {"id": "x", "category": "C", "language": "en", "updated": "2026-01-02"}


@given(st.text(max_size=400))
def test_any_text_parses_or_says_why(text):
    try:
        article, derived = parse_article_derived(text, "f.md", DEFAULTS)
    except DataFileError as exc:
        assert all(p.startswith("f.md:") for p in exc.problems)
    else:
        assert set(derived) <= {"id", "category", "language", "updated", "title"}
        assert article.title


def test_what_the_file_says_wins_over_what_is_derived():
    text = "---\nid: given\ntitle: T\nupdated: 2025-05-05\n---\n# Heading\nbody\n"
    article, derived = parse_article_derived(text, Path("f.md"), {**DEFAULTS, "title": "H"})
    assert (article.id, article.title, str(article.updated)) == ("given", "T", "2025-05-05")
    assert derived == ("category", "language")
