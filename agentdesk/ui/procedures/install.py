"""Put hold, transfer and message taking into the main window: the step panels, the global
actions (Ctrl+Shift+H/T/M), the message inbox and the transfer directory editor."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from agentdesk.flows.phonetic import Alphabet
from agentdesk.services.directory import DirectoryService
from agentdesk.services.identity import Identity
from agentdesk.services.messages import MessageService
from agentdesk.services.settings import SettingsService
from agentdesk.ui.call.workspace import CallWorkspace
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.procedures.directory_editor import DirectoryEditor
from agentdesk.ui.procedures.host import ProcedureHost
from agentdesk.ui.procedures.message_inbox import MessageInbox
from agentdesk.ui.tasks import TaskRunner


class ProcedureWindows(QObject):
    """The inbox and the directory editor: one each per login, closed when the frame hides
    (lock, log out) since they show personal data."""

    def __init__(self, window: MainWindow, host: ProcedureHost) -> None:
        super().__init__(window)
        self._frame, self._host = window, host
        self.open_windows: dict[str, QWidget] = {}
        window.installEventFilter(self)
        window.identity_changed.connect(lambda _who: self.close_all())

    def show(self, key: str, make: Callable[[Identity], QWidget]) -> QWidget:
        widget = self.open_windows.get(key)
        if widget is None:
            widget = make(self._frame.identity)
            self.open_windows[key] = widget
            widget.start()
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def close_all(self) -> None:
        for widget in self.open_windows.values():
            widget.close()
            widget.deleteLater()
        self.open_windows.clear()
        if self._host.dialog is not None:
            self._host.dialog.reject()  # the typed message stays with the host

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._frame and event.type() == QEvent.Type.Hide:
            self.close_all()
        return False


def install_procedures(
    window: MainWindow,
    workspace: CallWorkspace,
    messages: MessageService,
    directory: DirectoryService,
    settings: SettingsService,
    tasks: TaskRunner,
    alphabets: Mapping[str, Alphabet],
    clock: Callable[[], float],
) -> tuple[ProcedureHost, ProcedureWindows]:
    host = ProcedureHost(workspace, messages, directory, settings, tasks, alphabets, clock)
    windows = ProcedureWindows(window, host)
    actions = window.actions_by_id
    actions["hold"].triggered.connect(lambda: host.open_procedure("hold"))
    actions["transfer"].triggered.connect(lambda: host.open_procedure("transfer"))
    actions["take_message"].triggered.connect(lambda: host.open_procedure("message"))
    actions["message_inbox"].triggered.connect(
        lambda: windows.show(
            "inbox", lambda who: MessageInbox(messages, directory, tasks, who, window)
        )
    )
    actions["directory"].triggered.connect(
        lambda: windows.show(
            "directory", lambda who: DirectoryEditor(directory, tasks, who, window)
        )
    )
    return host, windows
