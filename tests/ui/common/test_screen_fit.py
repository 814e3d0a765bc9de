"""Windows open within the screen, and a geometry saved on a bigger screen is brought back
inside it; the main window can shrink to a 1366×768 laptop's usable area."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow, QWidget

from agentdesk.ui.common.screen_fit import FRAME, inside, keep_on_screen, open_fitted

LAPTOP = QRect(0, 0, 1366, 768 - 32)  # a panel takes the bottom 32 px


def fits(window: QWidget, area: QRect) -> bool:
    outer = QRect(window.pos(), window.size() + FRAME)
    return area.contains(outer)


def test_inside_shrinks_then_moves():
    assert inside(QRect(1200, 700, 400, 300), LAPTOP) == QRect(966, 436, 400, 300)
    assert inside(QRect(-50, 0, 2000, 900), LAPTOP) == LAPTOP


def test_open_fitted_on_a_laptop_and_on_a_big_screen(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    open_fitted(window, QSize(1280, 800), LAPTOP)
    assert fits(window, LAPTOP) and window.width() == 1280
    big = QRect(0, 0, 1600, 1000)
    open_fitted(window, QSize(1280, 800), big)
    assert window.size() == QSize(1280, 800) and fits(window, big)


def test_a_geometry_saved_on_a_bigger_screen_comes_back_inside(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(1700, 900, 1800, 1100)  # as restored from a 4K screen
    assert keep_on_screen(window, LAPTOP)
    assert fits(window, LAPTOP)
    assert not keep_on_screen(window, LAPTOP)  # nothing more to do
