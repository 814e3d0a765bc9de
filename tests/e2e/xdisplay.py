"""A real X display for end-to-end tests: Xvfb, a small window manager (openbox) so windows
take the focus as on a desktop, and xdotool to send real X key events.

CI installs them (.ci/run). Elsewhere the tests that need them skip, saying what to install;
with CI=true a missing tool fails instead, so CI can never pass without running them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool")
PACKAGES = (
    "xvfb openbox xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 "
    "libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0"
)


def require_tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if not missing:
        return
    why = f"needs {', '.join(missing)} (apt-get install {PACKAGES})"
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


@dataclass
class XDisplay:
    name: str

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=self.name, QT_QPA_PLATFORM="xcb", **extra)
        return env

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return result.stdout.strip()

    def wait_window(self, title_regex: str, timeout: float = 30) -> str:
        """The id of a visible window whose title matches; blocks until there is one.

        xdotool ends with an X error and prints nothing when a window it looks at is destroyed
        during the search (a dialog closing as the next window opens): search again then."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no window {title_regex!r} on screen")
            out = self.xdotool(
                "search", "--sync", "--onlyvisible", "--name", title_regex, timeout=left
            )
            if out:
                return out.splitlines()[-1]

    def wait_gone(self, title_regex: str, timeout: float = 30) -> None:
        """Returns once no visible window has a matching title (polls xdotool, no sleep)."""
        deadline = time.monotonic() + timeout
        while self.xdotool("search", "--onlyvisible", "--name", title_regex):
            if time.monotonic() > deadline:
                raise TimeoutError(f"a window {title_regex!r} is still on screen")

    def focus(self, window_id: str) -> None:
        self.xdotool("windowactivate", "--sync", window_id)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "15", text)

    def keys(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "40", *keys)


@contextmanager
def x_display(geometry: str = "1600x1000") -> Iterator[XDisplay]:
    require_tools()
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{geometry}x24", "-nolisten",
         "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # Xvfb writes it once the display is ready
    display = XDisplay(f":{number}")
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=display.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield display
    finally:
        for proc in (wm, xvfb):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
