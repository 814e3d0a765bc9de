"""An unexpected error: a short dialog, the stack in the log without personal data, app alive."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from agentdesk.logs import setup_logging
from agentdesk.ui.crash import CrashReporter, safe_traceback
from agentdesk.ui.tasks import TaskRunner

SECRET = "Maria Rossi 4111111111111111"


class Button(QObject):
    clicked = Signal()


def explode() -> None:
    try:
        raise KeyError(SECRET)
    except KeyError as exc:
        raise RuntimeError(f"could not save the note for {SECRET}") from exc


@pytest.fixture
def reporter(qtbot, tmp_path):
    setup_logging(tmp_path)
    crashes = CrashReporter(tmp_path)
    crashes.install()
    yield crashes
    crashes.uninstall()
    if crashes.dialog is not None:
        crashes.dialog.close()
    setup_logging(None)


def log_text(tmp_path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (tmp_path / "agentdesk.log").read_text()


def test_safe_traceback_names_places_never_values():
    try:
        explode()
    except RuntimeError:
        text = safe_traceback(*sys.exc_info())
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert "explode" in text and "test_crash_reporter.py" in text
    assert "Maria" not in text and "4111" not in text


def test_an_error_in_a_slot_shows_a_dialog_and_the_app_keeps_working(qtbot, reporter, tmp_path):
    field = QLineEdit()
    qtbot.addWidget(field)
    button = Button()
    button.clicked.connect(explode)
    with qtbot.waitSignal(reporter.reported):
        # Raised inside Qt's event loop, the way a slot fails for real.
        QTimer.singleShot(0, button.clicked.emit)
    box = reporter.dialog
    assert box is not None and box.isVisible()
    assert "RuntimeError" in box.text() and reporter.incidents[0] in box.text()
    assert "Nothing you typed is lost" in box.informativeText()
    assert str(tmp_path / "agentdesk.log") in box.informativeText()
    logged = log_text(tmp_path)
    assert reporter.incidents[0] in logged and "explode" in logged
    assert "Maria" not in logged and "4111" not in logged
    qtbot.keyClicks(field, "still typing")  # the window still answers
    assert field.text() == "still typing"


def test_a_second_error_while_the_dialog_is_open_is_logged_not_stacked(qtbot, reporter):
    for _ in range(2):
        with qtbot.waitSignal(reporter.reported):
            QTimer.singleShot(0, explode)
    assert len(reporter.incidents) == 2
    assert reporter.dialog.isVisible() and reporter.incidents[1] not in reporter.dialog.text()


def test_an_unhandled_failure_in_a_background_task_is_reported(qtbot, reporter, tmp_path):
    tasks = TaskRunner()
    try:
        with qtbot.waitSignal(reporter.reported, timeout=5000):
            tasks.run_query(explode, lambda _r: None)
    finally:
        tasks.shutdown()
    assert "Maria" not in log_text(tmp_path)


def test_an_error_in_a_plain_thread_reaches_the_gui_thread_dialog(qtbot, reporter):
    with qtbot.waitSignal(reporter.reported, timeout=5000):
        threading.Thread(target=explode).start()
    assert reporter.dialog is not None and reporter.dialog.isVisible()
