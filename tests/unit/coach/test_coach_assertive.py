"""Assertiveness builder (D6): the sentence, cleaned fields, and warnings on aggression."""

from __future__ import annotations

from agentdesk.coach.assertive import EMPTY, build_statement


def test_builds_the_formula_sentence(en):
    statement = build_statement("interrupt me", "frustrated", "let me finish my sentence", rules=en)
    assert statement.text == (
        "When you interrupt me, I feel frustrated. "
        "I would appreciate it if you let me finish my sentence."
    )
    assert statement.findings == ()
    assert statement.aggressive == ()


def test_repeated_lead_in_words_and_end_punctuation_are_dropped(en):
    statement = build_statement(
        "When you raise your voice.", "I feel  upset!", "if you could speak calmly.", rules=en
    )
    assert statement.text == (
        "When you raise your voice, I feel upset. I would appreciate it if you could speak calmly."
    )
    assert build_statement("You shout", "Sad", "Wait", rules=en).text.startswith(
        "When you shout, I feel sad."
    )


def test_empty_fields_show_a_placeholder(en):
    statement = build_statement("", "  ", "", rules=en)
    assert statement.text.count(EMPTY) == 3
    assert statement.findings == ()


def test_accusations_insults_and_commands_are_flagged_with_calmer_wording(en):
    statement = build_statement(
        "always shout at me, you idiot", "angry", "calm down and listen to me", rules=en
    )
    flagged = {f.rule_id: f for f in statement.aggressive}
    assert set(flagged) == {
        "aggressive.you-always",
        "aggressive.insult-person",
        "aggressive.calm-down",
        "aggressive.listen-to-me",
    }
    for finding in statement.findings:
        assert statement.text[finding.start : finding.end] == finding.matched
        assert finding.suggestion


def test_blame_is_flagged(en):
    statement = build_statement("lost the parcel", "upset", "admit it is your fault", rules=en)
    assert [f.rule_id for f in statement.aggressive] == ["aggressive.your-fault"]


def test_a_polite_request_to_stop_is_not_a_command(en):
    statement = build_statement("shout", "nervous", "could stop shouting", rules=en)
    assert statement.aggressive == ()


def test_default_rules_are_bundled_english():
    assert build_statement("a", "b", "c").text.startswith("When you a, I feel b.")


def test_other_languages_use_their_own_template(it, id_rules):
    italian = build_statement("mi interrompe", "frustrato", "mi lasciasse finire", rules=it)
    assert italian.text == (
        "Quando mi interrompe, mi sento frustrato. Apprezzerei molto se mi lasciasse finire."
    )
    indonesian = build_statement("selalu memotong", "kesal", "tenanglah", rules=id_rules)
    assert {f.rule_id for f in indonesian.aggressive} == {
        "aggressive.you-always",
        "aggressive.calm-down",
    }
