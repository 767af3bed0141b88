"""Locking the screen: D-Bus screen savers, lock commands, and the null object."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from postureapp.adapters.screen_lock import (
    CommandScreenLocker,
    DBusScreenSaverLocker,
    FirstWorkingScreenLocker,
    NullScreenLocker,
    screen_locker_for_session,
)
from tests.fakes import ScriptedScreenLocker
from tests.session_env import IsolatedSession

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


def _python_exiting(code: int) -> list[str]:
    return [sys.executable, "-c", f"raise SystemExit({code})"]


# WORKAROUND: as in tests/notification_server.py, the stubs know no ClassInfo with a dict.
@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class FakeScreenSaver(QObject):  # type: ignore[operator]
    """Answers Lock as a desktop's screen saver would, and counts the calls."""

    def __init__(self) -> None:
        super().__init__()
        self.locks = 0

    @Slot()
    def Lock(self) -> None:  # noqa: N802 - the D-Bus method's name
        self.locks += 1


@pytest.fixture
def session_bus(isolated_session: IsolatedSession, qapp: QCoreApplication) -> QDBusConnection:
    if not isolated_session.has_buses:
        pytest.skip("needs dbus-daemon for a private session bus")
    return QDBusConnection.sessionBus()


@pytest.fixture
def screen_saver(session_bus: QDBusConnection) -> Iterator[FakeScreenSaver]:
    saver = FakeScreenSaver()
    assert session_bus.registerObject(PATH, saver,
                                      QDBusConnection.RegisterOption.ExportAllSlots)
    assert session_bus.registerService(SERVICE)
    yield saver
    session_bus.unregisterService(SERVICE)
    session_bus.unregisterObject(PATH)


def test_a_lock_command_that_succeeds_locks() -> None:
    assert CommandScreenLocker(_python_exiting(0)).lock()


@pytest.mark.parametrize("argv", [_python_exiting(1), ["/nonexistent/loginctl", "lock-session"]])
def test_a_lock_command_that_fails_or_is_missing_says_so(argv: list[str]) -> None:
    assert not CommandScreenLocker(argv).lock()


def test_the_first_locker_that_works_locks_and_a_failed_one_is_not_tried_again() -> None:
    broken, working = ScriptedScreenLocker(works=False), ScriptedScreenLocker(works=True)
    locker = FirstWorkingScreenLocker([broken, working])

    assert locker.lock() and locker.lock()

    assert (broken.tries, working.tries) == (1, 2)


def test_when_nothing_works_the_button_can_go() -> None:
    locker = FirstWorkingScreenLocker([ScriptedScreenLocker(works=False)])
    assert locker.can_lock
    assert not locker.lock()
    assert not locker.can_lock


def test_without_a_screen_saver_or_a_lock_command_there_is_no_lock(
    session_bus: QDBusConnection,
) -> None:
    locker = screen_locker_for_session(session_bus, which=lambda _name: None, environment={})

    assert isinstance(locker, NullScreenLocker)
    assert not locker.can_lock and not locker.lock()


def test_loginctl_is_used_in_a_logind_session(session_bus: QDBusConnection) -> None:
    locker = screen_locker_for_session(
        session_bus, which=lambda name: f"/usr/bin/{name}" if name == "loginctl" else None,
        environment={"XDG_SESSION_ID": "2"},
    )
    assert locker.can_lock
    no_session = screen_locker_for_session(
        session_bus, which=lambda name: f"/usr/bin/{name}", environment={},
    )
    assert not no_session.can_lock  # loginctl without a session, xdg-screensaver without display


def test_the_screen_savers_lock_method_is_called(
    session_bus: QDBusConnection, screen_saver: FakeScreenSaver
) -> None:
    locker = screen_locker_for_session(session_bus, which=lambda _name: None, environment={})

    assert locker.can_lock
    assert locker.lock()
    assert screen_saver.locks == 1


def test_a_screen_saver_that_refuses_is_reported(session_bus: QDBusConnection) -> None:
    missing = DBusScreenSaverLocker(session_bus, ("org.example.NoSuchSaver", PATH, SERVICE))
    assert not missing.lock()
