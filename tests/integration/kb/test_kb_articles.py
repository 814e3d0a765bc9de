"""Editing, history, permissions, views, feedback, and import/export of article folders."""

from __future__ import annotations

import pytest

from agentdesk.changes import Changes
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.paths import resources_dir
from agentdesk.services.kb import KnowledgeService

from .conftest import DAY, LEADER, REP, add, draft, write_article


def test_team_leader_saves_and_a_new_version_only_when_content_changes(kb):
    assert kb.save_article(LEADER, draft("hold", "Hold", "Ask first.")) == Changes.KB
    assert kb.save_article(LEADER, draft("hold", "Hold", "Ask first.")) == Changes.NONE
    assert kb.save_article(LEADER, draft("hold", "Hold", "Ask first, then wait.")) == Changes.KB
    article = kb.get_article("hold")
    assert (article.body, article.revision, article.updated) == ("Ask first, then wait.", 2, DAY)
    history = kb.history("hold")
    assert [(v.number, v.saved_by) for v in history] == [(2, "Tina Leader"), (1, "Tina Leader")]


def test_representative_cannot_edit(kb):
    add(kb, draft("hold", "Hold"))
    with pytest.raises(PermissionDeniedError):
        kb.save_article(REP, draft("hold", "Changed by a representative"))
    with pytest.raises(PermissionDeniedError):
        kb.delete_article(REP, "hold")
    with pytest.raises(PermissionDeniedError):
        kb.import_dir(REP, resources_dir() / "kb")
    assert kb.get_article("hold").title == "Hold"


def test_drafts_are_validated(kb):
    with pytest.raises(ValidationError, match="slug"):
        kb.save_article(LEADER, draft("Not A Slug", "Title"))
    with pytest.raises(ValidationError, match="language"):
        kb.save_article(LEADER, draft("x", "Title", language="fr"))
    with pytest.raises(ValidationError, match="title"):
        kb.save_article(LEADER, draft("x", "  "))
    with pytest.raises(ValidationError, match="Title"):
        kb.save_article(LEADER, draft("x", "t" * 201))


def test_a_refused_draft_names_its_field_with_a_code_in_every_language(kb):
    from agentdesk.error_texts import TEXTS, fill

    drafts = {
        "article.id": draft("Not A Slug", "Title"),
        "article.title": draft("x", "two\nlines"),
        "article.language": draft("x", "Title", language="fr"),
    }
    for code, refused_draft in drafts.items():
        with pytest.raises(ValidationError) as refused:
            kb.save_article(LEADER, refused_draft)
        assert refused.value.code == code
        assert fill(TEXTS[code], refused.value.params) == str(refused.value)


def test_missing_and_deleted_articles(kb):
    with pytest.raises(NotFoundError):
        kb.get_article("nothing")
    add(kb, draft("hold", "Hold"))
    kb.delete_article(LEADER, "hold")
    with pytest.raises(NotFoundError):
        kb.get_article("hold")
    with pytest.raises(NotFoundError):
        kb.delete_article(LEADER, "hold")


def test_links_resolve(kb):
    add(kb, draft("hold", "Hold", "See [transfers](kb:transfer)."), draft("transfer", "Transfer"))
    assert kb.resolve_link("kb:transfer").title == "Transfer"
    assert kb.resolve_link("kb:missing") is None
    assert kb.resolve_link("https://example.org") is None


def test_views_recent_and_most_viewed(kb):
    add(kb, draft("a", "Alpha"), draft("b", "Beta"), draft("c", "Gamma"))
    for who, slug in [(REP, "a"), (REP, "b"), (LEADER, "b"), (REP, "a"), (LEADER, "c")]:
        assert kb.record_view(who, slug) == Changes.KB_VIEWS
    assert [h.id for h in kb.recent(REP)] == ["a", "b"]
    assert [h.id for h in kb.recent(LEADER)] == ["c", "b"]
    top = kb.most_viewed()
    assert [(h.id, h.score) for h in top] == [("a", 2.0), ("b", 2.0), ("c", 1.0)]
    with pytest.raises(NotFoundError):
        kb.record_view(REP, "missing")


def test_feedback_is_for_team_leaders_only(kb):
    add(kb, draft("a", "Alpha"), draft("b", "Beta"))
    kb.add_feedback(REP, "a", "helpful")
    kb.add_feedback(REP, "b", "out_of_date", "Prices changed in March")
    kb.add_feedback(LEADER, "b", "helpful", "")
    with pytest.raises(ValidationError):
        kb.add_feedback(REP, "a", "great")
    with pytest.raises(PermissionDeniedError):
        kb.feedback_summary(REP)
    summary = kb.feedback_summary(LEADER)
    assert [(s.article_id, s.helpful, s.out_of_date) for s in summary] == [("b", 1, 1), ("a", 1, 0)]
    assert summary[0].comments == ("Prices changed in March",)


def test_import_reports_bad_files_and_keeps_the_good(kb, tmp_path):
    folder = tmp_path / "in"
    write_article(folder, "good-one", "Good one", "Fine.\n")
    write_article(folder, "good-two", "Good two", "See [one](kb:good-one).\n")
    (folder / "broken.md").write_text("---\nid: broken\ntitle: Broken\n---\nBody\n")
    (folder / "no-header.md").write_text("Just text\n")
    report = kb.import_dir(LEADER, folder)
    assert (report.added, report.updated, report.unchanged) == (2, 0, 0)
    assert report.changes == Changes.KB
    problems = "\n".join(report.problems)
    assert f"{folder / 'broken.md'}:2:" in problems and "missing required key" in problems
    assert f"{folder / 'no-header.md'}:1:" in problems
    assert kb.get_article("good-two").title == "Good two"


def test_reimport_is_idempotent(kb, tmp_path):
    folder = tmp_path / "in"
    write_article(folder, "one", "One", tags=("x", "y, z"))
    write_article(folder, "two", "Two")
    kb.import_dir(LEADER, folder)
    again = kb.import_dir(LEADER, folder)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert again.changes == Changes.NONE
    assert [v.number for v in kb.history("one")] == [1]
    write_article(folder, "two", "Two, revised")
    third = kb.import_dir(LEADER, folder)
    assert (third.added, third.updated, third.unchanged) == (0, 1, 1)
    assert [v.number for v in kb.history("two")] == [2, 1]


def test_bundled_articles_round_trip_exactly(db, tmp_path):
    bundled = resources_dir() / "kb"
    kb = KnowledgeService(db, bundled_dir=bundled)
    first = kb.import_bundled_if_empty()
    assert first is not None and first.problems == () and first.added >= 30
    assert kb.import_bundled_if_empty() is None
    out = tmp_path / "out"
    assert kb.export_dir(out) == len(list(bundled.rglob("*.md")))
    for source in bundled.rglob("*.md"):
        exported = out / source.name
        assert exported.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    again = kb.import_dir(LEADER, out)
    assert (again.added, again.updated) == (0, 0)


def test_bundled_canned_responses_come_with_the_articles(db):
    from agentdesk.services.kb import SnippetService

    KnowledgeService(db, bundled_dir=resources_dir() / "kb").import_bundled_if_empty()
    snippets = SnippetService(db)
    codes = [s.code for s in snippets.list_snippets("en")]
    assert 8 <= len(codes) <= 12 and "::refund" in codes
    # the same replies in each interface language, under that language's own codes
    for language in ("it", "id"):
        assert len(snippets.list_snippets(language)) == len(codes)


def test_an_earlier_version_can_be_read_back(kb):
    kb.save_article(LEADER, draft("hold", "Hold", "Ask first."))
    kb.save_article(LEADER, draft("hold", "Hold", "Ask first, then wait."))
    assert kb.get_version("hold", 1).body == "Ask first."
    assert kb.get_version("hold", 2).body == "Ask first, then wait."
    with pytest.raises(NotFoundError):
        kb.get_version("hold", 9)
