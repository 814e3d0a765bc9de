"""Forms of address: the spellings people type, the list a centre offers, and the setting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.addressing import FORMS, parse_form, parse_offered, spoken
from agentdesk.errors import ValidationError
from agentdesk.settings import Settings, validate_settings


def test_every_form_parses_to_itself_and_old_stored_values_still_read():
    assert all(parse_form(f) == f for f in FORMS)
    assert [parse_form(v) for v in ("Mr.", "Ms.", "Mx.", "Dr.")] == ["Mr", "Ms", "Mx", "Dr"]
    assert spoken("Mrs.") == "Mrs" and spoken("first-name") == "" and spoken(None) == ""


@given(st.text(max_size=40))
def test_anything_typed_is_a_form_or_none(text):
    assert parse_form(text) in (*FORMS, None)


def test_the_offered_list_keeps_order_and_reports_strangers():
    assert parse_offered("Dr, Mrs., mrs, first name") == (("Dr", "Mrs", "first-name"), ())
    assert parse_offered("Mr, Majesty") == (("Mr",), ("Majesty",))
    assert parse_offered(Settings().forms_of_address)[0] == FORMS


def test_the_setting_refuses_a_list_with_strangers():
    Settings(organisation="Northwind", forms_of_address="Ms, Dr").validate()
    for bad in ("Ms, Majesty", "", " , "):
        with pytest.raises(ValidationError) as refused:
            Settings(organisation="Northwind", forms_of_address=bad).validate()
        assert refused.value.field == "forms_of_address"
    (problem,) = validate_settings({"forms_of_address": "Mr, Majesty"})
    assert (problem.code, problem.param("unknown")) == ("forms", ("Majesty",))
