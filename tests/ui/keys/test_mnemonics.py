"""No label or button the window builds takes a menu's Alt+letter or an app shortcut.

Alt+F on a button labelled "&find a colleague" opened the File menu mid-transfer. The check
walks every widget of the real main window (docks included) in each state a call goes through,
hold, transfer and message panels open, not only the flow files' keys."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from agentdesk.flows import bundled_flows_dir
from agentdesk.flows.loader import load_flows
from agentdesk.flows.shortcuts import APP_SHORTCUTS
from tests.ui.procedures.conftest import answer_to_need

Key = Qt.Key
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window, skip: QWidget | None = None) -> dict[str, list[str]]:
    """Alt+letter -> the texts that claim it, for every widget in the main window itself
    (but those inside ``skip``)."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.setdefault(f"Alt+{match.group(1).upper()}", []).append(text)

    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue  # dialogs and tool windows have their own Alt keys
        if skip is not None and (widget is skip or skip.isAncestorOf(widget)):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget.tabText(i))
    return found


def clashes(window) -> list[str]:
    reserved = {k for k in APP_SHORTCUTS if k.startswith("Alt+")}
    return [f"{key}: {texts}" for key, texts in mnemonics(window).items() if key in reserved]


def flow_alt_keys() -> set[str]:
    loaded = load_flows(bundled_flows_dir(), known_alphabets=None)
    return {
        t.shortcut
        for flow in loaded.flows.values()
        for step in flow.steps
        for t in step.transitions
        if t.shortcut.startswith("Alt+")
    }


def test_panels_beside_the_call_leave_the_flows_their_alt_keys(qtbot, window):
    """The docks are on screen during every step: their Alt keys would fight the flow's."""
    workspace = window.centralWidget()
    in_docks = {
        key: texts
        for key, texts in mnemonics(window, skip=workspace).items()
        if key in flow_alt_keys()
    }
    assert in_docks == {}


def test_no_label_takes_a_menu_key_in_any_call_state(qtbot, window, env, kb, directory):
    seen = [("idle", clashes(window))]
    answer_to_need(qtbot, window, kb)
    seen.append(("need step", clashes(window)))
    for name, key in (("hold", Key.Key_H), ("transfer", Key.Key_T), ("message", Key.Key_M)):
        kb.press(key, CTRL_SHIFT)
        seen.append((name, clashes(window)))
    kb.ctrl(Key.Key_E)
    seen.append(("wrap-up", clashes(window)))
    bad = [s for s in seen if s[1]]
    assert not bad, "\n".join(f"{state}: {c}" for state, c in bad)
