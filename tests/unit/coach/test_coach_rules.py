"""Rule files: every shipped file loads, problems name file and line, custom folders merge."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from agentdesk.coach import (
    CATEGORIES,
    analyse,
    available_languages,
    load_rules,
    parse_rules_text,
)
from agentdesk.coach.phrases import PatternError, expand
from agentdesk.coach.rules import bundled_dir
from agentdesk.errors import DataFileError

HEAD = """\
language: en
statement: "When you {when_you}, I feel {i_feel}. Please {i_would_appreciate}."
"""


def problems_of(body: str, head: str = HEAD) -> list[str]:
    with pytest.raises(DataFileError) as caught:
        parse_rules_text(head + textwrap.dedent(body), path="r.yaml")
    return caught.value.problems


LANGUAGES = {"en": "en", "it": "it", "id": "id_rules"}  # language → fixture


def test_every_shipped_language_loads(request):
    assert set(available_languages()) == set(LANGUAGES)
    for language, fixture in LANGUAGES.items():
        rules = request.getfixturevalue(fixture)
        assert rules.language == language
        assert all(count > 0 for count in rules.counts().values()), rules.counts()


def test_english_is_complete(en):
    assert len(en.rules) >= 300
    assert en.counts()["jargon"] >= 150
    assert sum(v for k, v in en.counts().items() if k != "jargon") >= 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_phrase_is_found_as_written(request, language):
    """Each phrase alone is reported by its own rule: no shadowing, no normalisation gaps."""
    rules = request.getfixturevalue(LANGUAGES[language])
    for rule in rules.rules:
        for phrase in rule.phrases:
            findings = analyse(phrase, rules)
            assert [(f.rule_id, f.matched) for f in findings] == [(rule.id, phrase)], phrase


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_statement_template_is_clean(request, language):
    rules = request.getfixturevalue(LANGUAGES[language])
    text = rules.statement.format(when_you="x", i_feel="y", i_would_appreciate="z")
    assert analyse(text, rules) == ()


def test_pattern_syntax():
    assert expand("i (will|would) have to") == ["i will have to", "i would have to"]
    assert expand("[please] hold   on") == ["please hold on", "hold on"]
    assert expand("a [(b|c)] d|e") == ["a b d", "a c d", "a d", "e"]
    for bad, message in [
        ("(a|b", "missing ')'"),
        ("a)", "unexpected ')'"),
        ("[a", "missing ']'"),
        ("(very )?good", "regular expression"),
        ("[]", "empty"),
        ("(a|b|c|d) " * 5, "more than"),
    ]:
        with pytest.raises(PatternError, match=re.escape(message)):
            expand(bad)


def test_unknown_key_and_missing_fields_name_the_line():
    problems = problems_of(
        """\
        rules:
          - id: a.one
            category: reframe
            phrases: [one]
            sugestion: two
            why: because
        """
    )
    assert "r.yaml:7: rule 'a.one': unknown key 'sugestion'" in problems[0]
    assert any(
        p.startswith("r.yaml:4: rule 'a.one': missing required key 'suggestion'") for p in problems
    )


def test_all_problems_are_reported_at_once():
    problems = problems_of(
        """\
        colour: blue
        rules:
          - {id: a.one, category: nice, phrases: [one], suggestion: s, why: w}
          - {id: a.one, category: reframe, phrases: [two], suggestion: s, why: w}
          - {id: Bad Id, category: reframe, phrases: [three], suggestion: s, why: w}
          - {id: a.four, category: reframe, phrases: ["(four"], suggestion: s, why: w}
          - {id: a.five, category: reframe, phrases: [two], suggestion: s, why: w}
          - {id: a.six, category: reframe, phrases: ["!six"], suggestion: s, why: w}
          - {id: a.seven, category: reframe, phrases: [], suggestion: "", why: w}
        glossary:
          - {term: AHT}
        disable: [no.such.rule]
        """
    )
    text = "\n".join(problems)
    for expected in [
        "r.yaml:3: rule file: unknown key 'colour'",
        "r.yaml:5: rule 'a.one': unknown category 'nice'",
        "r.yaml:6: duplicate id 'a.one' (first at line 5)",
        "r.yaml:7: rule 'Bad Id': id 'Bad Id' may use only",
        "r.yaml:8: rule 'a.four': phrase '(four': missing ')'",
        "r.yaml:9: rule 'a.five': phrase 'two' is also in 'a.one'",
        "r.yaml:10: rule 'a.six': phrase '!six' must start with a letter or digit",
        "r.yaml:11: rule 'a.seven': 'phrases' must not be empty",
        "r.yaml:11: rule 'a.seven': 'suggestion' must not be empty",
        "r.yaml:13: glossary entry 'AHT': missing required key 'plain'",
        "r.yaml:14: disable: no rule with id 'no.such.rule'",
    ]:
        assert expected in text, expected


def test_bad_yaml_names_line_and_column():
    problems = problems_of("rules: [\n  {id: x\n")
    assert len(problems) == 1 and problems[0].startswith("r.yaml:5:")
    assert problems_of("- just\n- a list\n", head="") == ["r.yaml:1: rule file: expected a mapping"]


def test_statement_must_have_the_three_fields():
    problems = problems_of("language: en\nstatement: 'When you {when_you}, {oops}'\n", head="")
    assert problems == [
        "r.yaml:2: statement: must contain {when_you}, {i_feel}, {i_would_appreciate} once each"
    ]
    assert "no 'statement' template" in problems_of("language: en\n", head="")[0]


def test_contraction_tables_are_checked():
    problems = problems_of(
        """\
        contractions:
          words: {"two words": x, "ok": "fine"}
          endings: {"ll": will, "'ve": ""}
          extra: {}
        """
    )
    text = "\n".join(problems)
    assert "r.yaml:4: contractions: 'two words' is not a word" in text
    assert "r.yaml:5: contractions: 'll' is not a ending" in text
    assert "r.yaml:5: contractions: ''ve' needs words to expand to" in text
    assert "r.yaml:6: contractions: unknown key 'extra'" in text


def write(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("language: en\n" + textwrap.dedent(body), encoding="utf-8")
    return path


def test_custom_folder_extends_overrides_and_disables(tmp_path, en):
    custom = tmp_path / "coach"
    write(
        custom,
        "en.yaml",
        """\
        rules:
          - id: reframe.have-to
            category: reframe
            phrases: [i will have to, i must]
            suggestion: I am happy to
            why: House style.
        disable: [absolute.always]
        """,
    )
    write(
        custom,
        "en-jargon.yaml",
        """\
        glossary:
          - {term: Zendesk, plain: our case system}
          - {term: AHT, plain: time on the phone, why: Our own reason.}
        """,
    )
    rules = load_rules("en", [custom])
    assert [Path(f).name for f in rules.files] == ["en.yaml", "en.yaml", "en-jargon.yaml"]
    assert len(rules.rules) == len(en.rules) + 1 - 1  # Zendesk added, absolute.always removed
    (have_to,) = analyse("I must go.", rules)
    assert (have_to.rule_id, have_to.suggestion) == ("reframe.have-to", "I am happy to")
    assert analyse("It always works.", rules) == ()
    zendesk, aht = analyse("Zendesk shows your AHT.", rules)
    assert (zendesk.suggestion, aht.suggestion, aht.why) == (
        "Our case system",
        "time on the phone",
        "Our own reason.",
    )


def test_custom_file_problems_name_the_custom_file(tmp_path):
    custom = tmp_path / "coach"
    path = write(custom, "en-x.yaml", "rules:\n  - {id: x, category: jargon}\n")
    with pytest.raises(DataFileError) as caught:
        load_rules("en", [custom])
    assert all(p.startswith(f"{path}:3:") for p in caught.value.problems)


def test_language_mismatch_missing_folder_and_unknown_language(tmp_path):
    custom = tmp_path / "coach"
    write(custom, "en-fr.yaml", "")
    (custom / "en-fr.yaml").write_text("language: fr\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=re.escape("en-fr.yaml:1: language is 'fr'")):
        load_rules("en", [custom])
    with pytest.raises(DataFileError, match="rules folder not found"):
        load_rules("en", [tmp_path / "nowhere"])
    with pytest.raises(DataFileError, match="no bundled rules for 'xx'"):
        load_rules("xx")
    with pytest.raises(DataFileError, match="not a language code"):
        load_rules("../en")


def test_bundled_folder_is_the_resources_folder(en):
    assert (bundled_dir() / "en.yaml").is_file()
    assert set(CATEGORIES) == set(en.counts())
