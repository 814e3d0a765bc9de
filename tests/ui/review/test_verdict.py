"""The customer's verdict through real widgets (#19, O1): a team leader imports a survey CSV
and reads the spreads on the KPI dashboard, enters an answer on a call under review; a
representative sees only their own figures and cannot import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from agentdesk.models.interaction import Interaction
from agentdesk.ui.review.dashboard import KpiDashboard
from agentdesk.ui.review.queue_window import ReviewQueueWindow


def calls(env) -> list[str]:
    with env.services.db.read() as s:
        return [str(i) for i in s.scalars(select(Interaction.id).order_by(Interaction.started_at))]


def dashboard(qtbot, env, who) -> KpiDashboard:
    board = KpiDashboard(env.data.kpi, env.services.tasks, who, surveys=env.data.surveys)
    qtbot.addWidget(board)
    board.show()
    with qtbot.waitSignal(board.verdicts.loaded):
        board.start()
    return board


def test_a_team_leader_imports_survey_results_and_reads_the_spreads(
    qtbot, qtmodeltester, env, tmp_path
):
    ids = calls(env)
    path = tmp_path / "survey-export.csv"
    path.write_text(
        "interaction_id,csat,ces,nps,comment\n"
        f"{ids[0]},5,6,10,Sorted in one call\n"
        f"{ids[1]},2,,3,\n"
        f"{ids[2]},4,,9,\n"
        f"{ids[3]},7,,,\n"  # CSAT 7 is off the scale
        "not-an-id,3,,,\n",
        encoding="utf-8",
    )
    board = dashboard(qtbot, env, env.leader)
    panel = board.verdicts
    assert panel.import_button.isVisible()
    assert panel.model.rowCount() == 1 and panel.model.index(0, 1).data() == "0"
    with qtbot.waitSignal(panel.loaded):  # the import reloads the figures
        panel.import_path(path)
    summary = panel.summary.text()
    assert "7 new, 0 updated, 2 rows not imported" in summary
    assert "survey-export.csv:5: CSAT score: a whole number from 1 to 5" in summary
    assert "survey-export.csv:6: interaction_id: not an interaction id" in summary
    qtmodeltester.check(panel.model)
    team = panel.board.team
    assert dict(team.spread("csat").counts) == {1: 0, 2: 1, 3: 0, 4: 1, 5: 1}
    assert panel.charts["csat"].counts == [0, 1, 0, 1, 1]
    assert panel.charts["nps"].counts[9:] == [1, 1] and len(panel.charts["nps"].counts) == 11
    assert panel.model.index(0, 0).data() == "Whole team"
    assert panel.model.index(0, 2).data() == "67%"  # 2 of 3 satisfied
    assert panel.model.index(0, 6).data() == "+33"  # 2 promoters, 1 detractor of 3
    assert panel.model.index(1, 0).data() == "Rita Rep"


def test_a_representative_sees_only_their_own_verdicts_and_cannot_import(qtbot, env):
    ids = calls(env)
    env.data.surveys.record(env.leader, ids[0], "nps", 6)
    board = dashboard(qtbot, env, env.rep)
    panel = board.verdicts
    assert not panel.import_button.isVisible()
    assert panel.board.team is None
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["Rita Rep"]
    assert panel.model.index(0, 6).data() == "-100"


def test_an_answer_that_came_in_after_the_call_is_entered_in_the_review(qtbot, env):
    queue = ReviewQueueWindow(
        env.data.review,
        env.data.feedback,
        env.services.tasks,
        env.leader,
        surveys=env.data.surveys,
    )
    qtbot.addWidget(queue)
    queue.show()
    with qtbot.waitSignal(queue.queue_loaded):
        queue.start()
    queue.view.setFocus()
    with qtbot.waitSignal(queue.interaction_opened):
        qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    tab = queue.panel.verdict
    assert tab.answers.text() == "No answer from the customer yet."
    queue.panel.tabs.setCurrentWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("nps"))
    assert (tab.score.minimum(), tab.score.maximum()) == (0, 10)
    tab.score.setFocus()
    tab.score.selectAll()
    qtbot.keyClicks(tab.score, "8")
    qtbot.keyClicks(tab.comment, "Happy with the refund")
    with qtbot.waitSignal(tab.recorded):
        qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "NPS 8" in tab.answers.text())
    assert "Happy with the refund" in tab.answers.text() and tab.comment.text() == ""
