"""Notifications as values: what the coach asks to tell the user outside the app's windows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Protocol

BREAK_NOTIFICATION: Final = "break"
"""Key of the break notification: a new one replaces the old, and handling the break
withdraws it."""

NUDGE_NOTIFICATION: Final = "nudge"
NOTICE_NOTIFICATION: Final = "notice"


class NotificationAction(StrEnum):
    """A button a notification offers; the value is the id sent to the notification server."""

    START_BREAK = "start-break"
    SNOOZE = "snooze"


ACTION_LABELS: Final = {
    NotificationAction.START_BREAK: "Start break",
    NotificationAction.SNOOZE: "Snooze",
}


@dataclass(frozen=True, slots=True)
class Notification:
    """A message for the user outside the app's windows.

    Attributes:
        key: Notifications with the same key replace each other ("break", "nudge", "notice").
        title: A short title.
        body: What to say.
        actions: Buttons to offer, where the notification server can show them.
        with_sound: Beep too (breaks and nudges, when the user turned sounds on).
    """

    key: str
    title: str
    body: str
    actions: tuple[NotificationAction, ...] = ()
    with_sound: bool = False


ActionHandler = Callable[[str, NotificationAction], None]
"""Called with a notification's key and the action the user clicked."""


class Notifier(Protocol):
    """Sends notifications through the desktop's notification service."""

    def send(self, notification: Notification) -> bool:
        """Show `notification`, replacing any with the same key.

        Returns:
            False when it could not be shown (no service): the caller shows it another way.
        """
        ...

    def withdraw(self, key: str) -> None:
        """Take back the notification with this key, if it is still shown."""
        ...

    def on_action(self, handler: ActionHandler) -> None:
        """Call `handler` whenever the user clicks an action on one of our notifications."""
        ...


class NullNotifier:
    """No notification service: nothing is sent, so the app's own fallback shows it."""

    def send(self, notification: Notification) -> bool:
        """Send nothing."""
        return False

    def withdraw(self, key: str) -> None:
        """Nothing to take back."""

    def on_action(self, handler: ActionHandler) -> None:
        """No actions ever come."""


def data_deleted_notice(is_history_deleted: bool, problem: str) -> Notification:
    """What to say after "Delete all my data": done, or why the history is still there."""
    if is_history_deleted:
        return Notification(NOTICE_NOTIFICATION, "Data deleted",
                            "Your posture history, calibration and settings are deleted.")
    return Notification(NOTICE_NOTIFICATION, "History not deleted", problem)
