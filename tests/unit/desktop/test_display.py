"""No display, or Qt's X11 plugin without its libraries: one sentence, never Qt's abort."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agentdesk.desktop.display import XCB_LIBRARIES, display_problem


def check(environ, *, missing=(), answers=True):
    return display_problem(
        environ,
        platform="linux",
        loads=lambda soname: soname not in missing,
        x_answers=lambda display: answers,
    )


def test_a_working_x_display_passes():
    assert check({"DISPLAY": ":0"}) is None


def test_headless_platforms_need_no_display():
    for platform in ("offscreen", "minimal", "vnc:size=800x600"):
        assert check({"QT_QPA_PLATFORM": platform}, answers=False) is None


def test_no_display_at_all_is_one_sentence_naming_xvfb():
    message = check({})
    assert message and message.count(". ") == 0 and message.endswith(".")
    assert "DISPLAY" in message and "apt install xvfb" in message


def test_missing_xcb_libraries_are_named_as_packages():
    message = check({"DISPLAY": ":0"}, missing={"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"})
    assert message.endswith("sudo apt install libxkbcommon-x11-0 libxcb-cursor0.")


def test_a_display_that_does_not_answer():
    message = check({"DISPLAY": ":57"}, answers=False)
    assert "':57' does not answer" in message


def test_wayland_socket(tmp_path):
    (tmp_path / "wayland-0").touch()
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert check(env, answers=False) is None
    assert check({**env, "QT_QPA_PLATFORM": "wayland"}) is None
    gone = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert "Wayland" in check({**gone, "QT_QPA_PLATFORM": "wayland"})
    # A stale Wayland name with a working X display: Qt uses X11.
    assert check({**gone, "DISPLAY": ":0"}) is None


def test_other_systems_are_not_checked():
    assert display_problem({}, platform="win32") is None


def test_the_library_list_matches_the_installed_plugin():
    """Every X11 library PySide6's xcb plugin links is in the table (with its package)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        pytest.fail(f"no {plugin} or no ldd to read it")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    linked = set(re.findall(r"^\s*(lib(?:xcb|X11|xkbcommon)[\w.-]*\.so\.\d+)", out, re.M))
    assert linked and linked <= set(XCB_LIBRARIES), sorted(linked - set(XCB_LIBRARIES))


@pytest.mark.parametrize("env", [{}, {"DISPLAY": ":97"}], ids=["no-display", "display-gone"])
def test_the_gui_entry_point_says_so_instead_of_aborting(tmp_path, env):
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    clean.pop("QT_QPA_PLATFORM", None)
    clean["AGENTDESK_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "agentdesk"], capture_output=True, text=True, timeout=60,
        env={**clean, **env}, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("agentdesk cannot open its window"), lines
    # Nothing Qt was even imported, so nothing could abort.
    assert "qt.qpa" not in result.stderr
