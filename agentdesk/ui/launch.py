"""Start the desktop app: the first window at once, the storage layer and services behind it.

Start-up speed (#18, benchmarks/startup_bench.py): the first window (passphrase or login) is
decided from the data folder with the standard library alone (services/first_window.py) and
shown before SQLAlchemy, the models, keyring, cryptography and the services are imported.
Those load on the database worker while the person types; what they type waits for them
(the passphrase dialog and the login dialog hold an early entry, never the GUI thread). A
first start, or a database that look cannot read, loads everything first, as before.
This module imports nothing from the storage layer at module level (a test checks it).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agentdesk.callpop.protocol import ACTIVATE, CallRequest, call_message, server_address
from agentdesk.errors import KnownError
from agentdesk.i18n import bundled_languages, choose_language
from agentdesk.logs import setup_logging
from agentdesk.paths import DataPaths, resolve_data_dir, resources_dir
from agentdesk.services.first_window import FirstWindow, first_window
from agentdesk.ui.call.pop import CallPopRouter
from agentdesk.ui.crash import CrashReporter, safe_traceback
from agentdesk.ui.errors import error_text
from agentdesk.ui.heap import freeze_startup_heap
from agentdesk.ui.icon import application_icon
from agentdesk.ui.login import LoginDialog
from agentdesk.ui.probe import install_if_asked
from agentdesk.ui.single_instance import Claim, InstanceServer
from agentdesk.ui.tasks import TaskRunner
from agentdesk.ui.translation import Translators
from agentdesk.ui.vault.passphrase import PassphraseDialog
from agentdesk.ui.vault.reasons import reason_text

if TYPE_CHECKING:
    from agentdesk.ui.services import Services
    from agentdesk.ui.session import SessionController
    from agentdesk.ui.workstation import Workstation

log = logging.getLogger(__name__)



def run(args: argparse.Namespace, *, call: CallRequest | None = None) -> int:
    """The desktop app; ``call`` (from `agentdesk call` starting it) opens after login."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("agentdesk")
    app.setOrganizationName("agentdesk")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("agentdesk")  # Wayland: ties windows to agentdesk.desktop's icon
    # The session decides when the app ends (quit, cancel, a refused start): between two of its
    # dialogs, or while the vault opens on a worker, no window may be visible for a moment, and
    # Qt's default would end the app right there with status 0.
    app.setQuitOnLastWindowClosed(False)
    _probe = install_if_asked(app)  # kept alive for the event loop
    # Until someone logs in, the system's language (the first window, start-up errors).
    translators = Translators(resources_dir() / "i18n")
    start_language(translators, None, "")
    try:
        paths = resolve_data_dir(args.data_dir).ensure()
        setup_logging(paths.logs)
        # One app per data folder: a second start hands over its call (or just shows the first).
        instance = InstanceServer(server_address(paths.root))
        if instance.claim(call_message(call) if call else ACTIVATE) is Claim.FORWARDED:
            log.info("agentdesk already runs for this data folder: handed over")
            return 0
    except KnownError as exc:
        return _refused(exc)
    # From here on an unexpected error is logged and reported, and the app keeps running.
    crashes = CrashReporter(paths.logs, QApplication.activeWindow, app)
    crashes.install()
    start = Start(app, args, paths, instance, translators)
    try:
        code = start.run(call)
        while start.restarting:
            # The data folder joined a team database: its key and accounts changed under the
            # session, so everything is built again from it, in this process (one instance).
            log.info("starting again on the same data folder")
            start = start.restarted()
            code = start.run(None)
    finally:
        start.stop()
        instance.close()
        start.tasks.shutdown()  # waits for a load still under way (cancel before it ended)
        crashes.uninstall()
    if start.failures:
        _refused_text(start.failures[0])
        return 1
    return code


class Start:
    """One start: the first window, the services loading behind it, then the session."""

    def __init__(
        self,
        app: QApplication,
        args,
        paths: DataPaths,
        instance: InstanceServer,
        translators: Translators | None = None,
    ):
        self.app = app
        self.translators = translators
        self.args = args
        self.paths = paths
        self.instance = instance
        self.tasks = TaskRunner()
        self.failures: list[str] = []
        self.services: Services | None = None
        self.controller: SessionController | None = None
        self.station: Workstation | None = None  # the main window's features, after login
        self.early: LoginDialog | PassphraseDialog | None = None
        self.team_sync = None
        self.router = CallPopRouter(front=self._front, ready=self._ready)
        instance.call_requested.connect(self.router.receive)
        instance.activate_requested.connect(self.router.activate)

    def _front(self) -> QWidget | None:
        if self.controller is None:
            return self.early
        return self.controller.dialog or self.controller.window

    def _ready(self) -> bool:
        c = self.controller
        return c is not None and c.window is not None and not c.locked

    def run(self, call: CallRequest | None) -> int:
        refused = self.begin(call)
        return refused if refused is not None else self.app.exec()

    def begin(self, call: CallRequest | None) -> int | None:
        """The first window (and the load behind it); an exit status when the start is refused."""
        guess = first_window(self.paths)
        if guess is FirstWindow.UNKNOWN:
            # A first start (the database is created and migrated) or a database the quick look
            # could not read: everything loads first, and a damaged one is offered its backup.
            try:
                services = self._build_here()
            except KnownError as exc:
                return _refused(exc)
            self._open_session(services)
        else:
            self._show_early(guess)
            # After the first paint: the import below holds the interpreter for a second.
            QTimer.singleShot(0, self._load_behind)
        if call is not None:
            self.router.receive(call)
        return None

    @property
    def restarting(self) -> bool:
        return self.controller is not None and self.controller.restarting

    def restarted(self) -> Start:
        """A new start on the same data folder once this one has ended (see ``restarting``):
        its window, workers, keys and database closed first."""
        self.stop()
        self.tasks.shutdown()
        self.instance.call_requested.disconnect(self.router.receive)
        self.instance.activate_requested.disconnect(self.router.activate)
        controller = self.controller
        if controller is not None:
            if controller.window is not None:
                controller.window.hide()
                controller.window.deleteLater()  # its dialogs and timers go with it
            if controller.data is not None:
                controller.data.vault.keys.dispose()
        if self.services is not None:
            self.services.db.dispose()
        return Start(self.app, self.args, self.paths, self.instance, self.translators)

    def _build_here(self) -> Services:
        from agentdesk.ui.app import build_services
        from agentdesk.ui.recovery import build_or_recover

        return build_or_recover(self.paths, lambda paths: build_services(paths, self.tasks))

    def _show_early(self, guess: FirstWindow) -> None:
        if guess is FirstWindow.PASSPHRASE:
            why = reason_text("key-in-file")
            dialog: LoginDialog | PassphraseDialog = PassphraseDialog("unlock", why)
        else:
            dialog = LoginDialog(None, self.tasks)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.rejected.connect(self._cancelled_early)
        self.early = dialog
        dialog.open()

    def _cancelled_early(self) -> None:
        self.app.quit()  # the load under way finishes at shutdown; nothing was written

    def _load_behind(self) -> None:
        paths, tasks = self.paths, self.tasks

        def load() -> Services:
            from agentdesk.ui.app import build_services
            from agentdesk.ui.session import SessionController  # noqa: F401 (loaded here)

            return build_services(paths, tasks)

        # The interactive worker: an unlock or login asked for meanwhile queues behind it.
        tasks.run_query(load, self._loaded, self._load_failed)

    def _loaded(self, services: Services) -> None:
        early, self.early = self.early, None
        if early is None or not early.isVisible():
            return  # cancelled while loading: the app is quitting
        early.rejected.disconnect(self._cancelled_early)
        self._open_session(services, early)

    def _load_failed(self, exc: BaseException) -> None:
        from agentdesk.storage.migrate import DatabaseCorruptError

        early, self.early = self.early, None
        if early is None or not early.isVisible():
            return
        if isinstance(exc, DatabaseCorruptError):
            # Rare: offer the newest good backup as a full start would, first window still up.
            try:
                services = self._build_here()
            except KnownError as again:
                exc = again
            else:
                early.rejected.disconnect(self._cancelled_early)
                self._open_session(services, early)
                return
        if isinstance(exc, KnownError):
            log.warning("start-up refused: %s", exc.__class__.__name__)
            text = error_text(exc)
        else:  # a bug: its stack in the log (never its message), and a plain sentence
            log.error("start-up failed:\n%s", safe_traceback(type(exc), exc, exc.__traceback__))
            text = QApplication.translate(
                "App", "agentdesk could not finish starting; the log has the details."
            )
        early.rejected.disconnect(self._cancelled_early)
        early.accept()
        self.failures.append(text)
        self.app.quit()

    def _open_session(
        self, services: Services, shown: LoginDialog | PassphraseDialog | None = None
    ) -> None:
        from agentdesk.storage.open import TEAM_FILE
        from agentdesk.ui.app import build_workstation
        from agentdesk.ui.recovery import check_drafts
        from agentdesk.ui.session import SessionController

        self.services = services
        joined = (services.paths.root / TEAM_FILE).exists()
        if not joined:
            # Starter articles on the bulk worker, queued ahead of the dock's first search. A
            # folder joined to a team database has the team's articles, from the join's
            # download: starter copies made there would go up to the team, and in a folder
            # whose join is still unfinished they would land, on this other worker, between
            # the finishing join's removal of local rows and its download, and collide with
            # the team's articles by name.
            services.tasks.run_bulk(
                services.kb.import_bundled_if_empty,
                lambda report: (
                    report and log.info("knowledge base: %s starter items", report.added)
                ),
                lambda exc: log.warning(
                    "starter articles not imported: %s", exc.__class__.__name__
                ),
            )
        for problem in services.settings.problems:
            log.warning("settings: %s", problem)
        # A data folder joined to a team database syncs as whoever logs in (their own role).
        # Imported only then: a standalone start loads no PostgreSQL driver.
        if joined:
            from agentdesk.ui.team.controller import team_sync_for

            self.team_sync = team_sync_for(services, lambda: controller.data)

        def purge(who) -> None:
            # Never confirmed here: a purge over the sanity bound is left for a person.
            services.tasks.run_bulk(
                lambda: controller.data.gdpr.purge(who, _retention(services.settings.current())),
                lambda report: log.info("retention purge: %s", report),
                lambda exc: log.warning("retention purge not done: %s", exc),
            )

        def after_login(who, password: str) -> None:
            if self.team_sync is not None:
                self.team_sync.start_for(who.username, password)
                # After the first sync round, as whoever logged in: a team leader's purge
                # reaches the team database, anyone else's cleans this replica only
                # (services/retention.py).
                purge(who)

        simulate = getattr(self.args, "simulate_queue", False)

        def build_window(who, data):
            # Built at the first login, and again when someone who works in another language
            # logs in (or saves theirs) while nothing would be lost (wants_new_window).
            if self.translators is not None:
                language = start_language(self.translators, services, who.language)
                data.flows.use_language(language)
                data.review.use_language(language)
            self.station = build_workstation(services, who, data, simulate_queue=simulate)
            return self.station.window

        def wants_new_window(who) -> bool:
            from agentdesk.ui.language_switch import language_of, later_text, unsaved_work

            language = language_of(who)
            if self.translators is None or language == self.translators.language:
                return False
            station = self.station
            reason = unsaved_work(station)
            if not reason:
                return True
            log.info("language %s waits for the next login: the window is kept", language)
            # After the login has shown the window (and its notices are rechecked).
            QTimer.singleShot(
                0, station.window, lambda: station.workspace.notice.show_notice(
                    later_text(reason, language)
                )
            )  # fmt: skip
            return False

        controller = SessionController(
            services, build_window, after_login=after_login, wants_new_window=wants_new_window
        )
        self.controller = controller
        if self.team_sync is not None:
            from agentdesk.ui.team.controller import attach_status

            controller.main_window_shown.connect(
                lambda window: attach_status(self.team_sync, window, services, controller.data)
            )
        controller.failed.connect(self.failures.append)
        if self.team_sync is None:  # joined to a team: at each login instead (after_login)
            controller.vault_opened.connect(lambda _data: purge(None))
        # Queued: a start refused before the event loop runs still ends it once it does.
        controller.finished.connect(self.app.quit, Qt.ConnectionType.QueuedConnection)
        controller.main_window_shown.connect(
            lambda _window: self.router.attach(self.station.workspace)
        )
        # The window and services just built never go away: no full collection walks them.
        controller.main_window_shown.connect(lambda _window: freeze_startup_heap())
        # At each login, not when File ▸ Language… rebuilt the window (nothing new to say).
        controller.logged_in_window_shown.connect(
            lambda window: check_drafts(
                self.station.workspace.drafts_notice,
                controller.data.drafts,
                window.identity,
                self.station.notes.open_customer,
                services.tasks,
                window.actions_by_id["take_message"].trigger,
            )
        )
        controller.start(shown)

    def stop(self) -> None:
        if self.team_sync is not None:
            self.team_sync.stop()


def _refused(exc: KnownError) -> int:
    log.warning("start-up refused: %s", exc.__class__.__name__)
    _refused_text(error_text(exc))
    return 1


def _refused_text(text: str) -> None:
    QMessageBox.critical(None, QApplication.translate("App", "agentdesk cannot start"), text)


def start_language(translators: Translators, services: Services | None, chosen: str) -> str:
    """Install the account's language (``chosen``, or the system's when empty) for the
    interface and, with ``services``, for the playbook and coach content."""
    from PySide6.QtCore import QLocale

    language = choose_language(chosen, QLocale.system().name(), bundled_languages())
    translators.use(language)
    if services is not None:
        services.playbook.use_language(language)
    return language


def _retention(settings):
    """The retention policy the settings ask for (imported on the worker, not at start)."""
    from agentdesk.services.gdpr import retention_from

    return retention_from(settings)
