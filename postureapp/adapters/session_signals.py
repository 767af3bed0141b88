"""The desktop's lock and sleep signals from D-Bus, with a null object where there are none.

Linux: the freedesktop (and GNOME) ScreenSaver interface on the session bus says when the screen
locks; logind's PrepareForSleep on the system bus says when the machine suspends. Either bus
may be missing (Windows, macOS, a bare X server) or misbehave; the app then gets a
`NullSessionSignals` and works on time alone (a long gap between polls still counts as away).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

LOG = logging.getLogger("postureapp")

SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


def connect_signal(
    bus: QDBusConnection, address: tuple[str, str, str], member: str, receiver: QObject,
    slot_signature: str,
) -> bool:
    """Deliver a D-Bus signal to `receiver`'s slot; True when subscribed.

    Args:
        bus: The session or system bus.
        address: (service, object path, interface) of the sender; Qt delivers only signals
            whose sender owns the service name.
        member: The signal's name, e.g. "ActiveChanged".
        receiver: The object with the slot.
        slot_signature: The slot, C++ style, e.g. "_on_active_changed(bool)".
    """
    service, path, interface = address
    # WORKAROUND: PySide6 6.8-6.11 accept the slot only as the str that SLOT() returns (the
    # encoded bytes their stubs ask for raise ValueError), so the stubs are overruled here.
    return bool(bus.connect(service, path, interface, member, receiver,  # type: ignore[call-overload]
                            SLOT(slot_signature)))


class NullSessionSignals(QObject):
    """No lock or sleep signals: the platform offers none (or they misbehaved).

    Signals:
        lock_changed(bool): never emitted.
        sleep_changed(bool): never emitted.
    """

    lock_changed = Signal(bool)
    sleep_changed = Signal(bool)

    @property
    def sources(self) -> tuple[str, ...]:
        """The D-Bus interfaces listened to: none."""
        return ()


class DBusSessionSignals(NullSessionSignals):
    """Screen lock (session bus) and suspend (system bus) as Qt signals.

    Signals:
        lock_changed(bool): the screen was locked (True) or unlocked (False).
        sleep_changed(bool): the machine is about to sleep (True) or has woken (False).
    """

    def __init__(self) -> None:
        super().__init__()
        self._sources: list[str] = []

    @property
    def sources(self) -> tuple[str, ...]:
        """The D-Bus interfaces listened to."""
        return tuple(self._sources)

    def subscribe(self) -> None:
        """Listen on every bus that is there; a bus that is missing is skipped."""
        from PySide6.QtDBus import QDBusConnection  # not in every Qt build (Windows, macOS)

        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for screensaver in SCREENSAVERS:
                if connect_signal(session, screensaver, "ActiveChanged", self,
                                  "_on_screensaver_active_changed(bool)"):
                    self._sources.append(screensaver[2])
        system = QDBusConnection.systemBus()
        if system.isConnected() and connect_signal(system, LOGIN1, "PrepareForSleep", self,
                                                   "_on_login1_prepare_for_sleep(bool)"):
            self._sources.append(LOGIN1[0])

    @Slot(bool)
    def _on_screensaver_active_changed(self, is_active: bool) -> None:
        self.lock_changed.emit(is_active)

    @Slot(bool)
    def _on_login1_prepare_for_sleep(self, is_sleeping: bool) -> None:
        self.sleep_changed.emit(is_sleeping)


def watch_session_signals() -> NullSessionSignals:
    """The desktop's lock and sleep signals, or a null object (with a log line saying why)."""
    try:
        signals = DBusSessionSignals()
        signals.subscribe()
    except (ImportError, RuntimeError, TypeError, ValueError) as error:
        # A Qt without D-Bus, or a binding that refuses the call (as PySide6 6.8-6.11 did for
        # a bytes slot): carry on without.
        LOG.warning("screen lock and sleep signals unavailable: %s", error)
        return NullSessionSignals()
    if not signals.sources:
        LOG.info("no D-Bus session or system bus: screen lock and sleep come from the clock only")
        return NullSessionSignals()
    return signals
