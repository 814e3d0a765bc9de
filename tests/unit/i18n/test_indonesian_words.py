"""No English left in the Indonesian texts: the interface catalogue and the Indonesian content.

Seen by an Indonesian user: "team leader" in some eighty messages and in the call flow,
"workstation", "shrinkage" and "coaching" in messages and in the knowledge base. What stays
English on purpose: codes a person types or reads in a file (column names, `commands`,
'values', {placeholders}, URLs), key names, product names and acronyms, and in articles a
foreign term in italics after its Indonesian word (*shrinkage*).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agentdesk.i18n_catalogue import messages
from agentdesk.paths import resources_dir

CATALOGUE = resources_dir() / "i18n" / "agentdesk_id.ts"
# English words and phrases that slipped into Indonesian before, and everyday English words
# that would show a text left half translated.
ENGLISH = re.compile(
    r"\b(team leaders?|workstations?|shrinkage|coaching|headers?|placeholders?|database|"
    r"the|and|of|your|please|with|from|this|that|is|are)\b",
    re.IGNORECASE,
)
# Translations that are meant to read as the English source: acronyms, formats, names.
SAME_ON_PURPOSE = {"agentdesk", "agentdesk — %1", "OK", "Status", "&Status", "Tag", "Target"}


def plain(text: str) -> str:
    """The words a reader takes as language: codes, names of files and fields, URLs,
    placeholders, file patterns, the English README's section titles and italic (foreign)
    terms removed."""
    text = re.sub(r"`[^`]*`|'[^']*'|https?://\S+|postgresql://\S+|\{[^}]*\}|%L?\d+|%n", " ", text)
    text = re.sub(r"\*\.\w+|README[^)]*", " ", text)  # *.csv; a section of the English README
    text = re.sub(r"\*[^*\s][^*]*\*", " ", text)  # *term*: a foreign word, marked as such
    return re.sub(r"\b\w*[_.]\w*\b|\(kb:[^)]*\)", " ", text)  # first_name, keys.sqlite3


def test_the_interface_catalogue_has_no_english_left():
    found = []
    for m in messages(CATALOGUE):
        for form in m.forms:
            english = ENGLISH.findall(plain(form.replace("&", "")))
            if english:
                found.append(f"[{m.context}] {form!r}: {sorted(set(english))}")
    assert not found, "\n".join(found)


def test_no_indonesian_text_is_the_english_one_left_as_it_was():
    found = []
    for m in messages(CATALOGUE):
        words = re.findall(r"[A-Za-z]{3,}", plain(m.source.replace("&", "")))
        left = len(words) >= 2 and any(f == m.source for f in m.forms)
        if left and m.source not in SAME_ON_PURPOSE:
            found.append(f"[{m.context}] {m.source!r}")
    assert not found, "\n".join(found)


def content_files() -> list[Path]:
    root = resources_dir()
    files = [
        *root.glob("kb/id/**/*.md"), *root.glob("playbook/id/*.yaml"),
        *root.glob("flows/id/*.yaml"), *root.glob("adherence/id/*.yaml"),
        root / "kb" / "snippets" / "id.yaml",
    ]  # fmt: skip
    assert len(files) > 40
    return sorted(files)


# YAML lines that hold codes, not words: ids, tags (search words), links, flow names.
_CODE_LINE = re.compile(r"^\s*-?\s*(id|tags|see_also|flow|kind|practice|code|language)\s*:")


@pytest.mark.parametrize("path", content_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_indonesian_content_has_no_english_left(path):
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("#") or _CODE_LINE.match(line):
            continue
        words = re.sub(r"^\s*-?\s*[a-z_][a-z0-9_-]*\s*:", " ", line)  # a YAML key
        english = ENGLISH.findall(plain(words))
        if english:
            found.append(f"{path.name}:{number}: {sorted(set(english))}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_check_finds_what_it_looks_for():
    assert ENGLISH.findall(plain("Hanya team leader yang dapat mengubah workstation ini."))
    assert not ENGLISH.findall(plain("Penyusutan (dalam bahasa Inggris *shrinkage*) naik."))
    assert not ENGLISH.findall(plain("Kolom: first_name, 'out_of_date', `agentdesk team join`."))
