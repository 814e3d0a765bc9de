"""Snippet text for the dock: highlight markers to spans, Markdown removed."""

from __future__ import annotations

from agentdesk.kb.records import highlight_spans
from agentdesk.kb.search import clean_snippet


def test_highlight_spans():
    assert highlight_spans("put on \x02hold\x03 for \x02two\x03") == (
        "put on hold for two",
        [(7, 11), (16, 19)],
    )
    assert highlight_spans("no marks") == ("no marks", [])
    assert highlight_spans("\x02open") == ("open", [(0, 4)])


def test_clean_snippet_removes_markdown():
    assert clean_snippet("## Steps\n\n1. **Ask** first") == "Steps 1. Ask first"
    assert (
        clean_snippet("see [\x02hold\x03](kb:\x02hold\x03-etiquette) now") == "see \x02hold\x03 now"
    )
    assert clean_snippet("…see [the rules](kb:ho…") == "…see the rules…"
    assert clean_snippet("- item\n> quote `code`") == "item quote code"
