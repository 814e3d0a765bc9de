"""Bundled flows validate and encode the practices; custom flows override them by id."""

from __future__ import annotations

from agentdesk.flows import bundled_flows_dir
from agentdesk.flows.loader import load_flows
from agentdesk.flows.placeholders import BUILTIN_PLACEHOLDERS, placeholders_in
from agentdesk.flows.schema import MAX_CHOICES
from agentdesk.flows.shortcuts import APP_SHORTCUTS, normalise_shortcut
from tests.unit.flows.flowkit import MINI


def test_every_bundled_flow_validates(bundled, alphabets) -> None:
    assert {"inbound", "chat"} <= set(bundled)
    for flow in bundled.values():
        assert flow.source and len(flow.digest) == 64
        for step in flow.steps:
            if step.kind == "name_capture":
                assert step.options["alphabet"] in alphabets


def test_inbound_encodes_the_practices(bundled) -> None:
    flow = bundled["inbound"]
    greeting = flow.step(flow.start)
    names, _ = placeholders_in(greeting.script)
    assert {"organisation", "department", "representative"} <= set(names)  # T1, from settings
    assert {"said_organisation", "gave_own_name", "offered_help"} <= {c.id for c in greeting.checks}
    kinds = {s.kind for s in flow.steps}
    assert kinds == {
        *("script", "name_capture", "hold", "transfer", "message", "callback", "verify"),
        "complaint",
        "wrap_up",
    }
    assert flow.field_map["notes_permission"].type == "bool"  # T9
    assert {"first_name", "surname", "title"} <= set(flow.field_map)  # T2, T3
    assert "spelling_confirmed" in flow.check_map
    closing = next(s for s in flow.steps if s.closing)
    assert {"asked_anything_else", "thanked_by_name"} <= {c.id for c in closing.checks}  # T7
    outcome = flow.field_map["outcome"]
    assert outcome.required and 0 < len(outcome.choices) <= MAX_CHOICES
    wrap_types = {f.id: f.type for f in flow.wrap_up.fields}
    assert wrap_types["first_contact_resolution"] == "bool"
    assert wrap_types["customer_type"] == "tags"
    assert wrap_types["follow_up_due"] == "date"


def test_bundled_shortcuts_avoid_the_app_shortcuts(bundled) -> None:
    for flow in bundled.values():
        for step in flow.steps:
            used = [normalise_shortcut(t.shortcut) for t in step.transitions if t.shortcut]
            assert len(used) == len(set(used))
            assert not set(used) & set(APP_SHORTCUTS)
            assert all(t.shortcut for t in step.transitions), f"{flow.id}/{step.id}"


def test_scripts_only_use_known_placeholders(bundled) -> None:
    for flow in bundled.values():
        allowed = set(BUILTIN_PLACEHOLDERS) | set(flow.field_map)
        for step in flow.steps:
            assert set(placeholders_in(step.script)[0]) <= allowed


def _custom(tmp_path, name: str, text: str):
    folder = tmp_path / "custom"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_custom_flow_overrides_bundled_by_id(tmp_path) -> None:
    bundled = load_flows(bundled_flows_dir()).flows
    text = MINI.replace("id: mini", "id: inbound")
    loaded = load_flows(bundled_flows_dir(), _custom(tmp_path, "inbound.yaml", text))
    assert loaded.problems == ()
    assert loaded.flows["inbound"].title == "Mini"
    assert loaded.flows["chat"] == bundled["chat"]


def test_new_custom_flow_is_added(tmp_path) -> None:
    loaded = load_flows(bundled_flows_dir(), _custom(tmp_path, "mini.yaml", MINI))
    assert {"inbound", "chat", "mini"} <= set(loaded.flows)


def test_broken_custom_flow_keeps_bundled_and_reports(tmp_path) -> None:
    text = MINI.replace("id: mini", "id: inbound").replace("to: closing,", "to: nowhere,")
    folder = _custom(tmp_path, "inbound.yaml", text)
    loaded = load_flows(bundled_flows_dir(), folder)
    assert loaded.flows["inbound"].title == "Inbound call"
    assert any(
        p.startswith(str(folder / "inbound.yaml") + ":9: step 'greeting'") for p in loaded.problems
    )


def test_broken_custom_flow_keeps_last_good_one(tmp_path) -> None:
    good = load_flows(bundled_flows_dir(), _custom(tmp_path, "mini.yaml", MINI))
    folder = _custom(tmp_path, "mini.yaml", "id: mini\nsteps: [")
    again = load_flows(bundled_flows_dir(), folder, previous=good.flows)
    assert again.flows["mini"] == good.flows["mini"]
    assert len(again.problems) == 1
    without = load_flows(bundled_flows_dir(), folder)
    assert "mini" not in without.flows


def test_missing_folders(tmp_path) -> None:
    loaded = load_flows(tmp_path / "nope", tmp_path / "also-nope")
    assert loaded.flows == {}
    assert loaded.problems == (f"{tmp_path / 'nope'}:0: folder of bundled flows not found",)
