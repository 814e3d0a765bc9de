"""The hold step at 1366×768 leaves no button alone beside an empty cell.

Seen on a laptop: the caller's answers sat in a two-by-two grid, so without the call-back
offer "Agreed — put on hold" stood alone on its row; and the step's three ways on left "Back
to the reason" alone under the other two. Each row of buttons now fills its width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from agentdesk.ui.procedures.hold_panel import HoldPanel
from tests.ui.procedures.conftest import answer_to_need, mnemonic

Key = Qt.Key
SLACK = 12  # layout margins and spacing


def rows(buttons: list[QWidget], within: QWidget) -> list[tuple[int, int]]:
    """(left, right) of each row of the visible buttons, in ``within``'s coordinates."""
    found: dict[int, list[tuple[int, int]]] = {}
    for b in buttons:
        if b.isVisible():
            top_left = b.mapTo(within, b.rect().topLeft())
            found.setdefault(top_left.y(), []).append((top_left.x(), top_left.x() + b.width()))
    return [(min(x for x, _ in row), max(r for _, r in row)) for _, row in sorted(found.items())]


def assert_rows_filled(buttons: list[QWidget], within: QWidget) -> None:
    spans = rows(buttons, within)
    assert spans, "no buttons shown"
    for left, right in spans:
        assert left <= SLACK and right >= within.width() - SLACK, (spans, within.width())


def test_every_row_of_the_hold_step_is_filled(qtbot, window, env, kb) -> None:
    window.resize(1366, 768)
    ws = window.centralWidget()
    answer_to_need(qtbot, window, kb)
    kb.alt(Key.Key_O)  # the hold step
    panel = ws.view.step_panel.procedure
    assert isinstance(panel, HoldPanel)
    bar = ws.view.bar
    assert len(bar.buttons) == 3  # back from hold, offer a call-back, back to the reason
    qtbot.waitUntil(lambda: all(b.width() > 0 for b in bar.buttons))
    assert_rows_filled(bar.buttons, bar)

    kb.type("check the meter")
    mnemonic(qtbot, kb, Key.Key_A, panel.ask_button)  # two minutes: no offer needed
    answers = [panel.agree_button, panel.callback_button, panel.decline_button]
    qtbot.waitUntil(panel.answers.isVisible)
    assert not panel.offer_button.isVisible()
    assert len(rows(answers, panel.answers)) == 1  # the caller's answers share one row
    assert_rows_filled(answers, panel.answers)

    panel.estimate.set_seconds(600)  # past the limit: offer a call-back first
    mnemonic(qtbot, kb, Key.Key_A, panel.ask_button)
    qtbot.waitUntil(panel.offer_button.isVisible)
    assert_rows_filled(answers, panel.answers)
    offer = panel.offer_button.mapTo(panel, panel.offer_button.rect().topLeft())
    ask = panel.ask_button.mapTo(panel, panel.ask_button.rect().topLeft())
    assert offer.y() == ask.y() and offer.x() > ask.x()  # said after asking, on its row
