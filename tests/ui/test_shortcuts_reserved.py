"""Every app shortcut is reserved for flows, so a flow file can never take one over."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from agentdesk.flows.shortcuts import APP_SHORTCUTS
from agentdesk.ui.actions import ACTIONS, MENUS


def test_every_action_shortcut_and_menu_mnemonic_is_reserved(qapp):
    reserved = {QKeySequence(k).toString() for k in APP_SHORTCUTS}
    for spec in ACTIONS:
        if spec.shortcut:
            assert QKeySequence(spec.shortcut).toString() in reserved, spec.id
    for _menu_id, label in MENUS:
        letter = label[label.index("&") + 1].upper()
        assert f"Alt+{letter}" in reserved, label
