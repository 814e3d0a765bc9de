"""Put the queue dock into the main window: its source (feed file, local socket or the
simulator with --simulate-queue), the settings from queue.json, the Forecast… window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt

from agentdesk.callqueue.settings import FILE_NAME, QueueSettings, load_queue_settings
from agentdesk.callqueue.sources import FileFeedSource, NoSource, QueueSource, SimulatorSource
from agentdesk.errors import KnownError
from agentdesk.services.forecast import ForecastService
from agentdesk.services.identity import Identity
from agentdesk.ui.common.tool_windows import OnLock, ToolWindows
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.queue.dock import QueueDock
from agentdesk.ui.queue.forecast_editor import ForecastEditor
from agentdesk.ui.queue.socket_source import LocalSocketSource
from agentdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def wall_clock() -> datetime:
    return datetime.now().astimezone()


def queue_settings(data_root: Path) -> QueueSettings:
    """queue.json in the data folder; problems are logged and the defaults used for them."""
    try:
        settings, problems = load_queue_settings(data_root / FILE_NAME)
    except KnownError as exc:
        log.warning("queue settings: %s", exc)
        return QueueSettings()
    for problem in problems:
        log.warning("queue settings: %s", problem)
    return settings


def make_source(
    settings: QueueSettings,
    data_root: Path,
    *,
    simulate: bool,
    clock: Callable[[], datetime],
    parent: QObject | None = None,
) -> QueueSource:
    """The simulator when asked for, else the socket, else the file, else nothing."""
    if simulate:
        return SimulatorSource(settings.simulation(), clock, seed=settings.simulator_seed)
    if settings.feed_socket:
        return LocalSocketSource(settings.feed_socket, parent)
    if settings.feed_path:
        path = Path(settings.feed_path).expanduser()
        return FileFeedSource(path if path.is_absolute() else data_root / path)
    return NoSource()


class ForecastWindows(ToolWindows):
    """One forecast window at a time. A lock hides it (days being typed are kept for the
    same person); another person logging in closes it."""

    def __init__(self, window: MainWindow, make: Callable[[Identity], ForecastEditor]) -> None:
        super().__init__(window)
        self._make = make

    @property
    def editor(self) -> ForecastEditor | None:
        return self.get("forecast")

    def open(self) -> ForecastEditor:
        return self.show("forecast", self._new_editor, on_lock=OnLock.HIDE)

    def close(self) -> None:
        self.discard("forecast")

    def _new_editor(self, who: Identity) -> ForecastEditor:
        editor = self._make(who)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return editor


def install_queue(
    window: MainWindow,
    forecast: ForecastService,
    tasks: TaskRunner,
    data_root: Path,
    *,
    simulate: bool = False,
    clock: Callable[[], datetime] = wall_clock,
) -> tuple[QueueDock, ForecastWindows]:
    """The "queue" dock on the left, fed and started; the Forecast… action and button."""
    settings = queue_settings(data_root)
    source = make_source(settings, data_root, simulate=simulate, clock=clock)
    dock = QueueDock(source, settings, forecast, tasks, clock)
    if isinstance(source, QObject):
        source.setParent(dock)  # the socket server goes when the dock goes
    window.add_dock("queue", window.tr("Queue"), dock, Qt.DockWidgetArea.LeftDockWidgetArea)

    def make_editor(who: Identity) -> ForecastEditor:
        editor = ForecastEditor(
            forecast, settings, tasks, who, lambda: clock().astimezone().date(), window
        )
        return editor

    windows = ForecastWindows(window, make_editor)
    dock.forecast_requested.connect(windows.open)
    action = window.actions_by_id.get("forecast")
    if action is not None:
        action.triggered.connect(windows.open)
    dock.start()
    return dock, windows
