"""Problems in a user's file: one type for every import reader, worded from its code in any
language with the place first; DataFileError carries them (no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.error_texts import TEXTS
from agentdesk.error_texts.wording import ENGLISH, catalogue_wording
from agentdesk.errors import DataFileError, ValidationError
from agentdesk.paths import resources_dir
from agentdesk.problems import UNTRANSLATED, Problem

I18N = resources_dir() / "i18n"


def test_the_place_comes_first_with_the_parts_that_are_known():
    problem = Problem("csv.column_twice", {"column": 3, "name": "phone"})
    assert str(problem) == "Column 3: 'phone' given twice."
    assert str(problem.at("in.csv")) == "in.csv: Column 3: 'phone' given twice."
    assert str(problem.at("in.csv", 1)) == "in.csv:1: Column 3: 'phone' given twice."
    placed = Problem("csv.invalid", file="a.csv", line=4, column=7)
    assert placed.where == "a.csv:4:7" and placed.message == str(placed)[len("a.csv:4:7: ") :]


def test_a_coded_error_becomes_its_problem_and_an_uncoded_one_keeps_its_sentence():
    coded = ValidationError("Surname: at most 100 characters.", code="customer.surname_too_long",
                            params={"limit": 100})  # fmt: skip
    problem = Problem.of(coded, "c.csv", 9)
    assert (problem.code, dict(problem.params), problem.line) == (coded.code, {"limit": 100}, 9)
    assert str(problem) == "c.csv:9: Surname: at most 100 characters."
    plain = Problem.of(ValueError("odd"), "c.csv", 2)
    assert plain.code == UNTRANSLATED and str(plain) == "c.csv:2: odd"


def test_a_problem_reads_in_italian_and_indonesian_from_the_catalogues():
    problem = Problem("customers_import.type", {"choices": "new, returning"}, "c.csv", 3)
    assert (
        catalogue_wording(I18N, "it").problem(problem)
        == "c.csv:3: type: codici tra new, returning."
    )
    assert (
        catalogue_wording(I18N, "id").problem(problem) == "c.csv:3: type: kode dari new, returning."
    )
    assert catalogue_wording(I18N, "xx") is ENGLISH  # no catalogue: English, never nothing


def test_a_damaged_catalogue_leaves_the_english(tmp_path):
    (tmp_path / "agentdesk_it.ts").write_text("<TS><context>", encoding="utf-8")
    assert catalogue_wording(tmp_path, "it") is ENGLISH


def test_a_file_error_is_its_problems_in_the_language():
    exc = DataFileError([Problem("import.empty", file="s.csv", line=1), "x.yaml:2: odd key"])
    assert exc.problems == [
        "s.csv:1: The file is empty; the first line must name the columns.",
        "x.yaml:2: odd key",
    ]
    words = catalogue_wording(I18N, "it").error(exc).splitlines()
    assert words[0] == "s.csv:1: Il file è vuoto; la prima riga deve indicare i nomi delle colonne."
    assert words[1] == "x.yaml:2: odd key"  # a content check with no code yet stays as it is


@given(st.sampled_from(sorted(TEXTS)), st.text(max_size=30), st.integers(0, 10**6))
def test_any_code_with_any_values_words_without_losing_the_place(code, value, line):
    """A typed value that looks like a placeholder is shown as typed (one pass)."""
    params = {name: value for name in ("choices", "limit", "name", "value", "column", "count")}
    problem = Problem(code, params, "f.csv", line)
    for words in (ENGLISH, catalogue_wording(I18N, "it")):
        text = words.problem(problem)
        assert text.startswith(f"f.csv:{line}: " if line else "f.csv: ")
