"""A private D-Bus session bus for tests: a real dbus-daemon, never the user's own bus."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from tests.desktop.desktops import missing_tools
from tests.session_env import write_bus_config


def require_tools(*tools: str, hint: str) -> None:
    """Skip the test when a tool is missing, or fail it where CI promised to install it."""
    missing = missing_tools(tools)
    if missing:
        message = f"missing {', '.join(missing)} ({hint})"
        if os.environ.get("POSTUREAPP_REQUIRE_DESKTOP") == "1":
            pytest.fail(message)
        pytest.skip(message)


class PrivateSessionBus:
    """A running dbus-daemon and the Qt connections made to it.

    Attributes:
        address: The bus address, as DBUS_SESSION_BUS_ADDRESS would hold it.
    """

    def __init__(self, address: str, services_dir: Path) -> None:
        self.address = address
        self._services_dir = services_dir
        self._connection_names: list[str] = []
        self._services: list[tuple[QDBusConnection, str, str, QObject]] = []

    def connect(self) -> QDBusConnection:
        """A new connection to this bus, closed when the test ends."""
        name = f"test-{uuid.uuid4().hex[:8]}"
        connection = QDBusConnection.connectToBus(self.address, name)
        assert connection.isConnected(), connection.lastError().message()
        self._connection_names.append(name)
        return connection

    def add_activatable_service(self, name: str, command: str) -> None:
        """Let the bus start `command` when `name` is called (D-Bus activation)."""
        (self._services_dir / f"{name}.service").write_text(
            f"[D-BUS Service]\nName={name}\nExec={command}\n")
        reload = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                               "org.freedesktop.DBus", "ReloadConfig")
        reply = self.connect().call(reload)
        assert reply.type() is QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()

    def serve(self, connection: QDBusConnection, name: str, path: str, service: QObject) -> None:
        """Export `service`'s slots and signals at `path` and own `name` (in that order, since
        clients match a signal's sender against the name's owner) until the test ends."""
        options = (QDBusConnection.RegisterOption.ExportAllSlots
                   | QDBusConnection.RegisterOption.ExportAllSignals)
        assert connection.registerObject(path, service, options)
        assert connection.registerService(name), connection.lastError().message()
        self._services.append((connection, name, path, service))  # alive while exported

    def close(self) -> None:
        for connection, name, path, _service in self._services:
            connection.unregisterService(name)
            connection.unregisterObject(path)
        self._services.clear()
        for name in self._connection_names:
            QDBusConnection.disconnectFromBus(name)


@contextmanager
def private_session_bus(tmp_path: Path) -> Iterator[PrivateSessionBus]:
    """Start a dbus-daemon of our own for the length of the block."""
    require_tools("dbus-daemon", hint="Debian: dbus-daemon")
    runtime = tmp_path / "bus"
    services = tmp_path / "bus-services"
    runtime.mkdir()
    services.mkdir()
    config = write_bus_config(tmp_path / "bus.conf", runtime, services)
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork",
                               "--print-address=1"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        bus = PrivateSessionBus(address, services)
        try:
            yield bus
        finally:
            bus.close()
    finally:
        daemon.terminate()
        daemon.wait(10)
        if daemon.stdout is not None:
            daemon.stdout.close()
