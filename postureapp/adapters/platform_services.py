"""The desktop's services the app uses, in one bundle: real adapters, or null objects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from postureapp.adapters.autostart import NoAutostart, XdgAutostart
from postureapp.adapters.export import FileSummaryExporter
from postureapp.adapters.idle_time import NullIdleTime, idle_time_of_this_desktop
from postureapp.adapters.process_memory import give_back_unused_memory
from postureapp.adapters.screen_lock import NullScreenLocker, screen_locker_for_session
from postureapp.adapters.session_signals import NullSessionSignals, watch_session_signals
from postureapp.adapters.timer_state_file import JsonTimerStateFile, NullTimerStateStore
from postureapp.core.notifications import Notifier
from postureapp.core.ports import (
    IdleTimeSource,
    ScreenLocker,
    StartAtLogin,
    SummaryExporter,
    TimerStateStore,
)


@dataclass(frozen=True)
class PlatformServices:
    """The desktop's services; by default each is a null object, so tests touch nothing real.

    Attributes:
        session_signals: Screen lock and suspend.
        start_at_login: The autostart entry.
        list_cameras: The cameras the settings dialog offers, as (index, name).
        exporter: Writes the summary window's exports.
        make_notifier: Given the app's own way to notify (a tray balloon, the status window),
            the notifier to use: the desktop's notification server where there is one.
        screen_locker: The desktop's own screen lock, for the break window's Lock screen.
        timer_state: Keeps the sitting timer's state for the next start.
        idle_time: The keyboard and mouse idle time, a second sign of presence.
        give_back_memory: Return what the process no longer uses to the system (after a big
            window closes).
    """

    session_signals: NullSessionSignals = field(default_factory=NullSessionSignals)
    start_at_login: StartAtLogin = field(default_factory=NoAutostart)
    list_cameras: Callable[[], list[tuple[int, str]]] = list
    exporter: SummaryExporter = field(default_factory=FileSummaryExporter)
    make_notifier: Callable[[Notifier], Notifier] = lambda fallback: fallback
    screen_locker: ScreenLocker = field(default_factory=NullScreenLocker)
    timer_state: TimerStateStore = field(default_factory=NullTimerStateStore)
    idle_time: IdleTimeSource = field(default_factory=NullIdleTime)
    give_back_memory: Callable[[], None] = lambda: None

    @classmethod
    def of_this_desktop(cls, app_icon: Path, timer_state_file: Path) -> PlatformServices:
        """The real services, where the desktop offers them (null objects where not).

        Args:
            app_icon: The app's icon, for its notifications.
            timer_state_file: Where the sitting timer's state waits for the next start.
        """
        from postureapp.adapters.camera_devices import list_cameras

        return cls(watch_session_signals(), XdgAutostart(), list_cameras,
                   make_notifier=partial(_desktop_notifier, icon=app_icon),
                   screen_locker=screen_locker_for_session(),
                   timer_state=JsonTimerStateFile(timer_state_file),
                   idle_time=idle_time_of_this_desktop(),
                   give_back_memory=give_back_unused_memory)


def _desktop_notifier(fallback: Notifier, icon: Path) -> Notifier:
    """The desktop's notification server where the session bus has one, else `fallback`."""
    try:
        from postureapp.adapters.freedesktop_notifications import notifier_for_session_bus
    except ImportError:  # a Qt build without D-Bus
        return fallback
    return notifier_for_session_bus(fallback, icon)
