"""Notifications: what the app tells the user outside its windows, and the port that shows them.

A notification has a stable `key` saying what it is about ("break", "nudge", "notice"): a new
notification with the same key replaces the one on screen, and `withdraw(key)` takes it back
once it no longer applies (the break was started, snoozed or skipped). Actions are buttons a
notification server may offer; the notifier reports a pressed one with its key and action id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Final, Protocol

from postureapp.core.i18n import translate

BREAK_KEY: Final = "break"
NUDGE_KEY: Final = "nudge"
NOTICE_KEY: Final = "notice"

START_BREAK_ACTION: Final = "start-break"
SNOOZE_ACTION: Final = "snooze"


class Urgency(IntEnum):
    """How pressing a notification is, with the freedesktop specification's numbers."""

    LOW = 0
    NORMAL = 1
    CRITICAL = 2


@dataclass(frozen=True, slots=True)
class Notification:
    """One thing to tell the user.

    Attributes:
        key: What it is about ("break", "nudge", "notice"); one notification per key is shown.
        title: A short headline.
        body: One or two plain-text sentences.
        actions: Buttons to offer, as (action id, label) pairs, where the desktop can show them.
        urgency: How pressing it is.
    """

    key: str
    title: str
    body: str
    actions: tuple[tuple[str, str], ...] = ()
    urgency: Urgency = Urgency.NORMAL


class ActionInvokedSignal(Protocol):
    """Where a notifier reports a pressed action: a Qt signal `(str key, str action_id)`."""

    def connect(self, slot: Callable[[str, str], None], /) -> object:
        """Call `slot(key, action_id)` whenever the user presses an action."""
        ...


class Notifier(Protocol):
    """Shows notifications: the desktop's notification server, a tray balloon or a window."""

    @property
    def action_invoked(self) -> ActionInvokedSignal:
        """Reports a pressed action as (notification key, action id)."""
        ...

    def notify(self, notification: Notification) -> None:
        """Show it, replacing the one with the same key. Never raises."""
        ...

    def withdraw(self, key: str) -> None:
        """Take back the notification with this key, if one is showing. Never raises."""
        ...


class _NoActions:
    """An action signal that never fires."""

    def connect(self, slot: Callable[[str, str], None], /) -> object:
        return None


class NullNotifier:
    """Shows nothing: for a desktop with no notification server, tray balloon or window."""

    @property
    def action_invoked(self) -> ActionInvokedSignal:
        """Never fires."""
        return _NoActions()

    def notify(self, notification: Notification) -> None:
        """Drop it."""

    def withdraw(self, key: str) -> None:
        """Nothing is showing."""


def data_deleted_notice(is_history_deleted: bool, problem: str) -> Notification:
    """What to say after "Delete all my data": done, or why the history is still there."""
    if is_history_deleted:
        return Notification(
            NOTICE_KEY, translate("notifications", "Data deleted"),
            translate("notifications",
                      "Your posture history, calibration and settings are deleted."))
    return Notification(NOTICE_KEY, translate("notifications", "History not deleted"), problem)
