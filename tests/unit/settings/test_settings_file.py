"""settings.json is validated field by field: every bad value reset and reported (#15 item 4)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.errors import KnownError, ValidationError
from agentdesk.settings import Settings, load_settings, save_settings, validate_settings


def write(tmp_path, data) -> object:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_every_invalid_value_is_reset_and_reported_not_only_the_first(tmp_path):
    path = write(
        tmp_path,
        {
            "retention_notes_days": -1,
            "retention_customers_days": -1,
            "retention_interactions_days": -5,
            "backup_count": 0,
            "phone_region": "XX",
            "organisation": "Northwind",
        },
    )
    loaded = load_settings(path)
    defaults = Settings()
    assert loaded.settings.retention_notes_days == defaults.retention_notes_days
    assert loaded.settings.retention_customers_days == defaults.retention_customers_days
    assert loaded.settings.retention_interactions_days == defaults.retention_interactions_days
    assert loaded.settings.backup_count == defaults.backup_count
    assert loaded.settings.phone_region == defaults.phone_region
    assert loaded.settings.organisation == "Northwind"  # good values are kept
    fields = {p.field for p in loaded.invalid}
    assert fields == {
        "retention_notes_days",
        "retention_customers_days",
        "retention_interactions_days",
        "backup_count",
        "phone_region",
    }
    assert len(loaded.problems) == 5 and all("default" in p for p in loaded.problems)


def test_problems_are_codes_with_parameters_for_the_settings_screen():
    problems = validate_settings(
        {"idle_lock_minutes": 999, "language": "fr", "organisation": " ", "nope": 1}
    )
    by_field = {p.field: p for p in problems}
    assert by_field["idle_lock_minutes"].code == "max"
    assert by_field["idle_lock_minutes"].param("limit") == 240
    # The interface language is each account's since #20: an old file's key is dropped quietly.
    assert "language" not in by_field
    assert by_field["organisation"].code == "required"
    assert by_field["nope"].code == "unknown"
    assert validate_settings({"organisation": "Northwind", "phone_region": "IT"}) == []


@pytest.mark.parametrize(
    "value", [True, "10", 1.5, None, [], {}], ids=["bool", "str", "float", "null", "list", "dict"]
)
def test_wrong_types_are_reported(value):
    (problem,) = validate_settings({"backup_count": value})
    assert problem.code == "type" and problem.param("expected") == "int"


def test_control_characters_and_overlong_text_are_refused():
    assert validate_settings({"organisation": "North\nwind"})[0].code == "control"
    assert validate_settings({"department": "x" * 81})[0].code == "too_long"


def test_saving_refuses_every_bad_field_at_once(tmp_path):
    with pytest.raises(ValidationError) as info:
        save_settings(
            tmp_path / "s.json", Settings(organisation="x", backup_count=0, phone_region="XX")
        )
    assert info.value.field == "phone_region"  # the first in the screen's order
    assert "Backups kept" in str(info.value) and "phone region" in str(info.value)


def test_deeply_nested_file_is_a_clear_error_not_a_traceback(tmp_path):
    path = write(tmp_path, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(KnownError, match="settings"):
        load_settings(path)


@given(
    st.dictionaries(
        st.text(max_size=30),
        st.one_of(
            st.integers(),
            st.text(max_size=100),
            st.booleans(),
            st.none(),
            st.floats(allow_nan=True),
        ),
        max_size=12,
    )
)
def test_any_json_object_loads_to_valid_settings(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("s") / "settings.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_settings(path)
    from dataclasses import asdict

    problems = validate_settings(asdict(loaded.settings))
    assert {p.field for p in problems} <= {"organisation"}  # the default is empty until first run
