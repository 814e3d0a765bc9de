"""An Italian representative's knowledge dock offers Italian articles, also when the words
typed are English; other languages' articles come only when nothing Italian matches, and each
says its language.

Seen on a real display: with an Italian account, English words in the call's notes brought
the English data-protection articles into "Suggested for this call" although Italian ones
cover the same words.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from agentdesk.kb.records import ArticleHit
from agentdesk.kb.search import in_language_first
from agentdesk.paths import resources_dir
from agentdesk.ui.kb.hits import hit_text
from agentdesk.ui.translation import Translators
from tests.ui.kb.conftest import search_for

ENGLISH_WORDS = "customer asks about GDPR data export by email"


@pytest.fixture
def italian(qapp):
    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    translators.use("it")
    yield
    translators.use("en")
    QLocale.setDefault(default)


def rows(dock) -> list[tuple[str, str]]:
    """(article id, its row's text) of each article row shown."""
    model = dock.search.model
    found = []
    for row in model.hit_rows():
        hit = model.hit(row)
        found.append((hit.id, model.data(model.index(row))))
    return found


def test_english_words_still_suggest_the_italian_articles(qtbot, make_dock, call, italian):
    dock = make_dock()
    dock.context.set_engine_source(lambda: call)
    call.capture("reason", ENGLISH_WORDS)
    dock.context.check_now()
    qtbot.waitUntil(lambda: bool(dock.search.model.hits()))
    hits = dock.search.model.hits()
    assert hits and {h.language for h in hits} == {"it"}, [(h.id, h.language) for h in hits]
    assert not any("English" in text for _id, text in rows(dock))


def test_other_languages_only_when_nothing_italian_matches_and_marked(
    qtbot, make_dock, call, italian
):
    dock = make_dock()
    dock.context.set_engine_source(lambda: call)
    call.capture("reason", "put the caller on hold")  # no Italian article has these words
    dock.context.check_now()
    qtbot.waitUntil(lambda: bool(dock.search.model.hits()))
    assert {h.language for h in dock.search.model.hits()} == {"en"}
    assert all(" — English\n" in text for _id, text in rows(dock))

    search_for(qtbot, dock, "bill payment")
    assert dock.search.model.hits()[0].id == "tidewell-billing"
    assert all(" — English\n" in text for _id, text in rows(dock))
    assert "altre lingue" in dock.search.status.text()  # "nothing in your language matches"

    dock.search.box.clear()
    search_for(qtbot, dock, "GDPR")  # Italian articles match: only they are listed
    hits = dock.search.model.hits()
    assert hits and {h.language for h in hits} == {"it"}
    assert "altre lingue" not in dock.search.status.text()


def test_in_language_first_falls_back_only_on_nothing():
    mine = ArticleHit("a", "A", "c", (), "", 1.0, "it")
    other = ArticleHit("b", "B", "c", (), "", 2.0, "en")
    table = {"it": [mine], None: [other, mine]}
    assert in_language_first(lambda lang: table[lang], "it") == ([mine], False)
    table["it"] = []
    assert in_language_first(lambda lang: table[lang], "it") == ([other, mine], True)
    assert in_language_first(lambda lang: table[lang], None) == ([other, mine], False)
    assert hit_text(other, "English").startswith("B — c — English\n")
