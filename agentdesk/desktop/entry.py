"""The per-user desktop menu entry (XDG Desktop Entry and Icon Theme specifications).

`agentdesk desktop-entry install` writes ``$XDG_DATA_HOME/applications/agentdesk.desktop``
(``~/.local/share/applications`` by default) and the icon into the hicolor theme under
``$XDG_DATA_HOME/icons``, so the desktop's menu lists agentdesk and softphones or launchers
can name it by its desktop file id, ``agentdesk.desktop``. `remove` deletes exactly what
`install` wrote. No Qt, no root: everything stays in the user's home.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from agentdesk.errors import KnownError
from agentdesk.paths import resources_dir

APP_ID = "agentdesk"
DESKTOP_FILE = f"{APP_ID}.desktop"
# Marks a file as written by this command, so `remove` never deletes someone else's entry.
MARKER = "X-Agentdesk-Installed-By=agentdesk desktop-entry install"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class DesktopEntryError(KnownError):
    """The entry cannot be written or removed; says which file and why."""


@dataclass(frozen=True)
class Locations:
    """Where the entry and its icons go for this user."""

    data_home: Path

    @classmethod
    def for_user(cls, environ: Mapping[str, str] | None = None) -> Locations:
        environ = os.environ if environ is None else environ
        # XDG Base Directory: an empty or relative XDG_DATA_HOME is ignored.
        raw = environ.get("XDG_DATA_HOME", "")
        if raw and Path(raw).is_absolute():
            return cls(Path(raw))
        return cls(Path(environ.get("HOME") or Path.home()) / ".local" / "share")

    @property
    def applications(self) -> Path:
        return self.data_home / "applications"

    @property
    def desktop_file(self) -> Path:
        return self.applications / DESKTOP_FILE

    @property
    def icon_theme(self) -> Path:
        return self.data_home / "icons" / "hicolor"

    def icon_files(self) -> dict[Path, Path]:
        """Installed icon path -> bundled source."""
        bundled = resources_dir() / "icons"
        files = {self.icon_theme / "scalable" / "apps" / f"{APP_ID}.svg": bundled / "agentdesk.svg"}
        for size in ICON_SIZES:
            target = self.icon_theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            files[target] = bundled / f"agentdesk-{size}.png"
        return files


def launcher_command(data_dir: str | None = None) -> list[str]:
    """The command the menu runs: this installation's own launcher, by absolute path.

    A PyInstaller bundle is its own executable; an installed package has the `agentdesk-gui`
    script beside its Python (no console window on Windows, same entry point elsewhere);
    anything else runs `python -m agentdesk`.
    """
    if getattr(sys, "frozen", False):
        command = [str(Path(sys.executable).resolve())]
    else:
        script = Path(sys.executable).parent / "agentdesk-gui"
        command = [str(script)] if script.is_file() else [sys.executable, "-m", "agentdesk"]
    if data_dir:
        command += ["--data-dir", str(Path(data_dir).expanduser().resolve())]
    return command


def quote_exec_argument(arg: str) -> str:
    """One argument of an Exec key, quoted per the Desktop Entry specification.

    Arguments with reserved characters go in double quotes, inside which ", `, $ and \\ are
    backslash-escaped; a literal % is written %%. The result is then a string value, whose
    own escape rule doubles each backslash (done by desktop_entry_text).
    """
    arg = arg.replace("%", "%%")
    reserved = set(" \t\n\"'\\><~|&;$*?#()`=")
    if arg and not (set(arg) & reserved):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_entry_text(command: Sequence[str]) -> str:
    """The agentdesk.desktop file for a launcher command."""
    if any(ord(c) < 32 or ord(c) == 127 for arg in command for c in arg):
        raise DesktopEntryError(
            "The command for the menu entry contains a control character (a folder name with "
            "a line break?); use a folder without one."
        )
    exec_line = " ".join(quote_exec_argument(a) for a in command)
    # String values escape backslashes as \\ (and control characters, never present here).
    exec_value = exec_line.replace("\\", "\\\\")
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            "Name=agentdesk",
            "GenericName=Contact-centre desktop",
            "Comment=Guided calls, customer notes, knowledge base and queue for contact centres",
            f"Exec={exec_value}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "StartupNotify=true",
            "Categories=Network;Telephony;",
            "Keywords=call;contact centre;call center;notes;knowledge;queue;",
            MARKER,
            "",
        ]
    )


def install(locations: Locations, command: Sequence[str]) -> list[Path]:
    """Write the entry and the icons; returns the files written. Replaces an earlier install."""
    _refuse_foreign(locations.desktop_file)
    written = []
    try:
        for target, source in locations.icon_files().items():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
        locations.applications.mkdir(parents=True, exist_ok=True)
        partial = locations.desktop_file.with_suffix(".desktop.partial")
        partial.write_text(desktop_entry_text(command), encoding="utf-8")
        os.chmod(partial, 0o644)
        partial.replace(locations.desktop_file)  # a menu never reads half an entry
        written.append(locations.desktop_file)
    except OSError as exc:
        raise DesktopEntryError(
            f"The desktop entry cannot be written ({exc.strerror or exc}: {exc.filename})."
        ) from None
    _refresh_caches(locations)
    return written


def remove(locations: Locations) -> list[Path]:
    """Delete what install wrote; returns the files removed (none if it was not installed)."""
    _refuse_foreign(locations.desktop_file)
    removed = []
    for path in [locations.desktop_file, *locations.icon_files()]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopEntryError(f"{path} cannot be removed ({exc.strerror or exc}).") from None
        removed.append(path)
    if removed:
        _refresh_caches(locations)
    return removed


def _refuse_foreign(desktop_file: Path) -> None:
    """An agentdesk.desktop that this command did not write (IT's own, say) is left alone."""
    try:
        text = desktop_file.read_text(encoding="utf-8", errors="replace")
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there; writing will say what is wrong with the folder, if anything
    except OSError as exc:
        raise DesktopEntryError(f"{desktop_file} cannot be read ({exc.strerror}).") from None
    if MARKER not in text:
        raise DesktopEntryError(
            f"{desktop_file} was not written by agentdesk desktop-entry; it was left as it is "
            "(remove it yourself if it should go)."
        )


def _refresh_caches(locations: Locations) -> None:
    """Tell the desktop about the change where its cache tools exist (best effort)."""
    for tool, argument in (
        ("update-desktop-database", locations.applications),
        ("gtk-update-icon-cache", locations.icon_theme),
    ):
        exe = shutil.which(tool)
        if exe is None or not argument.is_dir():
            continue
        extra = ["-q", "-t", "-f"] if tool == "gtk-update-icon-cache" else ["-q"]
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run([exe, *extra, str(argument)], timeout=30, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
