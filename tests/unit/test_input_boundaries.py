"""Every input boundary answers with a message naming the file and line, never a traceback,
and every CSV written is safe to open in a spreadsheet (#15 items 11, 12, 15, 16)."""

from __future__ import annotations

import io

import pytest

from agentdesk.cli.vault_access import read_first_line
from agentdesk.datafiles.loader import load_yaml_text
from agentdesk.errors import DataFileError, KnownError
from agentdesk.paths import resolve_data_dir
from agentdesk.staffing.plan import PlanDefaults, plan_day, read_forecast, write_plan
from agentdesk.vault.errors import KeyFileError
from agentdesk.vault.keyfile import PassphraseKeyFile

DEFAULTS = PlanDefaults(interval_s=1800.0, aht_s=180.0, target=(0.8, 20.0))


def test_a_yaml_integer_with_too_many_digits_names_file_and_line():
    with pytest.raises(DataFileError, match=r"rules\.yaml:3:"):
        load_yaml_text("a: 1\nb: 2\nc: " + "9" * 5000 + "\n", "rules.yaml")


def test_a_deeply_nested_key_file_is_damaged_not_a_crash(tmp_path):
    path = tmp_path / "master-key.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(KeyFileError):
        PassphraseKeyFile(path).unlock("whatever passphrase")


def test_a_huge_plan_field_is_a_problem_with_its_line():
    text = "start,calls\n08:00,5\n08:30," + "1" * 200_000 + "\n"
    intervals, problems = read_forecast(text, DEFAULTS, source="day.csv")
    assert len(intervals) == 1 and problems and str(problems[0]).startswith("day.csv:3:")


@pytest.mark.parametrize("label", ["=1+2", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+1", "-1"])
def test_the_day_plan_csv_neutralises_formulas(label):
    intervals, problems = read_forecast(f"start,calls\n\"{label}\",5\n", DEFAULTS, "d.csv")
    assert not problems
    out = io.StringIO()
    write_plan(plan_day(intervals), out)
    first_cell = out.getvalue().splitlines()[1].split(",")[0].strip('"')
    assert first_cell.startswith("'") and first_cell[1:].startswith(label[:2])


def test_a_bom_is_never_part_of_the_passphrase():
    assert read_first_line(io.StringIO("\ufeffcorrect horse\n")) == "correct horse"


def test_an_empty_data_dir_is_refused_not_the_default():
    with pytest.raises(KnownError, match="empty"):
        resolve_data_dir("", environ={})
    with pytest.raises(KnownError, match="empty"):
        resolve_data_dir("  ", environ={})
