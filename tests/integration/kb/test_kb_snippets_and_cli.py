"""Canned responses through the service, and the `agentdesk kb` commands."""

from __future__ import annotations

import pytest

from agentdesk.__main__ import main
from agentdesk.changes import Changes
from agentdesk.error_texts import TEXTS, fill
from agentdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from agentdesk.kb.records import CannedResponse
from agentdesk.paths import resources_dir

from .conftest import LEADER, REP, write_article

REFUND = CannedResponse(
    "::refund", "Refund", "en", "Hi {{caller_name}}, {{field:amount}} is on its way."
)


def test_canned_responses_crud_and_expansion(snippets):
    assert snippets.save_snippet(LEADER, REFUND) == Changes.KB
    assert snippets.save_snippet(LEADER, REFUND) == Changes.NONE
    assert [s.code for s in snippets.complete("::re")] == ["::refund"]
    expansion = snippets.expand_snippet("::refund", {"caller_name": "Ms Rossi"})
    assert expansion.text == "Hi Ms Rossi, [amount] is on its way."
    (blank,) = expansion.blanks
    assert expansion.text[blank.start : blank.end] == "[amount]" and blank.name == "field:amount"
    assert snippets.delete_snippet(LEADER, "::refund") == Changes.KB
    with pytest.raises(NotFoundError):
        snippets.get_snippet("::refund")


def test_representatives_use_but_do_not_edit_canned_responses(snippets):
    snippets.save_snippet(LEADER, REFUND)
    with pytest.raises(PermissionDeniedError):
        snippets.save_snippet(REP, REFUND)
    with pytest.raises(PermissionDeniedError):
        snippets.delete_snippet(REP, "::refund")
    assert snippets.get_snippet("::refund") == REFUND


def test_bad_canned_responses_are_refused(snippets):
    cases = [
        (CannedResponse("refund", "T", "en", "x"), "code"),
        (CannedResponse("::ok", "", "en", "x"), "title"),
        (CannedResponse("::ok", "T", "fr", "x"), "language"),
        (CannedResponse("::ok", "T", "en", "Hi {{name}}"), "body"),
        (CannedResponse("::ok", "T", "en", "  "), "body"),
    ]
    cases.append((CannedResponse("::ok", "T", "en", "Hi {{customer}}"), "body"))
    for snippet, field in cases:
        with pytest.raises(ValidationError) as refused:
            snippets.save_snippet(LEADER, snippet)
        assert refused.value.field == field
        # Each refusal has a code whose text, filled in, is the service's own sentence, so
        # the editor and the command line say it in the user's language.
        assert fill(TEXTS[refused.value.code], refused.value.params) == str(refused.value)
    assert snippets.list_snippets() == []


def test_snippet_import_is_idempotent(snippets):
    folder = resources_dir() / "kb" / "snippets"
    first = snippets.import_dir(LEADER, folder)
    assert first.problems == () and first.added >= 8
    again = snippets.import_dir(LEADER, folder)
    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.delenv("AGENTDESK_DATA_DIR", raising=False)
    data = tmp_path / "cli-data"
    return lambda *argv: main(["--data-dir", str(data), "kb", *map(str, argv)])


def test_cli_import_search_export(run, tmp_path, capsys):
    folder = tmp_path / "articles"
    text = write_article(folder, "refund-policy", "Refund policy", "Money back.\n")
    write_article(folder, "late-delivery", "Late delivery", "Parcel is late; refunds apply.\n")
    (folder / "bad.md").write_text("---\nid: bad\n---\n")
    assert run("import", folder) == 1
    out = capsys.readouterr()
    assert "2 added" in out.out and f"{folder / 'bad.md'}:1: no title" in out.err
    assert run("search", "refu", "--limit", "5") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].strip() == "1. Refund policy  [refund-policy]" and len(lines) == 2
    assert run("search", "refnud") == 0
    assert "Did you mean: refund" in capsys.readouterr().out
    assert run("export", tmp_path / "out") == 0
    assert (tmp_path / "out" / "refund-policy.md").read_text(encoding="utf-8") == text
    (folder / "bad.md").unlink()
    assert run("import", folder) == 0
    assert "0 added, 0 updated, 2 unchanged" in capsys.readouterr().out


def test_a_plain_markdown_folder_from_a_wiki_imports_in_one_command(run, tmp_path, capsys):
    wiki = tmp_path / "wiki-export"
    (wiki / "billing_and_payments").mkdir(parents=True)
    (wiki / "how-to").mkdir()
    card = wiki / "billing_and_payments" / "Paying by Card.md"
    card.write_text("---\ntitle: Paying by card\ntags: [card]\n---\nUse the secure line.\n")
    (wiki / "how-to" / "reset.md").write_text("# Resetting a password\n\nSend the link.\n")
    (wiki / "how-to" / "notes.md").write_text("nothing to call it\n")
    (wiki / "odd.md").write_text("---\ntitle: Odd\nlanguage: klingon\n---\nx\n")
    assert run("import", wiki, "--language", "it") == 1
    out = capsys.readouterr()
    assert "Articles: 2 added" in out.out
    assert (
        f"{card}: derived id 'paying-by-card' from the file name; category 'Billing and "
        "payments' from the folder; language 'it' from the team's default language; updated"
    ) in out.out
    assert "title 'Resetting a password' from the first heading" in out.out
    assert f"{wiki / 'how-to' / 'notes.md'}:1: no title" in out.err  # cannot be derived
    assert f"{wiki / 'odd.md'}:3: 'language' must be one of en, id, it" in out.err  # still strict
    assert run("search", "secure", "--language", "it") == 0
    assert "Paying by card  [paying-by-card]" in capsys.readouterr().out
    # --strict derives nothing: the plain files are refused as before.
    assert run("import", wiki, "--strict") == 1
    assert f"{card}:2: front matter: missing required key" in capsys.readouterr().err
