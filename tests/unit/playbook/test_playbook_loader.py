"""Playbook loader: broken files report path:line, duplicates and translations are checked."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.playbook import Kind, Playbook, build_playbook, load_playbook

ENTRY = """\
  - id: {id}
    kind: type
    practice: D5
    title: The quiet one
    recognise: [Long pauses]
    tactics: [Ask easy questions]
    phrases: ["No rush, {{name}}."]
"""


def one_file(*entries: str, language: str = "en") -> str:
    return f"language: {language}\nentries:\n" + "".join(entries)


def problems_of(texts: dict[str, str]) -> list[str]:
    with pytest.raises(DataFileError) as info:
        build_playbook(texts)
    return info.value.problems


def test_valid_entry_loads() -> None:
    book = build_playbook({"a.yaml": one_file(ENTRY.format(id="quiet"))})
    entry = book.by_id["quiet"]
    assert entry.kind is Kind.TYPE
    assert entry.phrases == ("No rush, {name}.",)
    assert entry.source == "a.yaml:3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            one_file(ENTRY.format(id="q") + "    colour: red\n"),
            "a.yaml:10: entry: unknown key 'colour'",
            id="unknown-key",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q").replace("  - id: q\n", "  - title2: x\n", 1)),
            "a.yaml:3: entry: missing required key 'id'",
            id="missing-id",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q").replace("kind: type", "kind: personality")),
            "a.yaml:4: entry 'q': kind must be one of",
            id="wrong-kind",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q").replace("practice: D5", "practice: D14")),
            "a.yaml:5: entry 'q': practice must be D1 to D13",
            id="bad-practice",
        ),
        pytest.param(
            one_file(ENTRY.format(id="Quiet One")),
            "a.yaml:3: entry: 'id' must be a slug",
            id="bad-id",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q").replace("tactics: [Ask easy questions]", "tactics: x")),
            "a.yaml:8: entry 'q': 'tactics' must be a list",
            id="tactics-not-list",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q").replace("tactics: [Ask easy questions]", "tactics: []")),
            "a.yaml:3: entry 'q': a type entry needs 'tactics'",
            id="picker-entry-without-tactics",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q").replace("{name}", "{nmae}")),
            "a.yaml:9: entry 'q': phrases[1]: unknown placeholder {nmae}",
            id="placeholder-typo",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q"), language="fr"),
            "a.yaml:1: language must be one of en, id, it",
            id="bad-language",
        ),
        pytest.param(
            "language: en\nentries:\n  - id: q\n    kind: [type\n",
            "a.yaml:5:1:",
            id="bad-yaml",
        ),
        pytest.param(
            "- just\n- a list\n", "a.yaml:1: playbook file: expected a mapping", id="list"
        ),
        pytest.param(
            one_file(ENTRY.format(id="q") + "    see_also: [nowhere]\n"),
            "a.yaml:3: entry 'q': see_also 'nowhere' unknown",
            id="see-also-unknown",
        ),
        pytest.param(
            one_file(ENTRY.format(id="q") + "    tags: [yes]\n"),
            "a.yaml:10: entry 'q': tags[1] must be text",
            id="yaml-boolean-tag",
        ),
        pytest.param(
            "language: en\ncauses:\n  - {id: wait, label: Waiting}\n  - {id: wait, label: Again}\n",
            "a.yaml:4: duplicate cause id 'wait' (first at a.yaml:3)",
            id="duplicate-cause",
        ),
    ],
)
def test_broken_file_names_path_and_line(text: str, expected: str) -> None:
    problems = problems_of({"a.yaml": text})
    assert any(p.startswith(expected) for p in problems), problems


def test_duplicate_id_across_files() -> None:
    problems = problems_of(
        {"a.yaml": one_file(ENTRY.format(id="q")), "b.yaml": one_file(ENTRY.format(id="q"))}
    )
    assert problems == ["b.yaml:3: duplicate entry id 'q' (first at a.yaml:3)"]


def test_every_problem_is_collected_across_files() -> None:
    problems = problems_of(
        {
            "a.yaml": one_file(ENTRY.format(id="q") + "    colour: red\n"),
            "b.yaml": "language: en\nentries: [\n",
            "c.yaml": one_file(ENTRY.format(id="r").replace("kind: type", "kind: x")),
        }
    )
    assert [p.split(":")[0] for p in problems] == ["a.yaml", "b.yaml", "c.yaml"]


def test_checklist_items_need_unique_ids() -> None:
    text = (
        "language: en\nentries:\n  - id: steps\n    kind: checklist\n    practice: D9\n"
        "    title: Steps\n    checklist:\n      - {id: one, text: First}\n"
        "      - {id: one, text: Again}\n"
    )
    assert problems_of({"a.yaml": text}) == [
        "a.yaml:9: entry 'steps': checklist[2]: duplicate item id 'one'"
    ]


def test_translation_must_match_english() -> None:
    english = one_file(ENTRY.format(id="q"))
    italian = one_file(
        ENTRY.format(id="q").replace("practice: D5", "practice: D4"),
        ENTRY.format(id="extra"),
        language="it",
    )
    problems = problems_of({"en.yaml": english, "it.yaml": italian})
    assert "it.yaml:3: entry 'q': practice differs from English" in problems
    assert "it.yaml:10: entry 'extra' has no English original" in problems


def test_translation_replaces_english_and_keeps_order() -> None:
    english = one_file(ENTRY.format(id="a"), ENTRY.format(id="b"))
    italian = one_file(
        ENTRY.format(id="b").replace("The quiet one", "Il silenzioso"), language="it"
    )
    book = build_playbook({"en.yaml": english, "it.yaml": italian}, language="it")
    assert [(e.id, e.language) for e in book.entries] == [("a", "en"), ("b", "it")]
    assert book.by_id["b"].title == "Il silenzioso"


def test_unknown_language_argument_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        build_playbook({}, language="fr")


def test_missing_or_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="playbook folder not found"):
        load_playbook(tmp_path / "nope")
    with pytest.raises(DataFileError, match="no playbook files"):
        load_playbook(tmp_path)


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(one_file(ENTRY.format(id="q")), encoding="utf-8")
    (tmp_path / "bad.yaml").write_bytes(b"language: en\n# caf\xe9\n")
    with pytest.raises(DataFileError) as info:
        load_playbook(tmp_path)
    assert info.value.problems == [f"{tmp_path / 'bad.yaml'}:2: not UTF-8 text"]


def test_deep_nesting_is_a_data_file_error() -> None:
    problems = problems_of({"a.yaml": "[" * 1000})
    assert problems[0].startswith("a.yaml:")


# Arbitrary input: a Playbook or a DataFileError, never another exception.

_VOCAB = [
    "language", "entries", "causes", "id", "kind", "title", "practice", "summary", "recognise",
    "tactics", "phrases", "avoid", "reframes", "examples", "checklist", "tags", "see_also",
    "instead_of", "say", "situation", "text", "label", "en", "it", "type", "D5", "x",
]  # fmt: skip
_scalars = st.one_of(
    st.sampled_from(_VOCAB),
    st.text(max_size=20),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(_VOCAB), inner, max_size=6),
    ),
    max_leaves=20,
)


def _assert_playbook_or_data_error(text: str) -> None:
    try:
        book = build_playbook({"h.yaml": text})
    except DataFileError as exc:
        assert exc.problems and all(p.startswith("h.yaml:") for p in exc.problems)
    else:
        assert isinstance(book, Playbook)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text_gives_playbook_or_data_file_error(text: str) -> None:
    _assert_playbook_or_data_error(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_values)
def test_arbitrary_yaml_structure_gives_playbook_or_data_file_error(value: object) -> None:
    _assert_playbook_or_data_error(yaml.safe_dump(value, allow_unicode=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(_VOCAB), _values, max_size=8))
def test_near_valid_entries_give_playbook_or_data_file_error(entry: dict) -> None:
    document = {"language": "en", "entries": [entry]}
    _assert_playbook_or_data_error(yaml.safe_dump(document, allow_unicode=True))
