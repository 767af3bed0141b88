"""A real notification server: dunst on a private bus and display shows, replaces and closes ours.

Needs Xvfb, dunst (with dunstctl) and dbus-daemon (Debian: xvfb dunst dbus-daemon). Skipped
when they are missing, unless POSTUREAPP_REQUIRE_DESKTOP=1, where their absence fails the test.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from postureapp.adapters.freedesktop_notifications import (
    FreedesktopNotifier,
    notifier_for_session_bus,
)
from postureapp.core.notifications import Notification
from postureapp.ui.resources import icon_path
from tests.fakes import RecordingNotifier
from tests.session_bus import PrivateSessionBus, private_session_bus, require_tools

pytestmark = pytest.mark.desktop

WAIT_MS = 15_000
BREAK = Notification("break", "Time for a break",
                     "You have been sitting for 50 min. Stand up and stretch.",
                     (("start-break", "Start break"), ("snooze", "Snooze")))


class Dunst:
    def __init__(self, bus: PrivateSessionBus, env: dict[str, str]) -> None:
        self.bus = bus
        self.env = env

    def ctl(self, *args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=self.env, check=True,
                              capture_output=True, text=True, timeout=10).stdout

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed"))

    def history(self) -> list[dict[str, object]]:
        entries = json.loads(self.ctl("history"))["data"][0]
        return [{name: field["data"] for name, field in entry.items()} for entry in entries]


def _owns_notifications(connection: QDBusConnection) -> bool:
    message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                            "org.freedesktop.DBus", "NameHasOwner")
    message.setArguments(["org.freedesktop.Notifications"])
    return connection.call(message).arguments() == [True]


@pytest.fixture
def dunst(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Dunst]:
    require_tools("Xvfb", "dunst", "dunstctl", "dbus-daemon",
                  hint="Debian: xvfb dunst dbus-daemon")
    with private_session_bus(tmp_path) as bus:
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                 "1024x768x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                                stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as reader:
            display = ":" + reader.readline().strip()
        # dunst's defaults, not the user's config; the bus and display are ours alone.
        env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus.address,
               "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
        env.pop("WAYLAND_DISPLAY", None)
        # dunst asks "dmenu" which action to run; this one picks the Start break line.
        menu = tmp_path / "pick-start-break"
        menu.write_text("#!/bin/sh\ngrep -m1 'Start break'\n")
        menu.chmod(0o755)
        (tmp_path / "config" / "dunst").mkdir(parents=True)
        (tmp_path / "config" / "dunst" / "dunstrc").write_text(f"[global]\n    dmenu = {menu}\n")
        daemon = subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            watcher = bus.connect()
            qtbot.waitUntil(lambda: _owns_notifications(watcher), timeout=WAIT_MS)
            yield Dunst(bus, env)
        finally:
            daemon.terminate()
            xvfb.terminate()
            daemon.wait(10)
            xvfb.wait(10)


def test_dunst_shows_our_notification_with_our_name_and_icon_and_closes_it_on_withdraw(
    qtbot: QtBot, dunst: Dunst
) -> None:
    icon = icon_path("postureapp.svg")
    notifier = notifier_for_session_bus(RecordingNotifier(), icon, dunst.bus.connect())
    assert isinstance(notifier, FreedesktopNotifier)
    notifier.notify(BREAK)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    notifier.notify(BREAK)  # the same key again: replaced, not piled up
    notifier.withdraw("break")
    qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
    shown = [entry for entry in dunst.history() if entry["summary"] == BREAK.title]
    assert len(shown) == 1
    assert shown[0]["appname"] == "postureapp"
    assert shown[0]["body"] == BREAK.body
    assert shown[0]["icon_path"] == str(icon.resolve())


def test_an_action_chosen_in_dunst_reaches_the_app(qtbot: QtBot, dunst: Dunst) -> None:
    notifier = notifier_for_session_bus(RecordingNotifier(), icon_path("postureapp.svg"),
                                        dunst.bus.connect())
    assert isinstance(notifier, FreedesktopNotifier)
    notifier.notify(BREAK)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(notifier.action_invoked, timeout=WAIT_MS) as invoked:
        dunst.ctl("context")  # the user opens the notification's menu and picks Start break
    assert invoked.args == ["break", "start-break"]
