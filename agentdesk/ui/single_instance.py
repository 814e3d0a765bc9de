"""One app per data folder: a local server that receives call pops and second starts."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from agentdesk.callpop.client import send_message
from agentdesk.callpop.protocol import (
    MAX_MESSAGE,
    PROTOCOL,
    CallRequest,
    Delivery,
    decode,
    encode,
    request_from,
)
from agentdesk.errors import KnownError

log = logging.getLogger(__name__)


class Claim(StrEnum):
    LISTENING = "listening"  # this process is the app for its data folder
    FORWARDED = "forwarded"  # another app runs and took the message: exit quietly
    UNAVAILABLE = "unavailable"  # could not listen: the app runs, without call pops


class InstanceServer(QObject):
    """Listens on ``address`` (see agentdesk/callpop); emits what other processes ask for."""

    call_requested = Signal(object)  # CallRequest
    activate_requested = Signal()

    def __init__(self, address: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def claim(self, message: dict[str, Any], timeout: float = 3.0) -> Claim:
        """Hand ``message`` to a running app, or become the app and listen.

        KnownError when an app is running but does not answer: starting a second one on
        the same data folder would be worse than not starting.
        """
        delivery, _reply = send_message(self.address, message, timeout)
        if delivery is Delivery.DELIVERED:
            return Claim.FORWARDED
        if delivery is Delivery.NO_REPLY:
            raise KnownError(
                "agentdesk is already running for this data folder but does not answer. "
                "Wait a moment, or close it, then try again."
            )
        if self._server.listen(self.address):
            return Claim.LISTENING
        # Nobody answered, so what is there is a socket left by a crash: replace it.
        QLocalServer.removeServer(self.address)
        if self._server.listen(self.address):
            return Claim.LISTENING
        log.warning("call pop unavailable: %s", self._server.errorString())
        return Claim.UNAVAILABLE

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._on_ready_read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_ready_read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > MAX_MESSAGE:
                self._answer(sock, {"ok": False, "error": "message too long"})
            return
        line = bytes(sock.readLine().data()).rstrip(b"\r\n")
        self._answer(sock, self._handle(line))

    def _handle(self, line: bytes) -> dict[str, Any]:
        try:
            message = decode(line)
            if message.get("v") != PROTOCOL:
                raise ValueError("unsupported protocol version")
            cmd = message.get("cmd")
            if cmd == "call":
                request: CallRequest = request_from(message)
                self.call_requested.emit(request)
            elif cmd == "activate":
                self.activate_requested.emit()
            else:
                raise ValueError("unknown command")
        except ValueError as exc:
            log.info("call pop refused: %s", exc)  # the message holds no personal data
            # The protocol's own words, for the softphone's log: never the number itself.
            return {"ok": False, "error": str(exc)}
        return {"ok": True}

    @staticmethod
    def _answer(sock: QLocalSocket, reply: dict[str, Any]) -> None:
        sock.write(encode(reply))
        sock.flush()
        sock.disconnectFromServer()
