"""The analyser on the English rules: each category, tolerance, spans, overlaps, apply."""

from __future__ import annotations

import pytest

from agentdesk.coach import analyse, apply, apply_all, parse_rules_text
from agentdesk.coach.analyser import match_case


def found(text: str, rules, **kwargs) -> list[tuple[str, str]]:
    """(rule id, matched) of every finding, checking the span invariant on the way."""
    result = []
    for finding in analyse(text, rules, **kwargs):
        assert text[finding.start : finding.end] == finding.matched
        result.append((finding.rule_id, finding.matched))
    return result


def ids(text: str, rules) -> list[str]:
    return [rule_id for rule_id, _ in found(text, rules)]


@pytest.mark.parametrize(
    ("text", "rule_id", "matched"),
    [
        # aggressive (D3, D6)
        ("You always interrupt me.", "aggressive.you-always", "You always"),
        ("Calm down, sir.", "aggressive.calm-down", "Calm down"),
        ("Please stop shouting.", "aggressive.stop-shouting", "stop shouting"),
        ("You're being ridiculous", "aggressive.insult-person", "You're being ridiculous"),
        ("That's your problem.", "aggressive.your-fault", "That's your problem"),
        ("You must be kidding me", "aggressive.are-you-serious", "You must be kidding me"),
        # least helpful (D11)
        (
            "You shouldn't feel that way.",
            "least-helpful.should-not-feel",
            "You shouldn't feel that way",
        ),
        (
            "I know exactly how you feel",
            "least-helpful.know-how-you-feel",
            "I know exactly how you feel",
        ),
        ("Why did you do that?", "least-helpful.why-did-you", "Why did you do that"),
        ("I told you so.", "least-helpful.told-you-so", "I told you so"),
        # goodwill (T8)
        (
            "There's nothing I can do about it",
            "goodwill.nothing-i-can-do",
            "There's nothing I can do about it",
        ),
        ("That's our policy.", "goodwill.our-policy", "That's our policy"),
        (
            "I can't put you through unless you tell me who's calling",
            "goodwill.unless-you-say-who",
            "I can't put you through unless",
        ),
        ("Could you call back later?", "goodwill.call-back-later", "Could you call back later"),
        # absence (T8)
        ("She's on her coffee break.", "absence.break", "on her coffee break"),
        ("He left early today.", "absence.left-early", "left early today"),
        ("He is on vacation for two weeks.", "absence.holiday", "is on vacation"),
        # reframes (D12)
        ("I'll have to check on that for you.", "reframe.have-to", "I'll have to"),
        ("I will try to call you", "reframe.try", "I will try to"),
        ("That may be so, but the fee stands", "reframe.may-be-so-but", "That may be so, but"),
        ("That's impossible.", "reframe.impossible", "That's impossible"),
        ("I disagree.", "reframe.disagree", "I disagree"),
        # absolutes (D11)
        ("It always breaks on Mondays.", "absolute.always", "always"),
        ("Everyone gets this wrong", "absolute.everyone", "Everyone"),
        ("It happens all the time", "absolute.all-the-time", "all the time"),
        # jargon
        ("Your AHT was fine", "jargon.aht", "AHT"),
        ("I will escalate to L2 now", "jargon.escalate-to-l2", "escalate to L2"),
        ("As per our policy, no refunds.", "jargon.per-our-policy", "As per our policy"),
        ("Please check the T&Cs.", "jargon.t-cs", "T&Cs"),
    ],
)
def test_each_category_finds_its_phrase(en, text, rule_id, matched):
    assert (rule_id, matched) in found(text, en)


@pytest.mark.parametrize(
    "text",
    [
        "We are always happy to help.",  # positive use of an absolute: allowed
        "You can always call us back on this number.",
        "We will never ask for your password.",
        "Please don't hesitate to contact us.",
        "She is away from her desk at the moment.",  # the recommended absence wording
        "He is out of the office until Monday.",
        "Thank you for waiting, Mrs Jones.",
        "Our policy covers accidental damage.",
        "Please write to PO Box 12.",  # "PO" is not flagged on its own
        "Is this the first line of your address?",
        "If you could stop interrupting me, I can finish the booking.",
        "You must have received our e-mail by now.",
        "",
    ],
)
def test_no_false_alarm(en, text):
    assert found(text, en) == []


def test_reframe_is_the_only_finding_in_a_helpful_sentence(en):
    # "I will have to" → "I will be glad to" is the D12 reframe; nothing else fires.
    assert ids("I will have to check on that for you.", en) == ["reframe.have-to"]


def test_contractions_and_full_forms_are_the_same(en):
    for text in ("I cannot", "I can't", "I can not", "I can’t", "i CANNOT", "I cant"):
        assert ids(f"{text} refund this.", en) == ["reframe.cannot"], text
    for text in ("I'll have to", "I will have to", "I’ll   have\n to", "i'LL HAVE TO"):
        assert ids(f"Sorry, {text} transfer you.", en) == ["reframe.have-to"], text


def test_spans_index_the_original_text(en):
    text = "Hello!\n\nI’ll   have\tto  check.  She's\non  her   COFFEE break."
    findings = analyse(text, en)
    assert [f.matched for f in findings] == ["I’ll   have\tto", "on  her   COFFEE break"]
    for finding in findings:
        assert text[finding.start : finding.end] == finding.matched


def test_longest_match_wins_over_parts_of_it(en):
    assert ids("You always say that.", en) == ["aggressive.you-always"]  # not also "always"
    assert ids("I have never done this before.", en) == ["reframe.never-done-this"]
    assert ids("I don't know where he is.", en) == ["absence.no-idea-where"]


def test_a_negation_after_the_phrase_cancels_it(en):
    assert ids("You must not share your password.", en) == []
    assert ids("I'll try not to keep you waiting.", en) == []
    assert ids("You must share it.", en) == ["aggressive.you-must"]


def test_hyphen_and_space_are_the_same(en):
    assert ids("Your after call work", en) == ids("Your after-call work", en) == ["jargon.acw"]


def test_categories_filter(en):
    text = "You always escalate to L2."
    assert {f.category for f in analyse(text, en)} == {"aggressive", "jargon"}
    assert [f.category for f in analyse(text, en, categories={"jargon"})] == ["jargon"]


def test_suggestion_keeps_the_case_of_the_first_letter(en):
    (finding,) = analyse("Oh, calm down.", en)
    assert finding.suggestion.startswith("i can hear") is False
    assert finding.suggestion.startswith("I can hear")  # "I" stays a capital
    (finding,) = analyse("You never call.", en)
    assert finding.suggestion == "You did not"
    (finding,) = analyse("Well, you never call.", en)
    assert finding.suggestion == "you did not"


def test_acronyms_capitalise_the_suggestion_only_at_a_sentence_start(en):
    (finding,) = analyse("Ask the IVR.", en)
    assert finding.suggestion == "phone menu"
    (finding,) = analyse("Done. IVR is down.", en)
    assert finding.suggestion == "Phone menu"


@pytest.mark.parametrize(
    ("matched", "suggestion", "start", "expected"),
    [
        ("I'll have to", "I will be glad to", False, "I will be glad to"),
        ("i'll have to", "I will be glad to", False, "I will be glad to"),
        ("you always", "You", False, "you"),
        ("Always", "often", False, "Often"),
        ("AHT", "call length", False, "call length"),
        ("AHT", "call length", True, "Call length"),
        ("ICCID", "SIM card number", False, "SIM card number"),
        ("ticket", "SIM card", False, "SIM card"),
        ("...", "x", False, "x"),
        ("L2", "our specialist team", False, "our specialist team"),
    ],
)
def test_match_case(matched, suggestion, start, expected):
    assert match_case(matched, suggestion, start) == expected


def test_apply_replaces_the_phrase_as_written(en):
    text = "Hi! I'll  have to check.\nShe's on her coffee break."
    findings = analyse(text, en)
    assert apply(text, findings[0]) == "Hi! I will be glad to check.\nShe's on her coffee break."
    assert apply_all(text, findings) == (
        "Hi! I will be glad to check.\nShe's away from the desk at the moment."
    )


def test_apply_refuses_a_changed_text(en):
    (finding,) = analyse("I'll have to check.", en)
    with pytest.raises(ValueError, match="changed"):
        apply("I would have to check.", finding)


RULES = """
language: en
statement: "When you {when_you}, I feel {i_feel}. Please {i_would_appreciate}."
contractions:
  endings: {"n't": not}
  words: {"won't": will not}
rules:
  - {id: x.helpful, category: reframe, phrases: [not helpful], suggestion: unhelpful, why: w}
  - {id: x.will, category: reframe, phrases: [will], suggestion: shall, why: w}
"""


def test_a_match_inside_a_contraction_keeps_the_rest_of_the_word():
    rules = parse_rules_text(RULES)
    text = "That isn't helpful. Won't you?"
    first, second = analyse(text, rules)
    assert (first.matched, first.suggestion) == ("isn't helpful", "is unhelpful")
    assert (second.matched, second.suggestion) == ("Won't", "Shall not")
    assert apply_all(text, (first, second)) == "That is unhelpful. Shall not you?"
