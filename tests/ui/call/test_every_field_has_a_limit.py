"""Every line edit a person types into has a maximum length (Qt's default is 32,767):
the main window in a call at each procedure, and the dialogs around it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from agentdesk.flows.procedures import go_to_kind
from agentdesk.settings import Settings
from agentdesk.ui.first_run import FirstRunDialog
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.notes.customer_form import CustomerForm
from agentdesk.ui.settings_dialog import SettingsDialog
from tests.helpers.app import inline_tasks

UNLIMITED = 32767


def unlimited(root: QWidget) -> list[str]:
    found = []
    for edit in root.findChildren(QLineEdit):
        parent = edit.parent()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # a spin box's or combo box's own editor
        if edit.objectName().startswith("msg_"):
            continue  # the message form keeps over-long text and says so (see below)
        if edit.maxLength() >= UNLIMITED:
            found.append(edit.objectName() or type(edit.parent()).__name__)
    return found


def test_the_main_window_in_a_call(qtbot, window, env):
    ws = window.centralWidget()
    ws.new_call("020 7946 0958")
    assert unlimited(window) == []
    for kind in ("hold", "transfer", "message", "callback"):
        go_to_kind(ws.engine, kind)
        ws.view.refresh()
        assert unlimited(window) == [], kind


def test_the_dialogs(qtbot, env):
    services = env.services
    for dialog in (
        FirstRunDialog(services.accounts, services.settings, inline_tasks()),
        LoginDialog(services.accounts, inline_tasks()),
        CustomerForm(lambda d: "", inline_tasks()),
        SettingsDialog(Settings(organisation="Northwind"), lambda s: None),
    ):
        qtbot.addWidget(dialog)
        assert unlimited(dialog) == [], type(dialog).__name__


def test_the_message_form_says_too_long_instead_of_cutting(qtbot, window, env):
    """Pasted text is never cut silently in a message: the limit is said next to the field."""
    ws = window.centralWidget()
    ws.new_call("020 7946 0958")
    go_to_kind(ws.engine, "message")
    ws.view.refresh()
    form = ws.view.step_panel.procedure.form
    form.fields.inputs["to_whom"].setText("x" * 301)
    form.save_button.click()
    assert "at most 300 characters" in form.fields.problems["to_whom"].text()
    assert len(form.fields.inputs["to_whom"].text()) == 301
