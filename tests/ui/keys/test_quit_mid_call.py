"""Ctrl+Q or the window's close button mid-call asks first and says the call is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

Key = Qt.Key


def test_idle_quits_at_once(qtbot, window, kb):
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        kb.ctrl(Key.Key_Q)
    assert window.quit_question is None


def test_quit_mid_call_asks_and_stay_is_the_default(qtbot, window, kb):
    with qtbot.waitSignal(window.centralWidget().call_started, timeout=3000):
        kb.ctrl(Key.Key_N)
    with qtbot.assertNotEmitted(window.quit_requested):
        kb.ctrl(Key.Key_Q)
        box = window.quit_question
        qtbot.waitUntil(box.isVisible)
        assert "call is in progress" in box.text()
        assert "resume" in box.informativeText()
        assert box.defaultButton().text() == "&Stay"
        qtbot.keyClick(box, Key.Key_Return)
        qtbot.waitUntil(lambda: not box.isVisible())
    with qtbot.assertNotEmitted(window.quit_requested):
        window.close()  # the title bar's close button asks the same
        assert window.isVisible() and window.quit_question.isVisible()
        window.quit_question.reject()
    kb.ctrl(Key.Key_E)
    kb.ctrl(Key.Key_Q)
    box = window.quit_question
    qtbot.waitUntil(box.isVisible)
    assert "wrap-up is not saved" in box.text()
    quit_button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        quit_button.click()
