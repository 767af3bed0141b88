"""Locks the screen the desktop's own way, with a null object where nothing can.

In order of preference: the screen saver's D-Bus `Lock` method (KDE, Xfce, Cinnamon, MATE
and GNOME's own interface), then `loginctl lock-session` (logind tells the session's locker,
as GNOME's does), then `xdg-screensaver lock`. The first that works locks the screen; none is
a fallback the app invents.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from postureapp.core.ports import ScreenLocker

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

LOG = logging.getLogger("postureapp")

LOCK_TIMEOUT_S: Final = 5.0
"""How long a lock command may take before it counts as not working."""

SCREEN_SAVER_LOCKS: Final = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class NullScreenLocker:
    """No way to lock the screen here: the Lock screen button stays hidden."""

    @property
    def can_lock(self) -> bool:
        """Never."""
        return False

    def lock(self) -> bool:
        """Do nothing."""
        return False


class CommandScreenLocker:
    """Locks the screen by running a command, e.g. `loginctl lock-session`."""

    def __init__(self, argv: Sequence[str]) -> None:
        """Remember the command.

        Args:
            argv: The program and its arguments.
        """
        self._argv = tuple(argv)

    @property
    def can_lock(self) -> bool:
        """True: the command was found when this locker was chosen."""
        return True

    def lock(self) -> bool:
        """Run the command; True when it exits with 0 in time."""
        try:
            result = subprocess.run(self._argv, capture_output=True, timeout=LOCK_TIMEOUT_S,
                                    check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            LOG.warning("%s: %s", " ".join(self._argv), error)
            return False
        if result.returncode != 0:
            LOG.warning("%s failed: %s", " ".join(self._argv),
                        result.stderr.decode(errors="replace").strip())
        return result.returncode == 0


class DBusScreenSaverLocker:
    """Locks the screen by calling `Lock` on a screen saver service on the session bus."""

    def __init__(self, bus: QDBusConnection, address: tuple[str, str, str]) -> None:
        """Remember the service.

        Args:
            bus: The session bus.
            address: (service, object path, interface) of the screen saver.
        """
        self._bus = bus
        self._address = address

    @property
    def can_lock(self) -> bool:
        """True: the service was on the bus when this locker was chosen."""
        return True

    def lock(self) -> bool:
        """Call Lock; True when the screen saver answered without an error."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        service, path, interface = self._address
        call = QDBusMessage.createMethodCall(service, path, interface, "Lock")
        reply = self._bus.call(call, QDBus.CallMode.Block, round(LOCK_TIMEOUT_S * 1000))
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            LOG.warning("%s.Lock failed: %s", interface, reply.errorMessage())
            return False
        return True


class FirstWorkingScreenLocker:
    """Tries each locker in turn until one locks the screen."""

    def __init__(self, lockers: Sequence[ScreenLocker]) -> None:
        """Remember the lockers, best first.

        Args:
            lockers: The ways this desktop may lock the screen.
        """
        self._lockers = tuple(lockers)

    @property
    def can_lock(self) -> bool:
        """True while any of them may still work."""
        return bool(self._lockers)

    def lock(self) -> bool:
        """Lock with the first that works; one that failed is not tried again."""
        while self._lockers:
            if self._lockers[0].lock():
                return True
            self._lockers = self._lockers[1:]
        return False


def screen_locker_for_session(
    bus: QDBusConnection | None = None,
    which: Callable[[str], str | None] = shutil.which,
    environment: Mapping[str, str] = os.environ,
) -> ScreenLocker:
    """The ways this session can lock its screen, best first, or a null object.

    Args:
        bus: The session bus; None asks Qt for it (none where Qt has no D-Bus).
        which: Finds a program on PATH.
        environment: The session's environment (XDG_SESSION_ID, DISPLAY).
    """
    lockers: list[ScreenLocker] = []
    if bus is None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            bus = None
        else:
            bus = QDBusConnection.sessionBus()
    if bus is not None and bus.isConnected():
        names = bus.interface()
        for address in SCREEN_SAVER_LOCKS:
            if names is not None and names.isServiceRegistered(address[0]).value():
                lockers.append(DBusScreenSaverLocker(bus, address))
    loginctl = which("loginctl")
    if loginctl and environment.get("XDG_SESSION_ID"):
        lockers.append(CommandScreenLocker([loginctl, "lock-session"]))
    xdg_screensaver = which("xdg-screensaver")
    if xdg_screensaver and (environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY")):
        lockers.append(CommandScreenLocker([xdg_screensaver, "lock"]))
    if not lockers:
        LOG.info("no way to lock the screen found: the Lock screen button stays hidden")
        return NullScreenLocker()
    return FirstWorkingScreenLocker(lockers)
