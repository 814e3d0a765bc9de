"""The local-socket feed: agentdesk listens (a Unix socket, or a named pipe on Windows) and
the phone system connects and writes JSON lines.  Bytes arrive through Qt's event loop, so
reading never blocks; poll() hands over the records that came in since the last poll."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from agentdesk.callqueue.feed import FeedParser, FeedRecord, LineAssembler

# A writer that never reads cannot fill our memory: records beyond this wait in its socket.
MAX_PENDING = 100_000


class LocalSocketSource(QObject):
    """A QueueSource listening on ``name``; several writers may connect at once."""

    kind = "socket"

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.where = name
        self.parser = FeedParser()
        self._pending: list[FeedRecord] = []
        self._lines: dict[QLocalSocket, LineAssembler] = {}
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_server_new_connection)
        if not self.server.listen(name):
            # A socket file left by a crashed run: remove it and try once more.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.status = "listening" if self.server.isListening() else "unavailable"

    def poll(self) -> list[FeedRecord]:
        out, self._pending = self._pending, []
        return out

    def nominal(self) -> tuple[float, float] | None:
        return None

    def close(self) -> None:
        for socket in list(self._lines):
            socket.abort()
        self._lines.clear()
        self.server.close()

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._lines[socket] = LineAssembler()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._on_socket_disconnected(s))
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        lines = self._lines.get(socket)
        if lines is None or len(self._pending) >= MAX_PENDING:
            return
        for line, offset in lines.feed(bytes(socket.readAll().data())):
            record = self.parser.parse(line, offset)
            if record is not None:
                self._pending.append(record)

    def _on_socket_disconnected(self, socket: QLocalSocket) -> None:
        if socket in self._lines:
            self._on_socket_ready_read(socket)
            # A last line without its newline still counts once the writer has gone.
            rest = self._lines.pop(socket).feed(b"\n")
            for line, offset in rest:
                if line:
                    record = self.parser.parse(line, offset)
                    if record is not None:
                        self._pending.append(record)
        socket.deleteLater()
