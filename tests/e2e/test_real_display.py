"""The real `agentdesk` process on a real X display, driven by real X key events.

From an empty data folder: the passphrase (no keyring) or nothing (a keyring), first run, the
main window, a call answered with Ctrl+N, a name typed in a line edit, Ctrl+E from that line
edit, Ctrl+Q answered "quit and keep it". The process must be alive between every step: a
pytest-qt test of the dialogs passed while the real app exited after the passphrase dialog.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"
NO_KEYRING = "keyring.backends.fail.Keyring"
MEMORY_KEYRING = "tests.e2e.memory_keyring.MemoryKeyring"


@pytest.fixture
def display():
    with x_display() as xd:
        yield xd


@pytest.fixture
def apps():
    """Every app started by a test; one a failed step left running is killed."""
    started: list[App] = []
    yield started
    for app in started:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait(timeout=10)


class App:
    """One run of the app on the display; ``step`` checks it is still running."""

    def __init__(self, display, data: Path, keyring: str, log: Path, *args: str) -> None:
        self.display = display
        self.log = log
        self._out = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "agentdesk", "--data-dir", str(data), *args],
            env=display.env(PYTHON_KEYRING_BACKEND=keyring, PYTHONPATH=str(ROOT)),
            cwd=ROOT,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )

    def alive(self, step: str) -> None:
        code = self.proc.poll()
        assert code is None, f"agentdesk exited ({code}) {step}:\n{self.log.read_text()}"

    def window(self, title_regex: str, step: str) -> str:
        self.alive(f"before {step}")
        try:
            wid = self.display.wait_window(title_regex)
        except (subprocess.TimeoutExpired, TimeoutError):
            self.alive(f"waiting for {step}")
            raise
        self.display.focus(wid)
        self.alive(step)
        return wid

    def finish(self, timeout: float = 20) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self._out.close()


def first_run(app: App) -> None:
    xd = app.display
    app.window("^Welcome to agentdesk$", "first run")
    for text in ("Northwind Energy", "Customer Care", "lead", "Lea Leader"):
        xd.type(text)
        xd.keys("Tab")
    xd.type("leader-pass")
    xd.keys("Tab")
    xd.type("leader-pass")
    xd.keys("Return")
    xd.wait_gone("^Welcome to agentdesk$")


def call_then_quit(app: App) -> None:
    xd = app.display
    main = app.window("^agentdesk$", "main window")
    xd.keys("ctrl+n")
    assert app.window("^agentdesk — in call$", "after Ctrl+N") == main
    xd.keys("ctrl+Return")  # greeting -> name (asked twice when checks are open)
    xd.keys("ctrl+Return")
    xd.type("Ngozi")  # the first-name line edit has the focus
    app.alive("typing the name")
    xd.keys("ctrl+e")  # from inside the line edit
    app.window("^agentdesk — after-call work$", "after Ctrl+E")
    xd.keys("ctrl+q")
    app.window("^Quit agentdesk\\?$", "the quit question")
    xd.keys("alt+q")  # quit, and keep the call for later


def read_back(data: Path):
    """The stored calls, read through the real services with the passphrase."""
    from agentdesk.paths import DataPaths
    from agentdesk.services.keys import unlock_vault
    from agentdesk.ui.app import build_services
    from agentdesk.ui.services import build_data_services
    from agentdesk.vault.keyfile import PassphraseKeyFile
    from agentdesk.vault.keystore import MemoryKeyStore
    from tests.helpers.app import inline_tasks

    paths = DataPaths(data)
    key_file = PassphraseKeyFile(paths.key_file)
    services = build_services(paths, inline_tasks(), keyring_store=MemoryKeyStore(),
                              key_file=key_file)  # fmt: skip
    vault = unlock_vault(
        paths,
        services.db,
        ask_passphrase=lambda request: PASSPHRASE if request.attempt == 1 else None,
        keyring_store=services.keyring_store,
        key_file=key_file,
    )
    return services, build_data_services(services, vault)


def test_no_keyring_first_start_call_and_restart(display, apps, tmp_path):
    data = tmp_path / "data"
    log = tmp_path / "app.log"
    app = App(display, data, NO_KEYRING, log)
    apps.append(app)
    xd = display
    app.window("key passphrase", "the passphrase dialog")
    xd.type(PASSPHRASE)
    xd.keys("Tab")
    xd.type(PASSPHRASE)
    xd.keys("Return")
    first_run(app)
    call_then_quit(app)
    assert app.finish() == 0, log.read_text()

    services, stored = read_back(data)
    try:
        who = services.accounts.login("lead", "leader-pass")
        [iid] = stored.interactions.unfinished(who)  # kept, to resume at the next start
        events = stored.interactions.events(who, iid)
        assert [e.kind for e in events][-1] == "call_ended"
        assert any("Ngozi" in str(e.data) for e in events)
    finally:
        services.db.dispose()

    # The softphone rings with the app closed: `agentdesk call` starts it this way, and the
    # call must open after the passphrase and the login, not be lost.
    ring = ("call", "--number", "+441632960123", "--in-app")
    again = App(display, data, NO_KEYRING, log, *ring)
    apps.append(again)
    wid = again.window("key passphrase", "the passphrase at the next start")
    xd.type("not the passphrase")
    xd.keys("Return")
    # The same dialog says so and takes another try.
    assert again.window("key passphrase: try again$", "after a wrong passphrase") == wid
    display.focus(wid)
    xd.type(PASSPHRASE)
    xd.keys("Return")
    again.window("log in$", "the login")
    xd.type("lead")
    xd.keys("Tab")
    xd.type("leader-pass")
    xd.keys("Return")
    xd.wait_gone("log in$")
    again.window("^agentdesk — in call$", "the rung call, open after login")
    xd.keys("ctrl+q")
    again.window("^Quit agentdesk\\?$", "the quit question")
    xd.keys("alt+q")
    assert again.finish() == 0, log.read_text()


def test_with_a_keyring_first_start_and_a_call(display, apps, tmp_path):
    log = tmp_path / "app.log"
    app = App(display, tmp_path / "data", MEMORY_KEYRING, log)
    apps.append(app)
    first_run(app)
    call_then_quit(app)
    assert app.finish() == 0, log.read_text()


def cli(display, data: Path, *args: str, stdin: str = "") -> None:
    """`agentdesk --data-dir DATA …` as a team leader types it, next to the running app."""
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", "--data-dir", str(data), *args],
        env=display.env(PYTHONPATH=str(ROOT)),
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_lock_and_a_login_in_another_language_rebuild_the_window(display, apps, tmp_path):
    """#20: English, Ctrl+L, an Italian account logs in and gets Italian (F1's window title
    is read back from X), Ctrl+L, the English account gets English again; one process."""
    data = tmp_path / "data"
    log = tmp_path / "app.log"
    app = App(display, data, MEMORY_KEYRING, log)
    apps.append(app)
    xd = display
    first_run(app)
    english = app.window("^agentdesk$", "main window")
    cli(display, data, "user", "language", "lead", "en")
    rita = ("user", "add", "rita", "--role", "representative", "--language", "it")
    cli(display, data, *rita, "--password-stdin", stdin="rita-pass\nrita-pass\n")

    def help_title(title: str, step: str) -> None:
        xd.keys("F1")
        app.window(title, step)
        xd.keys("Escape")
        xd.wait_gone(title)

    help_title("^Keyboard shortcuts$", "English help")
    xd.keys("ctrl+l")
    app.window("log in$", "the login after Ctrl+L")
    xd.keys("shift+Tab", "ctrl+a")  # from the password to the locked user's name: replace it
    xd.type("rita")
    xd.keys("Tab")
    xd.type("rita-pass")
    xd.keys("Return")
    xd.wait_gone("log in$")
    italian = app.window("^agentdesk$", "the window for rita")
    assert italian != english  # built anew, in Italian
    help_title("^Scorciatoie da tastiera$", "Italian help")

    xd.keys("ctrl+l")
    app.window("accesso$", "the login in Italian, after Ctrl+L")
    xd.keys("shift+Tab", "ctrl+a")
    xd.type("lead")
    xd.keys("Tab")
    xd.type("leader-pass")
    xd.keys("Return")
    xd.wait_gone("accesso$")
    back = app.window("^agentdesk$", "the window for lead again")
    assert back not in (english, italian)
    help_title("^Keyboard shortcuts$", "English help again")
    xd.keys("ctrl+q")
    assert app.finish() == 0, log.read_text()
