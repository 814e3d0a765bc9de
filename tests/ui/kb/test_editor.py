"""Team leaders write and edit articles with a live preview and see the versions; a
representative can neither open the editor nor save through the service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agentdesk.errors import PermissionDeniedError
from agentdesk.kb.records import ArticleDraft
from agentdesk.ui.kb.article_editor import ArticleEditor, slug_for
from tests.ui.kb.conftest import show


def test_leader_edits_with_live_preview_and_a_new_version(qtbot, env):
    article = env.kb.get_article("hold-etiquette")
    editor = show(qtbot, ArticleEditor(env.kb, env.tasks, env.leader, article=article), (1000, 680))
    editor.start()
    assert editor.history.count() == 1
    assert editor.id_edit.isReadOnly()
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for line in ("", "## Music on hold", "", "Tell the caller it is quiet music."):
        qtbot.keyClick(editor.body, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.body, line)
    qtbot.waitUntil(lambda: "Music on hold" in editor.preview.toPlainText())
    assert "##" not in editor.preview.toPlainText()  # rendered, not source
    with qtbot.waitSignal(editor.saved, check_params_cb=lambda a: a == "hold-etiquette"):
        qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.status.text() == "Saved."
    assert editor.history.count() == 2
    assert editor.history.item(0).text().startswith("Version 2")
    assert "Lea Leader" in editor.history.item(0).text()
    assert "Music on hold" in env.kb.get_article("hold-etiquette").body
    assert not editor.dirty


def test_new_article_gets_an_id_from_its_title_and_becomes_searchable(qtbot, env):
    editor = show(qtbot, ArticleEditor(env.kb, env.tasks, env.leader, categories=["Billing"]))
    editor.start()
    qtbot.keyClicks(editor.title_edit, "Roaming charges abroad")
    assert editor.id_edit.text() == "roaming-charges-abroad"
    editor.category.setCurrentText("Product FAQ")
    qtbot.keyClicks(editor.tags, "roaming, travel")
    editor.body.setPlainText("Roaming is free in the EU. See [billing](kb:tidewell-billing).")
    editor.save()
    assert editor.error.text() == ""
    hits = env.kb.search("roaming")
    assert [h.id for h in hits] == ["roaming-charges-abroad"]
    assert env.kb.get_article("roaming-charges-abroad").tags == ("roaming", "travel")


def test_errors_keep_the_text_and_close_asks_twice(qtbot, env):
    editor = show(qtbot, ArticleEditor(env.kb, env.tasks, env.leader))
    editor.body.setPlainText("Some text worth keeping")
    editor.save()  # no title, no id
    assert editor.error.isVisible()
    assert editor.body.toPlainText() == "Some text worth keeping"
    editor.close()
    assert editor.isVisible()  # first Close only warns
    assert "Close again" in editor.error.text()
    editor.close()
    assert not editor.isVisible()


def test_an_older_version_can_be_viewed(qtbot, env):
    env.kb.save_article(
        env.leader,
        ArticleDraft("greeting", "Greeting", "Brand new greeting text.", "Telephone techniques"),
    )
    asked = []

    def load_version(article_id, number):  # stands in for the service's version reader
        asked.append((article_id, number))
        return env.kb.get_article(article_id)

    article = env.kb.get_article("greeting")
    editor = ArticleEditor(
        env.kb, env.tasks, env.leader, article=article, load_version=load_version
    )
    show(qtbot, editor, (1000, 680))
    editor.start()
    assert editor.history.count() == 2
    assert editor.view_button.isVisible()
    editor.history.setCurrentRow(0)
    qtbot.mouseClick(editor.view_button, Qt.MouseButton.LeftButton)
    assert asked == [("greeting", 2)]
    assert editor.preview_label.text().startswith("Version 2 (read only)")
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    assert editor.preview_label.text() == "Preview"


def test_the_service_refuses_a_representative(env):
    with pytest.raises(PermissionDeniedError):
        env.kb.save_article(env.rep, ArticleDraft("x-y", "X", "Body", "General"))
    with pytest.raises(PermissionDeniedError):
        env.kb.feedback_summary(env.rep)


def test_slug_for():
    assert slug_for("Refunds & returns — Café") == "refunds-returns-cafe"
    assert slug_for("Возврат") == ""
