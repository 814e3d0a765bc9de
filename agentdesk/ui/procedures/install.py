"""Put hold, transfer and message taking into the main window: the step panels, the global
actions (Ctrl+Shift+H/T/M), the message inbox and the transfer directory editor."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from agentdesk.flows.phonetic import Alphabet
from agentdesk.services.directory import DirectoryService
from agentdesk.services.messages import MessageService
from agentdesk.services.settings import SettingsService
from agentdesk.ui.call.workspace import CallWorkspace
from agentdesk.ui.common.tool_windows import ToolWindows
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.procedures.directory_editor import DirectoryEditor
from agentdesk.ui.procedures.host import ProcedureHost
from agentdesk.ui.procedures.message_inbox import MessageInbox
from agentdesk.ui.tasks import TaskRunner


class ProcedureWindows(ToolWindows):
    """The inbox and the directory editor: one each per login, closed when the frame hides
    (lock, log out) since they show personal data."""

    def __init__(self, window: MainWindow, host: ProcedureHost) -> None:
        super().__init__(window)
        self._host = host

    def left(self) -> None:
        if self._host.dialog is not None:
            self._host.dialog.reject()  # the typed message stays with the host


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
