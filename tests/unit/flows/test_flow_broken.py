"""Broken flow files are refused with file, line and step named; nothing else ever escapes."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from agentdesk.errors import DataFileError
from agentdesk.flows.loader import load_flow_file, parse_flow_text
from tests.unit.flows.flowkit import MINI

ORPHAN = """\
  - id: orphan
    title: Orphan
    transitions:
      - {label: Back, to: closing}
"""


def problems_of(text: str, path: str = "mini.yaml") -> list[str]:
    with pytest.raises(DataFileError) as err:
        parse_flow_text(text, path)
    return err.value.problems


def test_mini_flow_is_valid() -> None:
    flow = parse_flow_text(MINI, "mini.yaml")
    assert [s.id for s in flow.steps] == ["greeting", "closing", "wrap_up"]
    assert flow.step("greeting").line == 5
    assert flow.step("greeting").transitions[0].line == 9


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "to: closing, shortcut: Alt+G",
            "to: closign, shortcut: Alt+G",
            "mini.yaml:9: step 'greeting': transition 'Go' goes to unknown step 'closign'",
        ),
        (
            "{organisation}",
            "{organisaton}",
            "mini.yaml:7: step 'greeting': script: unknown placeholder '{organisaton}'",
        ),
        (
            "    script:",
            "    scrpit:",
            "mini.yaml:7: step 'greeting': unknown key 'scrpit'",
        ),
        (
            "shortcut: Alt+G",
            "shortcut: Ctrl+L",
            "mini.yaml:9: step 'greeting': transition 'Go': shortcut 'Ctrl+L' is the app's "
            "'lock screen' shortcut",
        ),
        (
            "shortcut: Alt+G",
            "shortcut: G",
            "mini.yaml:9: step 'greeting': transition 'Go': shortcut 'G' would fire while "
            "typing; add Alt or Ctrl (e.g. 'Alt+G')",
        ),
        (
            "      - {label: Go, to: closing, shortcut: Alt+G}\n",
            "      - {label: Go, to: closing, shortcut: Alt+G}\n"
            "      - {label: Again, to: closing, shortcut: alt+g}\n",
            "mini.yaml:10: step 'greeting': transition 'Again': shortcut 'Alt+G' is already "
            "used by 'Go' in this step",
        ),
        (
            "    kind: wrap_up",
            "    kind: wrapup",
            "mini.yaml:17: step 'wrap_up': unknown kind 'wrapup' (expected script, "
            "name_capture, hold, transfer, message, complaint, verify, callback, wrap_up)",
        ),
        (
            "  - id: closing\n",
            ORPHAN + "  - id: closing\n",
            "mini.yaml:10: step 'orphan': unreachable from the start step 'greeting'",
        ),
        (
            "closing: true",
            "closing: false",
            "mini.yaml:5: flow: no closing step (mark one with 'closing: true')",
        ),
        (
            "shortcut: Alt+G}",
            "shortcut: Alt+G, requires: [surname]}",
            "mini.yaml:9: step 'greeting': transition 'Go' requires unknown field or check "
            "'surname'",
        ),
        (
            "shortcut: Alt+G}",
            "shortcut: Alt+G, sets: {outcome: solved}}",
            "mini.yaml:9: step 'greeting': transition 'Go' sets 'outcome' to expected one of "
            "resolved, no_action",
        ),
        (
            "shortcut: Alt+G}",
            "shortcut: Alt+G, when: {field: outcome, equals: maybe}}",
            "mini.yaml:9: step 'greeting': transition 'Go': 'outcome' equals: expected one of "
            "resolved, no_action",
        ),
        (
            "choices: [resolved, no_action]",
            "choices: [a, b, c, d, e, f, g, h, i, j, k]",
            "mini.yaml:19: step 'wrap_up': field 'outcome': 11 choices; keep it to 10 or fewer",
        ),
        (
            "        type: choice\n",
            "        type: text\n",
            "mini.yaml:19: step 'wrap_up': field 'outcome' must be a choice field",
        ),
        (
            "    fields:\n      - id: outcome",
            "    fields:\n      - id: result",
            "mini.yaml:15: step 'wrap_up': a wrap_up step must capture the field 'outcome'",
        ),
        (
            "    title: Greeting\n",
            "    title: Greeting\n    kind: hold\n    options: {max_wait_minutes: soon}\n",
            "mini.yaml:8: step 'greeting': option 'max_wait_minutes' must be int",
        ),
        (
            "channel: phone",
            "channel: fax",
            "mini.yaml:3: flow: channel 'fax' is not one of phone, chat, email, social",
        ),
        (
            "  - id: closing\n",
            "  - id: greeting\n    title: Again\n    transitions: [{label: X, to: closing}]\n"
            "  - id: closing\n",
            "mini.yaml:10: step 'greeting': a step with this id already exists",
        ),
    ],
)
def test_broken_flow_names_file_line_and_step(old: str, new: str, expected: str) -> None:
    assert old in MINI
    found = problems_of(MINI.replace(old, new, 1))
    assert any(p.startswith(expected) for p in found), found


def test_step_with_no_way_to_a_closing_is_reported() -> None:
    text = MINI.replace(
        "      - {label: Go, to: closing, shortcut: Alt+G}\n",
        "      - {label: Go, to: closing, shortcut: Alt+G}\n      - {label: Loop, to: loop}\n",
    ).replace(
        "  - id: closing\n",
        "  - id: loop\n    title: Loop\n    transitions:\n      - {label: Again, to: loop}\n"
        "  - id: closing\n",
    )
    assert problems_of(text) == [
        "mini.yaml:11: step 'loop': no path from this step to a closing step"
    ]


def test_no_path_to_wrap_up_and_dead_end_are_reported() -> None:
    text = MINI.replace("      - {label: End, to: wrap_up, shortcut: Ctrl+Return}\n", "")
    found = problems_of(text)
    assert "mini.yaml:10: step 'closing': no transitions: the call would be stuck here" in found
    assert "mini.yaml:5: step 'greeting': no path from this step to the wrap-up step" in found


def test_every_problem_is_reported_at_once() -> None:
    text = MINI.replace("{organisation}", "{nope}").replace("to: closing,", "to: nowhere,")
    assert len(problems_of(text)) >= 3  # placeholder, target, and the unreachable closing


def test_bad_yaml_names_line_and_column() -> None:
    found = problems_of(MINI.replace("title: Closing", "title: [Closing"))
    assert len(found) == 1 and found[0].startswith("mini.yaml:")
    assert found[0].split(":")[1].isdigit()


def test_placeholder_syntax_errors() -> None:
    found = problems_of(MINI.replace("{organisation}.", "{organisation"))
    assert any("'{' is not closed" in p and p.startswith("mini.yaml:7:") for p in found)


def test_yes_no_field_cannot_be_said() -> None:
    text = MINI.replace("{organisation}", "{agreed}").replace(
        "    fields:\n", "    fields:\n      - {id: agreed, label: Agreed, type: bool}\n"
    )
    assert any("'{agreed}' is a yes/no field" in p for p in problems_of(text))


def test_file_name_must_match_id(tmp_path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text(MINI, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_flow_file(path)
    assert err.value.problems == [f"{path}:1: flow: id 'mini' must match the file name ('other')"]


def test_missing_and_non_utf8_files(tmp_path) -> None:
    with pytest.raises(DataFileError, match="file not found"):
        load_flow_file(tmp_path / "gone.yaml")
    bad = tmp_path / "mini.yaml"
    bad.write_bytes(MINI.encode() + b"\xff\xfe")
    with pytest.raises(DataFileError, match="not UTF-8"):
        load_flow_file(bad)


VOCAB = st.sampled_from(
    ["id", "title", "channel", "steps", "start", "kind", "script", "checks", "fields",
     "transitions", "closing", "options", "label", "to", "shortcut", "requires", "when", "sets",
     "type", "choices", "required", "required_when", "field", "equals", "one_of", "value",
     "greeting", "wrap_up", "outcome", "phone", "choice", "bool", "Alt+G", "{surname}"]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=True), VOCAB, st.text()
)
TREES = st.recursive(
    SCALARS,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(VOCAB, kids, max_size=6),
    max_leaves=30,
)


SHALLOW = SCALARS | st.lists(SCALARS, max_size=3) | st.dictionaries(VOCAB, SCALARS, max_size=3)
STEP_PARTS = st.dictionaries(VOCAB, SHALLOW, max_size=4)
STEPS = st.lists(
    st.fixed_dictionaries(
        {"id": VOCAB, "title": SCALARS},
        optional={
            "kind": st.sampled_from(["script", "hold", "wrap_up", "name_capture", "x"]) | SHALLOW,
            "transitions": st.lists(STEP_PARTS, max_size=3),
            "fields": st.lists(STEP_PARTS, max_size=3),
            "checks": st.lists(STEP_PARTS, max_size=2),
            "options": STEP_PARTS,
            "script": st.text(alphabet="{}[]ab_ ,.", max_size=20),
        },
    ),
    max_size=5,
)
FLOWS = st.fixed_dictionaries(
    {"id": VOCAB, "title": SCALARS, "channel": VOCAB, "steps": STEPS},
    optional={"start": VOCAB},
)


def _must_be_data_file_error(text: str) -> None:
    try:
        parse_flow_text(text, "fuzz.yaml")
    except DataFileError as exc:
        assert exc.problems and all(p.startswith("fuzz.yaml:") for p in exc.problems)


@settings(max_examples=150)
@given(TREES)
def test_arbitrary_yaml_only_raises_data_file_error(tree) -> None:
    _must_be_data_file_error(yaml.safe_dump(tree, allow_unicode=True))


@settings(max_examples=80)
@given(FLOWS)
def test_flow_shaped_yaml_only_raises_data_file_error(tree) -> None:
    _must_be_data_file_error(yaml.safe_dump(tree, allow_unicode=True))


@settings(max_examples=150)
@given(st.text())
def test_arbitrary_text_only_raises_data_file_error(text: str) -> None:
    _must_be_data_file_error(text)


@settings(max_examples=100)
@given(st.data())
def test_mutated_mini_flow_only_raises_data_file_error(data) -> None:
    lines = MINI.splitlines(keepends=True)
    i = data.draw(st.integers(0, len(lines) - 1))
    lines[i] = data.draw(
        st.sampled_from(
            [
                "",
                "  - x\n",
                "    when: 3\n",
                lines[i] * 2,
                lines[i].replace(":", ""),
                "      - {a: [}\n",
            ]
        )
    )
    _must_be_data_file_error("".join(lines))


def test_a_field_max_length_is_checked_and_used() -> None:
    extra = "      - {id: note, label: Note, max_length: 20}\n"
    flow = parse_flow_text(MINI + extra, "mini.yaml")
    assert flow.field_map["note"].max_length == 20
    assert flow.field_map["outcome"].max_length == 500  # the default for one-line text
    for bad in ("0", "true", "ten", "100001"):
        found = problems_of(MINI + extra.replace("20", bad))
        assert any("mini.yaml:" in p and "max_length" in p for p in found), found


def test_a_field_longer_than_its_max_length_is_refused() -> None:
    from agentdesk.flows.schema import FieldSpec, coerce_value

    spec = FieldSpec("note", "Note", max_length=5)
    assert coerce_value(spec, "  abcde  ") == "abcde"
    with pytest.raises(ValueError, match="at most 5 characters"):
        coerce_value(spec, "abcdef")
