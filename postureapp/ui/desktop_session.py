"""One running instance per settings folder: a second start wakes the first."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def instance_key(config_dir: Path) -> str:
    """A name for the single-instance socket: one per user and settings folder, so an
    isolated instance (another --config-dir) may run beside the usual one."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or str(os.getuid())
    digest = hashlib.sha256(str(config_dir.resolve()).encode()).hexdigest()[:12]
    return f"postureapp-{user}-{digest}"


class SingleInstance(QObject):
    """Makes sure one app runs per settings folder; a second start wakes the first.

    Signals:
        activation_requested(): another start of the app asked this one to come forward.
    """

    activation_requested = Signal()

    def __init__(self, key: str) -> None:
        super().__init__()
        self._key = key
        self._server: QLocalServer | None = None

    def notify_running_instance(self, timeout_ms: int = 1000) -> bool:
        """Tell an instance already running to come forward; False when there is none."""
        socket = QLocalSocket()
        socket.connectToServer(self._key)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(b"activate\n")
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Become the running instance. Cleans up a socket a crashed instance left behind."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._key):
            QLocalServer.removeServer(self._key)  # stale, since nobody answered on it
            if not server.listen(self._key):
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is not None:
            # The message is only a knock on the door; read it so the socket can close.
            socket.readyRead.connect(lambda: socket.readAll())
            socket.disconnected.connect(socket.deleteLater)
        self.activation_requested.emit()

    def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            self._server = None
