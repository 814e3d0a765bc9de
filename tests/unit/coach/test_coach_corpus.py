"""Every one-click replacement reads as a sentence, and notes keep their facts (#19).

corpus_en.yaml holds a real-looking sentence for every English rule with the sentence its
replacement gives, checked by hand; rules whose suggestion is advice (replace: false) must
not replace anything. Generic checks catch what a hand check could miss.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from agentdesk.coach.analyser import analyse, apply
from agentdesk.coach.model import RECORD_CATEGORIES

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus_en.yaml").read_text(encoding="utf-8"))
# A sentence that ends on one of these words lost its object ("What we can offer is.").
_DANGLING = re.compile(
    r"(\b(to|and|the|a|an|of)|\b(do|offer|help|consider|think) is)[.?!]$", re.IGNORECASE
)
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)


def test_every_rule_has_a_corpus_sentence(en):
    ids = {r.id for r in en.rules if r.category != "jargon"}
    assert ids == set(CORPUS), (ids - set(CORPUS), set(CORPUS) - ids)


@pytest.mark.parametrize("rule_id", sorted(CORPUS))
def test_each_replacement_gives_the_checked_sentence(en, rule_id):
    entry = CORPUS[rule_id]
    found = [f for f in analyse(entry["text"], en) if f.rule_id == rule_id]
    assert found, f"{rule_id} does not catch {entry['text']!r}"
    finding = found[0]
    if entry.get("advice"):
        assert not finding.replaceable and finding.suggestion
        with pytest.raises(ValueError):
            apply(entry["text"], finding)
        return
    assert finding.replaceable
    result = apply(entry["text"], finding)
    assert result == entry["expect"]
    assert result[:1].isupper(), result
    assert not _DANGLING.search(result), result
    assert not _DOUBLED.search(result), result
    assert ", ," not in result and ",," not in result and " ," not in result, result


@pytest.mark.parametrize(
    "note",
    [
        "Parcel never arrived; nobody called him back.",
        "Customer says the bill is always late and everyone in the street got the same.",
        "I cannot change the date, told the customer we will try to deliver Monday.",
        "Engine light on all the time; she would hate to lose the booking.",
    ],
)
def test_notes_keep_their_facts(en, note):
    findings = analyse(note, en, record=True)
    assert all(f.category in RECORD_CATEGORIES for f in findings)
    assert all(not f.replaceable and f.suggestion == "" for f in findings)
    assert not [f for f in findings if f.category in ("absolute", "reframe")]


def test_notes_still_flag_tone_but_replies_keep_the_full_coach(en):
    note = "Customer was told to calm down; he said the form is stupid."
    assert {f.rule_id for f in analyse(note, en, record=True)} >= {
        "aggressive.calm-down",
        "aggressive.stupid",
    }
    reply = "The parcel never arrived, I can see that."
    assert [f.rule_id for f in analyse(reply, en)] == ["absolute.never"]
    assert analyse(reply, en, record=True) == ()
