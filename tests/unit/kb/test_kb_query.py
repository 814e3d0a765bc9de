"""MATCH strings: every word quoted, the last a prefix; no input is ever FTS5 syntax."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.kb.query import (
    TypedQuery,
    match_all,
    match_any,
    parse_typed,
    phrase,
    salient_terms,
)


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, tags, category, body, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    conn.execute("INSERT INTO t VALUES ('Café refund', 'billing', 'Money', 'the caller wants')")
    yield conn
    conn.close()


def test_words_are_quoted_and_the_last_is_a_prefix():
    assert match_all(parse_typed("refund car")) == '"refund" "car"*'
    assert match_any(["refund", "card"]) == '"refund" OR "card"'
    assert phrase('say "hi"', prefix=True) == '"say ""hi"""*'


def test_typed_queries_drop_stop_words_but_not_the_last_word():
    assert parse_typed("how to refund").terms == ("refund",)
    assert parse_typed("refund the").terms == ("refund", "the")
    assert parse_typed("how to").terms == ("how", "to")
    assert parse_typed("Refund refund REFUND").terms == ("Refund",)
    assert parse_typed("e-mail: café_bar!").terms == ("mail", "café", "bar")
    assert parse_typed("  ?! ").empty and match_all(TypedQuery(())) is None
    assert parse_typed("ca").short_last and not parse_typed("car").short_last


def test_salient_terms_skip_greetings_numbers_and_short_words():
    texts = ["Hello, thank you for calling", "Refund for order 12345", "refund card declined"]
    assert salient_terms(texts) == ["refund", "declined", "card", "order"]
    assert salient_terms(["perché il rimborso", "il rimborso"]) == ["rimborso"]
    assert salient_terms(["saya mau pengembalian dana"]) == ["dana", "pengembalian"]


@settings(max_examples=400)
@given(st.text())
def test_no_typed_text_is_an_fts_syntax_error(fts, typed):
    query = parse_typed(typed)
    for expression in (
        match_all(query),
        match_any(list(query.terms), prefix_last=True),
    ):
        if expression is not None:
            fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


def test_accents_and_prefixes_match_through_the_tokenizer(fts):
    def hits(typed):
        return fts.execute(
            "SELECT count(*) FROM t WHERE t MATCH ?", (match_all(parse_typed(typed)),)
        ).fetchone()[0]

    assert hits("cafe") == hits("CAFÉ") == hits("refu") == 1
    assert hits("refund cafe") == 1 and hits("refund tea") == 0
