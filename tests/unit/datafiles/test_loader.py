"""The YAML loader keeps lines and turns every failure into a DataFileError."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.datafiles import load_yaml, load_yaml_text
from agentdesk.errors import DataFileError


def test_lines_of_keys_and_items():
    data = load_yaml_text("a: 1\nsteps:\n  - id: x\n    title: y\n  - id: z\n")
    assert data.line_of("steps") == 2
    assert data["steps"].item_lines == [3, 5]
    assert data["steps"][0].line_of("title") == 4


def test_errors_name_file_line_and_column():
    with pytest.raises(DataFileError, match=r"f.yaml:2:1: duplicate key 'a'"):
        load_yaml_text("a: 1\na: 2\n", "f.yaml")
    with pytest.raises(DataFileError, match=r"^f.yaml:\d+:\d+: "):
        load_yaml_text("a: [1\n", "f.yaml")


def test_dates_stay_text():
    assert load_yaml_text("updated: 2026-01-05") == {"updated": "2026-01-05"}


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(DataFileError, match="file not found"):
        load_yaml(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"a: 1\nb: \xff\n")
    with pytest.raises(DataFileError, match=r"bad.yaml:2: not UTF-8"):
        load_yaml(bad)


def test_deep_nesting_is_a_clear_error():
    with pytest.raises(DataFileError):
        load_yaml_text("[" * 5000)


@given(st.text(max_size=300))
def test_any_text_loads_or_gives_a_data_file_error(text):
    try:
        load_yaml_text(text, "x.yaml")
    except DataFileError as exc:
        assert all(p.startswith("x.yaml:") for p in exc.problems)
