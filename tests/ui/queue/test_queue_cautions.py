"""The queue panel plans safely by default and says when a plan or what-if is unsafe (#19)."""

from __future__ import annotations

from agentdesk.callqueue.settings import QueueSettings
from agentdesk.callqueue.sources import NoSource


def test_default_caps_staff_safely_and_an_unsafe_what_if_is_flagged(qtbot, make_dock):
    dock = make_dock(NoSource(), settings=QueueSettings())
    e = dock.estimate
    # 120 calls at 10:30: 14 agents would leave 6.1% of callers hanging up, above the 5% cap.
    qtbot.waitUntil(lambda: e.needed.text() == "15")
    assert e.caution_label.text() == ""
    e.what_if.setValue(11)
    qtbot.waitUntil(lambda: "Occupancy" in e.caution_label.text())
    text = e.caution_label.text()
    assert "above 90%" in text and "of callers would hang up before an answer, above 5%" in text
    assert e.prediction.occupancy > 0.9 and e.prediction.abandon_rate > 0.05


def test_asa_is_over_answered_calls_and_the_mean_wait_of_all_callers_is_separate(qtbot, make_dock):
    dock = make_dock(NoSource(), settings=QueueSettings())
    e = dock.estimate
    qtbot.waitUntil(lambda: e.needed.text() == "15")
    e.what_if.setValue(11)
    qtbot.waitUntil(lambda: e.agents == 11)
    p = e.prediction
    assert p.mean_wait_s > p.asa_s > 0
    assert e.asa.accessibleName() == "ASA (answered calls)"
    assert e.mean_wait.accessibleName() == "Mean wait, all callers"
    assert e.asa.text() != e.mean_wait.text()


def test_high_shrinkage_is_flagged(qtbot, make_dock):
    dock = make_dock(NoSource(), settings=QueueSettings(shrinkage_percent=60))
    e = dock.estimate
    qtbot.waitUntil(lambda: "Shrinkage 60.0% is above 50%" in e.caution_label.text())


def test_a_share_just_below_100_is_not_shown_as_100(qtbot, make_dock):
    from agentdesk.ui.queue.words import percent_text

    assert percent_text(0.9999) == "99.99%"
    assert percent_text(0.995) == "99.5%"
    assert percent_text(1.0) == "100%"
