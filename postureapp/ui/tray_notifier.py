"""Notifications without a notification server: Qt's tray balloon, or the status window's line."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from postureapp.core.notifications import Notification, Notifier, NullNotifier
from postureapp.ui.tray import StatusWindow

BALLOON_SHOWN_MS = 8000


class TrayBalloonNotifier(QObject):
    """Shows notifications as the tray icon's balloon (drawn by Qt or the platform).

    A balloon offers no actions and cannot be taken back: it goes away by itself.

    Signals:
        action_invoked(str, str): never emitted; balloons have no actions.
    """

    action_invoked = Signal(str, str)

    def __init__(self, tray: QSystemTrayIcon) -> None:
        super().__init__()
        self._tray = tray

    def notify(self, notification: Notification) -> None:
        """Show the balloon, replacing any balloon showing."""
        self._tray.showMessage(notification.title, notification.body,
                               QSystemTrayIcon.MessageIcon.Information, BALLOON_SHOWN_MS)

    def withdraw(self, key: str) -> None:
        """Nothing to do: the balloon hides itself after a few seconds."""


class StatusWindowNotifier(QObject):
    """Writes notifications into the status window that stands in for a missing tray.

    Signals:
        action_invoked(str, str): never emitted; the window's menu offers the same choices.
    """

    action_invoked = Signal(str, str)

    def __init__(self, window: StatusWindow) -> None:
        super().__init__()
        self._window = window
        self._idle_text = window.notice.text()
        self._shown_key: str | None = None

    def notify(self, notification: Notification) -> None:
        """Show it on the window's notice line."""
        self._window.notice.setText(f"{notification.title}: {notification.body}")
        self._shown_key = notification.key

    def withdraw(self, key: str) -> None:
        """Put back what the line said before, if it shows this key's notification."""
        if self._shown_key == key:
            self._window.notice.setText(self._idle_text)
            self._shown_key = None


def fallback_notifier(tray: QSystemTrayIcon | None, window: StatusWindow | None) -> Notifier:
    """The tray's balloon where the tray can show one, else the status window, else nothing."""
    if tray is not None and QSystemTrayIcon.supportsMessages():
        return TrayBalloonNotifier(tray)
    if window is not None:
        return StatusWindowNotifier(window)
    return NullNotifier()
