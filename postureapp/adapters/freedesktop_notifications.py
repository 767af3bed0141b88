"""Notifications through the desktop's notification server (org.freedesktop.Notifications).

GNOME, KDE, Xfce, dunst, mako and others run one on the session bus. Through it the app's
notifications carry its own name and icon, reach the desktop's history and do-not-disturb,
offer actions (Start break, Snooze) where the server can show them, and replace or withdraw
each other by key instead of piling up. Every call is asynchronous: the GUI never waits on
the server, and a failed call is a log line and the fallback notifier (the tray balloon).
"""

from __future__ import annotations

import ctypes
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Final

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

from postureapp.adapters.session_signals import connect_signal
from postureapp.core.notifications import Notification, Notifier

LOG = logging.getLogger("postureapp")

SERVICE: Final = "org.freedesktop.Notifications"
OBJECT_PATH: Final = "/org/freedesktop/Notifications"
INTERFACE: Final = "org.freedesktop.Notifications"
APP_NAME: Final = "postureapp"
DESKTOP_ENTRY: Final = "postureapp"  # packaging/linux/postureapp.desktop, installed by name
# The server may have to be started (D-Bus activation) before it answers the first call.
CALL_TIMEOUT_MS: Final = 5000
BUS_QUERY_TIMEOUT_MS: Final = 1000
SERVER_DEFAULT_TIMEOUT: Final = -1


class _TypedArguments:
    """Writes D-Bus integers of an exact width, which PySide6 cannot do by itself.

    WORKAROUND: PySide6 (measured with 6.11.3) turns a Python int into an int32 argument, its
    `QDBusArgument << int` always writes a uint16, and it has no QVariant to choose a type with
    (PyQt's `QDBusArgument(value, QMetaType.UInt)` does not exist); Notify's replaces_id,
    CloseNotification's id and the urgency hint must be uint32 and byte, or servers reject the
    call ("does not match expected type (susssasa{sv}i)"). QtDBus's own `operator<<(uint)` and
    `operator<<(uchar)` write them, called on the QDBusArgument through ctypes. No upstream
    report was found (https://bugreports.qt.io/projects/PYSIDE); drop this once PySide6 can.
    """

    def __init__(self) -> None:
        library = ctypes.CDLL("libQt6DBus.so.6")  # already loaded by PySide6.QtDBus
        self._write_uint32 = library["_ZN13QDBusArgumentlsEj"]
        self._write_uint32.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
        self._write_uint32.restype = ctypes.c_void_p
        self._write_byte = library["_ZN13QDBusArgumentlsEh"]
        self._write_byte.argtypes = (ctypes.c_void_p, ctypes.c_uint8)
        self._write_byte.restype = ctypes.c_void_p

    def uint32(self, value: int) -> QDBusArgument:
        argument = QDBusArgument()
        self._write_uint32(shiboken6.getCppPointer(argument)[0], value)
        return argument

    def byte(self, value: int) -> QDBusArgument:
        argument = QDBusArgument()
        self._write_byte(shiboken6.getCppPointer(argument)[0], value)
        return argument


def _string_list(items: list[str]) -> QDBusArgument:
    # A Python list becomes `av`, or `as` only when it is not empty; Notify wants `as` always.
    argument = QDBusArgument()
    argument << items
    return argument


class FreedesktopNotifier(QObject):
    """A client of the desktop's notification server.

    One notification per key: a new one replaces the last (replaces_id), `withdraw` closes it.
    Actions are offered only when the server lists the `actions` capability. Calls made before
    the server has said what it can do, or while the last call for the same key is still
    unanswered, wait for that answer, so notifications never pile up.

    Signals:
        action_invoked(str, str): the user pressed an action: (notification key, action id).
    """

    action_invoked = Signal(str, str)

    def __init__(self, connection: QDBusConnection, fallback: Notifier, icon: Path) -> None:
        """Subscribe to the server's signals and ask what it can do.

        Args:
            connection: The session bus.
            fallback: Shows a notification the server failed to show.
            icon: The app's icon file.
        """
        super().__init__()
        self._connection = connection
        self._fallback = fallback
        self._icon_uri = icon.resolve().as_uri()
        self._typed = _TypedArguments()
        self._capabilities: frozenset[str] | None = None
        self._ids: dict[str, int] = {}  # key -> id of the notification showing
        self._unanswered: set[str] = set()  # keys whose Notify has not been answered
        self._waiting: dict[str, Notification | None] = {}  # key -> next request (None: withdraw)
        self._pending: set[QDBusPendingCallWatcher] = set()
        self._answered: list[QDBusPendingCallWatcher] = []
        for name, slot in (("ActionInvoked", "_on_server_action_invoked(uint,QString)"),
                           ("NotificationClosed", "_on_server_notification_closed(uint,uint)")):
            if not connect_signal(connection, (SERVICE, OBJECT_PATH, INTERFACE), name, self,
                                  slot):
                LOG.warning("notifications: cannot listen to %s: %s", name,
                            connection.lastError().message())
        self._call("GetCapabilities", [], self._on_capabilities_answered)

    # -- the port ------------------------------------------------------------------------------

    def notify(self, notification: Notification) -> None:
        """Show it, replacing the notification with the same key."""
        key = notification.key
        if self._capabilities is None or key in self._unanswered:
            self._waiting[key] = notification
            return
        actions = [part for pair in notification.actions for part in pair]
        if "actions" not in self._capabilities:
            actions = []
        body = notification.body
        if "body-markup" in self._capabilities:
            body = html.escape(body, quote=False)  # the server would read '<' or '&' as markup
        hints = {"desktop-entry": DESKTOP_ENTRY,
                 "urgency": self._typed.byte(int(notification.urgency))}
        self._unanswered.add(key)
        self._call("Notify", [APP_NAME, self._typed.uint32(self._ids.get(key, 0)), self._icon_uri,
                              notification.title, body, _string_list(actions), hints,
                              SERVER_DEFAULT_TIMEOUT],
                   lambda reply: self._on_notify_answered(notification, reply))

    def withdraw(self, key: str) -> None:
        """Close the notification with this key, if one is showing (here or in the fallback)."""
        self._fallback.withdraw(key)
        if key in self._unanswered or key in self._waiting:
            self._waiting[key] = None
            return
        notification_id = self._ids.pop(key, None)
        if notification_id is not None:
            self._call("CloseNotification", [self._typed.uint32(notification_id)],
                       lambda _reply: None)

    # -- answers and signals -------------------------------------------------------------------

    def _on_capabilities_answered(self, reply: QDBusMessage) -> None:
        if reply.type() is QDBusMessage.MessageType.ErrorMessage:
            self._capabilities = frozenset()
        else:
            self._capabilities = frozenset(str(c) for c in reply.arguments()[0])
        LOG.info("notification server capabilities: %s",
                 ", ".join(sorted(self._capabilities)) or "none")
        for key in list(self._waiting):
            self._send_waiting(key)

    def _on_notify_answered(self, notification: Notification, reply: QDBusMessage) -> None:
        key = notification.key
        self._unanswered.discard(key)
        if reply.type() is QDBusMessage.MessageType.ErrorMessage:
            self._ids.pop(key, None)
            self._fallback.notify(notification)
        else:
            self._ids[key] = int(reply.arguments()[0])
        self._send_waiting(key)

    def _send_waiting(self, key: str) -> None:
        if key not in self._waiting:
            return
        waiting = self._waiting.pop(key)
        if waiting is None:
            self.withdraw(key)
        else:
            self.notify(waiting)

    @Slot("uint", str)
    def _on_server_action_invoked(self, notification_id: int, action_id: str) -> None:
        # The signal may be broadcast to every client: only our own notifications count.
        key = self._key_of(notification_id)
        if key is not None:
            self.action_invoked.emit(key, action_id)

    @Slot("uint", "uint")
    def _on_server_notification_closed(self, notification_id: int, _reason: int) -> None:
        key = self._key_of(notification_id)
        if key is not None:
            del self._ids[key]  # gone: the next one for this key is a new notification

    def _key_of(self, notification_id: int) -> str | None:
        return next((k for k, i in self._ids.items() if i == notification_id), None)

    # -- calls ---------------------------------------------------------------------------------

    def _call(self, method: str, arguments: list[object],
              on_answer: Callable[[QDBusMessage], None]) -> None:
        message = QDBusMessage.createMethodCall(SERVICE, OBJECT_PATH, INTERFACE, method)
        message.setArguments(arguments)
        # Watchers of answered calls are let go here, outside their own `finished` signal:
        # deleting one from its own handler crashes PySide6.
        self._answered.clear()
        watcher = QDBusPendingCallWatcher(self._connection.asyncCall(message, CALL_TIMEOUT_MS))
        self._pending.add(watcher)

        def on_finished(answered: QDBusPendingCallWatcher) -> None:
            self._pending.discard(answered)
            self._answered.append(answered)
            reply = answered.reply()
            if reply.type() is QDBusMessage.MessageType.ErrorMessage:
                LOG.warning("notifications: %s failed: %s %s", method, reply.errorName(),
                            reply.errorMessage())
            on_answer(reply)

        watcher.finished.connect(on_finished)


def _ask_bus(connection: QDBusConnection, method: str, arguments: list[object]) -> object:
    """The bus daemon's answer (it answers at once), or None when the call failed."""
    message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                            "org.freedesktop.DBus", method)
    message.setArguments(arguments)
    reply = connection.call(message, QDBus.CallMode.Block, BUS_QUERY_TIMEOUT_MS)
    if reply.type() is QDBusMessage.MessageType.ErrorMessage or not reply.arguments():
        return None
    return reply.arguments()[0]


def _is_server_available(connection: QDBusConnection) -> bool:
    """A server owns the name, or the bus can start one (D-Bus activation)."""
    if _ask_bus(connection, "NameHasOwner", [SERVICE]) is True:
        return True
    activatable = _ask_bus(connection, "ListActivatableNames", [])
    return isinstance(activatable, list) and SERVICE in activatable


def notifier_for_session_bus(fallback: Notifier, icon: Path,
                             connection: QDBusConnection | None = None) -> Notifier:
    """The desktop's notification server when one runs or can be started, else `fallback`.

    Args:
        fallback: What shows notifications without a server (and when a call fails).
        icon: The app's icon file, shown with each notification.
        connection: The session bus; the user's own when not given.
    """
    bus = connection if connection is not None else QDBusConnection.sessionBus()
    if not bus.isConnected():
        LOG.info("notifications: no session bus; using the tray")
        return fallback
    if not _is_server_available(bus):
        LOG.info("notifications: no notification server on the session bus; using the tray")
        return fallback
    try:
        return FreedesktopNotifier(bus, fallback, icon)
    except (OSError, AttributeError) as error:  # a Qt build without the symbols we write with
        LOG.warning("notifications: cannot talk to the notification server (%s); using the tray",
                    error)
        return fallback
