"""`agentdesk call`: hand an incoming call to the running app (softphone screen pop).

The running app listens on a local socket named after its data folder (one app per data
folder). The wire protocol lives in `agentdesk.callpop`, shared with the app's server; this
module is the command only and imports no Qt (a softphone may run it for every ringing call).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentdesk.callpop.client import send_message
from agentdesk.callpop.protocol import (
    CHANNELS,
    CallRequest,
    Delivery,
    call_message,
    clean_number,
    server_address,
)

EXIT_NOT_RUNNING = 3
EXIT_NO_REPLY = 4


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
        from agentdesk.ui.launch import run as run_app

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
