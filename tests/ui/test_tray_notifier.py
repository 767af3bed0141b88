"""Notifications where no notification server runs: the status window's notice line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from postureapp.core.notifications import Notification, NullNotifier
from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureState
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus
from postureapp.ui.tray import AppMenu, StatusWindow
from postureapp.ui.tray_notifier import StatusWindowNotifier, fallback_notifier

REASON = "No system tray was found"


def _window(qtbot: QtBot) -> StatusWindow:
    status = AppStatus(TimerState.SITTING, PostureState.UPRIGHT, CameraStatus.OK, 60.0, 1800.0,
                       1740.0)
    window = StatusWindow(AppMenu(status), REASON)
    qtbot.addWidget(window)
    return window


def test_without_a_tray_notifications_go_to_the_status_window_and_withdraw_restores_it(
    qtbot: QtBot
) -> None:
    window = _window(qtbot)
    notifier = fallback_notifier(None, window)
    assert isinstance(notifier, StatusWindowNotifier)
    notifier.notify(Notification("break", "Time for a break", "Stand up and stretch."))
    assert window.notice.text() == "Time for a break: Stand up and stretch."
    notifier.withdraw("nudge")  # another key: the break notice stays
    assert window.notice.text() == "Time for a break: Stand up and stretch."
    notifier.withdraw("break")
    assert window.notice.text() == REASON


def test_with_neither_tray_nor_window_nothing_is_shown() -> None:
    assert isinstance(fallback_notifier(None, None), NullNotifier)
