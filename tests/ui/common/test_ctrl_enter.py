"""Ctrl+Enter submits a multi-line editor; plain Enter stays a new line."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from agentdesk.ui.common.ctrl_enter import CtrlEnter


def test_ctrl_enter_submits_and_plain_enter_breaks_the_line(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    sent = []
    CtrlEnter(editor, lambda: sent.append(editor.toPlainText()))
    gc.collect()  # the filter lives as long as the editor, with no reference kept
    editor.show()
    qtbot.keyClicks(editor, "first")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert sent == ["first\nsecond", "first\nsecond"]  # no line break added by Ctrl+Enter
