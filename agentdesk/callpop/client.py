"""The client end of the call-pop protocol: send one request line, read one answer line."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path
from typing import Any

from agentdesk.callpop.protocol import MAX_MESSAGE, Delivery, decode, encode


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
