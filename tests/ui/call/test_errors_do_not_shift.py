"""An inline problem that goes away leaves its room: the causes of upset below stay put, so
a click aimed at one never lands on its neighbour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.call.test_blocked_and_override import to_name_step

Key = Qt.Key


def test_answering_a_required_field_does_not_move_the_list_below(qtbot, window, env, kb):
    ws = window.centralWidget()
    to_name_step(qtbot, ws, kb)
    kb.ctrl(Key.Key_E)
    form = ws.view.wrap_up
    editors = form.panel.editors
    kb.ctrl(Key.Key_Return)  # nothing filled: problems next to the required fields
    assert editors["first_contact_resolution"].problem.isVisible()
    causes = editors["upset_causes"]

    def where() -> QPoint:
        for _ in range(3):  # nested layouts: each level asks the next one up
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return causes.mapTo(form.panel, QPoint(0, 0))

    before = where()
    editors["first_contact_resolution"].focus_target().setFocus()
    kb.press(Key.Key_Space)  # answered: its problem goes
    qtbot.waitUntil(lambda: not editors["first_contact_resolution"].problem.isVisible())
    assert editors["first_contact_resolution"].problem.text() == ""
    assert where() == before
