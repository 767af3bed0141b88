"""How long the keyboard and mouse have been idle, from whichever desktop service answers.

Tried in order, the first that answers is used:

1. `org.freedesktop.ScreenSaver.GetSessionIdleTime` on the session bus (KDE Plasma and others;
   it answers in milliseconds, as KDE's KIdleTime counts, whatever older drafts said).
2. GNOME's `org.gnome.Mutter.IdleMonitor.GetIdletime` (milliseconds), on X11 and Wayland.
3. X11's screen saver extension, `XScreenSaverQueryInfo` from libXss.so.1 through ctypes
   (Debian: libxss1), on an X11 session only: under XWayland it would see only X clients' input.

Wayland's ext-idle-notify-v1 needs a Wayland client object the Qt Widgets API does not hand
out, so compositors that answer none of these (sway, Hyprland) give `NullIdleTime`: the camera
alone then says whether someone is at the desk.

D-Bus calls block the GUI thread for at most CALL_TIMEOUT_MS; a service that fails
MAX_FAILURES times in a row is asked no more.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from postureapp.core.ports import IdleTimeSource

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

LOG = logging.getLogger("postureapp")

CALL_TIMEOUT_MS: Final = 250
MAX_FAILURES: Final = 3

FREEDESKTOP_SCREENSAVER: Final = (
    "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
    "GetSessionIdleTime",
)
MUTTER_IDLE_MONITOR: Final = (
    "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
    "org.gnome.Mutter.IdleMonitor", "GetIdletime",
)


class NullIdleTime:
    """No idle time on this desktop: presence comes from the camera alone."""

    description = "none"

    def idle_s(self) -> float | None:
        """Unknown."""
        return None


class DBusIdleTime:
    """One D-Bus method that answers the idle time in milliseconds."""

    def __init__(self, bus: QDBusConnection, method: tuple[str, str, str, str]) -> None:
        """Ask `method` ((service, object path, interface, member)) on `bus`."""
        self._bus = bus
        self._method = method
        self._failures = 0
        self.description = f"{method[2]}.{method[3]}"

    def idle_s(self) -> float | None:
        """Seconds since the last input; None when the service did not answer a count."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        if self._failures >= MAX_FAILURES:
            return None
        service, path, interface, member = self._method
        call = QDBusMessage.createMethodCall(service, path, interface, member)
        reply = self._bus.call(call, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        arguments = reply.arguments()
        value = arguments[0] if arguments else None
        is_count = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        if reply.type() is QDBusMessage.MessageType.ReplyMessage and is_count:
            self._failures = 0
            return float(value) / 1000.0  # type: ignore[arg-type]
        self._failures += 1
        if self._failures == MAX_FAILURES:
            LOG.warning("idle time from %s stopped answering (%s): the camera alone tells "
                        "presence", self.description,
                        reply.errorMessage() or f"answered {arguments!r}")
        return None


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("event_mask", ctypes.c_ulong),
    ]


class X11IdleTime:
    """The X server's screen saver extension (libXss), asked through ctypes."""

    description = "X11 screen saver extension"

    def __init__(self, display_name: str | None = None) -> None:
        """Open the display (`$DISPLAY` by default).

        Raises:
            OSError: libX11 or libXss is missing, the display cannot be opened, or the
                server has no screen saver extension.
        """
        x11 = _load_library("X11", "libX11.so.6")
        xss = _load_library("Xss", "libXss.so.1")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo)]
        name = None if display_name is None else display_name.encode()
        display = x11.XOpenDisplay(name)
        if not display:
            raise OSError(f"cannot open X display {display_name or os.environ.get('DISPLAY')}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        # Asking a server without the extension would be an X error, which ends the process.
        if not xss.XScreenSaverQueryExtension(display, ctypes.byref(event_base),
                                              ctypes.byref(error_base)):
            x11.XCloseDisplay(display)
            raise OSError("the X server has no screen saver extension")
        self._x11 = x11
        self._xss = xss
        self._display: int | None = display
        self._root = x11.XDefaultRootWindow(display)
        self._info = _XScreenSaverInfo()

    def idle_s(self) -> float | None:
        """Seconds since the last input on this X display; None once closed or on failure."""
        if self._display is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root,
                                               ctypes.byref(self._info)):
            return None
        return float(self._info.idle) / 1000.0

    def close(self) -> None:
        """Close the display connection; safe to call twice."""
        if self._display is not None:
            self._x11.XCloseDisplay(self._display)
            self._display = None


def _load_library(name: str, soname: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        found = ctypes.util.find_library(name)
        if found is None:
            raise OSError(f"{soname} not found (Debian: {_DEBIAN_PACKAGES[name]})") from None
        return ctypes.CDLL(found)


_DEBIAN_PACKAGES: Final = {"X11": "libx11-6", "Xss": "libxss1"}


def idle_time_of_this_desktop() -> IdleTimeSource:
    """The first idle time source that answers on this desktop, or `NullIdleTime`."""
    bus: QDBusConnection | None = None
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a Qt build without D-Bus
        pass
    else:
        bus = QDBusConnection.sessionBus()
    # Under XWayland the X server sees only X clients' input: not a measure of the user.
    display = None if os.environ.get("WAYLAND_DISPLAY") else os.environ.get("DISPLAY")
    return idle_time_for(bus, display)


def idle_time_for(bus: QDBusConnection | None, x11_display: str | None) -> IdleTimeSource:
    """The first source that answers now: the D-Bus services on `bus`, then the X11 display
    (None: not an X11 session); else `NullIdleTime`, with a log line saying why."""
    candidates: list[Callable[[], IdleTimeSource]] = []
    if bus is not None and bus.isConnected():
        candidates += [lambda: DBusIdleTime(bus, FREEDESKTOP_SCREENSAVER),
                       lambda: DBusIdleTime(bus, MUTTER_IDLE_MONITOR)]
    if x11_display:
        candidates.append(lambda: X11IdleTime(x11_display))
    problems: list[str] = []
    for make in candidates:
        try:
            source = make()
        except OSError as error:
            problems.append(str(error))
            continue
        if source.idle_s() is not None:
            return source
        problems.append(f"{source.description} did not answer")
    LOG.info("no idle time from this desktop (%s): the camera alone tells presence",
             "; ".join(problems) or "no session bus and no X11 display")
    return NullIdleTime()
