"""The call-pop wire protocol: one JSON line each way between a softphone helper and the app.

Both ends use it: `agentdesk call` (the client) and the running app's single-instance server.
Plain Python, no Qt: a softphone may run the client for every ringing call, so it starts fast.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
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
            code="callpop.number_invalid",
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
