"""Phonetic spelling (T2): letters, accents, separators, digits; alphabets checked as data."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.flows import bundled_alphabets_dir
from agentdesk.flows.phonetic import Spelled, load_alphabets, parse_alphabet_text, read_back, spell


def test_bundled_alphabets(alphabets) -> None:
    assert {"nato", "it"} <= set(alphabets)
    assert alphabets["it"].letters["A"] == "Ancona"
    assert alphabets["it"].letters["C"] == "Como"


def test_plain_name(alphabets) -> None:
    nato = alphabets["nato"]
    assert spell("Rossi", nato)[:2] == [Spelled("R", "Romeo"), Spelled("o", "Oscar")]
    assert read_back(spell("Rossi", nato), nato) == (
        "R for Romeo, O for Oscar, S for Sierra, S for Sierra, I for India"
    )


def test_separators_digits_and_spaces(alphabets) -> None:
    nato = alphabets["nato"]
    spelled = spell("  O’Neil-Ray  2 ", nato)
    letters = [s.letter for s in spelled]
    assert letters == ["O", "’", "N", "e", "i", "l", "-", "R", "a", "y", " ", "2"]
    assert read_back(spelled, nato).startswith("O for Oscar, apostrophe, N for November")
    assert read_back(spelled, nato).endswith(
        "hyphen, R for Romeo, A for Alfa, Y for Yankee, space, two"
    )


def test_accents_name_the_base_letter_and_the_mark(alphabets) -> None:
    nato, italian = alphabets["nato"], alphabets["it"]
    assert spell("é", nato) == [Spelled("é", "Echo (acute accent)")]
    assert spell("Ø", nato) == [Spelled("Ø", "Oscar (stroke through)")]
    assert read_back(spell("Niccolò", italian), italian).endswith("Ò come Otranto (accento grave)")
    assert [s.letter for s in spell("Strauß", nato)][-2:] == ["s", "s"]


def test_capital_inside_mixed_case_word(alphabets) -> None:
    nato = alphabets["nato"]
    assert spell("McDonald", nato)[2] == Spelled("D", "Delta (capital)")
    assert all("capital" not in s.word for s in spell("MCDONALD", nato))
    assert all("capital" not in s.word for s in spell("Anne-Marie", nato))


def test_unknown_characters_are_said_as_themselves(alphabets) -> None:
    nato = alphabets["nato"]
    assert spell("Ω@", nato) == [Spelled("Ω", ""), Spelled("@", "")]
    assert read_back(spell("Ω", nato), nato) == "Ω"


@given(st.text(max_size=40))
def test_spell_never_raises(name: str) -> None:
    nato = load_alphabets(bundled_alphabets_dir())["nato"]
    spelled = spell(name, nato)
    assert isinstance(read_back(spelled, nato), str)
    assert all(s.letter for s in spelled)


def _alphabet_text() -> str:
    return (bundled_alphabets_dir() / "nato.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  Q: Quebec\n", "", "alphabet: letters lacks Q"),
        ("  Q: Quebec\n", "  Q: Quebec\n  q: quebec\n", "letters key 'q' must be one character"),
        ('"{letter} for {word}"', '"{letter} for"', "'letter_pattern' must contain"),
        ("  tilde: tilde\n", "  tilde: tilde\n  umlaut: two dots\n", "unknown marks key 'umlaut'"),
        ('  "7": seven\n', '  "7": 7\n', "digits '7' needs a word"),
        ("language: en\n", "", "missing required key 'language'"),
    ],
)
def test_broken_alphabet_is_refused_with_line(old: str, new: str, message: str) -> None:
    text = _alphabet_text()
    assert old in text
    with pytest.raises(DataFileError) as err:
        parse_alphabet_text(text.replace(old, new), "nato.yaml")
    assert any(p.startswith("nato.yaml:") and message in p for p in err.value.problems), (
        err.value.problems
    )


def test_alphabet_file_name_must_match_id(tmp_path) -> None:
    (tmp_path / "other.yaml").write_text(_alphabet_text(), encoding="utf-8")
    with pytest.raises(DataFileError, match="must match the file name"):
        load_alphabets(tmp_path)
    with pytest.raises(DataFileError, match="not found"):
        load_alphabets(tmp_path / "missing")


def test_letters_set_a_hyphen_or_apostrophe_apart():
    from agentdesk.flows.phonetic import letters

    assert letters("Jayson Okafor") == "J-a-y-s-o-n  O-k-a-f-o-r"
    assert letters("Okonkwo-Smith") == "O-k-o-n-k-w-o (-) S-m-i-t-h"
    assert letters("D’Angelo") == "D (') A-n-g-e-l-o"
    assert letters("  ") == ""


@given(st.text(max_size=40))
def test_letters_keep_every_letter_in_order(name):
    from agentdesk.flows.phonetic import letters

    shown = letters(name)
    kept = [c for c in shown if c not in " -()'."]
    marks = "-'.\u2019\u2018`\u2010\u2013\u2011()"
    assert kept == [c for c in name if not c.isspace() and c not in marks]
