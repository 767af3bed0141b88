"""A notification server for tests: owns org.freedesktop.Notifications and records the calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import ClassInfo, QObject, Signal, Slot

from tests.session_bus import PrivateSessionBus

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
DISMISSED_BY_USER = 2  # NotificationClosed's reason, from the specification
CLOSED_BY_CALL = 3


@dataclass(frozen=True)
class NotifyCall:
    """One Notify call as the server received it."""

    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, Any]
    expire_timeout: int
    returned_id: int

    @property
    def action_pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.actions[::2], self.actions[1::2], strict=True))


class ServerCalls(QObject):
    """What the test server received, as signals a test can wait on (kept off the bus).

    Signals:
        notified(NotifyCall): a Notify call arrived.
        close_requested(int): a CloseNotification call arrived, with its id.
    """

    notified = Signal(object)
    close_requested = Signal(int)


# WORKAROUND: PySide6 stubs know neither ClassInfo with a dict (the only way to give a key
# with a space) nor Signal with a Qt type name ("uint"); both are what QtDBus needs.
@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class RecordingNotificationServer(QObject):  # type: ignore[operator]
    """Answers Notify like a real server (new id, or the replaced one) and records everything.

    Signals:
        ActionInvoked(uint, str), NotificationClosed(uint, uint): the specification's signals.
    """

    ActionInvoked = Signal("uint", str)  # type: ignore[arg-type]
    NotificationClosed = Signal("uint", "uint")  # type: ignore[arg-type]

    def __init__(self, bus: PrivateSessionBus, capabilities: tuple[str, ...]) -> None:
        super().__init__()
        self.capabilities = list(capabilities)
        self.calls: list[NotifyCall] = []
        self.closed_ids: list[int] = []
        self.received = ServerCalls()
        self._last_id = 0
        bus.serve(bus.connect(), SERVICE, OBJECT_PATH, self)

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802
        return self.capabilities

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name: str, replaces_id: int, app_icon: str, summary: str,  # noqa: N802
               body: str, actions: list[str], hints: dict[str, Any],
               expire_timeout: int) -> int:
        if replaces_id == 0:
            self._last_id += 1
        returned_id = replaces_id or self._last_id
        call = NotifyCall(app_name, replaces_id, app_icon, summary, body, list(actions),
                          dict(hints), expire_timeout, returned_id)
        self.calls.append(call)
        self.received.notified.emit(call)
        return returned_id

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:  # noqa: N802
        self.closed_ids.append(notification_id)
        self.received.close_requested.emit(notification_id)
        self.NotificationClosed.emit(notification_id, CLOSED_BY_CALL)

    def press(self, notification_id: int, action_id: str) -> None:
        """The user pressed an action's button: the server says so and closes the bubble."""
        self.ActionInvoked.emit(notification_id, action_id)
        self.NotificationClosed.emit(notification_id, DISMISSED_BY_USER)
