"""The D-Bus control service on the test session's private bus, called the way users call it:
`gdbus call --session`, and StatusChanged watched with `gdbus monitor`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from postureapp.adapters.dbus_control import (
    BUS_NAME,
    INTERFACE,
    OBJECT_PATH,
    DBusControlService,
    NullControlService,
    open_control_service,
)
from postureapp.core.control import ControlAction, ControlCommand
from tests.fakes import RecordingControlHandler
from tests.session_env import IsolatedSession

Service = tuple[DBusControlService, RecordingControlHandler]


@pytest.fixture(autouse=True)
def _needs_a_bus(isolated_session: IsolatedSession) -> None:
    if not isolated_session.has_buses or shutil.which("gdbus") is None:
        pytest.skip("needs dbus-daemon and gdbus (Debian: dbus-daemon, libglib2.0-bin)")


@pytest.fixture
def service(qapp: object) -> Iterator[Service]:
    recorder = RecordingControlHandler()
    opened = open_control_service(recorder)
    assert isinstance(opened, DBusControlService), opened.description
    yield opened, recorder
    opened.close()  # the name is free again for the next test (and the app tests)


def gdbus(qtbot: QtBot, *words: str) -> subprocess.CompletedProcess[str]:
    """Run gdbus while this process's event loop answers it."""
    process = subprocess.Popen(["gdbus", *words], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=20_000)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def call(qtbot: QtBot, method: str, *args: str) -> subprocess.CompletedProcess[str]:
    return gdbus(qtbot, "call", "--session", "--dest", BUS_NAME, "--object-path", OBJECT_PATH,
                 "--method", f"{INTERFACE}.{method}", *args)


def test_pause_reaches_the_app_and_returns_the_status(
    qtbot: QtBot, service: Service
) -> None:
    _, recorder = service
    result = call(qtbot, "Pause", "900")
    assert result.returncode == 0, result.stderr
    assert "'paused': <true>" in result.stdout
    assert "'pause_remaining_min': <15>" in result.stdout
    assert recorder.commands == [ControlCommand(ControlAction.PAUSE, 900)]
    resumed = call(qtbot, "Resume")
    assert "'paused': <false>" in resumed.stdout
    assert "pause_remaining_min" not in resumed.stdout  # D-Bus has no null: left out


@pytest.mark.parametrize(("method", "args", "command"), [
    ("Pause", ("0",), ControlCommand(ControlAction.PAUSE, None)),
    ("Resume", (), ControlCommand(ControlAction.RESUME)),
    ("TakeBreak", (), ControlCommand(ControlAction.BREAK)),
    ("InMeeting", ("3600",), ControlCommand(ControlAction.MEETING, 3600)),
    ("InMeeting", ("0",), ControlCommand(ControlAction.MEETING, None)),
    ("GetStatus", (), ControlCommand(ControlAction.STATUS)),
])
def test_each_method_asks_for_its_command(
    qtbot: QtBot, service: Service, method: str,
    args: tuple[str, ...], command: ControlCommand
) -> None:
    _, recorder = service
    result = call(qtbot, method, *args)
    assert result.returncode == 0, result.stderr
    assert "'paused'" in result.stdout
    assert recorder.commands == [command]


def test_a_refused_command_is_a_named_error(qtbot: QtBot,
                                           service: Service) -> None:
    result = call(qtbot, "Snooze")
    assert result.returncode != 0
    assert "org.postureapp.Coach.Error.Refused: no break is due" in result.stderr


def test_bad_seconds_are_invalid_args_and_reach_no_handler(
    qtbot: QtBot, service: Service
) -> None:
    _, recorder = service
    result = call(qtbot, "Pause", "100000")
    assert "org.freedesktop.DBus.Error.InvalidArgs" in result.stderr
    assert recorder.commands == []


def test_status_changed_reaches_a_listener(
    qtbot: QtBot, service: Service, tmp_path: Path
) -> None:
    published, _ = service
    log = tmp_path / "monitor.log"
    with log.open("w") as out:
        monitor = subprocess.Popen(["gdbus", "monitor", "--session", "--dest", BUS_NAME],
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        # It prints the owner once its match rules are in place.
        qtbot.waitUntil(lambda: "is owned by" in log.read_text(), timeout=20_000)
        published.publish_status({"paused": True, "pause_remaining_min": None, "text": "Paused"})
        qtbot.waitUntil(lambda: "StatusChanged" in log.read_text(), timeout=20_000)
    finally:
        monitor.terminate()
        monitor.wait(10)
    line = next(x for x in log.read_text().splitlines() if "StatusChanged" in x)
    assert f"{OBJECT_PATH}: {INTERFACE}.StatusChanged" in line
    assert "'paused': <true>" in line and "'text': <'Paused'>" in line
    assert "pause_remaining_min" not in line  # D-Bus has no null: the key is left out


_OWNER = (
    "from PySide6.QtCore import QCoreApplication\n"
    "from PySide6.QtDBus import QDBusConnection\n"
    "app = QCoreApplication([])\n"
    f"print(QDBusConnection.sessionBus().registerService({BUS_NAME!r}), flush=True)\n"
    "app.exec()\n"
)


def test_a_second_instance_goes_without_the_bus_name_and_says_why(qapp: object) -> None:
    owner = subprocess.Popen([sys.executable, "-c", _OWNER], stdout=subprocess.PIPE,
                             env=os.environ.copy())
    try:
        assert owner.stdout is not None
        assert owner.stdout.readline() == b"True\n"  # another postureapp holds the name
        second = open_control_service(RecordingControlHandler())
    finally:
        owner.kill()
        owner.communicate()
    assert isinstance(second, NullControlService)
    assert f"{BUS_NAME} is owned by another postureapp" in second.description
    second.publish_status({"paused": True})  # nobody to tell, and no error either
