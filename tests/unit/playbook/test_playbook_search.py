"""Playbook search (prefix, case- and accent-blind, title > tags > body) and phrase filling."""

from __future__ import annotations

import time

import pytest

from agentdesk.paths import resources_dir
from agentdesk.playbook import Playbook, build_playbook, fill_phrase, load_playbook

SAMPLE = """\
language: en
entries:
  - id: body-only
    kind: technique
    practice: D2
    title: Something else
    tactics: [Mention the widget here]
  - id: tag-match
    kind: technique
    practice: D2
    title: Another thing
    tactics: [Nothing relevant]
    tags: [widget]
  - id: title-match
    kind: technique
    practice: D2
    title: Widget handling
    tactics: [Nothing relevant]
  - id: accented
    kind: technique
    practice: D13
    title: Perché ascoltare
    tactics: [Ascolta con attenzione]
"""


@pytest.fixture(scope="module")
def shipped() -> Playbook:
    return load_playbook(resources_dir() / "playbook")


@pytest.fixture(scope="module")
def sample() -> Playbook:
    return build_playbook({"sample.yaml": SAMPLE})


@pytest.mark.parametrize("query", ["chatter", "Chatterbox", "CHATTER", "chàttêr", "the chatterbox"])
def test_finds_chatterbox_by_prefix_any_case_or_accent(shipped: Playbook, query: str) -> None:
    assert shipped.search(query)[0].id == "chatterbox"


def test_accent_insensitive_both_ways(sample: Playbook) -> None:
    assert [e.id for e in sample.search("perche")] == ["accented"]
    assert [e.id for e in sample.search("PERCHÉ")] == ["accented"]
    assert [e.id for e in sample.search("ascólta")] == ["accented"]


def test_ranks_title_over_tags_over_body(sample: Playbook) -> None:
    assert [e.id for e in sample.search("widget")] == ["title-match", "tag-match", "body-only"]


def test_every_word_must_match(sample: Playbook) -> None:
    assert [e.id for e in sample.search("widget handling")] == ["title-match"]
    assert sample.search("widget nonsense") == []


def test_empty_and_punctuation_queries_find_nothing(sample: Playbook) -> None:
    assert sample.search("") == []
    assert sample.search("  !?  ") == []


def test_stopwords_are_ignored_unless_alone(sample: Playbook) -> None:
    assert sample.search("the widget") == sample.search("widget")
    assert [e.id for e in sample.search("the")] == ["body-only"]


def test_shipped_search_examples(shipped: Playbook) -> None:
    assert shipped.search("swearing")[0].id == "abusive"
    assert shipped.search("know it all")[0].id == "know-it-all"
    assert shipped.search("yakety")[0].id == "yakety-yak"
    assert shipped.search("slow system")[0].id == "slow-system"
    assert shipped.search("D9")[0].id == "recovery-process"


def test_search_is_fast(shipped: Playbook) -> None:
    start = time.perf_counter()
    for _ in range(200):
        shipped.search("angry caller")
    assert (time.perf_counter() - start) / 200 < 0.02


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Thanks, {name}.", "Ms Rossi", "Thanks, Ms Rossi."),
        ("Thanks, {name}.", None, "Thanks."),
        ("{name}, I hear you.", None, "I hear you."),
        ("{name}, {name}… I hear you.", None, "I hear you."),
        ("Is there anything else, {name}?", None, "Is there anything else?"),
        ("No name here.", "Ms Rossi", "No name here."),
    ],
)
def test_fill_phrase(text: str, name: str | None, expected: str) -> None:
    assert fill_phrase(text, name=name) == expected
