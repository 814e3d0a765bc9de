"""No Alt+letter is claimed twice on screen, in English, Italian and Indonesian.

Found on a real display: mid-transfer, Alt+I on "No, I cannot help: f&ind a colleague" moved
the focus to the queue dock's "What &if" box instead (Qt cycles between the widgets that share
a mnemonic and presses none), and the queue dock's "&Live" took Alt+L from the idle page's
"F&low:" and from "Back on the &line" on hold. Every translation picks its own letters, so the
check runs in each language: at rest and at every step of a call, with the hold and transfer
panels' pages turned, the mnemonics of the visible widgets (docks included), the menu bar's and
the step's own Alt keys are all different.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from agentdesk.paths import resources_dir
from agentdesk.services.identity import Role
from agentdesk.ui.app import build_workstation
from agentdesk.ui.procedures.hold_panel import HoldPanel
from agentdesk.ui.procedures.transfer_panel import TransferPanel
from agentdesk.ui.translation import Translators
from tests.helpers.app import make_services, open_data

MNEMONIC = re.compile(r"&([^&\s])")
STEPS = (
    "name", "notes", "need", "hold", "need", "transfer", "need", "message", "need",
    "callback", "need", "complaint", "need", "data_request", "need", "verify", "need",
    "resolve", "closing", "wrap_up",
)  # fmt: skip
DIRECTORY_CSV = """kind,name,department,number,extension,topics,availability
department,Billing team,,020 7946 0100,,refunds; meter readings,Mon-Fri 8-18
"""


@pytest.fixture(params=["en", "it", "id"])
def language(request, qapp):
    translators = Translators(resources_dir() / "i18n")
    default = QLocale()
    translators.use(request.param)
    yield request.param
    translators.use("en")
    QLocale.setDefault(default)


@pytest.fixture
def window(qtbot, data_paths, language):
    """The representative's window (``window.leader`` logs the team leader in)."""
    services = make_services(data_paths)
    services.settings.save(
        replace(services.settings.current(), organisation="Energia Nord", department="Clienti")
    )
    services.playbook.use_language(language)
    data = open_data(services)
    data.flows.use_language(language)
    leader = services.accounts.create_first_team_leader("lead", "Lea Leader", "leader-pass")
    data.directory.import_csv(leader, DIRECTORY_CSV)
    services.accounts.add_user(
        leader, "rep", "Rita Rep", "rep-password", Role.REPRESENTATIVE, language
    )
    rep = services.accounts.login("rep", "rep-password")
    win = build_workstation(services, rep, data).window
    win.leader = leader  # for the menu test: a leader's menus hold more
    win.services, win.data = services, data
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    services.tasks.shutdown()
    services.db.dispose()


def _letter(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).upper() if match else None


def claims(window) -> dict[str, list[str]]:
    """Alt+letter -> who claims it: visible widgets of the main window, its menu bar, and the
    call step's own transitions."""
    found: dict[str, list[str]] = {}

    def add(letter: str | None, who: str) -> None:
        if letter:
            found.setdefault(letter, []).append(who)

    for action in window.menuBar().actions():
        add(_letter(action.text()), f"menu {action.text()!r}")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            add(_letter(widget.text()), repr(widget.text()))
        elif isinstance(widget, QGroupBox):
            add(_letter(widget.title()), repr(widget.title()))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(_letter(widget.tabText(i)), repr(widget.tabText(i)))
    engine = window.centralWidget().engine
    if engine is not None:
        for option in engine.options():
            keys = option.transition.shortcut
            if keys.startswith("Alt+"):
                add(keys[4:].upper(), f"step key {keys} ({option.transition.label!r})")
    return found


def shared(window) -> dict[str, list[str]]:
    return {key: who for key, who in claims(window).items() if len(who) > 1}


def walk(qtbot, window):
    """(state, shared Alt keys) at rest, at every step, and on each procedure page."""
    workspace = window.centralWidget()
    yield "idle", shared(window)
    workspace.new_call("+39 06 1234 5678")
    qtbot.waitUntil(lambda: workspace.engine is not None)
    engine = workspace.engine
    for target in STEPS:
        option = next(o for o in engine.options() if o.transition.to == target)
        engine.take(option.index, override=True)
        workspace.view.refresh()
        yield target, shared(window)
        step_panel = workspace.view.step_panel  # none at the wrap-up
        panel = step_panel.procedure if step_panel is not None else None
        if isinstance(panel, HoldPanel):
            panel.reason.setText("check the meter")
            panel.ask_button.click()
            yield "hold: asked", shared(window)
            panel.agree_button.click()
            yield "hold: on hold", shared(window)
            panel.return_button.click()
            yield "hold: back", shared(window)
        elif isinstance(panel, TransferPanel):
            panel.cannot_help.click()
            yield "transfer: pick a colleague", shared(window)
            panel.search.setText("refund")
            qtbot.waitUntil(lambda p=panel: p.results.count() == 1)
            panel.results.setCurrentRow(0)
            panel.start_button.click()
            yield "transfer: announce", shared(window)


def test_no_alt_key_is_claimed_twice_in_any_state(qtbot, window, language):
    bad = [f"{state}: {keys}" for state, keys in walk(qtbot, window) if keys]
    assert not bad, f"[{language}]\n" + "\n".join(bad)


def test_no_menu_item_shares_its_letter_with_another_in_the_same_menu(qtbot, window, language):
    """File ▸ "&Lock" and "&Language…" both took L: typing L in the open menu only moved the
    highlight between them. Checked for a team leader, whose menus hold the most items."""
    leader_window = build_workstation(window.services, window.leader, window.data).window
    qtbot.addWidget(leader_window)
    bad = []
    for top in leader_window.menuBar().actions():
        seen: dict[str, list[str]] = {}
        for action in top.menu().actions():
            letter = _letter(action.text()) if action.isVisible() else None
            if letter:
                seen.setdefault(letter, []).append(action.text())
        bad += [f"{top.text()}: {texts}" for texts in seen.values() if len(texts) > 1]
    assert not bad, f"[{language}] " + "; ".join(bad)


def test_the_drafts_notice_claims_no_alt_key_twice_in_any_state(qtbot, window, language):
    """The notice of work kept from the last session, at rest and as a call goes (it steps
    aside during a call, whose steps use most letters): no Alt key is claimed twice."""
    from datetime import UTC, datetime

    from agentdesk.services.drafts import PendingDraft

    now = datetime.now(UTC)
    kept = [
        PendingDraft("1", "note", "c1", "c1", {"text": "…"}, now),
        PendingDraft("2", "message", "current", None, {}, now),
    ]
    notice = window.centralWidget().drafts_notice
    assert notice.offer(kept, lambda _customer: None, lambda: None)
    bad = [f"{state}: {keys}" for state, keys in walk(qtbot, window) if keys]
    assert not notice.isVisible()  # the wrap-up: still a call
    assert not bad, f"[{language}]\n" + "\n".join(bad)
