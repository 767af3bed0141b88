"""Screen lock and suspend from real D-Bus signals, sent by test services that own the names."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from postureapp.adapters.session_signals import (
    LOGIN1,
    SCREENSAVERS,
    DBusSessionSignals,
    NullSessionSignals,
    watch_session_signals,
)
from tests.session_env import IsolatedSession


@pytest.fixture
def buses(isolated_session: IsolatedSession) -> None:
    if not isolated_session.has_buses:
        message = "dbus-daemon is missing (Debian: dbus-daemon), so there are no test buses"
        if os.environ.get("POSTUREAPP_REQUIRE_DESKTOP") == "1":
            pytest.fail(message)
        pytest.skip(message)


class TestService:
    """A service on its own connection that owns a well-known name and emits one signal."""

    __test__ = False  # a helper, not a test class

    def __init__(self, bus: QDBusConnection.BusType, name: str) -> None:
        self.connection_name = f"test-service-{name}"
        self.connection = QDBusConnection.connectToBus(bus, self.connection_name)
        assert self.connection.isConnected()
        assert self.connection.registerService(name)
        self.name = name

    def emit(self, path: str, interface: str, member: str, *arguments: object) -> None:
        message = QDBusMessage.createSignal(path, interface, member)
        message.setArguments(list(arguments))
        assert self.connection.send(message)

    def close(self) -> None:
        self.connection.unregisterService(self.name)
        QDBusConnection.disconnectFromBus(self.connection_name)


@pytest.fixture
def screensaver(buses: None) -> Iterator[TestService]:
    service = TestService(QDBusConnection.BusType.SessionBus, SCREENSAVERS[0][0])
    yield service
    service.close()


@pytest.fixture
def logind(buses: None) -> Iterator[TestService]:
    service = TestService(QDBusConnection.BusType.SystemBus, LOGIN1[0])
    yield service
    service.close()


def test_a_screen_lock_and_unlock_arrive_as_lock_changed(
    qtbot: QtBot, screensaver: TestService
) -> None:
    signals = watch_session_signals()
    assert isinstance(signals, DBusSessionSignals)
    assert "org.freedesktop.ScreenSaver" in signals.sources
    _, path, interface = SCREENSAVERS[0]
    for is_locked in (True, False):
        with qtbot.waitSignal(signals.lock_changed, timeout=5000) as received:
            screensaver.emit(path, interface, "ActiveChanged", is_locked)
        assert received.args == [is_locked]


def test_a_suspend_and_wake_arrive_as_sleep_changed(qtbot: QtBot, logind: TestService) -> None:
    signals = watch_session_signals()
    assert "org.freedesktop.login1" in signals.sources
    _, path, interface = LOGIN1
    for is_sleeping in (True, False):
        with qtbot.waitSignal(signals.sleep_changed, timeout=5000) as received:
            logind.emit(path, interface, "PrepareForSleep", is_sleeping)
        assert received.args == [is_sleeping]


def test_a_signal_from_a_sender_that_does_not_own_the_name_is_ignored(
    qtbot: QtBot, buses: None
) -> None:
    signals = watch_session_signals()
    impostor = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "impostor")
    _, path, interface = SCREENSAVERS[0]
    message = QDBusMessage.createSignal(path, interface, "ActiveChanged")
    message.setArguments([True])
    with qtbot.assertNotEmitted(signals.lock_changed, wait=500):
        assert impostor.send(message)
    QDBusConnection.disconnectFromBus("impostor")


def test_without_any_bus_the_app_gets_the_null_object(tmp_path: object) -> None:
    # A fresh process: Qt keeps its bus connections for the life of a process.
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from postureapp.adapters.session_signals import watch_session_signals\n"
        "signals = watch_session_signals()\n"
        "print(type(signals).__name__, list(signals.sources))\n"
    )
    nowhere = f"unix:path={tmp_path}/no-bus"
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": nowhere, "DBUS_SYSTEM_BUS_ADDRESS": nowhere}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.split() == [NullSessionSignals.__name__, "[]"]
