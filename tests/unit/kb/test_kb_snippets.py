"""Canned responses: blanks to tab through, placeholder checks, snippet files with lines."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.kb.snippet_file import load_snippet_dir
from agentdesk.kb.snippets import expand_template, template_problems
from agentdesk.paths import resources_dir


def test_known_values_fill_and_the_rest_become_blanks():
    expansion = expand_template(
        "Hi {{caller_name}}, I'm {{ representative }}. Ref {{field: Order number }}.",
        {"representative": "Ana", "caller_name": ""},
    )
    assert expansion.text == "Hi [caller name], I'm Ana. Ref [Order number]."
    assert [b.name for b in expansion.blanks] == ["caller_name", "field:Order number"]
    assert [expansion.text[b.start : b.end] for b in expansion.blanks] == [
        "[caller name]",
        "[Order number]",
    ]


def test_braces_that_are_not_placeholders_stay():
    assert expand_template("{{ Bad }} {x} {{", {}).text == "{{ Bad }} {x} {{"
    assert expand_template("{{caller_name}}", {"caller_name": "{{x}}"}).text == "{{x}}"


def test_template_problems():
    assert template_problems("Hi {{caller_name}} {{field:amount}}") == []
    (line, message), (line2, message2) = template_problems("x\n{{Name}}\n{{customer}}")
    assert (line, line2) == (1, 2)
    assert "not a placeholder" in message and "unknown value 'customer'" in message2


placeholders = st.sampled_from(
    ["{{caller_name}}", "{{representative}}", "{{field:Amount}}", "{{ x }}", "{{", "}}", "{"]
)
templates = st.lists(st.one_of(st.text(max_size=8), placeholders), max_size=12).map("".join)
values = st.dictionaries(st.sampled_from(["caller_name", "representative", "x"]), st.text())


@given(templates, values)
def test_expansion_never_fails_and_blanks_index_the_text(template, known):
    expansion = expand_template(template, known)
    end = 0
    for blank in expansion.blanks:
        assert end <= blank.start < blank.end <= len(expansion.text)
        shown = expansion.text[blank.start : blank.end]
        assert shown.startswith("[") and shown.endswith("]")
        end = blank.end


def test_shipped_snippets_load():
    found, problems = load_snippet_dir(resources_dir() / "kb" / "snippets")
    assert problems == []
    assert all(template_problems(s.body) == [] for s in found)
    # The same responses in every language, with the same filled-in values and blanks (#20):
    # an Italian or Indonesian representative has every reply an English one has.
    by_language: dict[str, list] = {}
    for snippet in found:
        by_language.setdefault(snippet.language, []).append(snippet)
    assert set(by_language) == {"en", "it", "id"}
    assert 8 <= len(by_language["en"]) <= 12
    standard = re.compile(r"\{\{(caller_name|representative|organisation|department)\}\}")

    def shape(snippets):
        return sorted(
            (tuple(sorted(standard.findall(s.body))), s.body.count("{{field:")) for s in snippets
        )

    for language in ("it", "id"):
        assert shape(by_language[language]) == shape(by_language["en"]), language


def test_snippet_file_problems_name_file_and_line(tmp_path):
    (tmp_path / "a.yaml").write_text(
        '- code: "::ok"\n  title: Fine\n  body: Hi {{caller_name}}\n'
        '- code: "bad code"\n  title: Bad\n  body: x\n'
        '- code: "::two"\n  title: Two\n  language: fr\n  body: |\n    Hi\n    {{Nope}}\n'
        '- code: "::ok"\n  title: Again\n  body: y\n'
        "- code: '::extra'\n  title: E\n  body: z\n  colour: red\n"
    )
    (tmp_path / "b.yaml").write_text("- code: [unclosed\n")
    found, problems = load_snippet_dir(tmp_path)
    assert [s.code for s in found] == ["::ok"]
    path = tmp_path / "a.yaml"
    assert any(p.startswith(f"{path}:4: ") and "'code'" in p for p in problems)
    assert any(p.startswith(f"{path}:9: ") and "'language'" in p for p in problems)
    assert any(p.startswith(f"{path}:12: ") and "Nope" in p for p in problems)
    assert any(p.startswith(f"{path}:13: ") and "duplicate code" in p for p in problems)
    assert any(p.startswith(f"{path}:19: ") and "colour" in p for p in problems)
    assert any(p.startswith(f"{tmp_path / 'b.yaml'}:") for p in problems)


def test_a_snippet_starting_inside_a_link_target_drops_it():
    from agentdesk.kb.search import clean_snippet

    assert clean_snippet("…kb:taking-names-and-spelling) Forms of address") == (
        "… Forms of address"
    )
    assert clean_snippet("…transferring-calls). Average speed") == "… Average speed"
    assert clean_snippet("| Agents | ASA |\n|---|---|\n| 33 | 29 s |") == "Agents · ASA · 33 · 29 s"
