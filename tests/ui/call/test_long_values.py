"""A 5,000-character surname: refused beyond the limit by the engine and the customer
service, stopped by the widgets, and shortened with a tooltip in the call header."""

from __future__ import annotations

import pytest

from agentdesk import limits
from agentdesk.errors import ValidationError
from agentdesk.services.customer_types import CustomerDraft
from agentdesk.ui.common.elided import ElidedLabel
from tests.ui.call.test_blocked_and_override import to_name_step

LONG = "Okafor" * 850  # 5,100 characters


def test_the_engine_refuses_and_the_field_stops_typing(qtbot, window, kb):
    ws = window.centralWidget()
    to_name_step(qtbot, ws, kb)
    with pytest.raises(ValidationError) as refused:
        ws.engine.capture("surname", LONG)
    assert refused.value.code == "call.field.too_long"
    assert refused.value.params == {"label": "Surname", "limit": 100}
    editor = ws.view.step_panel.editors["surname"]
    assert editor.input.maxLength() == limits.NAME
    editor.input.setFocus()
    editor.input.insert(LONG)  # a paste
    assert len(editor.input.text()) == limits.NAME
    editor.input.clearFocus()
    ws.engine.capture("surname", editor.input.text())
    assert len(ws.engine.fields["surname"]) == limits.NAME


def test_the_customer_service_refuses_with_a_code(env):
    with pytest.raises(ValidationError) as refused:
        env.data.customers.create_customer(env.rep, CustomerDraft(surname=LONG))
    assert (refused.value.field, refused.value.code) == ("surname", "customer.surname_too_long")
    assert refused.value.params == {"limit": limits.NAME}
    assert "at most 100 characters" in str(refused.value)
    for draft, field in (
        (CustomerDraft(surname="Rossi", email="a" * 250 + "@example.com"), "email"),
        (CustomerDraft(surname="Rossi", phone="1" * 41), "phone"),
        (CustomerDraft(surname="Rossi", free_tags=("x" * 51,)), "free_tags"),
        (CustomerDraft(surname="Rossi", free_tags=tuple(f"t{i}" for i in range(21))), "free_tags"),
    ):
        with pytest.raises(ValidationError) as refused:
            env.data.customers.create_customer(env.rep, draft)
        assert refused.value.field == field


def test_a_long_name_is_shortened_in_the_header_with_a_tooltip(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(200, 30)
    label.show()
    label.setText("Customer: " + "Okafor" * 16)
    qtbot.waitUntil(lambda: label.shown_text().endswith("…"))
    assert label.toolTip() == label.text() == "Customer: " + "Okafor" * 16
    assert label.sizeHint().height() < 40  # one line, never a wall of text
    label.setText("Customer: Ada")
    assert label.shown_text() == "Customer: Ada" and label.toolTip() == ""


def test_the_header_stays_one_line_with_the_longest_name(qtbot, window, kb):
    ws = window.centralWidget()
    to_name_step(qtbot, ws, kb)
    ws.engine.capture("surname", "O" * limits.NAME)
    ws.view.refresh()
    header = ws.view.header
    assert isinstance(header.who, ElidedLabel)
    assert header.sizeHint().height() < 90


def test_the_customer_form_offers_the_centres_forms_and_stores_them(qtbot, env):
    from agentdesk.ui.notes.customer_form import CustomerForm

    saved = []
    form = CustomerForm(saved.append, env.services.tasks, forms=("Mrs", "Dr", "first-name"))
    qtbot.addWidget(form)
    offered = [form.form.itemData(i) for i in range(form.form.count())]
    assert offered == [None, "Mrs", "Dr", "first-name"]
    assert form.form.itemText(3) == "First name only"
    cid, _ = env.data.customers.create_customer(
        env.rep, CustomerDraft(surname="Rossi", form_of_address="mrs.")
    )
    assert env.data.customers.open_card(env.rep, cid).form_of_address == "Mrs"
