"""`agentdesk call`: hand an incoming call to the running app (softphone screen pop).

The running app listens on a local socket named after its data folder (one app per data
folder). This module holds both ends' protocol — one JSON line each way — and the client;
it imports no Qt (a softphone may run it for every ringing call, so it must start fast).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from agentdesk.errors import ValidationError

PROTOCOL = 1
CHANNELS = ("voice", "chat")
MAX_MESSAGE = 4096  # bytes of one request line; anything longer is refused
ACTIVATE: dict[str, Any] = {"v": PROTOCOL, "cmd": "activate"}
_NUMBER = re.compile(r"\+?[0-9][0-9 ()./-]{2,31}\Z")

EXIT_NOT_RUNNING = 3
EXIT_NO_REPLY = 4


@dataclass(frozen=True)
class CallRequest:
    """A call the softphone reports: the caller's number and the channel."""

    number: str
    channel: str = "voice"


class Delivery(StrEnum):
    DELIVERED = "delivered"  # the running app answered
    NO_SERVER = "no-server"  # nobody listens for this data folder
    NO_REPLY = "no-reply"  # something listens but did not answer in time


def clean_number(text: str) -> str:
    """The number as given, trimmed; ValidationError unless it looks like a phone number."""
    number = " ".join(str(text).split())
    if not _NUMBER.match(number):
        raise ValidationError(
            "The caller number must be digits, optionally with a leading + and spaces, "
            "brackets, dots or dashes (3 to 32 characters).",
            "number",
        )
    return number


def server_address(root: Path) -> str:
    """Where the app for data folder ``root`` listens: a socket path (a pipe name on Windows).

    The per-user runtime folder is preferred on POSIX: nobody else can create or reach a
    socket there.
    """
    digest = hashlib.sha256(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    name = f"agentdesk-{digest}"
    if os.name == "nt":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return str(folder / name)


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    """One protocol line as a dict; ValueError when it is not one."""
    if len(line) > MAX_MESSAGE:
        raise ValueError("message too long")
    data = json.loads(line.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("message must be a JSON object")
    return data


def call_message(request: CallRequest) -> dict[str, Any]:
    return {"v": PROTOCOL, "cmd": "call", "number": request.number, "channel": request.channel}


def request_from(message: dict[str, Any]) -> CallRequest:
    """The CallRequest in a `call` message; ValueError (no personal data) when malformed."""
    channel = message.get("channel", "voice")
    if channel not in CHANNELS:
        raise ValueError("unknown channel")
    try:
        return CallRequest(clean_number(str(message.get("number", ""))), channel)
    except ValidationError:
        raise ValueError("not a phone number") from None


def send_message(
    address: str, message: dict[str, Any], timeout: float = 3.0
) -> tuple[Delivery, dict[str, Any]]:
    """Send one request to the app at ``address`` and wait for its one-line answer."""
    if os.name == "nt":  # pragma: no cover - named pipes: Qt speaks them for us
        return _send_qt(address, message, timeout)
    path = Path(address)
    try:
        if path.stat().st_uid != os.getuid():
            return Delivery.NO_SERVER, {}  # someone else's socket: never talk to it
    except OSError:
        return Delivery.NO_SERVER, {}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(path))
        except OSError:
            return Delivery.NO_SERVER, {}  # a stale socket left by a crash
        deadline = time.monotonic() + timeout
        reply = b""
        try:
            sock.sendall(encode(message))
            while b"\n" not in reply and len(reply) <= MAX_MESSAGE:
                sock.settimeout(max(0.01, deadline - time.monotonic()))
                chunk = sock.recv(1024)
                if not chunk:
                    break
                reply += chunk
        except OSError:
            return Delivery.NO_REPLY, {}
    try:
        return Delivery.DELIVERED, decode(reply.split(b"\n", 1)[0])
    except ValueError:
        return Delivery.NO_REPLY, {}


def _send_qt(
    address: str, message: dict[str, Any], timeout: float
) -> tuple[Delivery, dict[str, Any]]:  # pragma: no cover - Windows only
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalSocket

    _app = QCoreApplication.instance() or QCoreApplication([])  # Qt sockets want one
    sock = QLocalSocket()
    sock.connectToServer(address)
    if not sock.waitForConnected(int(timeout * 1000)):
        return Delivery.NO_SERVER, {}
    sock.write(encode(message))
    sock.waitForBytesWritten(int(timeout * 1000))
    if not sock.waitForReadyRead(int(timeout * 1000)):
        return Delivery.NO_REPLY, {}
    try:
        return Delivery.DELIVERED, decode(bytes(sock.readLine().data()).rstrip(b"\n"))
    except ValueError:
        return Delivery.NO_REPLY, {}


def launch_app(root: Path, request: CallRequest) -> int:
    """Start the desktop app in the background, told to open ``request`` after login."""
    argv = [
        sys.executable, "-m", "agentdesk", "--data-dir", str(root),
        "call", "--number", request.number, "--channel", request.channel, "--in-app",
    ]  # fmt: skip
    kw: dict[str, Any] = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
    }
    if os.name == "nt":  # pragma: no cover
        kw["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        kw["start_new_session"] = True  # the app outlives the softphone's helper process
    return subprocess.Popen(argv, **kw).pid


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "call",
        help="hand an incoming call to the running app",
        description="Tell the running agentdesk (for this data folder) that a call is ringing: "
        "it starts a guided call with the caller's number, or shows a notice if a call is "
        "already in progress. If agentdesk is not running it is started, and the call opens "
        "after you log in.",
    )
    p.add_argument("--number", required=True, help="the caller's phone number, e.g. +441632960123")
    p.add_argument("--channel", choices=CHANNELS, default="voice", help="default: voice")
    p.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the data folder of the app to reach (also accepted before 'call')",
    )
    p.add_argument(
        "--no-start",
        action="store_true",
        help=f"do not start agentdesk when it is not running (exit {EXIT_NOT_RUNNING})",
    )
    p.add_argument("--timeout", type=float, default=3.0, help="seconds to wait for the app")
    p.add_argument("--in-app", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


Sender = Callable[[str, dict[str, Any], float], tuple[Delivery, dict[str, Any]]]
Launcher = Callable[[Path, CallRequest], int]


def run(
    args: argparse.Namespace, *, send: Sender = send_message, launch: Launcher | None = None
) -> int:
    from agentdesk.paths import resolve_data_dir

    request = CallRequest(clean_number(args.number), args.channel)
    # Only the folder's name is needed to find the app: no database, no logging set-up.
    paths = resolve_data_dir(getattr(args, "data_dir", None))
    if args.in_app:  # started by launch_app: this process becomes the desktop app
        from agentdesk.desktop.display import display_problem

        if problem := display_problem():
            print(problem, file=sys.stderr)
            return 1
        from agentdesk.ui.app import run as run_app

        return run_app(args, call=request)
    delivery, reply = send(server_address(paths.root), call_message(request), args.timeout)
    if delivery is Delivery.DELIVERED:
        if not reply.get("ok"):
            print(
                f"agentdesk: the app refused the call: {reply.get('error', '?')}", file=sys.stderr
            )
            return 2
        print("agentdesk: call handed to the running app")
        return 0
    if delivery is Delivery.NO_REPLY:
        print(
            "agentdesk: the app for this data folder is running but did not answer",
            file=sys.stderr,
        )
        return EXIT_NO_REPLY
    if args.no_start:
        print("agentdesk: not running for this data folder", file=sys.stderr)
        return EXIT_NOT_RUNNING
    pid = (launch or launch_app)(paths.root, request)
    print(f"agentdesk: not running; started it (process {pid}); the call opens after login")
    return 0
