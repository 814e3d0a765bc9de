"""Another language at login: the main window is built anew in the account's language.

Qt's widgets take their words when they are built, so a language changes by installing its
translators (the app's catalogues and Qt's own) and building the window again. That happens
at a login (after a lock, or at once when someone saves File ▸ Language…), and only while
nothing would be lost with the old window: a call or its wrap-up, a note being written, an
article with unsaved changes, text in the assertiveness builder. Then the window is kept as
it is, and the person is told the language changes at the next login.

The old window is hidden, its signals silenced (timers stop), and it is deleted once every
task it may have asked for has delivered its result (``TaskRunner.settled``), so no callback
ever reaches a deleted widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

from agentdesk.i18n import NATIVE_NAMES, bundled_languages, choose_language

if TYPE_CHECKING:
    from agentdesk.services.identity import Identity
    from agentdesk.ui.main_window import MainWindow
    from agentdesk.ui.tasks import TaskRunner
    from agentdesk.ui.workstation import Workstation


def language_of(identity: Identity) -> str:
    """The language ``identity`` works in: theirs, or the system's when they chose none."""
    return choose_language(identity.language, QLocale.system().name(), bundled_languages())


def unsaved_work(station: Workstation) -> str:
    """Why the window cannot be built anew now without losing something ("" when it can)."""
    if station.workspace.phase != "idle":
        return QCoreApplication.translate(
            "LanguageSwitch", "A call was open, so the window was kept as it was."
        )
    if station.notes.editor.toPlainText().strip():
        return QCoreApplication.translate(
            "LanguageSwitch", "A note was being written, so the window was kept as it was."
        )
    editor = station.kb_windows.editor
    if editor is not None and shiboken6.isValid(editor) and editor.dirty:
        return QCoreApplication.translate(
            "LanguageSwitch", "An article had unsaved changes, so the window was kept as it was."
        )
    if any(part.strip() for part in station.assertiveness.parts()):
        return QCoreApplication.translate(
            "LanguageSwitch",
            "The assertiveness builder held text, so the window was kept as it was.",
        )
    return ""


def later_text(reason: str, language: str) -> str:
    """What the person is told when their language waits for the next login."""
    name = NATIVE_NAMES.get(language, language)
    then = QCoreApplication.translate(
        "LanguageSwitch", "agentdesk changes to %1 at your next login."
    ).replace("%1", name)
    return f"{reason} {then}"


def retire_window(window: MainWindow, tasks: TaskRunner, done: Callable[[], None] | None = None):
    """Hide ``window`` for good and delete it once no task is in flight (see module doc)."""
    window.hide()  # tool windows close with it (ui/common/tool_windows.py)
    for obj in (window, *window.findChildren(QObject)):
        obj.blockSignals(True)  # timers, throttles and internal wiring fall silent
    retirement = _Retirement(window, tasks, done)
    retirement.check_soon()
    return retirement


class _Retirement(QObject):
    """Deletes the window from the top of the event loop, once the task runner has settled."""

    def __init__(self, window: MainWindow, tasks: TaskRunner, done) -> None:
        super().__init__(tasks)
        self._window, self._tasks, self._done = window, tasks, done
        tasks.settled.connect(self.check_soon)

    def check_soon(self) -> None:
        # Never from inside a delivery (an old widget's method may be on the stack).
        QTimer.singleShot(0, self, self._check)

    def _check(self) -> None:
        if self._window is None:
            return  # done already (a check was still queued)
        if self._tasks.busy():
            return  # settled comes again when the last one is delivered
        window, self._window = self._window, None
        self._tasks.settled.disconnect(self.check_soon)
        if shiboken6.isValid(window):
            shiboken6.delete(window)
        if self._done is not None:
            self._done()
        self.deleteLater()
