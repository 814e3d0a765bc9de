"""'Did you mean': typo distance and corrections from title and tag words."""

from __future__ import annotations

from agentdesk.kb.vocab import Vocabulary, edit_distance, max_distance

WORDS = Vocabulary.from_texts(
    ["Refund policy", "Refunds abroad", "Café opening hours", "Password reset", "Hold etiquette"]
)


def test_edit_distance_counts_swaps_as_one():
    assert edit_distance("refnud", "refund", 2) == 1
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("abc", "abcdef", 1) == 2  # gave up above the limit
    assert (max_distance("cat"), max_distance("refund"), max_distance("etiquette")) == (0, 1, 2)


def test_corrections():
    assert WORDS.suggest("refnud") == ["refund"]
    assert WORDS.suggest("pasword rest") == ["password reset"]
    assert WORDS.suggest("eitquete") == ["etiquette"]  # two slips in a long word
    assert WORDS.suggest("cafe opneing") == ["cafe opening"]  # known words stay as typed
    assert WORDS.suggest("cafr") == ["café"]
    assert WORDS.suggest("refund policy") == []
    assert WORDS.suggest("ref") == []  # still typing "refund"
    assert WORDS.suggest("zzzzzzz") == []
    assert WORDS.suggest("") == []


def test_alternatives_come_after_the_best():
    vocab = Vocabulary.from_texts(["card", "cart", "cart", "care"])
    assert vocab.corrections("carx")[0] == "cart"  # the most used of the nearest
    assert vocab.suggest("carx", limit=2) == ["cart", "card"]
