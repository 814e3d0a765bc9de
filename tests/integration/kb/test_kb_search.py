"""Search: ranking, prefixes, accents, filters, typos, context suggestions, index upkeep."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.kb.records import HIGHLIGHT_END, HIGHLIGHT_START, highlight_spans
from agentdesk.paths import DataPaths
from agentdesk.services.kb import KnowledgeService
from agentdesk.storage.kb_fts import fts5_available
from agentdesk.storage.open import open_database

from .conftest import LEADER, add, draft


def stock(kb):
    add(
        kb,
        draft(
            "router-lights",
            "Router lights explained",
            "What each light means and when to restart.",
            tags=("hardware", "broadband"),
            category="Product FAQ",
        ),
        draft(
            "billing-dates",
            "Billing dates",
            "The router is mentioned here. Router, router, router: the bill arrives monthly.",
            tags=("billing",),
            category="Billing",
        ),
        draft(
            "refund-policy",
            "Refund policy",
            "How a refund is approved and when the money arrives.",
            tags=("billing", "refund"),
            category="Billing",
        ),
        draft(
            "cafe-opening",
            "Café opening hours",
            "Il caffè è aperto perché è lunedì.",
            tags=("café",),
            category="Shops",
            language="it",
        ),
        draft(
            "late-delivery",
            "Late delivery",
            "If a parcel is late, apologise and check the tracking number.",
            tags=("delivery",),
            category="Orders",
        ),
    )
    return kb


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """Read-only tests share one stocked database (keeps the suite fast)."""
    paths = DataPaths(tmp_path_factory.mktemp("kb-search") / "data").ensure()
    db = open_database(paths)
    yield stock(KnowledgeService(db, bundled_dir=paths.root / "none"))
    db.dispose()


def ids(hits):
    return [h.id for h in hits]


def test_fts5_is_available(db):
    assert fts5_available(db)


def test_title_match_beats_body_match(library):
    hits = library.search("router")
    assert ids(hits)[:2] == ["router-lights", "billing-dates"]
    assert hits[0].score > 0 and hits[1].score > 0


def test_prefix_finds_the_word_being_typed(library):
    for typed in ("r", "re", "ref", "refu", "refun", "refund"):
        assert "refund-policy" in ids(library.search(typed)), typed
    assert ids(library.search("refu"))[0] == "refund-policy"


def test_accents_do_not_matter(library):
    for typed in ("cafe", "Café", "CAFE", "caf"):
        assert ids(library.search(typed))[:1] == ["cafe-opening"], typed
    assert ids(library.search("perche")) == ["cafe-opening"]
    assert ids(library.search("caffe lunedi")) == ["cafe-opening"]


def test_every_word_must_match_and_stop_words_are_ignored(library):
    assert ids(library.search("refund money")) == ["refund-policy"]
    assert ids(library.search("how to refund")) == ["refund-policy"]
    assert library.search("refund tracking") == []
    assert library.search("") == [] and library.search("  -- !! ") == []


def test_snippets_highlight_matches_without_markdown(kb):
    add(kb, draft("hold", "Hold", "## Steps\n\n1. **Ask** before you put the caller on hold."))
    (hit,) = kb.search("caller")
    text, spans = highlight_spans(hit.snippet)
    assert [text[a:b] for a, b in spans] == ["caller"]
    assert "**" not in text and "#" not in text
    assert HIGHLIGHT_START in hit.snippet and HIGHLIGHT_END in hit.snippet


def test_filters(library):
    assert set(ids(library.search("r"))) >= {"router-lights", "refund-policy"}
    assert ids(library.search("r", category="Billing")) == ["refund-policy"]
    assert set(ids(library.search("the", tags=["billing"]))) == {"billing-dates", "refund-policy"}
    assert ids(library.search("the", tags=["billing", "refund"])) == ["refund-policy"]
    assert ids(library.search("c", language="it")) == ["cafe-opening"]
    assert library.search("router", language="it") == []
    assert library.categories() == ["Billing", "Orders", "Product FAQ", "Shops"]
    assert "broadband" in library.tags()


def test_limit(library):
    assert len(library.search("r", limit=2)) == 2
    assert library.search("router", limit=0) == []


def test_typo_suggestions(library):
    assert library.suggest("refnud") == ["refund"]
    assert library.suggest("refund polcy") == ["refund policy"]
    assert library.suggest("rooter lihgts")[0] == "router lights"
    assert library.suggest("refund") == []  # nothing to correct
    assert library.suggest("refu") == []  # a prefix still being typed


def test_suggestions_follow_new_articles(kb):
    library = stock(kb)
    assert library.suggest("warrenty") == []
    add(library, draft("warranty", "Warranty claims"))
    assert library.suggest("warrenty") == ["warranty"]


def test_context_suggestions(library):
    texts = [
        "Caller says the parcel is late",
        "Notes: tracking number shows no delivery since Monday",
        "deliv",
    ]
    hits = library.suggest_for_context(texts)
    assert hits and hits[0].id == "late-delivery"
    assert len(library.suggest_for_context(["refund", "router", "billing", "parcel"])) == 3
    assert library.suggest_for_context(["hello, thank you", "ok"]) == []


def test_index_follows_edits_and_deletes(kb):
    library = stock(kb)
    add(library, draft("refund-policy", "Money back rules", "Approval steps."))
    assert "refund-policy" not in ids(library.search("refund policy"))
    assert ids(library.search("money back")) == ["refund-policy"]
    library.delete_article(LEADER, "refund-policy")
    assert library.search("money back") == []
    add(library, draft("refund-policy", "Money back rules", "Approval steps."))
    assert ids(library.search("money back")) == ["refund-policy"]
    library.rebuild_index(LEADER)
    assert ids(library.search("money back")) == ["refund-policy"]
    assert ids(library.search("router"))[:2] == ["router-lights", "billing-dates"]


@settings(max_examples=50)
@given(st.text(max_size=40))
def test_any_typed_text_is_safe(library, typed):
    for hit in library.search(typed):
        assert hit.id
    library.suggest(typed)
    library.suggest_for_context([typed, typed + " refund"])


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "NEAR(a b)",
        "a OR b",
        "title:router",
        "{title}: x",
        "^router",
        "r*",
        "(",
        "-x",
        "AND",
        "router AND",
        "* *",
        "'",
        "\\",
        "\x00",
        "caf\u0301e",
    ],
)
def test_fts_syntax_is_escaped(library, typed):
    library.search(typed)


def test_words_only_in_bodies_are_corrected_too(kb):
    """ "refund" is in no title or tag here, only in a body: "refnud" still finds it, and a
    title word wins over a body word at the same distance."""
    add(
        kb,
        draft("closing", "Closing the call", "So the refund is on its way, within five days."),
        draft("bills", "Bills", "Billing questions and direct debits."),
    )
    assert kb.suggest("refnud") == ["refund"]
    assert kb.suggest("fvie") == ["five"]
    assert kb.suggest("bils")[0] == "bills"  # the title's word first


def test_snippets_never_show_link_targets_or_table_rules(kb):
    body = (
        "Some words first to push the match along. " * 6
        + "See [names](kb:taking-names-and-spelling) Forms of address matter.\n\n"
        + "| Interval | Calls |\n|---|---|\n| 08:00 | 400 |\n"
    )
    add(kb, draft("links", "Links", body))
    for query in ("address", "interval"):
        (hit,) = kb.search(query)
        assert "kb:" not in hit.snippet and "](" not in hit.snippet and ")" not in hit.snippet
        assert "|" not in hit.snippet and "---" not in hit.snippet


def test_a_large_knowledge_base_keeps_the_body_words_most_articles_use(kb, monkeypatch):
    """Only the most used body words are indexed for corrections (a cap keeps the first
    suggestion fast with 10,000 articles); titles and tags always are."""
    import agentdesk.services.kb.articles as articles

    monkeypatch.setattr(articles, "BODY_TERMS", 1)
    add(
        kb,
        draft("one", "Alpha", "The refund arrives soon. Zeppelin."),
        draft("two", "Beta", "Another refund story."),
    )
    assert kb.suggest("refnud") == ["refund"]  # in both bodies: kept
    assert kb.suggest("zeppelni") == []  # in one body only: left out
    assert kb.suggest("alpah") == ["alpha"]  # a title word, always kept
