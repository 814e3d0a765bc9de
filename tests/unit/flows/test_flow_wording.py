"""Call flows in Italian and Indonesian: the English structure with each language's words."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.flows import bundled_flows_dir
from agentdesk.flows.wording import apply_wording, skeleton
from agentdesk.services.flow_library import FlowLibrary

LANGUAGES = ("it", "id")


@pytest.fixture(scope="module")
def english():
    return FlowLibrary().flows()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_bundled_flow_has_complete_words_in_each_language(english, language):
    for flow_id in english:
        assert (bundled_flows_dir() / language / f"{flow_id}.yaml").is_file(), flow_id
    library = FlowLibrary(language=language)
    assert library.problems == ()
    for flow_id, flow in library.flows().items():
        original = english[flow_id]
        # Same steps, checks, fields and ways on: adherence and reports work in every language.
        assert [s.id for s in flow.steps] == [s.id for s in original.steps]
        assert set(flow.check_map) == set(original.check_map)
        assert set(flow.field_map) == set(original.field_map)
        for step, before in zip(flow.steps, original.steps, strict=True):
            assert [(t.to, t.shortcut) for t in step.transitions] == [
                (t.to, t.shortcut) for t in before.transitions
            ]
            if before.script:
                assert step.script != before.script, f"{flow_id}.{step.id} left in English"


def test_scripts_use_the_formal_address_of_each_language():
    italian = FlowLibrary(language="it").flows()["inbound"]
    indonesian = FlowLibrary(language="id").flows()["inbound"]
    assert "aiutarLa" in italian.step("greeting").script
    assert "Bapak/Ibu" in indonesian.step("notes").script
    # Forms of address each language uses; English ones without a counterpart are not offered.
    forms = {c.value: c.label for c in indonesian.field_map["title"].choices}
    assert forms == {"ms": "Ibu", "mr": "Bapak", "dr": "Dr.", "first_name": "Nama saja"}
    assert {c.label for c in italian.field_map["title"].choices} >= {"Sig.", "Sig.ra"}
    assert indonesian.step("name").options["alphabet"] == "id"
    assert italian.step("name").options["alphabet"] == "it"


def _words(english, flow_id="inbound"):
    return skeleton(english[flow_id], "it")


def _problems(flow, data) -> list[str]:
    with pytest.raises(DataFileError) as refused:
        apply_wording(flow, data, "it/inbound.yaml", "it", {"it", "nato"})
    return refused.value.problems


def test_a_missing_text_an_unknown_key_and_a_lost_placeholder_are_each_named(english):
    flow = english["inbound"]
    data = _words(english)
    del data["steps"]["greeting"]["guidance"]
    data["steps"]["need"]["checks"]["invented"] = "Boh"
    data["steps"]["notes"]["script"] = "Grazie. Posso prendere appunti?"
    problems = "\n".join(_problems(flow, data))
    assert "step 'greeting' guidance needs a translation" in problems
    assert "step 'need' checks has no 'invented'" in problems
    assert "step 'notes' script must keep the placeholders" in problems


def test_a_choice_the_flow_relies_on_cannot_be_left_out(english):
    flow = english["inbound"]
    data = _words(english)
    data["steps"]["wrap_up"]["fields"]["outcome"]["choices"]["transferred"] = None
    assert any("cannot be left out: transferred" in p for p in _problems(flow, data))


def test_a_broken_wording_file_leaves_that_flow_in_english_and_says_why(tmp_path, english):
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "inbound.yaml").write_text("flow: inbound\nlanguage: it\n")
    library = FlowLibrary(tmp_path, language="it")
    assert library.flows()["inbound"].title == english["inbound"].title
    assert library.flows()["chat"].title == "Conversazione in chat"
    assert any("inbound.yaml" in p and "title" in p for p in library.problems)


def test_switching_language_reloads_the_words():
    library = FlowLibrary()
    assert library.flows()["inbound"].title == "Inbound call"
    library.use_language("id")
    assert library.flows()["inbound"].title == "Panggilan masuk"


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["delete", "blank", "number", "list"]), st.integers(0, 10_000)
        ),
        max_size=6,
    )
)
def test_any_damage_to_a_wording_file_is_a_listed_problem_never_a_crash(damage):
    english = FlowLibrary().flows()
    flow = english["inbound"]
    data = copy.deepcopy(_words(english))
    for kind, n in damage:
        nodes = [d for d in _mappings(data) if d]
        node = nodes[n % len(nodes)]
        key = sorted(node)[n % len(node)]
        if kind == "delete":
            del node[key]
        else:
            node[key] = {"blank": "", "number": 7, "list": ["x"]}[kind]
    try:
        result = apply_wording(flow, data, "w.yaml", "it", {"it"})
    except DataFileError as exc:
        assert exc.problems and all(p.startswith("w.yaml:") for p in exc.problems)
    else:
        assert [s.id for s in result.steps] == [s.id for s in flow.steps]


def _mappings(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _mappings(value)
