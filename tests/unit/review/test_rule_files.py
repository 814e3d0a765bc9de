"""Adherence rule files: shipped ones load, mistakes are reported with file:line, custom
folders add, replace and disable rules, and any YAML gives rules or a DataFileError."""

from __future__ import annotations

import textwrap

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.review import bundled_rules_dir
from agentdesk.review.adherence import evaluate
from agentdesk.review.rulefile import HEADS, RuleFile, parse_rule_text
from agentdesk.review.rules import RuleSet, load_rules, rules_digest
from tests.unit.review.calllog import model_call


def problems_of(text: str) -> list[str]:
    with pytest.raises(DataFileError) as info:
        parse_rule_text(textwrap.dedent(text), "team.yaml")
    return info.value.problems


def test_shipped_rules_load_with_their_lines():
    rules = load_rules(bundled_rules_dir())
    assert len(rules.rules) == 21 and rules.problems == ()
    first = rules.rules[0]
    lines = (bundled_rules_dir() / "telephone.yaml").read_text().splitlines()
    line = lines.index("  - id: greeting_complete") + 1
    assert first.id == "greeting_complete" and first.where.endswith(f"telephone.yaml:{line}")


def test_every_mistake_in_a_file_is_reported_with_its_line():
    problems = problems_of(
        """\
        rules:
          - id: one
            practice: T4
            title: One
            colour: red
            pass_when: {check: Bad-Id}
          - id: two
            practice: hold
            title: Two
            pass_when:
              each: hold_started
          - id: three
            practice: T1
            title: Three
            pass_when: {event: hold_started, data: {estimate_seconds: {bigger: 3}}}
          - id: four
            practice: T1
            title: Four
            pass_when: {check: a, step: b}
        """
    )
    text = "\n".join(problems)
    assert "team.yaml:5: rule: unknown key 'colour'" in text
    assert "team.yaml:6: check: expected a lower_case id" in text
    assert "team.yaml:8: practice: expected a code such as T4" in text
    assert "team.yaml:11: each: add preceded_by, followed_by or every" in text
    assert "team.yaml:15: unknown test 'bigger'" in text
    assert "team.yaml:19: condition: needs exactly one of" in text


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("{all: []}", "'all': expected a non-empty list"),
        ("{field: title}", "add 'is:'"),
        ("{field: title, is: {gt: fast}}", "'gt': expected a number"),
        ("{field: title, is: {in: 3}}", "'in': expected a list"),
        ("{field: title, is: {set: maybe}}", "'set': expected true or false"),
        ("{each: hold_started, every: {event: hold_checked_back}}", "missing required key"),
        ("{each: hold_started, every: {event: x, max_gap_seconds: -1}}", "must be > 0"),
        ("{not: [1]}", "expected a mapping such as"),
        ("{event: hold_started, when: now}", "unknown key 'when' (it takes data)"),
    ],
)
def test_condition_mistakes(snippet, message):
    problems = problems_of(f"rules:\n  - {{id: r, practice: T1, title: R, pass_when: {snippet}}}\n")
    assert any(message in p for p in problems), problems


def test_deep_nesting_is_refused():
    cond = "{check: a}"
    for _ in range(20):
        cond = f"{{not: {cond}}}"
    problems = problems_of(f"rules:\n  - {{id: r, practice: T1, title: R, pass_when: {cond}}}\n")
    assert any("nested more than" in p for p in problems)


def test_custom_rules_replace_disable_and_add(tmp_path):
    (tmp_path / "a.yaml").write_text(
        textwrap.dedent(
            """\
            disable: [hold_progress_reports]
            rules:
              - id: greeting_complete
                practice: T1
                title: Greeting (our wording)
                pass_when: {check: offered_help}
              - id: empathy
                practice: D13
                title: Paraphrased before answering
                pass_when: {check: paraphrased}
            """
        )
    )
    (tmp_path / "b.yaml").write_text("rules:\n  - {id: broken, practice: T1}\n")
    bundled = load_rules(bundled_rules_dir())
    merged = load_rules(bundled_rules_dir(), tmp_path)
    ids = [r.id for r in merged.rules]
    assert "hold_progress_reports" not in ids and ids[-1] == "empathy" and "broken" not in ids
    assert merged.by_id("greeting_complete").title == "Greeting (our wording)"
    assert merged.digest != bundled.digest
    assert any("b.yaml:2: rule: missing required key 'pass_when'" in p for p in merged.problems)
    result = evaluate(merged, model_call().events)
    assert result.item("empathy").status == "fail"


def test_custom_problems_across_files(tmp_path):
    (tmp_path / "a.yaml").write_text("disable: [no_such_rule]\n")
    (tmp_path / "b.yaml").write_text(": not yaml [\n")
    merged = load_rules(bundled_rules_dir(), tmp_path)
    assert len(merged.rules) == 21
    assert any("a.yaml:1: disable: no rule 'no_such_rule'" in p for p in merged.problems)
    assert any("b.yaml:1:" in p for p in merged.problems)


def test_broken_bundled_rules_are_an_error(tmp_path):
    (tmp_path / "x.yaml").write_text("rules:\n  - {id: a, practice: T1, title: A}\n")
    with pytest.raises(DataFileError, match=r"x\.yaml:2"):
        load_rules(tmp_path)
    with pytest.raises(DataFileError, match="missing"):
        load_rules(tmp_path / "nowhere")


# -- property tests ------------------------------------------------------------------------
WORDS = st.sampled_from(
    [
        *HEADS,
        "rules",
        "disable",
        "id",
        "practice",
        "title",
        "pass_when",
        "applies_when",
        "flows",
        "data",
        "is",
        "gt",
        "in",
        "set",
        "has_all",
        "max_gap_seconds",
        "T4",
        "hold_started",
        "x",
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-1000, 1000),
    st.floats(allow_nan=True),
    WORDS,
    st.text(max_size=8),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(WORDS, st.text(max_size=5)), inner, max_size=4),
    ),
    max_leaves=30,
)


@given(VALUES)
def test_any_yaml_document_gives_rules_or_a_data_file_error(value):
    text = yaml.safe_dump(value, allow_unicode=True)
    try:
        result = parse_rule_text(text, "fuzz.yaml")
    except DataFileError as exc:
        assert exc.problems and all(p.startswith("fuzz.yaml:") for p in exc.problems)
    else:
        assert isinstance(result, RuleFile)
        evaluate(
            RuleSet(tuple(result.rules), rules_digest(tuple(result.rules))), model_call().events
        )


@given(st.text(max_size=200))
def test_any_text_gives_rules_or_a_data_file_error(text):
    try:
        parse_rule_text(text, "fuzz.yaml")
    except DataFileError as exc:
        assert all(p.startswith("fuzz.yaml:") for p in exc.problems)


IDS = st.sampled_from(["offered_help", "surname", "hold_started", "hold_ended", "greeting"])
TESTS = st.one_of(
    IDS,
    st.integers(0, 300),
    st.fixed_dictionaries({"gt": st.integers(0, 300)}),
    st.fixed_dictionaries({"in": st.lists(IDS, max_size=3)}),
    st.fixed_dictionaries({"set": st.booleans()}),
)
LEAVES = st.one_of(
    st.builds(lambda c: {"check": c}, IDS),
    st.builds(lambda c: {"field_set": c}, IDS),
    st.builds(lambda c: {"step": c}, IDS),
    st.builds(lambda c, t: {"field": c, "is": t}, IDS, TESTS),
    st.builds(lambda k, t: {"event": k, "data": {"estimate_seconds": t}}, IDS, TESTS),
)
CONDITIONS = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.builds(lambda xs: {"all": xs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda xs: {"any": xs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda x: {"not": x}, inner),
        st.builds(lambda k, x: {"each": k, "preceded_by": x, "until": "hold_ended"}, IDS, inner),
        st.builds(
            lambda k, g: {"each": k, "every": {"event": "hold_checked_back", "max_gap_seconds": g}},
            IDS,
            st.integers(1, 120),
        ),
    ),
    max_leaves=8,
)


@given(st.lists(CONDITIONS, min_size=1, max_size=3))
def test_well_formed_rules_always_load_and_evaluate(conditions):
    doc = {
        "rules": [
            {"id": f"r{i}", "practice": "T1", "title": "R", "pass_when": c}
            for i, c in enumerate(conditions)
        ]
    }
    result = parse_rule_text(yaml.safe_dump(doc), "ok.yaml")
    assert [r.id for r in result.rules] == [f"r{i}" for i in range(len(conditions))]
    rules = tuple(result.rules)
    outcome = evaluate(RuleSet(rules, rules_digest(rules)), model_call().events)
    assert len(outcome.items) == len(conditions)
