"""The real main window on a temporary data folder (fixtures shared with tests/ui/call), a
directory to transfer to, and a helper that takes a call to the reason step by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from agentdesk.review import bundled_rules_dir
from agentdesk.review.adherence import evaluate
from agentdesk.review.rules import load_rules
from tests.ui.call import conftest as call_fixtures

# The same fixtures as the call workspace tests: real services, a fake clock, the keyboard.
env = call_fixtures.env
window = call_fixtures.window
kb = call_fixtures.kb

Key = Qt.Key
DIRECTORY_CSV = """kind,name,department,number,extension,topics,availability
department,Billing team,,020 7946 0100,,refunds; meter readings,Mon-Fri 8-18
person,Priya Shah,Billing,,214,disputes,Mornings
"""


@pytest.fixture
def directory(env):
    report, _ = env.data.directory.import_csv(env.leader, DIRECTORY_CSV)
    assert report.problems == ()
    return {i.name: i for i in env.data.directory.entries()}


def answer_to_need(qtbot, window, kb, number: str | None = None) -> str:
    """Start a call (Ctrl+N, or a call pop with ``number``), greet, take Ms. Okafor's name,
    notes permission, and type the reason; returns the interaction id."""
    ws = window.centralWidget()
    with qtbot.waitSignal(ws.call_started, timeout=3000) as started:
        if number is None:
            kb.ctrl(Key.Key_N)
        else:
            ws.new_call(number)
    greet_and_take_name(kb)
    kb.press(Key.Key_Space)  # notes: yes
    kb.ctrl(Key.Key_Return)
    assert ws.view.step_panel.step.id == "need"
    kb.type("Meter reading looks wrong")
    return started.args[0]


def greet_and_take_name(kb) -> None:
    """Greeting ticked, Ms. Ngozi Okafor's name taken: the notes permission on screen."""
    for i in range(3):
        kb.press(Key.Key_Space)
        if i < 2:
            kb.tab()
    kb.ctrl(Key.Key_Return)
    kb.type("Ngozi")
    kb.tab()
    kb.type("Okafor")
    kb.tab()
    kb.press(Key.Key_Down)  # Ms.
    kb.tab()
    kb.press(Key.Key_Space)  # spelling confirmed
    kb.ctrl(Key.Key_Return)


def adherence(events) -> dict[str, str]:
    """Each bundled rule's status on these events."""
    result = evaluate(load_rules(bundled_rules_dir()), events)
    return {item.rule_id: str(item.status) for item in result.items}


def mnemonic(qtbot, kb, key, button) -> None:
    """Alt+letter on a button: Qt presses it (animateClick) and clicks it a moment later."""
    kb.alt(key)
    assert button.isDown(), f"Alt+{key} did not reach {button.objectName()}"
    qtbot.waitUntil(lambda: not isValid(button) or not button.isDown(), timeout=1000)
