"""A team leader marks a ticked check as not actually done: the score drops at once (#19)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.ui.review.queue_window import ReviewQueueWindow


def test_marking_a_check_not_done_rescores_the_call(qtbot, env):
    services, data = env.services, env.data
    queue = ReviewQueueWindow(data.review, data.feedback, services.tasks, env.leader)
    qtbot.addWidget(queue)
    queue.show()
    with qtbot.waitSignal(queue.queue_loaded):
        queue.start()
    with qtbot.waitSignal(
        queue.interaction_opened, check_params_cb=lambda r: r.item.interaction_id == env.iid
    ):
        queue.open(env.iid)
    panel = queue.panel
    assert "Adherence 75% (9 of 12 items)" in panel.header.text()
    items = [panel.calibration.item(n) for n in range(panel.calibration.count())]
    texts = [i.text() for i in items]
    assert "Not actually done: Caller is satisfied with the solution" in texts
    solution = items[texts.index("Not actually done: Caller is satisfied with the solution")]
    with qtbot.waitSignal(
        queue.interaction_opened, check_params_cb=lambda r: "confirmed_solution" in r.not_done
    ):
        solution.setCheckState(Qt.CheckState.Checked)
    assert "Adherence 67% (8 of 12 items)" in panel.header.text()
    rows = {r.rule_id: r for r in panel.adherence.rows()}
    assert str(rows["solution_confirmed"].status) == "fail"
    # Rules that did not apply say why.
    row = [r.rule_id for r in panel.adherence.rows()].index("transfer_announced")
    assert panel.adherence.index(row, 2).data() == "Not applicable: did not arise in this call"
