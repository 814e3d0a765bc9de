"""Placeholder rendering: values filled in, missing ones read naturally, nothing ever raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.flows.placeholders import ScriptContext, placeholders_in, render, script_values

NAME = {"caller_name": "Ms. Rossi", "empty": ""}


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Thank you, {caller_name}.", "Thank you, Ms. Rossi."),
        ("Thank you, {empty}.", "Thank you."),
        ("Thank you[, {caller_name}].", "Thank you, Ms. Rossi."),
        ("Thank you[, {empty}].", "Thank you."),
        ("Good morning {empty}, how can I help?", "Good morning, how can I help?"),
        ("{empty}, thank you for waiting.", "Thank you for waiting."),
        ("Done. {empty}, anything else?", "Done. Anything else?"),
        ("Hello {empty} and welcome", "Hello and welcome"),
        ("Hello {missing}!", "Hello!"),
        ("Braces: {{literal}} and [not optional]", "Braces: {literal} and [not optional]"),
        ("Broken {Name} and {open", "Broken {Name} and {open"),
        ("Line one, {empty}.\n{empty}, line two", "Line one.\nLine two"),
    ],
)
def test_render(template: str, expected: str) -> None:
    assert render(template, NAME) == expected


def test_placeholders_in_reports_names_and_syntax() -> None:
    names, errors = placeholders_in("a {b} [c {d}] {{e}} {F} }")
    assert names == ["b", "d"]
    assert len(errors) == 2


@pytest.mark.parametrize(
    ("fields", "caller", "title"),
    [
        ({"title": "ms", "surname": "Rossi", "first_name": "Anna"}, "Ms. Rossi", "Ms."),
        ({"title": "first_name", "surname": "Rossi", "first_name": "Anna"}, "Anna", ""),
        ({"surname": "Rossi"}, "", ""),  # no form of address yet: stay neutral
        ({"title": "dr"}, "", "Dr."),
        ({}, "", ""),
    ],
)
def test_caller_name_follows_form_of_address(bundled, fields, caller, title) -> None:
    values = script_values(ScriptContext("Acme", "Billing", "Sam"), fields, bundled["inbound"])
    assert values["caller_name"] == caller
    assert values["title"] == title
    assert values["organisation"] == "Acme"


def test_field_values_are_shown_with_labels(bundled) -> None:
    fields = {
        "outcome": "callback_booked",
        "customer_type": ("new", "business"),
        "callback_due": "2026-03-03T10:30",
        "notes_permission": True,
    }
    values = script_values(ScriptContext(), fields, bundled["inbound"])
    assert values["outcome"] == "Call-back booked"
    assert values["customer_type"] == "New, Business"
    assert values["callback_due"] == "2026-03-03 10:30"
    assert values["notes_permission"] == ""


@given(st.text(), st.dictionaries(st.text(max_size=5), st.text() | st.none(), max_size=4))
def test_render_never_raises(template: str, values: dict) -> None:
    assert isinstance(render(template, values), str)


@given(st.text(alphabet="{}[], .!?abx\n", max_size=30))
def test_render_never_raises_on_brace_soup(template: str) -> None:
    rendered = render(template, {"a": "A", "x": ""})
    assert "\x00" not in rendered
