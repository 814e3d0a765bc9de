"""The survey CSV parser: good rows become answers, bad rows name the file and line, hostile
input never gets past it as anything else (#19)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.problems import UNTRANSLATED
from agentdesk.surveys.csvfile import MAX_CELL, decode, parse_survey_csv
from agentdesk.surveys.stats import verdicts

IID = "6f1c2d3e-0000-4000-8000-000000000001"


def test_long_form_with_interaction_ids_and_numbers():
    text = (
        "\ufeffInteraction ID,Caller number,Time,Survey,Score,Comment\n"
        f"{IID},,,CSAT,5,Lovely\n"
        ',020 7946 0111,2026-12-01 10:20,nps,9,"Quick, ""polite"""\n'
    )
    parsed = parse_survey_csv(text, "tool.csv")
    assert parsed.problems == ()
    first, second = parsed.answers
    assert (first.line, first.kind, first.score, first.interaction_id) == (
        2,
        "csat",
        5,
        uuid.UUID(IID),
    )
    assert (second.kind, second.score, second.comment) == ("nps", 9, 'Quick, "polite"')
    assert second.caller_number == "020 7946 0111" and second.at.tzinfo is not None


def test_wide_form_gives_one_answer_per_scale():
    text = f"interaction_id;csat;ces;nps\n{IID};4;;10\n"
    parsed = parse_survey_csv(text, "wide.csv")
    assert [(a.kind, a.score) for a in parsed.answers] == [("csat", 4), ("nps", 10)]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (f"{IID},csat,6", "CSAT score: a whole number from 1 to 5"),
        (f"{IID},nps,ten", "NPS score: a whole number from 0 to 10"),
        (f"{IID},ces,0", "CES score: a whole number from 1 to 7"),
        (f"{IID},happiness,3", "survey: one of csat, ces, nps"),
        ("not-an-id,csat,3", "interaction_id: not an interaction id"),
        (",csat,3", "No interaction_id"),
        (f"{IID},csat,\u0665", "CSAT score: a whole number from 1 to 5"),  # Arabic-Indic 5
    ],
)
def test_bad_rows_name_the_file_and_line_and_never_quote_the_cell(row, expected):
    text = f"interaction_id,survey,score\n{IID},csat,3\n{row}\n"
    parsed = parse_survey_csv(text, "in.csv")
    assert len(parsed.answers) == 1
    [found] = parsed.problems
    assert (found.file, found.line) == ("in.csv", 3) and found.code != UNTRANSLATED
    problem = str(found)
    assert problem.startswith("in.csv:3: ") and expected in problem
    assert "happiness" not in problem and "not-an-id" not in problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "in.csv:1: The file is empty"),
        ("who,score\nx,1\n", "in.csv:1: Column 1: unknown column name"),
        ("caller_number,survey,score\n", "A column to find the call"),
        ("interaction_id,score\n", "Either survey and score columns"),
        ("interaction_id,survey,score\nab\x00c,csat,1\n", "in.csv:2: A NUL character"),
    ],
)
def test_a_file_that_cannot_be_used_says_why_with_its_line(text, expected):
    with pytest.raises(DataFileError) as caught:
        parse_survey_csv(text, "in.csv")
    assert expected in str(caught.value)
    assert all(p.code != UNTRANSLATED and p.file == "in.csv" for p in caught.value.found)


def test_bytes_that_are_not_utf8_and_huge_cells_are_refused():
    with pytest.raises(DataFileError, match=r"in.csv:2: The file is not UTF-8"):
        decode(b"interaction_id,survey,score\n\xff\xfe,csat,1\n", "in.csv")
    text = f'interaction_id,survey,score,comment\n{IID},csat,1,"{"x" * (MAX_CELL + 1)}"\n'
    parsed = parse_survey_csv(text, "in.csv")
    assert parsed.answers == () and "longer than" in str(parsed.problems[0])
    unclosed = f'interaction_id,survey,score,comment\n{IID},csat,1,"never closed\n'
    assert "never closed" in str(parse_survey_csv(unclosed, "in.csv").problems[0])


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_any_text_is_rows_problems_or_one_file_error(body):
    text = "interaction_id,caller_number,time,survey,score,comment\n" + body
    try:
        parsed = parse_survey_csv(text, "fuzz.csv")
    except DataFileError as exc:
        assert all(p.startswith("fuzz.csv:") for p in exc.problems)
        assert all(p.file == "fuzz.csv" and p.code != UNTRANSLATED for p in exc.found)
        return
    for problem in parsed.problems:
        assert problem.file == "fuzz.csv" and problem.line >= 2
        assert problem.code != UNTRANSLATED  # worded from a code in every language
        line = str(problem).removeprefix("fuzz.csv:").split(":", 1)[0]
        assert line.isdigit() and int(line) == problem.line
    for answer in parsed.answers:
        assert answer.kind in ("csat", "ces", "nps") and answer.line >= 2
        assert answer.interaction_id is not None or (answer.caller_number and answer.at)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["csat", "ces", "nps"]),
            st.integers(0, 10),
            # Printable text and line breaks: control and bidi characters are refused (below).
            st.text(
                alphabet=st.characters(
                    blacklist_categories=("Cc", "Cs"),
                    blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
                )
                | st.sampled_from("\n\t"),
                max_size=30,
            ),
        ),
        max_size=20,
    )
)
def test_well_formed_rows_come_back_as_written(rows):
    limits = {"csat": (1, 5), "ces": (1, 7), "nps": (0, 10)}
    lines = ["interaction_id,survey,score,comment"]
    for kind, score, comment in rows:
        lines.append(f'{IID},{kind},{score},"{comment.replace(chr(34), chr(34) * 2)}"')
    parsed = parse_survey_csv("\n".join(lines) + "\n", "ok.csv")
    good = [(k, s, c.strip()) for k, s, c in rows if limits[k][0] <= s <= limits[k][1]]
    assert [(a.kind, a.score, a.comment) for a in parsed.answers] == good
    assert len(parsed.problems) == len(rows) - len(good)


def test_spreads_and_headlines():
    v = verdicts(
        None,
        "",
        [
            ("csat", 5),
            ("csat", 4),
            ("csat", 2),
            ("nps", 10),
            ("nps", 3),
            ("nps", 8),
            ("nps", 9),
            ("ces", 6),
            ("ces", 3),
            ("csat", 9),
        ],
    )
    assert v.spread("csat").answers == 3  # 9 is off the CSAT scale: not counted
    assert v.spread("csat").headline == pytest.approx(2 / 3)
    assert dict(v.spread("csat").counts) == {1: 0, 2: 1, 3: 0, 4: 1, 5: 1}
    assert v.spread("nps").headline == pytest.approx(25.0)  # 50% promoters - 25% detractors
    assert v.spread("ces").headline == pytest.approx(4.5)
    assert verdicts(None, "", []).spread("nps").headline is None


def test_hostile_values_a_date_without_time_and_hidden_characters_are_refused():
    head = "interaction_id,caller_number,time,survey,score,comment\n"
    rows = [
        ",020 7946 0111,2026-12-06,csat,4,",  # midnight by accident: refused
        f"{IID},,,csat,4,ok \u202eevil",  # a bidi override would reverse what is read
        f"{IID},,,csat,4,bell\x07",
        f'{IID},,,csat,4,"two\nlines are fine"',
    ]
    parsed = parse_survey_csv(head + "\n".join(rows) + "\n", "in.csv")
    assert [a.comment for a in parsed.answers] == ["two\nlines are fine"]
    assert any(str(p).startswith("in.csv:2: time:") for p in parsed.problems)
    assert sum("control characters" in str(p) for p in parsed.problems) == 2


def test_an_unquoted_huge_value_is_named_as_too_long(monkeypatch):
    import csv

    text = f"interaction_id,survey,score,comment\n{IID},csat,1,{'x' * 200_000}\n"
    parsed = parse_survey_csv(text, "in.csv")
    assert parsed.answers == () and "longer than" in str(parsed.problems[0])
    assert csv.field_size_limit() == 131072  # the parser changes nothing global


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from agentdesk.surveys import csvfile

    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(csvfile.MAX_BYTES + 1)  # sparse: nothing to read if the size is checked first
    monkeypatch.setattr(type(big), "read_bytes", lambda self: pytest.fail("read before check"))
    with pytest.raises(DataFileError, match=r"big.csv: The file is larger than 10 MB"):
        csvfile.read_file(big)
