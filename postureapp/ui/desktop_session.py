"""One running instance per settings folder: a second start asks the first to come forward,
and `postureapp ctl` sends it commands, over a local socket only this user can reach."""

from __future__ import annotations

import logging
import os
import socket
import struct
import time
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from postureapp.core.control import (
    MAX_LINE_BYTES,
    ControlAction,
    ControlCommand,
    ControlError,
    ControlHandler,
    ControlReply,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
)

LOG = logging.getLogger("postureapp")


class InstanceUnreachableError(Exception):
    """No running instance of this user's could be asked; the message says why."""


class NoReplyError(InstanceUnreachableError):
    """An instance of this user's took the connection but gave no readable reply in time."""


def send_command(address: Path, command: ControlCommand, timeout_ms: int = 3000) -> ControlReply:
    """Ask the instance listening at `address` to carry out a command; wait for its reply.

    Raises:
        InstanceUnreachableError: Nobody listens there, or the listener is another user's.
        NoReplyError: It did not answer within `timeout_ms` (busy, or an older version).
    """
    connection = QLocalSocket()
    connection.connectToServer(str(address))
    try:
        if not connection.waitForConnected(timeout_ms):
            raise InstanceUnreachableError(
                f"no postureapp is running (nothing answers at {address})")
        uid = _peer_uid(connection.socketDescriptor())
        if not _is_own_uid(uid):
            raise InstanceUnreachableError(
                f"the socket {address} belongs to another user (uid {uid}); not talking to it")
        connection.write(encode_request(command))
        deadline_s = time.monotonic() + timeout_ms / 1000
        while not connection.canReadLine():
            left_ms = int((deadline_s - time.monotonic()) * 1000)
            if (left_ms <= 0 or not connection.waitForReadyRead(left_ms)) and (
                    not connection.canReadLine()):
                raise NoReplyError(
                    "postureapp is running but did not answer (busy, or an older version)")
        try:
            return decode_reply(bytes(connection.readLine().data()))
        except ControlError as error:
            raise NoReplyError(f"postureapp gave an unreadable reply: {error}") from None
    finally:
        connection.abort()


def _peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end (Linux SO_PEERCRED); None where the platform
    cannot tell, and there the socket's private folder alone keeps other users out."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return None
    credentials = struct.Struct("3i")  # struct ucred: pid, uid, gid
    with socket.socket(fileno=os.dup(descriptor)) as peer:
        _pid, uid, _gid = credentials.unpack(
            peer.getsockopt(socket.SOL_SOCKET, option, credentials.size))
    return int(uid)


def _is_own_uid(uid: int | None) -> bool:
    return uid is None or uid == os.getuid()


class SingleInstance(QObject):
    """One app per settings folder: a second start asks the first to come forward, and
    `postureapp ctl` sends it commands, both carried out by the handler given to
    `serve_commands`.

    Both speak one line of JSON each way (postureapp.core.control) over a local socket in a
    folder only this user can reach (postureapp.paths.instance_socket_path); both ends also
    check that the other end is the same user before trusting it.
    """

    def __init__(self, address: Path) -> None:
        super().__init__()
        self._address = address
        self._server: QLocalServer | None = None
        self._handle_command: ControlHandler | None = None

    def notify_running_instance(self, timeout_ms: int = 1000) -> bool:
        """Tell an instance already running to come forward; False when there is none of ours."""
        try:
            send_command(self._address, ControlCommand(ControlAction.ACTIVATE), timeout_ms)
        except NoReplyError as error:
            LOG.warning("%s", error)
            return True  # it is ours and it is there, only slow or older
        except InstanceUnreachableError as error:
            LOG.info("%s", error)
            return False
        return True

    def listen(self) -> bool:
        """Become the running instance. Replaces a socket a crashed instance (or anyone who got
        into our private folder) left behind, since no instance of ours answered on it."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(str(self._address)):
            QLocalServer.removeServer(str(self._address))
            if not server.listen(str(self._address)):
                LOG.warning("cannot listen at %s: %s", self._address, server.errorString())
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def serve_commands(self, handle_command: ControlHandler) -> None:
        """Carry out the commands that arrive with this handler from now on."""
        self._handle_command = handle_command

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            uid = _peer_uid(connection.socketDescriptor())
            if not _is_own_uid(uid):
                LOG.warning("refused a connection from another user (uid %s)", uid)
                connection.abort()
                continue
            connection.readyRead.connect(
                lambda connection=connection: self._answer(connection))

    def _answer(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > MAX_LINE_BYTES:
                self._reply(connection, ControlReply(error="the request is too long"))
            return
        try:
            command = decode_request(bytes(connection.readLine().data()))
        except ControlError as error:
            self._reply(connection, ControlReply(error=str(error)))
            return
        if self._handle_command is None:
            self._reply(connection, ControlReply(error="postureapp is still starting"))
        else:
            self._reply(connection, self._handle_command(command))

    def _reply(self, connection: QLocalSocket, reply: ControlReply) -> None:
        connection.readyRead.disconnect()  # one request per connection
        connection.write(encode_reply(reply))
        connection.disconnectFromServer()  # after the reply is written

    def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            self._server = None
