"""`agentdesk desktop-entry`: a valid XDG entry and icons in the user's data home, and back."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.__main__ import main
from agentdesk.desktop.entry import (
    ICON_SIZES,
    DesktopEntryError,
    Locations,
    desktop_entry_text,
    install,
    launcher_command,
    quote_exec_argument,
    remove,
)
from agentdesk.paths import resources_dir


def exec_command(entry: str) -> list[str]:
    """The Exec key read back as the specification says a launcher reads it."""
    (value,) = [line[5:] for line in entry.splitlines() if line.startswith("Exec=")]
    value = value.replace("\\\\", "\\")  # the string value's own escape
    args, current, i, quoted, started = [], [], 0, False, False
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and value[i + 1] in '"`$\\':
            current.append(value[i + 1])
            i += 1
        elif c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if current or started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(c)
        i += 1
    assert not quoted, value
    if current or started:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


@pytest.fixture
def home(tmp_path, monkeypatch):
    data = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return Locations(data)


def test_install_writes_a_valid_entry_and_every_icon(home):
    written = install(home, ["/opt/agentdesk/agentdesk"])
    assert home.desktop_file in written
    text = home.desktop_file.read_text()
    assert "Icon=agentdesk" in text and "Type=Application" in text
    assert exec_command(text) == ["/opt/agentdesk/agentdesk"]
    for target, source in home.icon_files().items():
        assert target.read_bytes() == source.read_bytes()
    assert (home.icon_theme / "256x256" / "apps" / "agentdesk.png").is_file()
    assert (home.icon_theme / "scalable" / "apps" / "agentdesk.svg").is_file()
    assert oct(home.desktop_file.stat().st_mode & 0o777) == "0o644"


def test_the_entry_passes_desktop_file_validate(home):
    install(home, launcher_command("/srv/agent data"))
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-validate (Debian package desktop-file-utils) is needed"
    result = subprocess.run([validator, str(home.desktop_file)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_remove_deletes_exactly_what_install_wrote(home):
    other = home.applications / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=x\nExec=x\n")
    written = install(home, ["agentdesk"])
    assert sorted(remove(home)) == sorted(written)
    assert not home.desktop_file.exists() and other.exists()
    assert remove(home) == []  # twice is fine


def test_an_entry_agentdesk_did_not_write_is_left_alone(home):
    home.applications.mkdir(parents=True)
    home.desktop_file.write_text("[Desktop Entry]\nName=IT's own\n")
    for action in (lambda: install(home, ["agentdesk"]), lambda: remove(home)):
        with pytest.raises(DesktopEntryError, match="not written by agentdesk"):
            action()
    assert home.desktop_file.read_text() == "[Desktop Entry]\nName=IT's own\n"


def test_an_unwritable_data_home_is_a_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DesktopEntryError, match="cannot be written"):
        install(Locations(blocker), ["agentdesk"])


def test_xdg_data_home_rules(tmp_path):
    assert Locations.for_user({"XDG_DATA_HOME": "/x/share", "HOME": "/h"}).data_home == Path(
        "/x/share"
    )
    for ignored in ("", "relative/path"):
        found = Locations.for_user({"XDG_DATA_HOME": ignored, "HOME": "/h"})
        assert found.data_home == Path("/h/.local/share")


@given(st.lists(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1), min_size=1))
def test_any_command_survives_the_exec_quoting(args):
    assert exec_command(desktop_entry_text(args)) == args


def test_quoting_examples():
    assert quote_exec_argument("/usr/bin/agentdesk") == "/usr/bin/agentdesk"
    assert quote_exec_argument("/home/a b/x") == '"/home/a b/x"'
    assert quote_exec_argument("50%") == "50%%"
    assert quote_exec_argument('a"$`\\') == '"a\\"\\$\\`\\\\"'


def test_cli_install_show_remove(home, tmp_path, capsys):
    data = tmp_path / "team data"
    assert main(["--data-dir", str(data), "desktop-entry", "install"]) == 0
    command = exec_command(home.desktop_file.read_text())
    assert command[-2:] == ["--data-dir", str(data.resolve())]
    assert Path(command[0]).is_file() or command[1:3] == ["-m", "agentdesk"]
    assert main(["desktop-entry", "show"]) == 0
    assert "[Desktop Entry]" in capsys.readouterr().out
    assert main(["desktop-entry", "remove"]) == 0
    assert not home.desktop_file.exists()


def png_size(path: Path) -> tuple[int, int]:
    with open(path, "rb") as fh:
        head = fh.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_the_bundled_icon_has_every_size():
    icons = resources_dir() / "icons"
    assert (icons / "agentdesk.svg").read_text().lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        assert png_size(icons / f"agentdesk-{size}.png") == (size, size)
