"""The main window opens within a 1366×768 laptop's screen and can shrink to it in a call;
a geometry saved on a bigger screen is brought back inside."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from agentdesk.ui.common.screen_fit import FRAME
from tests.ui.common.test_screen_fit import LAPTOP


def test_main_window_fits_a_laptop_in_a_call(qtbot, window):
    window.call_workspace.new_call("+44 1632 960123")
    qtbot.waitUntil(lambda: window.call_workspace.engine is not None)
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP.width() - FRAME.width()
    assert hint.height() <= LAPTOP.height() - FRAME.height()


def test_first_start_and_a_saved_geometry_fit_the_screen(qtbot, window, tmp_path):
    """The test screen (800×800) is narrower than the window's minimum (811 px): then the
    window is at its minimum width, never wider."""
    area = window.screen().availableGeometry()
    floor = window.minimumSizeHint()
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    window.restore_layout(settings)  # nothing saved: the default size, within the screen
    assert window.width() <= max(area.width() - FRAME.width(), floor.width())
    assert window.height() <= max(area.height() - FRAME.height(), floor.height())
    window.setGeometry(area.right() - 100, area.bottom() - 100, 2400, 1500)
    window.save_layout(settings)  # as saved on a bigger monitor
    window.restore_layout(settings)
    assert window.width() <= max(area.width(), floor.width())
    assert window.height() <= max(area.height(), floor.height())
    assert area.contains(window.geometry().topLeft())
