"""The tray menu and icon, and the status window used where there is no tray."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from postureapp.core.ports import CameraStatus
from postureapp.core.samples import PostureState
from postureapp.core.sitting_timer import TimerState
from postureapp.core.status import AppStatus, TrayState, Veto
from postureapp.ui.tray import AppMenu, StatusWindow, render_state_icon


def status(timer: TimerState = TimerState.SITTING, posture: PostureState = PostureState.UPRIGHT,
           camera: CameraStatus = CameraStatus.OK, sitting_s: float = 12 * 60,
           can_snooze: bool = False) -> AppStatus:
    """A status as the coach gives it; what may be done in each state is the core's rule."""
    return AppStatus(timer, posture, camera, sitting_s, 30 * 60, 30 * 60 - sitting_s,
                     is_camera_active=camera is CameraStatus.OK, can_snooze=can_snooze,
                     can_pause=timer is not TimerState.ON_BREAK,
                     can_take_break_now=timer not in (TimerState.ON_BREAK, TimerState.PAUSED))


def test_menu_shows_the_status_and_every_action(qapp: QApplication) -> None:
    menu = AppMenu(status())
    texts = [t.replace("&", "") for t in menu.action_texts()]
    assert texts[0] == "Sitting for 12 min, next break in 18 min"
    assert texts[1] == "Posture: upright"
    for wanted in ("Pause monitoring", "Take a break now", "Snooze the break", "Calibrate posture…",
                   "Today's summary…", "Settings…", "About postureapp…", "Quit"):
        assert wanted in texts
    assert not menu.find_action("Snooze").isEnabled()  # nothing to snooze yet


@pytest.mark.parametrize(("text", "signal_name"), [
    ("Take a break now", "break_now_requested"),
    ("Calibrate", "calibrate_requested"),
    ("Today's summary", "summary_requested"),
    ("Settings", "settings_requested"),
    ("About", "about_requested"),
    ("Quit", "quit_requested"),
])
def test_menu_actions_emit_their_requests(qtbot: QtBot, text: str, signal_name: str) -> None:
    menu = AppMenu(status())
    with qtbot.waitSignal(getattr(menu, signal_name), timeout=1000):
        menu.find_action(text).trigger()


@pytest.mark.parametrize(("choice", "seconds"), [("For 15 minutes", 900), ("For 1 hour", 3600),
                                                 ("Until I resume", None)])
def test_pause_choices(qtbot: QtBot, choice: str, seconds: int | None) -> None:
    menu = AppMenu(status())
    with qtbot.waitSignal(menu.pause_requested, timeout=1000) as paused:
        menu.find_action(choice).trigger()
    assert paused.args == [seconds]


def test_menu_is_rebuilt_from_state_when_it_opens(qtbot: QtBot) -> None:
    menu = AppMenu(status())
    menu.set_status(status(TimerState.PAUSED))
    menu.menu.aboutToShow.emit()
    texts = [t.replace("&", "") for t in menu.action_texts()]
    assert "Resume monitoring" in texts and "Pause monitoring" not in texts
    with qtbot.waitSignal(menu.resume_requested, timeout=1000):
        menu.find_action("Resume").trigger()
    menu.set_status(status(TimerState.BREAK_DUE, can_snooze=True))
    menu.menu.aboutToShow.emit()
    assert menu.find_action("Snooze").isEnabled()
    menu.set_status(status(TimerState.BREAK_DUE, can_snooze=False))
    menu.menu.aboutToShow.emit()
    assert not menu.find_action("Snooze").isEnabled()


@pytest.mark.parametrize(("app_status", "icon"), [
    (status(), TrayState.UPRIGHT),
    (status(posture=PostureState.ROUNDED), TrayState.ROUNDED),
    (status(posture=PostureState.AWAY), TrayState.AWAY),
    (status(camera=CameraStatus.NOT_FOUND), TrayState.CAMERA_OFF),
    (status(TimerState.PAUSED), TrayState.PAUSED),
    (status(TimerState.BREAK_DUE, posture=PostureState.ROUNDED), TrayState.BREAK_DUE),
    (status(posture=PostureState.UNKNOWN), TrayState.NOT_JUDGED),
    (status(TimerState.IN_CALL, camera=CameraStatus.IN_USE), TrayState.NOT_JUDGED),
])
def test_icon_state_follows_the_most_urgent_thing(app_status: AppStatus, icon: TrayState) -> None:
    assert app_status.tray_state is icon


def test_states_are_told_in_words_too() -> None:
    assert "rounded forward" in " ".join(status(posture=PostureState.ROUNDED).lines())
    assert "No camera found" in " ".join(status(camera=CameraStatus.NOT_FOUND).lines())
    assert "Posture checks use the camera" in status().lines()


def test_icons_render_at_tray_sizes(qapp: QApplication) -> None:
    for state in TrayState:
        icon = render_state_icon(state, progress=0.5, is_camera_active=True)
        for size in (16, 22, 24):
            image = icon.pixmap(size, size).toImage()
            assert image.width() == size
            # Something is drawn: not every pixel is transparent.
            assert any(image.pixelColor(x, y).alpha() > 0
                       for x in range(size) for y in range(size))


def test_status_window_stands_in_for_the_tray(qtbot: QtBot) -> None:
    menu = AppMenu(status())
    window = StatusWindow(menu, "No system tray was found")
    qtbot.addWidget(window)
    window.show_status(status(posture=PostureState.ROUNDED), "Today: 1 h monitored")
    assert "No system tray" in window.notice.text()
    assert "Posture: rounded forward" in window.status_label.text()
    assert "Today: 1 h monitored" in window.status_label.text()
    assert window.menu_button.menu() is menu.menu
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()


def test_menu_offers_only_what_can_be_done_now(qapp: QApplication) -> None:
    on_break = AppMenu(status(TimerState.ON_BREAK))
    assert not on_break.find_action("Take a break now").isEnabled()
    assert not on_break.find_action("Pause monitoring").isEnabled()
    paused = AppMenu(status(TimerState.PAUSED))
    assert not paused.find_action("Take a break now").isEnabled()
    assert paused.find_action("Resume monitoring").isEnabled()


def test_meeting_entry_follows_the_state(qtbot: QtBot) -> None:
    menu = AppMenu(status())
    with qtbot.waitSignal(menu.meeting_requested, timeout=1000) as meeting:
        menu.find_action("In a meeting").trigger()
    assert meeting.args == [3600]
    in_meeting = AppStatus(TimerState.IN_CALL, PostureState.UPRIGHT, CameraStatus.OK, 60, 1800,
                           1740, vetoes=(Veto.IN_MEETING,))
    menu.set_status(in_meeting)
    menu.menu.aboutToShow.emit()
    with qtbot.waitSignal(menu.meeting_requested, timeout=1000) as over:
        menu.find_action("Meeting over").trigger()
    assert over.args == [None]
