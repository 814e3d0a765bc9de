"""Every main screen and dialog in Italian and Indonesian at 1366×768: no text is cut off.

Italian runs about a third longer than English and Indonesian longer still in places; a label,
button, check box, tab or combo box whose text does not fit is a failure (word-wrapped labels
grow instead, and ElidedLabel elides on purpose with the whole text in its tooltip). The
window is walked through a whole call (every step of the inbound flow and the hold, transfer
and message panels) and every dialog the menus open.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError

from agentdesk.paths import resources_dir
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.translation import Translators
from tests.helpers.app import make_services, open_data
from tests.helpers.clipping import clipped_texts

LAPTOP = (1366, 768)
# Every window the menus open without a modal loop (About is QMessageBox.about: modal).
DIALOG_ACTIONS = (
    "settings", "language", "display_names", "difficult_moment", "assertiveness", "forecast",
    "review_queue", "kpi_dashboard", "my_feedback", "followups", "message_inbox", "directory",
    "kb_new_article", "kb_feedback", "shortcuts",
)  # fmt: skip
STEPS = (
    "name", "notes", "need", "hold", "need", "transfer", "need", "message", "need",
    "callback", "need", "complaint", "need", "data_request", "need", "verify", "need",
    "resolve", "closing", "wrap_up",
)  # fmt: skip


@pytest.fixture(params=["it", "id"])
def language(request, qapp):
    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    translators.use(request.param)
    yield request.param
    translators.use("en")
    QLocale.setDefault(default)


@pytest.fixture
def window(qtbot, data_paths, language):
    services = make_services(data_paths)
    services.settings.save(
        replace(services.settings.current(), organisation="Energia Nord", department="Clienti")
    )
    services.playbook.use_language(language)
    data = open_data(services)
    data.flows.use_language(language)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    services.accounts.add_user(
        leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE, language
    )
    win = build_workstation(services, leader, data).window
    qtbot.addWidget(win)
    win.resize(*LAPTOP)
    win.show()
    qtbot.waitUntil(lambda: win.width() == LAPTOP[0])
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and shiboken6.isValid(widget) and widget.isVisible():
            widget.hide()
    services.tasks.shutdown()
    services.db.dispose()


def assert_fits(qtbot, widget: QWidget, where: str) -> None:
    """Nothing clipped once the layout has settled (waited for, never slept), and nothing
    that pushes the window past the laptop's screen (where the text would be off screen)."""
    hint = widget.minimumSizeHint()
    assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], (
        f"{where}: needs {hint.width()}×{hint.height()}, more than {LAPTOP}"
    )
    with contextlib.suppress(TimeoutError):  # the assertion below names what is cut off
        qtbot.waitUntil(lambda: not clipped_texts(widget), timeout=1500)
    clipped = clipped_texts(widget)
    assert not clipped, f"{where}: text cut off at {LAPTOP}:\n  " + "\n  ".join(clipped)


def test_the_window_and_a_whole_call_fit_a_laptop(qtbot, window, language):
    assert window.menuBar().sizeHint().width() <= LAPTOP[0]
    assert_fits(qtbot, window, "idle window")
    workspace = window.centralWidget()
    workspace.new_call("+39 06 1234 5678")
    qtbot.waitUntil(lambda: workspace.engine is not None)
    engine = workspace.engine
    assert engine.flow.title != "Inbound call"  # the flow speaks the language too
    for target in STEPS:
        option = next(o for o in engine.options() if o.transition.to == target)
        engine.take(option.index, override=True)
        workspace.view.refresh()
        assert_fits(qtbot, window, f"step '{target}'")


def test_every_dialog_the_menus_open_fits_a_laptop(qtbot, window, language):
    main = window
    for action_id in DIALOG_ACTIONS:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        main.actions_by_id[action_id].trigger()
        qtbot.waitUntil(
            lambda b=before: any(
                w.isVisible() and id(w) not in b for w in QApplication.topLevelWidgets()
            ),
            timeout=3000,
        )
        opened = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before
        ]
        for dialog in opened:
            if not shiboken6.isValid(dialog):
                continue  # closed along with another one
            if dialog.width() > LAPTOP[0] or dialog.height() > LAPTOP[1]:
                dialog.resize(min(dialog.width(), LAPTOP[0]), min(dialog.height(), LAPTOP[1]))
            assert dialog.minimumSizeHint().width() <= LAPTOP[0], action_id
            assert_fits(qtbot, dialog, f"{action_id} ({dialog.windowTitle()})")
            dialog.hide()
