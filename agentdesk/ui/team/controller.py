"""Runs the team sync for the logged-in account and hands its reports to the GUI thread."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from agentdesk.changes import Changes
from agentdesk.sync.runner import SyncRunner
from agentdesk.sync.status import SyncStatus


class TeamSync(QObject):
    """``start_for`` may be called from any thread (the login worker derives the secrets);
    the runner's reports arrive as signals, delivered on the GUI thread."""

    status_changed = Signal(object)
    data_changed = Signal(object)

    def __init__(self, make_runner: Callable[..., SyncRunner]) -> None:
        super().__init__()
        self._make_runner = make_runner
        self._runner: SyncRunner | None = None
        self._lock = threading.Lock()
        self.last_status: SyncStatus | None = None

    def start_for(self, username: str, password: str) -> None:
        """Sync as this account from now on (another login replaces the previous one).

        One round runs here, before the login completes, when the server answers: erasures
        made elsewhere while this workstation was away are applied before anything is shown.
        """
        runner = self._make_runner(
            username, password, on_status=self._emit_status, on_changes=self._emit_changes
        )
        with self._lock:
            previous, self._runner = self._runner, runner
        if previous is not None:
            previous.stop()
        runner.run_once()
        runner.start()

    def _emit_status(self, status: SyncStatus) -> None:
        self.last_status = status
        self.status_changed.emit(status)

    def _emit_changes(self, flags: Changes) -> None:
        self.data_changed.emit(flags)

    def nudge(self) -> None:
        with self._lock:
            if self._runner is not None:
                self._runner.nudge()

    def stop(self) -> None:
        with self._lock:
            runner, self._runner = self._runner, None
        if runner is not None:
            runner.stop()


def announce_pulls(sync: TeamSync, tasks) -> None:
    """Pulled changes go out on the app-wide ``TaskRunner.changed`` signal, like a local
    write's: every open screen refreshes what the flags name (the open card, the KB list...).
    Queued to the GUI thread: the runner reports on its own thread."""
    sync.data_changed.connect(tasks.changed)


def team_sync_for(services, get_data) -> TeamSync | None:
    """The team sync for a joined data folder (None when standalone). ``get_data`` gives the
    unlocked data services at login time. Pulls are announced on ``services.tasks.changed``."""
    from agentdesk.team import config

    if config.load(services.paths.root) is None:
        return None

    def make_runner(username: str, password: str, **callbacks) -> SyncRunner:
        engine = team_service(services, get_data()).sync_engine(username, password)
        url = engine.server.url.render_as_string(hide_password=False)
        return SyncRunner(engine, url, **callbacks)

    sync = TeamSync(make_runner)
    announce_pulls(sync, services.tasks)
    return sync


# The team sync shown in each window (weakly: a closed window lets go of it).
_SYNC_OF: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def sync_of(window) -> TeamSync | None:
    """The team sync attached to ``window`` (None on a standalone workstation)."""
    return _SYNC_OF.get(window)


def attach_status(sync: TeamSync, window, services=None, data=None) -> None:
    """Show the team database's state in the window's status bar, and File ▸ Team database…
    (with ``services`` and ``data``); once per window."""
    from agentdesk.ui.team.status_label import TeamStatusLabel

    if window.findChild(TeamStatusLabel) is not None:
        return
    _SYNC_OF[window] = sync  # File ▸ Change password… restarts it with the new password
    label = TeamStatusLabel(window)
    window.statusBar().addPermanentWidget(label)
    sync.status_changed.connect(label.show_status)
    if sync.last_status is not None:
        # The login's own round reported before this window existed: show it now, not
        # "connecting…" until the next poll half a minute later.
        label.show_status(sync.last_status)
    if services is not None and data is not None:
        install_team_action(window, sync, services, data)


def _on_this_session(cls, services, data):
    """``cls`` (TeamService, WorkstationJoinService) on this session's database, vault and
    keys: both take the same arguments."""
    from agentdesk.accounts.passwords import DEFAULT_PARAMS

    return cls(
        services.paths,
        services.db,
        data.vault,
        services.accounts,
        params=getattr(services.accounts, "_params", DEFAULT_PARAMS),
        keyring_store=services.keyring_store,
        key_file=services.key_file,
        audits=(data.audit,),
    )


def team_service(services, data):
    from agentdesk.services.team import TeamService

    return _on_this_session(TeamService, services, data)


def workstation_join(services, data):
    """File ▸ Join a team database…'s service, on this session's database, vault and keys."""
    from agentdesk.services.workstation_join import WorkstationJoinService

    return _on_this_session(WorkstationJoinService, services, data)


def install_team_action(window, sync: TeamSync | None, services, data) -> None:
    """File ▸ Team database… (shown only on a joined workstation)."""
    from agentdesk.sync import replica
    from agentdesk.team import config
    from agentdesk.ui.team.dialog import TeamDialog, TeamInfo

    action = window.actions_by_id["team"]
    action.setVisible(True)

    opened: list[TeamDialog] = []  # one dialog per window, kept for the next time

    def open_dialog() -> None:
        dialog = opened[0] if opened else None
        if dialog is None:
            cfg = config.load(services.paths.root)
            info = TeamInfo(cfg.url if cfg else "", str(replica.workstation_id(services.db)))
            dialog = TeamDialog(
                data.team_review,
                services.accounts,
                services.tasks,
                window.identity,
                info,
                sync_now=sync.nudge if sync is not None else None,
                parent=window,
                team=team_service(services, data),
            )
            if sync is not None:
                sync.status_changed.connect(dialog.show_status)
            window.identity_changed.connect(dialog.set_identity)
            opened.append(dialog)
        else:
            dialog.set_identity(window.identity)
        if sync is not None and sync.last_status is not None:
            dialog.show_status(sync.last_status)
        dialog.open()

    action.triggered.connect(open_dialog)
