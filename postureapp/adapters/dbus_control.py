"""Control from outside on the D-Bus session bus, for status bars and keybindings.

`org.postureapp.Coach` at `/org/postureapp/Coach`, interface `org.postureapp.Coach`: methods that
do what the tray menu does and return the status as `a{sv}` (the keys of `postureapp ctl status
--json`, less those whose value is null), and a `StatusChanged(a{sv})` signal. A refused command
(e.g. Snooze when no break is due) returns the error `org.postureapp.Coach.Error.Refused`.

The object is a QDBusVirtualObject answering messages itself: it works the same in every
PySide6 version, where exporting Python slots and signals does not. Without a session bus, or
when another instance owns the name, a NullControlService stands in and the socket still works.
"""

from __future__ import annotations

import logging
from typing import Any, Final

from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

from postureapp.core.control import (
    ControlAction,
    ControlCommand,
    ControlError,
    ControlHandler,
    ControlService,
    command_from_seconds,
)

LOG = logging.getLogger("postureapp")
BUS_NAME: Final = "org.postureapp.Coach"
OBJECT_PATH: Final = "/org/postureapp/Coach"
INTERFACE: Final = "org.postureapp.Coach"
REFUSED_ERROR: Final = "org.postureapp.Coach.Error.Refused"
_INTROSPECTABLE: Final = "org.freedesktop.DBus.Introspectable"

# Method name: (the D-Bus signature of its input, what it asks for).
_METHODS: Final = {
    "Pause": ("u", ControlAction.PAUSE),
    "Resume": ("", ControlAction.RESUME),
    "TakeBreak": ("", ControlAction.BREAK),
    "Snooze": ("", ControlAction.SNOOZE),
    "InMeeting": ("u", ControlAction.MEETING),
    "GetStatus": ("", ControlAction.STATUS),
}
_STATUS_OUT: Final = '<arg name="status" type="a{sv}" direction="out"/>'
_SECONDS_IN: Final = '<arg name="seconds" type="u" direction="in"/>'
INTROSPECTION_XML: Final = (
    f'<node><interface name="{INTERFACE}">'
    + "".join(f'<method name="{name}">{_SECONDS_IN if signature else ""}{_STATUS_OUT}</method>'
              for name, (signature, _) in _METHODS.items())
    + '<signal name="StatusChanged"><arg name="status" type="a{sv}"/></signal></interface>'
    f'<interface name="{_INTROSPECTABLE}"><method name="Introspect">'
    '<arg name="xml_data" type="s" direction="out"/></method></interface></node>'
)


def bus_status(status: dict[str, Any]) -> dict[str, Any]:
    """The status as an `a{sv}` can carry it: D-Bus has no null, so those keys are left out."""
    return {key: value for key, value in status.items() if value is not None}


class DBusControlService(QDBusVirtualObject):
    """The app's control object on the session bus; see the module docstring for the API."""

    def __init__(self, connection: QDBusConnection, handle_command: ControlHandler) -> None:
        super().__init__()
        self._connection = connection
        self._handle_command = handle_command

    @property
    def description(self) -> str:
        """Where it can be reached (for the log)."""
        return f"D-Bus {BUS_NAME} at {OBJECT_PATH} on the session bus"

    def publish_status(self, status: dict[str, Any]) -> None:
        """Emit StatusChanged with this status."""
        signal = QDBusMessage.createSignal(OBJECT_PATH, INTERFACE, "StatusChanged")
        signal.setArguments([bus_status(status)])
        self._connection.send(signal)

    def close(self) -> None:
        """Give up the name and the object."""
        self._connection.unregisterService(BUS_NAME)
        self._connection.unregisterObject(OBJECT_PATH)

    def introspect(self, path: str) -> str:
        """The interface, for `gdbus introspect` and callers that look before they call."""
        return INTROSPECTION_XML

    def handleMessage(  # noqa: N802 (Qt override)
        self, message: QDBusMessage, connection: QDBusConnection
    ) -> bool:
        """Answer one method call (Qt hands virtual objects Introspect calls as well)."""
        interface, member = message.interface(), message.member()
        if interface == _INTROSPECTABLE and member == "Introspect":
            reply = message.createReply()
            reply.setArguments([INTROSPECTION_XML])
        elif interface in (INTERFACE, "") and member in _METHODS:
            reply = self._call(message, *_METHODS[member])
        else:
            reply = message.createErrorReply("org.freedesktop.DBus.Error.UnknownMethod",
                                             f"no method {interface}.{member} here")
        connection.send(reply)
        return True

    def _call(self, message: QDBusMessage, signature: str,
              action: ControlAction) -> QDBusMessage:
        if message.signature() != signature:
            return message.createErrorReply(
                "org.freedesktop.DBus.Error.InvalidArgs",
                f"{message.member()} takes {'seconds (u)' if signature else 'no arguments'}, "
                f"got signature {message.signature()!r}")
        try:
            command = (command_from_seconds(action, int(message.arguments()[0])) if signature
                       else ControlCommand(action))
        except ControlError as error:
            return message.createErrorReply("org.freedesktop.DBus.Error.InvalidArgs", str(error))
        result = self._handle_command(command)
        if not result.is_done:
            return message.createErrorReply(REFUSED_ERROR, result.error)
        reply = message.createReply()
        reply.setArguments([bus_status(result.status)])
        return reply


class NullControlService:
    """Stands in where the bus service cannot be offered; `postureapp ctl` still works."""

    def __init__(self, reason: str) -> None:
        self.description = f"no D-Bus control: {reason}"

    def publish_status(self, status: dict[str, Any]) -> None:
        """Nobody to tell."""

    def close(self) -> None:
        """Nothing to leave."""


def open_control_service(handle_command: ControlHandler) -> ControlService:
    """The bus service, or a NullControlService saying why there is none.

    A second, isolated instance (another --config-dir) finds the name taken: it goes without,
    and is controlled through its socket with `postureapp ctl --config-dir`.
    """
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return NullControlService(f"no session bus ({bus.lastError().message() or 'none'})")
    service = DBusControlService(bus, handle_command)
    if not bus.registerVirtualObject(OBJECT_PATH, service):
        return NullControlService(f"cannot register {OBJECT_PATH}: {bus.lastError().message()}")
    if not bus.registerService(BUS_NAME):
        bus.unregisterObject(OBJECT_PATH)
        return NullControlService(
            f"{BUS_NAME} is owned by another postureapp; reach this one with `postureapp ctl "
            "--config-dir`")
    return service
