"""The KPI dashboard: a team leader's team view with charts and CSV; a representative sees
only their own figures and cannot open the team view."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt

from agentdesk.ui.review.dashboard import KpiDashboard


def make(qtbot, env, who):
    board = KpiDashboard(env.data.kpi, env.services.tasks, who)
    qtbot.addWidget(board)
    board.show()
    with qtbot.waitSignal(board.loaded):
        board.start()
    return board


def test_team_view_table_charts_and_csv(qtbot, qtmodeltester, shared_env, tmp_path):
    env = shared_env
    board = make(qtbot, env, env.leader)
    qtmodeltester.check(board.model)
    qtmodeltester.check(board.proxy)
    assert board.proxy.index(0, 0).data() == "Team" and board.proxy.index(1, 0).data() == "Rita Rep"
    assert board.proxy.index(0, 1).data() == "4"  # handled contacts
    assert board.board.handle.count == 4 and sum(board.histogram.counts) == 4
    assert board.histogram.labels[0] == "0:00"  # bands labelled by their start, as a clock time
    assert [p for p, _ in board.trend.points] and board.trend.points[-1][1] > 0
    assert board.upset.index(0, 0).data() == "Waited too long"
    assert "p95" in board.summary.text()
    # Narrow to one representative with the keyboard.
    board.scope.setFocus()
    with qtbot.waitSignal(board.loaded, check_params_cb=lambda b: b.agent_id is not None):
        qtbot.keyClick(board.scope, Qt.Key.Key_Down)
    assert board.board.team is None and board.proxy.rowCount() == 1
    # Back to the team, sorted by AHT with a click on its header, then exported.
    with qtbot.waitSignal(board.loaded):
        qtbot.keyClick(board.scope, Qt.Key.Key_Up)
    header = board.view.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(2) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorSection() == 2
    path = tmp_path / "kpi.csv"
    board.export_to(path)
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert rows[0][:3] == ["Representative", "Handled", "AHT"]
    assert {r[0] for r in rows[1:]} == {"Team", "Rita Rep"}
    assert str(path) in board.summary.text()


def test_a_representative_cannot_open_the_team_view(qtbot, shared_env):
    env = shared_env
    board = make(qtbot, env, env.rep)
    assert board.scope.count() == 1 and board.scope.currentData() == str(env.rep.account_id)
    assert board.board.team is None and board.proxy.rowCount() == 1
    assert board.proxy.index(0, 0).data() == "Rita Rep"
    board.load_scope(None)  # asking for the team anyway: the service refuses
    assert "Only a team leader can see the team's figures" in board.error.text()
    assert board.board.agent_id == str(env.rep.account_id)  # the figures shown stay their own


def test_a_warm_transfer_and_a_message_show_on_screen_and_in_the_csv(qtbot, env, tmp_path):
    """Four calls from the fixture (one generated as "transferred", never scored) and one real
    call with a completed warm transfer and a saved message, wrapped up as "resolved"."""
    from types import SimpleNamespace

    from tests.integration.review.data import run_call
    from tests.integration.review.test_kpi_transfers import warm_transfer_and_message

    calls = SimpleNamespace(calls=env.data.interactions, review=env.data.review)
    run_call(calls, env.rep, during=warm_transfer_and_message)
    board = make(qtbot, env, env.leader)
    path = tmp_path / "kpi.csv"
    board.export_to(path)
    header, *rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    shown = {
        board.proxy.index(r, 0).data(): {
            header[c]: board.proxy.index(r, c).data() for c in range(len(header))
        }
        for r in range(board.proxy.rowCount())
    }
    for who in ("Team", "Rita Rep"):
        figures = shown[who]
        assert figures["Handled"] == "5"
        assert figures["Transfers"] == "40%"  # the generated one and the real one
        assert figures["Warm"] == "100%"  # the only transfer whose kind is known was warm
        assert figures["Messages"] == "1"
        assert dict(zip(header, next(r for r in rows if r[0] == who), strict=True)) == figures
