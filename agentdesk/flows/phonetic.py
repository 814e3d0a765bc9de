"""Phonetic spelling of names (T2): alphabets as data files, letter-by-letter read-back text."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from agentdesk.datafiles.loader import Problems, load_yaml, load_yaml_text
from agentdesk.datafiles.schema import check_mapping, line_of
from agentdesk.errors import DataFileError

# Names an alphabet file gives words for; "capital" marks a capital inside a mixed-case word
# (McDonald), "accent" any diacritic without a name of its own.
MARKS = (
    "acute", "grave", "circumflex", "diaeresis", "tilde", "cedilla", "ring", "caron", "breve",
    "macron", "ogonek", "dot_above", "double_acute", "stroke", "capital", "accent",
)  # fmt: skip
_COMBINING = {
    "\u0300": "grave", "\u0301": "acute", "\u0302": "circumflex", "\u0303": "tilde",
    "\u0304": "macron", "\u0306": "breve", "\u0307": "dot_above", "\u0308": "diaeresis",
    "\u030a": "ring", "\u030b": "double_acute", "\u030c": "caron", "\u0327": "cedilla",
    "\u0328": "ogonek",
}  # fmt: skip
_STROKED = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"}
_EXPANDED = {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
_SAME_SYMBOL = {"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2013": "-", "\u2011": "-"}
_SYMBOLS = (" ", "-", "'", ".")
_ASCII_LETTERS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = tuple("0123456789")


class Spelled(NamedTuple):
    """One character of a name and the words that say it ("" when the alphabet has none)."""

    letter: str
    word: str


@dataclass(frozen=True)
class Alphabet:
    """A spelling alphabet; patterns use {letter}, {word} and {marks}."""

    id: str
    name: str
    language: str
    letter_pattern: str
    marked_pattern: str
    mark_joiner: str
    separator: str
    letters: Mapping[str, str]
    digits: Mapping[str, str]
    symbols: Mapping[str, str]
    marks: Mapping[str, str]


def _word_with(alphabet: Alphabet, word: str, marks: list[str]) -> str:
    if not marks or not word:
        return word
    said = alphabet.mark_joiner.join(alphabet.marks.get(m, m) for m in marks)
    return alphabet.marked_pattern.replace("{word}", word).replace("{marks}", said)


def _spell_letter(ch: str, alphabet: Alphabet, mixed_case: bool, word_start: bool) -> Spelled:
    marks: list[str] = []
    if mixed_case and ch.isupper() and not word_start:
        marks.append("capital")
    word = alphabet.letters.get(ch.upper())
    if word is None or len(ch.upper()) != 1:
        base = _STROKED.get(ch)
        if base is not None:
            accents = ["stroke"]
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            base = decomposed[0]
            accents = [_COMBINING.get(c, "accent") for c in decomposed[1:]]
        word = alphabet.letters.get(base.upper(), "")
        marks.extend(accents)
    return Spelled(ch, _word_with(alphabet, word, marks))


def letters(name: str) -> str:
    """The name letter by letter for the eye: "J-a-y-s-o-n  O-k-a-f-o-r". A hyphen,
    apostrophe or dot inside a word is set apart, "O-k-o-n-k-w-o (-) S-m-i-t-h", not lost
    among the dashes between letters ("O-k-o-n-k-w-o---S-m-i-t-h")."""
    words = []
    for word in name.split():
        pieces: list[str] = []
        run: list[str] = []
        for ch in word:
            ch = _SAME_SYMBOL.get(ch, ch)
            if ch in _SYMBOLS:
                if run:
                    pieces.append("-".join(run))
                    run = []
                pieces.append(f"({ch})")
            else:
                run.append(ch)
        if run:
            pieces.append("-".join(run))
        words.append(" ".join(pieces))
    return "  ".join(words)


def spell(name: str, alphabet: Alphabet) -> list[Spelled]:
    """Each character of ``name`` with its spelling word; spaces collapse, accents are named."""
    out: list[Spelled] = []
    text = unicodedata.normalize("NFC", str(name).strip())
    letters = [c for c in text if c.isalpha()]
    mixed_case = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    word_start = True
    for raw in text:
        ch = " " if raw.isspace() else _SAME_SYMBOL.get(raw, raw)
        if ch in _SYMBOLS:
            if not (ch == " " and out and out[-1].letter == " "):
                out.append(Spelled(ch if ch != "'" else raw, alphabet.symbols.get(ch, "")))
            word_start = True
            continue
        if ch in alphabet.digits:
            out.append(Spelled(ch, alphabet.digits[ch]))
        elif ch.isalpha():
            for part in _EXPANDED.get(ch, ch):
                out.append(_spell_letter(part, alphabet, mixed_case, word_start))
                word_start = False
            continue
        else:
            out.append(Spelled(raw, alphabet.symbols.get(ch, "")))
        word_start = False
    return out


def read_back(spelled: list[Spelled], alphabet: Alphabet) -> str:
    """The text to read to the caller: "R for Romeo, O for Oscar, hyphen, …".

    Letters are said in capitals; a capital that matters (McDonald) carries the "capital" mark.
    """
    said = []
    for letter, word in spelled:
        if letter.isalpha() and word:
            pattern = alphabet.letter_pattern.replace("{letter}", letter.upper())
            said.append(pattern.replace("{word}", word))
        else:
            said.append(word or letter)
    return alphabet.separator.join(said)


def _words(
    node: Any, key: str, needed: tuple[str, ...], path: str, problems: Problems, single: bool
) -> dict[str, str]:
    table = node.get(key)
    if not isinstance(table, dict):
        problems.add(path, line_of(node, key), f"alphabet: '{key}' must be a mapping")
        return {}
    found: dict[str, str] = {}
    for k, v in table.items():
        if not isinstance(v, str) or not v.strip():
            problems.add(path, line_of(table, k), f"alphabet: {key} '{k}' needs a word")
        elif single and (len(k) != 1 or not k.isalpha() or not k.isupper()):
            problems.add(
                path,
                line_of(table, k),
                f"alphabet: {key} key '{k}' must be one character (capital for letters)",
            )
        elif not single and k not in needed:
            problems.add(
                path,
                line_of(table, k),
                f"alphabet: unknown {key} key '{k}' (expected {', '.join(needed)})",
            )
        else:
            found[k] = v.strip()
    missing = [k for k in needed if k not in table]
    if missing:
        problems.add(path, line_of(table), f"alphabet: {key} lacks {', '.join(missing)}")
    return found


def _parse(data: Any, path: str, expected_id: str | None) -> Alphabet:
    problems = Problems()
    keys = {
        "id",
        "name",
        "language",
        "letter_pattern",
        "marked_pattern",
        "mark_joiner",
        "separator",
        "letters",
        "digits",
        "symbols",
        "marks",
    }
    check_mapping(data, path=path, what="alphabet", required=keys, problems=problems)
    problems.raise_if_any()  # the checks below need every key
    texts = {}
    for key in sorted(keys - {"letters", "digits", "symbols", "marks"}):
        value = data.get(key)
        if not isinstance(value, str):
            problems.add(path, line_of(data, key), f"alphabet: '{key}' must be text")
        texts[key] = value if isinstance(value, str) else ""
    for key, slots in (
        ("letter_pattern", ("{letter}", "{word}")),
        ("marked_pattern", ("{word}", "{marks}")),
    ):
        if not all(s in texts[key] for s in slots):
            problems.add(
                path, line_of(data, key), f"alphabet: '{key}' must contain {' and '.join(slots)}"
            )
    if expected_id is not None and texts["id"] != expected_id:
        problems.add(
            path,
            line_of(data, "id"),
            f"alphabet: id '{texts['id']}' must match the file name ('{expected_id}')",
        )
    tables = {
        key: MappingProxyType(_words(data, key, needed, path, problems, single))
        for key, needed, single in (
            ("letters", _ASCII_LETTERS, True),
            ("digits", _DIGITS, False),
            ("symbols", _SYMBOLS, False),
            ("marks", MARKS, False),
        )
    }
    problems.raise_if_any()
    return Alphabet(**texts, **tables)


def parse_alphabet_text(text: str, path: str | Path = "<text>") -> Alphabet:
    return _parse(load_yaml_text(text, path), str(path), None)


def load_alphabet(path: str | Path) -> Alphabet:
    path = Path(path)
    return _parse(load_yaml(path), str(path), path.stem)


def load_alphabets(folder: str | Path) -> dict[str, Alphabet]:
    """Every alphabet in ``folder`` by id; DataFileError lists every problem of every file."""
    folder = Path(folder)
    found: dict[str, Alphabet] = {}
    problems: list[str] = []
    if not folder.is_dir():
        problems.append(f"{folder}:0: folder of phonetic alphabets not found")
    else:
        for path in sorted(folder.glob("*.yaml")):
            try:
                found[path.stem] = load_alphabet(path)
            except DataFileError as exc:
                problems.extend(exc.problems)
    if problems:
        raise DataFileError(problems)
    return found
