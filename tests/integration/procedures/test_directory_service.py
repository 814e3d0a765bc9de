"""The transfer directory: team leaders only, search by name or topic, CSV with bad rows by line."""

from __future__ import annotations

import pytest

from agentdesk.changes import Changes
from agentdesk.errors import PermissionDeniedError, ValidationError
from agentdesk.services.directory import DirectoryDraft

CSV = """\ufeffkind,name,department,number,extension,topics,availability
department,Billing team,,020 7946 0100,,refunds; meter readings | tariffs,Mon-Fri 8-18
person,Priya Shah,Billing,,214,disputes,Mornings
person,,Billing,,215,,
person,Tom Ode,Sales,12,,,
"person","Zoë Ångström","Métier
Support",+39 06 6982 1234,,"solar, panels",

person,Ana Ruiz,Sales,,9,a,b,c
department,Billing team,,020 7946 0199,,refunds,Mon-Sat
"""


def test_only_team_leaders_change_it(env) -> None:
    draft = DirectoryDraft(name="Billing", number="020 7946 0100", topics=("refunds",))
    with pytest.raises(PermissionDeniedError):
        env.directory.save_entry(env.rep, draft)
    with pytest.raises(PermissionDeniedError):
        env.directory.import_csv(env.rep, CSV)
    entry_id, changes = env.directory.save_entry(env.leader, draft)
    assert changes == Changes.DIRECTORY
    with pytest.raises(PermissionDeniedError):
        env.directory.remove_entry(env.rep, entry_id)
    with pytest.raises(ValidationError, match="not a phone number"):
        env.directory.save_entry(env.leader, DirectoryDraft(name="X", number="12"))
    with pytest.raises(ValidationError, match="number or an extension"):
        env.directory.save_entry(env.leader, DirectoryDraft(name="X"))
    [item] = env.directory.entries()
    assert item.number == "020 7946 0100" and item.topics == ("refunds",)
    env.directory.remove_entry(env.leader, entry_id)
    assert env.directory.entries() == []


def test_csv_import_keeps_good_rows_and_reports_bad_ones_by_line(env) -> None:
    report, changes = env.directory.import_csv(env.leader, CSV)
    assert changes == Changes.DIRECTORY
    assert (report.added, report.updated) == (3, 1)  # Billing team appears twice
    assert [(p.line, p.message) for p in report.problems] == [
        (4, "Directory: name is missing."),
        (5, "Directory: number '12' is not a phone number."),
        (9, "8 values but the header names 7 columns; quote values that contain the delimiter."),
    ]
    assert [p.code for p in report.problems] == [
        "directory.name_missing",
        "directory.number_invalid",
        "csv.too_many_values",
    ]
    items = {i.name: i for i in env.directory.entries()}
    assert set(items) == {"Billing team", "Priya Shah", "Zoë Ångström"}
    billing = items["Billing team"]
    assert billing.number == "020 7946 0199" and billing.availability == "Mon-Sat"
    assert items["Zoë Ångström"].department == "Métier\nSupport"
    assert items["Zoë Ångström"].number == "+39 06 6982 1234"
    assert items["Priya Shah"].label == "Priya Shah (Billing)"
    # Search by name or topic, ignoring case and accents.
    assert [i.name for i in env.directory.search("REFUND")] == ["Billing team"]
    assert env.directory.search("meter") == []  # the later row replaced the topics
    assert [i.name for i in env.directory.search("solar")] == ["Zoë Ångström"]
    assert [i.name for i in env.directory.search("zoe")] == ["Zoë Ångström"]
    assert [i.name for i in env.directory.search("billing disputes")] == ["Priya Shah"]
    assert len(env.directory.search("")) == 3


def test_csv_without_a_header_or_empty_is_refused_clearly(env) -> None:
    report, changes = env.directory.import_csv(env.leader, "Billing,020 7946 0100\n")
    assert changes == Changes.NONE and report.added == 0
    assert [str(p) for p in report.problems] == [
        "1: The first line must name the columns, with 'name'."
    ]
    report, _ = env.directory.import_csv(env.leader, "")
    assert [(p.line, p.code) for p in report.problems] == [(1, "import.empty")]
