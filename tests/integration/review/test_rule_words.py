"""Adherence rule titles in Italian and Indonesian on the review screen; scores unchanged."""

from __future__ import annotations

import uuid

import pytest

from agentdesk.errors import DataFileError
from agentdesk.models.review import AdherenceScore
from agentdesk.review import bundled_rules_dir
from agentdesk.review.wording import load_rule_words
from tests.integration.review.data import run_call


@pytest.mark.parametrize("language", ["it", "id"])
def test_every_bundled_rule_has_its_words_in_each_language(env, language):
    rules = env.review.rules.rules
    words = load_rule_words(
        bundled_rules_dir(), language, [r.id for r in rules], [r.id for r in rules if r.description]
    )
    assert set(words) == {r.id for r in rules}
    assert all(w.title != r.title for r, w in ((r, words[r.id]) for r in rules))


def test_the_review_shows_italian_titles_and_stores_the_same_score(env):
    iid = run_call(env, env.rep, hold_seconds=90, thank=False)
    with env.db.read() as s:
        before = s.get(AdherenceScore, uuid.UUID(iid)).rules_digest
    env.review.use_language("it")
    opened = env.review.open_interaction(env.leader, iid)
    titles = {i.rule_id: i.title for i in opened.adherence.items}
    assert titles["hold_thanked"] == "Chiamante ringraziato per l'attesa al ritorno"
    with env.db.read() as s:
        assert s.get(AdherenceScore, uuid.UUID(iid)).rules_digest == before
    env.review.use_language("en")
    english = env.review.open_interaction(env.leader, iid).adherence
    assert english.item("hold_thanked").title.startswith("Caller thanked for waiting")


def test_missing_and_unknown_rules_are_named_with_file_and_line(tmp_path):
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "rules.yaml").write_text(
        "language: it\nrules:\n  greeting: Saluto\n  invented: Boh\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError) as refused:
        load_rule_words(tmp_path, "it", ["greeting", "hold"], [])
    problems = "\n".join(refused.value.problems)
    assert "rules.yaml:4: rule words: no adherence rule 'invented'" in problems
    assert "'hold' has no it title" in problems
