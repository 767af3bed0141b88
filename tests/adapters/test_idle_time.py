"""Idle time from the desktop: D-Bus services on a private bus (each in its own process, as a
desktop's is), and X11 on Xvfb with xdotool typing."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from postureapp.adapters.idle_time import (
    FREEDESKTOP_SCREENSAVER,
    MAX_FAILURES,
    DBusIdleTime,
    NullIdleTime,
    X11IdleTime,
    idle_time_for,
)
from tests.desktop.desktops import wait_until
from tests.session_bus import PrivateSessionBus, private_session_bus, require_tools

X11_HINT = "Debian: xvfb xdotool libxss1"


class Services:
    """Idle time services on a private bus, each in a process of its own."""

    def __init__(self, bus: PrivateSessionBus) -> None:
        self.bus = bus
        self._processes: list[subprocess.Popen[str]] = []

    def serve(self, kind: str, idle_ms: int = 0) -> None:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.idle_time_service", self.bus.address, kind,
             str(idle_ms)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._processes.append(process)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"

    def stop(self) -> None:
        for process in self._processes:
            assert process.stdin is not None and process.stdout is not None
            process.stdin.close()
            process.wait(10)
            process.stdout.close()
        self._processes.clear()


@pytest.fixture
def services(qapp: object, tmp_path: Path) -> Iterator[Services]:
    with private_session_bus(tmp_path) as bus:
        running = Services(bus)
        try:
            yield running
        finally:
            running.stop()


def test_kde_style_session_idle_time_is_read_in_seconds(services: Services) -> None:
    services.serve("freedesktop", 4500)
    source = idle_time_for(services.bus.connect(), None)
    assert isinstance(source, DBusIdleTime)
    assert source.description == "org.freedesktop.ScreenSaver.GetSessionIdleTime"
    assert source.idle_s() == pytest.approx(4.5)


def test_gnome_idle_monitor_answers_where_the_screensaver_does_not(
    services: Services,
) -> None:
    services.serve("mutter", 120_000)
    source = idle_time_for(services.bus.connect(), None)
    assert source.description == "org.gnome.Mutter.IdleMonitor.GetIdletime"
    assert source.idle_s() == pytest.approx(120.0)


def test_with_no_service_and_no_display_presence_is_the_camera_s_alone(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="postureapp"):
        source = idle_time_for(services.bus.connect(), None)
    assert isinstance(source, NullIdleTime)
    assert source.idle_s() is None
    assert "GetSessionIdleTime did not answer" in caplog.text
    assert "GetIdletime did not answer" in caplog.text
    assert "the camera alone tells presence" in caplog.text


def test_a_service_answering_nonsense_is_not_used(services: Services) -> None:
    services.serve("nonsense")
    assert isinstance(idle_time_for(services.bus.connect(), None), NullIdleTime)


def test_a_service_that_goes_away_is_asked_no_more_after_a_few_failures(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    connection = services.bus.connect()
    services.serve("freedesktop", 1000)
    source = DBusIdleTime(connection, FREEDESKTOP_SCREENSAVER)
    assert source.idle_s() == pytest.approx(1.0)
    services.stop()  # the desktop's service quit
    with caplog.at_level(logging.WARNING, logger="postureapp"):
        assert [source.idle_s() for _ in range(MAX_FAILURES + 2)] == [None] * (MAX_FAILURES + 2)
    assert caplog.text.count("stopped answering") == 1


def test_no_bus_and_no_display_is_the_null_object() -> None:
    assert isinstance(idle_time_for(None, None), NullIdleTime)


def test_a_display_that_cannot_be_opened_is_the_null_object(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="postureapp"):
        source = idle_time_for(QDBusConnection("not-connected"), ":4242")
    assert isinstance(source, NullIdleTime)
    assert "X display :4242" in caplog.text or "libXss.so.1 not found" in caplog.text


# X11: a real X server, real key presses


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    require_tools("Xvfb", "xdotool", hint=X11_HINT)
    read_fd, write_fd = os.pipe()
    # -noreset: by default the server resets when its last client leaves, and a connection
    # made during the reset fails; a desktop's server always has clients.
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               "640x480x24", "-nolisten", "tcp", "-noreset"],
                              pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as reader:
            yield ":" + reader.readline().strip()
    finally:
        server.terminate()
        server.wait(10)


def _x11_idle_time(display: str) -> X11IdleTime:
    try:
        return X11IdleTime(display)
    except OSError as error:
        if "libXss" in str(error) and os.environ.get("POSTUREAPP_REQUIRE_DESKTOP") != "1":
            pytest.skip(f"{error}")
        raise


def test_x11_idle_time_grows_and_typing_resets_it(xvfb_display: str) -> None:
    source = _x11_idle_time(xvfb_display)
    try:
        # A real X server's clock: wait (with a deadline) for some idle time to build up.
        wait_until(lambda: (source.idle_s() or 0.0) >= 1.0, 10.0, "a second of X idle time")
        subprocess.run(["xdotool", "type", "hello"], check=True,
                       env={**os.environ, "DISPLAY": xvfb_display})
        idle_s = source.idle_s()
        assert idle_s is not None
        assert idle_s < 1.0
    finally:
        source.close()
    assert source.idle_s() is None  # closed


def test_x11_is_used_when_no_d_bus_service_answers(xvfb_display: str) -> None:
    _x11_idle_time(xvfb_display).close()  # skips where libXss is missing
    source = idle_time_for(None, xvfb_display)
    assert isinstance(source, X11IdleTime)
    assert source.description == "X11 screen saver extension"
    source.close()
