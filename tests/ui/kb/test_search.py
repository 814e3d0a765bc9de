"""Search as you type: ranked, highlighted results; typos; filters; lists for an empty box;
and a slow database never holds up typing (stale answers are dropped)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from agentdesk.ui.kb.hits import HitListModel, HitRow, snippet_html
from agentdesk.ui.kb.search_panel import KnowledgeSearch
from agentdesk.ui.tasks import TaskRunner
from tests.ui.kb.conftest import SearchSpy, search_for, show


def test_typing_gives_ranked_highlighted_results_after_a_pause(qtbot, env, make_dock):
    spy = SearchSpy(env.kb)
    dock = make_dock(kb=spy)
    search_for(qtbot, dock, "bill payment")
    hits = dock.search.model.hits()
    assert hits[0].id == "tidewell-billing"
    assert "<b>payment</b>" in snippet_html(hits[0].snippet)
    assert dock.search.status.text().startswith(f"{len(hits)} article")
    assert spy.searched == ["bill payment"]  # one query for the whole phrase, not one per key
    assert dock.search.results.currentIndex().row() == 0


def test_a_typo_offers_did_you_mean_and_enter_takes_it(qtbot, make_dock):
    dock = make_dock()
    search_for(qtbot, dock, "biling")
    assert dock.search.model.hits() == []
    assert dock.search.did_you_mean.isVisible()
    assert "billing" in dock.search.did_you_mean.text()
    qtbot.keyClick(dock.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dock.search.shown_query == "billing")
    assert dock.search.model.hits()[0].id == "tidewell-billing"
    assert not dock.search.did_you_mean.isVisible()


def test_category_and_tag_filters_narrow_the_results(qtbot, make_dock):
    dock = make_dock()
    search = dock.search
    assert search.category.findData("Data protection") > 0
    search.category.setCurrentIndex(search.category.findData("Data protection"))
    search_for(qtbot, dock, "bill")
    assert {h.id for h in search.model.hits()} == {"right-to-object", "card-payments-pci-dss"}
    search.category.setCurrentIndex(0)
    search.tag.setCurrentIndex(search.tag.findData("billing"))
    search.box.setText("payment")
    qtbot.waitUntil(lambda: search.shown_query == "payment")
    assert [h.id for h in search.model.hits()] == ["tidewell-billing"]


def test_empty_box_lists_recently_and_most_viewed(qtbot, env, make_dock):
    dock = make_dock()
    assert dock.search.model.rowCount() == 0
    assert "Type to search" in dock.search.status.text()
    env.kb.record_view(env.leader, "greeting")
    dock.open_article("tidewell-outages")
    dock.focus_search()
    dock.search.box.clear()
    qtbot.waitUntil(lambda: dock.search.model.headings() == ["Recently viewed", "Most viewed"])
    assert dock.search.model.hits()[0].id == "tidewell-outages"  # mine, most recent
    assert {h.id for h in dock.search.model.hits()[1:]} == {"tidewell-outages", "greeting"}


def test_a_slow_database_never_holds_up_typing_and_stale_results_are_dropped(qtbot, env):
    tasks = TaskRunner()  # real worker threads, as in the app
    gate = threading.Event()

    class SlowFirstSearch(SearchSpy):
        def search(self, query, **kw):
            self.searched.append(query)
            if len(self.searched) == 1:
                gate.wait(10)
            return self._kb.search(query, **kw)

    kb = SlowFirstSearch(env.kb)
    search = show(qtbot, KnowledgeSearch(kb, tasks, env.rep))
    shown: list[str | None] = []
    search.results_shown.connect(lambda: shown.append(search.shown_query))
    try:
        search.search_now()
        qtbot.waitUntil(lambda: shown == [""])  # the empty box's lists
        search.box.setFocus()
        qtbot.keyClicks(search.box, "bi")
        qtbot.waitUntil(lambda: kb.searched == ["bi"])  # the worker is now stuck on "bi"
        qtbot.keyClicks(search.box, "ll")  # the window still takes every key
        qtbot.waitUntil(lambda: search._waiting and not search._timer.isActive())
        assert search.box.text() == "bill"
        assert search.status.text() == "Searching…"
        gate.set()
        qtbot.waitUntil(lambda: search.shown_query == "bill")
        assert kb.searched == ["bi", "bill"]
        assert shown == ["", "bill"]  # the late answer for "bi" never reached the screen
        assert search.model.hits()[0].id == "tidewell-billing"
    finally:
        gate.set()
        tasks.shutdown()


def test_hit_list_model(qtmodeltester, env):
    model = HitListModel()
    hits = env.kb.search("hold")
    model.set_rows([HitRow(heading="Results"), *(HitRow(hit=h) for h in hits)])
    qtmodeltester.check(model)
    assert model.hit_rows() == list(range(1, len(hits) + 1))
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable


def test_articles_in_the_interface_language_come_first_and_english_fills_in(qtbot, make_dock):
    """An Italian account finds the Italian telephone articles; a topic with no Italian
    article still finds the English one (#20)."""
    from PySide6.QtCore import QLocale

    default = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    try:
        dock = make_dock()
        search_for(qtbot, dock, "attesa")
        hits = dock.search.model.hits()
        assert hits and hits[0].id == "attesa"
        from agentdesk.kb.article_file import load_article_dir
        from agentdesk.paths import resources_dir

        italian = {a.id for a in load_article_dir(resources_dir() / "kb")[0] if a.language == "it"}
        assert {h.id for h in hits} <= italian
        search_for(qtbot, dock, "bill payment")
        assert dock.search.model.hits()[0].id == "tidewell-billing"
    finally:
        QLocale.setDefault(default)
