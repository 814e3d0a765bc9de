"""The main window opens within a 1366×768 laptop's screen and can shrink to it in a call;
a geometry saved on a bigger screen is brought back inside."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from agentdesk.ui.common.screen_fit import FRAME
from tests.ui.common.test_screen_fit import LAPTOP


def test_main_window_fits_a_laptop_in_a_call(qtbot, window):
    window.centralWidget().new_call("+44 1632 960123")
    qtbot.waitUntil(lambda: window.centralWidget().engine is not None)
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


def test_default_dock_sizes_give_the_card_history_and_queue_room(qtbot, window):
    """At 1600×1000 (window 1584×930 inside the panels): history five lines or more, the
    queue's Now tab without a scroll bar; at 1366×768 the history still shows five lines."""
    from agentdesk.ui.dock_layout import apply_default_sizes

    history = window.docks["notes"].widget().card_view.history
    five = history.fontMetrics().lineSpacing() * 5
    now_tab = window.docks["queue"].widget().tabs.widget(0)
    for size, queue_fits in (((1584, 930), True), ((1350, 700), False)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.size().width() == s[0])
        apply_default_sizes(window, window.docks)
        qtbot.waitUntil(lambda: history.height() >= five)
        if queue_fits:
            qtbot.waitUntil(lambda: now_tab.verticalScrollBar().maximum() == 0)
        assert window.docks["notes"].width() >= 340


def test_default_dock_sizes_leave_the_playbook_entry_readable(qtbot, window):
    """Seen on a 1366×768 laptop: the playbook's entry pane was about 60 px high (three lines)
    under a six-row list. Now the entry gets ten lines or more on the laptop and six on the
    desktop (where the queue keeps its Now tab whole), and the list still shows three rows."""
    from agentdesk.ui.dock_layout import apply_default_sizes

    browser = window.docks["playbook"].widget().browser
    browser.show_entry("recovery-process")
    line = browser.view.fontMetrics().lineSpacing()
    row = browser.results.sizeHintForRow(0)
    for size, lines in (((1350, 700), 10), ((1584, 930), 6)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.size().width() == s[0])
        apply_default_sizes(window, window.docks)
        qtbot.waitUntil(lambda n=lines: browser.view.height() >= n * line)
        assert browser.results.viewport().height() >= 3 * row


def test_main_window_fits_a_laptop_with_a_customer_card_open(qtbot, env):
    """Seen on a real 1366×768 display: a team leader opening a customer's card made the
    window taller than the screen (the note, article and reply boxes each kept Qt's 70 px
    floor under the card, its history and the export and erase buttons)."""
    from agentdesk.services.customer_types import CustomerDraft
    from tests.ui.call.conftest import window_for

    window = window_for(qtbot, env, env.leader)
    notes = window.docks["notes"].widget()
    cid, _ = env.data.customers.create_customer(env.leader, CustomerDraft(surname="Rossi"))
    notes.open_customer(cid)
    qtbot.waitUntil(lambda: notes.card is not None)
    assert window.minimumSizeHint().height() <= LAPTOP.height() - FRAME.height()
    window.centralWidget().new_call("+44 1632 960123")
    qtbot.waitUntil(lambda: window.centralWidget().engine is not None)
    assert window.minimumSizeHint().height() <= LAPTOP.height() - FRAME.height()
