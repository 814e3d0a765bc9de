"""The forecast window: its table model (qtmodeltester), typing and CSV import by a team
leader, bad rows listed by line, and a representative who can only read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.services.forecast import ForecastSlotItem
from agentdesk.ui.queue.forecast_editor import ForecastEditor, read_csv_file
from agentdesk.ui.queue.forecast_model import ForecastTableModel
from tests.helpers.app import inline_tasks
from tests.ui.queue.conftest import LEADER, NOW, REP, morning

CSV = "start,calls,aht\n08:00,60,180\n08:30,oops,180\n09:00,80,3m\n09:10,5,180\n"


@pytest.fixture
def editor_for(qtbot, forecast):
    def make(who) -> ForecastEditor:
        editor = ForecastEditor(forecast, QueueSettings(), inline_tasks(), who, NOW.date)
        qtbot.addWidget(editor)
        editor.show()
        editor.start()
        return editor

    return make


def test_the_table_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = ForecastTableModel(30)
    model.set_rows(morning())
    model.editable = True
    qtmodeltester.check(model, force_py=True)
    model.add_row()
    model.remove_row(0)
    qtmodeltester.check(model, force_py=True)


def test_typed_values_are_parsed_and_bad_ones_refused_with_a_reason(qtbot) -> None:
    model = ForecastTableModel(30)
    model.set_rows(morning())
    model.editable = True
    assert [model.index(0, c).data() for c in range(3)] == ["08:00", "60", "3:00"]
    assert model.setData(model.index(0, 1), "75.5")
    assert model.setData(model.index(0, 2), "4:10")
    assert model.setData(model.index(1, 2), "200s")
    assert model.rows()[0] == ForecastSlotItem(480, 75.5, 250.0)
    assert model.rows()[1].aht_s == 200.0
    for column, text, reason in (
        (0, "08:10", "30-minute boundary"),
        (0, "08:30", "already in the day"),
        (1, "many", "Calls:"),
        (2, "soon", "Handle time:"),
    ):
        with qtbot.waitSignal(model.problem, check_params_cb=lambda m, r=reason: r in m):
            assert not model.setData(model.index(0, column), text)
    assert model.setData(model.index(0, 0), "07:30")
    assert model.rows()[0].start_minute == 450  # stored in start order
    model.editable = False
    assert not model.setData(model.index(1, 1), "5")
    assert not model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable


def test_a_team_leader_imports_a_csv_checks_it_and_saves(qtbot, editor_for, forecast) -> None:
    editor = editor_for(LEADER)
    assert editor.model.rowCount() == 8  # today's stored forecast
    editor.import_text(CSV, "monday.csv")
    assert [r.label for r in editor.model.rows()] == ["08:00", "09:00"]
    assert editor.problems.isVisible()
    assert editor.problems.toPlainText().splitlines() == [
        "monday.csv:3: calls: expected a number like 120, got 'oops'.",
        "monday.csv:5: Forecast: 09:10: intervals start every 30 minutes.",
    ]
    editor.table.setFocus()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.model.rows()[-1].start_minute == 570
    with qtbot.waitSignal(editor.saved, check_params_cb=lambda day: day == NOW.date()):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = forecast.days[NOW.date()].slots
    assert [s.label for s in stored] == ["08:00", "09:00", "09:30"]
    assert editor.status.text() == "Saved 3 intervals."


def test_a_representative_reads_but_cannot_change_it(qtbot, editor_for) -> None:
    editor = editor_for(REP)
    assert editor.model.rowCount() == 8
    assert not editor.model.flags(editor.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not any(
        b.isVisible()
        for b in (editor.add_button, editor.remove_button, editor.import_button, editor.save_button)
    )
    assert editor.status.text() == "8 intervals in the forecast."
    editor.save()  # even if it were reached: the service refuses
    assert editor.status.text() == "Only a team leader can change the forecast."


def test_a_csv_file_is_read_off_the_gui_thread_with_problems_for_bad_files(tmp_path) -> None:
    good = tmp_path / "f.csv"
    good.write_text("\ufeffstart,calls\n08:00,10\n", encoding="utf-8")
    assert read_csv_file(good, QueueSettings()).slots == (ForecastSlotItem(480, 10.0, 180.0),)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe")
    assert read_csv_file(bad, QueueSettings()).problems == (
        "bad.csv: cannot be read (UnicodeDecodeError)",
    )
    assert read_csv_file(tmp_path / "none.csv", QueueSettings()).problems == (
        "none.csv: cannot be read (FileNotFoundError)",
    )
