"""Property tests: the analyser never fails and its spans always index the input; the loader
turns any text into rules or a DataFileError, never another exception."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.coach import analyse, apply, parse_rules_text
from agentdesk.coach.phrases import PatternError, expand
from agentdesk.errors import DataFileError

PIECES = [
    "I'll have to",
    "can't",
    "cannot",
    "won't",
    "You ALWAYS",
    "always",
    "AHT",
    "T&Cs",
    "she's on her coffee break",
    "escalate to L2",
    "don't",
    "n't",
    "'s",
    "’",
    "-",
    "İ",
    "ß",
    "you must not",
    "calm down",
    "never",
    "per our policy",
    "\u0301",
    "\x00",
    "\ud800",
]
TEXTS = st.one_of(
    st.text(),
    st.lists(
        st.one_of(st.sampled_from(PIECES), st.text(max_size=4), st.sampled_from([" ", "\n", "  "])),
        max_size=30,
    ).map("".join),
)


@settings(max_examples=300)
@given(text=TEXTS)
def test_analyse_never_fails_and_spans_index_the_input(en, text):
    previous_end = 0
    for finding in analyse(text, en):
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.matched != ""
        assert finding.start >= previous_end  # sorted, no overlaps
        previous_end = finding.end
        if finding.replaceable:
            assert apply(text, finding).endswith(text[finding.end :])


# Italian elisions and Indonesian spoken forms, which the it/id rule files expand ("nggak" is
# read as "tidak"): offsets must still index the text as written.
OTHER_PIECES = [
    "nggak",
    "Gak",
    "udah",
    "aja",
    "ga",
    "di-follow up",
    "SS-nya",
    "Bapak selalu",
    "l'escalation",
    "Lei è sempre",
    "il ticket",
    "c'è",
    "È",
    "İ",
    "’",
]
OTHER_TEXTS = st.one_of(
    TEXTS,
    st.lists(
        st.one_of(
            st.sampled_from(OTHER_PIECES), st.text(max_size=3), st.sampled_from([" ", ", ", "\n"])
        ),
        max_size=30,
    ).map("".join),
)


@settings(max_examples=150)
@given(text=OTHER_TEXTS)
def test_other_languages_never_fail(it, id_rules, text):
    for rules in (it, id_rules):
        previous_end = 0
        for finding in analyse(text, rules):
            assert text[finding.start : finding.end] == finding.matched != ""
            assert finding.start >= previous_end
            previous_end = finding.end
            if finding.replaceable:
                assert apply(text, finding).endswith(text[finding.end :])


@given(pattern=st.text(alphabet="ab ()[]|?", max_size=20))
def test_patterns_expand_or_raise_a_pattern_error(pattern):
    try:
        phrases = expand(pattern)
    except PatternError:
        return
    assert phrases and all(p == " ".join(p.split()) and p for p in phrases)


KEYS = st.sampled_from(
    [
        "language",
        "statement",
        "rules",
        "glossary",
        "allow",
        "disable",
        "contractions",
        "negations",
        "jargon_why",
        "id",
        "category",
        "phrases",
        "suggestion",
        "why",
        "term",
        "plain",
        "also",
        "words",
        "endings",
        "reframe",
        "jargon",
        "en",
        "x",
    ]
)
VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.sampled_from(
            [
                "en",
                "reframe",
                "jargon",
                "i will have to",
                "(a|b",
                "x.y",
                "{term}",
                "When you {when_you}, I feel {i_feel}. {i_would_appreciate}",
                "n't",
            ]
        ),
        st.text(max_size=8),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(KEYS, children, max_size=5)
    ),
    max_leaves=12,
)


def loads_or_reports(text: str) -> None:
    try:
        parse_rules_text(text, path="p.yaml")
    except DataFileError as exc:
        assert exc.problems and all(p.startswith("p.yaml:") for p in exc.problems)


@settings(max_examples=200)
@given(text=st.text(max_size=200))
def test_loader_on_arbitrary_text(text):
    loads_or_reports(text)


@settings(max_examples=120)
@given(document=st.dictionaries(KEYS, VALUES, max_size=6))
def test_loader_on_arbitrary_structures(document):
    loads_or_reports(yaml.safe_dump(document, allow_unicode=True))
