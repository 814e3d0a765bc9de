"""Before Qt starts: can a window open here? One sentence instead of Qt's abort (status 134).

Without a display, or with Qt's X11 platform plugin missing a system library, creating the
QApplication aborts the process with a paragraph about plugins. This check runs first, needs no
Qt, and names what to do: where to start the app, or which packages to install.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# Shared libraries Qt's xcb platform plugin loads (ldd of PySide6's libqxcb.so), with the
# Debian/Ubuntu package that provides each; tests/unit/desktop checks the list against ldd.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Platforms that need no display server (tests, kiosks, VNC).
HEADLESS_PLATFORMS = {
    "offscreen",
    "minimal",
    "minimalegl",
    "vnc",
    "linuxfb",
    "eglfs",
    "vkkhrdisplay",
}
XVFB_HINT = "sudo apt install xvfb, then run it as: xvfb-run agentdesk"


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _x_display_answers(display: str) -> bool:
    """Connect to the X server with libxcb and hang up: exactly what Qt's xcb plugin does."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return conn is not None and xcb.xcb_connection_has_error(conn) == 0
    finally:
        if conn is not None:
            xcb.xcb_disconnect(conn)


def _wayland_socket(environ: Mapping[str, str]) -> Path | None:
    name = environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute():
        path = Path(environ.get("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}")) / name
    return path


def display_problem(
    environ: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
    x_answers: Callable[[str], bool] = _x_display_answers,
) -> str | None:
    """None when Qt can open a window; otherwise one sentence saying why and what to install."""
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if chosen in HEADLESS_PLATFORMS:
        return None
    wayland = _wayland_socket(environ)
    wayland_answers = wayland is not None and wayland.exists()
    if chosen.startswith("wayland"):
        if wayland_answers:
            return None
        return (
            "agentdesk cannot open its window: no Wayland display answers "
            f"(WAYLAND_DISPLAY={environ.get('WAYLAND_DISPLAY', '')!r}); start it from the "
            f"desktop session, or on a machine without one: {XVFB_HINT}."
        )
    if not chosen and wayland_answers:
        return None
    # X11: asked for (xcb), or the default without a Wayland session.
    display = environ.get("DISPLAY", "")
    if not display:
        return (
            "agentdesk cannot open its window: there is no graphical display (neither DISPLAY "
            "nor WAYLAND_DISPLAY is set); start it from the desktop session, or on a machine "
            f"without one: {XVFB_HINT}; the commands (agentdesk --help) need no display."
        )
    missing = [package for soname, package in XCB_LIBRARIES.items() if not loads(soname)]
    if missing:
        return (
            "agentdesk cannot open its window because Qt's X11 support needs system libraries "
            f"that are missing; install them with: sudo apt install {' '.join(missing)}."
        )
    if not x_answers(display):
        return (
            f"agentdesk cannot open its window: the X display {display!r} does not answer "
            "(is the desktop session still running, and may this user use it?); "
            f"on a machine without a desktop: {XVFB_HINT}."
        )
    return None
