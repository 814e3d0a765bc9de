"""After a call, the representative records the customer's verdict on it (#19, O1): Call >
Customer's verdict on the last call."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agentdesk.flows.placeholders import ScriptContext
from agentdesk.ui.review.verdict_dialog import VerdictDialog


def test_the_verdict_on_the_last_call_is_recorded_by_its_representative(qtbot, window, env):
    action = window.actions_by_id["last_call_verdict"]
    assert not action.isEnabled()  # no call finished yet in this session
    start = env.data.interactions.start_call(env.rep, "inbound", ScriptContext("O", "D", "Rita"))
    engine = start.engine
    engine.end_call()
    engine.capture("outcome", "resolved")
    engine.capture("first_contact_resolution", True)
    engine.capture("notes_permission", False)
    engine.save_wrap_up()
    window.centralWidget().call_finished.emit(start.interaction_id)
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(VerdictDialog)
    qtbot.waitUntil(dialog.isVisible)
    tab = dialog.tab
    qtbot.waitUntil(lambda: tab.answers.text() == "No answer from the customer yet.")
    tab.kind.setCurrentIndex(tab.kind.findData("csat"))
    tab.score.setFocus()
    tab.score.selectAll()
    qtbot.keyClicks(tab.score, "4")
    qtbot.keyClicks(tab.comment, "Nice and quick")
    with qtbot.waitSignal(tab.recorded):
        qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    views = env.data.surveys.for_interaction(env.rep, start.interaction_id)
    assert [(v.kind, v.score, v.comment, v.source) for v in views] == [
        ("csat", 4, "Nice and quick", "entered")
    ]
    qtbot.waitUntil(lambda: "CSAT 4" in tab.answers.text())
